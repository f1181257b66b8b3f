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
}

/**
 * SHA-256 hex of a (large) byte array: the platform's native digest where there is one (a
 * whole register hashes 5× faster), else the same SHA-256 in JavaScript.
 */
export async function sha256HexLarge(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256HexBytes(bytes);
  const view =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const digest = new Uint8Array(await subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
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
  const text = canonicalBody(body);
  const plain = new TextEncoder().encode(text);
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
    bodySha256: await sha256HexLarge(plain),
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
  return { bytes: assembleBytes(header, plain), header, body: text };
}

/** The full export of the register, as the bytes of one file. */
export async function buildExport(db: AppDatabase, options: ExportOptions): Promise<BuiltExport> {
  return buildExportFromBody(await readExportBody(db), options);
}

/** `convention-mcp-sauvegarde-2025-03-04.json` */
export function exportFileName(now: Date = new Date()): string {
  return `convention-mcp-sauvegarde-${now.toISOString().slice(0, 10)}.json`;
}
