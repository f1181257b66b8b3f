import {
  assembleFile,
  canonicalBody,
  countRows,
  EXPORT_FORMAT_ID,
  EXPORT_FORMAT_VERSION,
  EXPORT_TABLES,
  sealHeader,
  sha256HexBytes,
  type ExportBody,
  type ExportHeader,
  type ExportTables,
} from '../../../shared/backup/export-format';
import { canonicalJson, type JournalHeadRecord } from '../../../shared/domain/journal-chain';
import { settingSchema } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { JOURNAL_HEAD_KEY } from '../register-writer';
import { CURRENT_SCHEMA_VERSION } from '../schema/history';
import { bytesToBase64, encryptBody } from './passphrase-crypto';

/** Every data table and the journal head, read in one transaction (a consistent picture). */
export async function readExportBody(db: AppDatabase): Promise<ExportBody> {
  const tables = {} as ExportTables;
  let journalHead: JournalHeadRecord | null = null;
  await db.transaction('r', [...EXPORT_TABLES, 'meta'], async () => {
    for (const t of EXPORT_TABLES)
      tables[t] = (await db.table(t).toArray()) as Record<string, unknown>[];
    // A setting an older version stored with a value the app no longer uses (a user name of
    // 1,000 characters, a non-finite number): its getter ignores it, and the restore would
    // refuse the whole backup for it. Left out, so that every backup restores.
    tables.settings = tables.settings.filter((row) => settingSchema.safeParse(row).success);
    const head = (await db.meta.get(JOURNAL_HEAD_KEY))?.value as JournalHeadRecord | undefined;
    journalHead = head ? { seq: head.seq, hash: head.hash } : null;
  });
  return { journalHead, tables };
}

/** The name of the current convention's partner, for the preview. */
export function partnerNameOf(tables: ExportTables): string | undefined {
  const current = tables.settings.find((s) => s.key === 'currentConventionId')?.value;
  // The tables may come from a file being checked, so no field is trusted to have its type.
  const conventions = tables.conventions as { id?: unknown; partnerId?: unknown }[];
  const convention = conventions.find((c) => c.id === current) ?? conventions[0];
  const partner = (tables.organisations as { id?: unknown; name?: unknown }[]).find(
    (o) => o.id === convention?.partnerId,
  );
  return typeof partner?.name === 'string' ? partner.name : undefined;
}

export interface BuiltExport {
  bytes: Uint8Array;
  header: ExportHeader;
  /** The canonical plain body (what the checksum covers). */
  body: string;
}

export interface ExportOptions {
  appVersion: string;
  reason?: string;
  passphrase?: string;
  /** Tests only: fewer PBKDF2 iterations are refused on import, so keep the default. */
  iterations?: number;
  now?: () => Date;
  /** Told the time each stage took (`npm run bench` prints them); free when absent. */
  onStage?: (stage: ExportStage, ms: number) => void;
}

/** The export's stages after the read: canonical text, its UTF-8 bytes, SHA-256, the file. */
export type ExportStage = 'body' | 'bytes' | 'sha256' | 'file';

/**
 * SHA-256 hex of a (large) byte array: the platform's native digest where there is one (a
 * whole register hashes 5× faster), else the same SHA-256 in JavaScript.
 */
export async function sha256HexLarge(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256HexBytes(bytes);
  // The digest reads the view's own bytes (offset and length): no copy unless not an ArrayBuffer.
  const view = bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
  const digest = new Uint8Array(await subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The UTF-8 bytes of `text`, as `TextEncoder.encode` gives them, with `encodeInto` (2–4× faster
 * in Chromium on a whole register: no intermediate copy). The buffer is sized for mostly-ASCII
 * text and grown once, to what the rest can need at most, when it is not enough.
 */
export function utf8Bytes(text: string): Uint8Array {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(Math.ceil(text.length * 1.1) + 16);
  const first = encoder.encodeInto(text, buffer);
  let read = first.read ?? 0;
  let written = first.written ?? 0;
  if (read < text.length) {
    const rest = text.slice(read);
    const grown = new Uint8Array(written + rest.length * 3);
    grown.set(buffer.subarray(0, written));
    buffer = grown;
    const next = encoder.encodeInto(rest, buffer.subarray(written));
    read += next.read ?? 0;
    written += next.written ?? 0;
  }
  return buffer.subarray(0, written);
}

/** The bytes of `assembleFile(header, body)` from the body's bytes, without encoding it twice. */
function assembleBytes(header: ExportHeader, bodyBytes: Uint8Array): Uint8Array {
  const file = assembleFile(header, '');
  const cut = file.lastIndexOf('}');
  const encoder = new TextEncoder();
  const before = encoder.encode(file.slice(0, cut));
  const after = encoder.encode(file.slice(cut));
  const out = new Uint8Array(before.byteLength + bodyBytes.byteLength + after.byteLength);
  out.set(before, 0);
  out.set(bodyBytes, before.byteLength);
  out.set(after, before.byteLength + bodyBytes.byteLength);
  return out;
}

export async function buildExportFromBody(
  body: ExportBody,
  options: ExportOptions,
): Promise<BuiltExport> {
  let last = performance.now();
  const lap = (stage: ExportStage) => {
    if (!options.onStage) return;
    const now = performance.now();
    options.onStage(stage, now - last);
    last = now;
  };
  const text = canonicalBody(body);
  lap('body');
  const plain = utf8Bytes(text);
  lap('bytes');
  const bodySha256 = await sha256HexLarge(plain);
  lap('sha256');
  const partner = partnerNameOf(body.tables);
  const base = {
    format: EXPORT_FORMAT_ID,
    formatVersion: EXPORT_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: (options.now ?? (() => new Date()))().toISOString(),
    ...(options.reason ? { reason: options.reason } : {}),
    ...(partner ? { partner: partner.slice(0, 300) } : {}),
    counts: countRows(body.tables),
    bodyBytes: plain.byteLength,
    bodySha256,
    journalHead: body.journalHead
      ? { seq: body.journalHead.seq, hash: body.journalHead.hash }
      : null,
  } satisfies ExportHeader;
  if (options.passphrase) {
    const { params, ciphertext } = await encryptBody(plain, options.passphrase, options.iterations);
    const header: ExportHeader = sealHeader({ ...base, encryption: params });
    const file = assembleFile(header, canonicalJson(bytesToBase64(ciphertext)));
    return { bytes: new TextEncoder().encode(file), header, body: text };
  }
  const header: ExportHeader = sealHeader(base);
  const bytes = assembleBytes(header, plain);
  lap('file');
  return { bytes, header, body: text };
}

/** The full export of the register, as the bytes of one file. */
export async function buildExport(db: AppDatabase, options: ExportOptions): Promise<BuiltExport> {
  return buildExportFromBody(await readExportBody(db), options);
}

/** `convention-mcp-sauvegarde-2025-03-04.json` */
export function exportFileName(now: Date = new Date()): string {
  return `convention-mcp-sauvegarde-${now.toISOString().slice(0, 10)}.json`;
}
