/**
 * Generate → save through the platform bridge → record in the documents history. Used by
 * every screen that produces a document (form, annex, review report).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { DocumentRefusedError } from '../../shared/documents/missing';
import {
  assertExportable,
  builderFor,
  parseSnapshot,
  type DocumentFormat,
  type DocumentKind,
  type SnapshotBase,
} from '../../shared/documents/registry';
import type { IssuedDocument } from '../../shared/domain/schemas';
import type { AppDatabase } from '../db/database';
import { recordIssuedDocument } from '../db/repositories/documents';
import { readJournalHead } from '../db/repositories/journal';
import type { Actor } from '../db/register-writer';
import { ValidationError } from '../db/validation';
import type { PlatformBridge } from '../platform';
import { generateDocumentBytes } from './generator';

export const sha256Hex = (bytes: Uint8Array) => bytesToHex(sha256(bytes));

export interface IssueRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  snapshot: SnapshotBase;
}

export type IssueResult =
  { status: 'saved'; document: IssuedDocument; path: string } | { status: 'cancelled' };

/** Refusals of the builder as a `ValidationError`, so that `useAction` shows them in French. */
function checkOrThrow(kind: DocumentKind, snapshot: SnapshotBase) {
  try {
    return assertExportable(kind, snapshot);
  } catch (error) {
    if (error instanceof DocumentRefusedError) throw new ValidationError(error.messages);
    throw error;
  }
}

export async function issueDocument(
  deps: { db: AppDatabase; platform: PlatformBridge; actor: Actor },
  request: IssueRequest,
  onProgress?: (fraction: number) => void,
): Promise<IssueResult> {
  const parsed = parseSnapshot(request.kind, request.snapshot);
  // The journal's last entry goes into the footer (and the snapshot, so that the document is
  // rebuilt identically): a later cut or rewrite of the journal shows against it.
  const head = parsed.meta.journalHead ?? (await readJournalHead(deps.db)) ?? undefined;
  const snapshot = head
    ? { ...parsed, meta: { ...parsed.meta, journalHead: { seq: head.seq, hash: head.hash } } }
    : parsed;
  checkOrThrow(request.kind, snapshot);
  const bytes = await generateDocumentBytes({ ...request, snapshot }, onProgress);
  const fileName = builderFor(request.kind).fileName(snapshot, request.format);
  const saved = await deps.platform.saveFile({
    suggestedName: fileName,
    filters: [request.format],
    bytes,
  });
  if (saved.status !== 'saved') return { status: 'cancelled' };
  const document = await recordIssuedDocument(deps.db, deps.actor, {
    conventionId: snapshot.meta.conventionId,
    kind: request.kind,
    format: request.format,
    fileName,
    createdAt: snapshot.meta.generatedAt,
    createdBy: deps.actor.name,
    sha256: sha256Hex(bytes),
    snapshot,
  });
  return { status: 'saved', document, path: saved.path };
}

export type RegenerateResult =
  { status: 'saved'; identical: boolean; sha256: string; path: string } | { status: 'cancelled' };

/** The same document again, from its stored snapshot (original generation date). */
export async function regenerateDocument(
  deps: { platform: PlatformBridge },
  document: IssuedDocument,
  onProgress?: (fraction: number) => void,
): Promise<RegenerateResult> {
  const bytes = await generateDocumentBytes(
    { kind: document.kind, format: document.format, snapshot: document.snapshot },
    onProgress,
  );
  const saved = await deps.platform.saveFile({
    suggestedName: document.fileName,
    filters: [document.format],
    bytes,
  });
  if (saved.status !== 'saved') return { status: 'cancelled' };
  const hash = sha256Hex(bytes);
  return { status: 'saved', identical: hash === document.sha256, sha256: hash, path: saved.path };
}
