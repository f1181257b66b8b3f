/**
 * The full-export file: a versioned header and a canonical body.
 *
 *   {"header":{…canonical JSON…},
 *   "body":{…canonical JSON…}}
 *
 * The whole file is valid JSON (it opens in any viewer), but the body is read as the exact
 * bytes between `"body":` and the last `}`: its SHA-256 is in the header, so a flipped byte,
 * a cut or an edit is detected before anything is parsed. The body depends only on the data
 * (every table sorted by key, keys sorted, `canonicalJson`): the same data always gives the
 * same bytes; only the header (date, app version) changes. With a passphrase the body is the
 * base64 of its AES-GCM encryption (as a JSON string), and the checksum is that of the
 * plain body, so that the decrypted body is verified too.
 *
 * Format 2 also covers the header: `headerSha256` is the SHA-256 of the canonical header
 * without that field, so an edited count, reason or (later) journal head is detected too.
 * Format 1 files (header not covered) are still read: they are valid files. Fields unknown
 * to this version are kept and covered by the header checksum, so the header can grow.
 *
 * Files that went through mail or a Windows tool are tolerated: a UTF-8 byte-order mark,
 * CRLF line endings and trailing whitespace (the body itself holds no raw line break).
 *
 * Pure: no DOM, no Node, no crypto.subtle (encryption lives in renderer/db/export-import).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson } from '../domain/journal-chain';
import { frenchSpacing } from '../domain/text';
import {
  EXPORT_TABLE_NAMES,
  keyFieldOf,
  TABLES,
  type ExportTable as RegistryExportTable,
  type KeyFieldOf,
  type SchemaOf,
} from '../domain/tables/registry';
import { schemasOf } from '../domain/tables/row-schemas';

export const EXPORT_FORMAT_ID = 'convention-mcp/sauvegarde';
export const EXPORT_FORMAT_VERSION = 2;
/** The first format whose header carries `headerSha256`. */
export const HEADER_CHECKSUM_SINCE = 2;

/** The tables of a backup, from the table registry (shared/domain/tables/registry.ts). */
export type ExportTable = RegistryExportTable;
export const EXPORT_TABLES: readonly ExportTable[] = EXPORT_TABLE_NAMES;

/** The primary key of each exported table (journal: seq). */
export const TABLE_KEYS = Object.fromEntries(
  EXPORT_TABLES.map((t) => [t, keyFieldOf(t)]),
) as unknown as {
  [T in ExportTable]: KeyFieldOf<T>;
};

/**
 * Tables added after the first schema, with the schema version that added them: a backup
 * written before has no such table, read as empty.
 */
export { TABLES_SINCE_SCHEMA } from '../domain/tables/registry';

/** French names of the tables, for previews and error messages. */
export const TABLE_LABELS = Object.fromEntries(
  EXPORT_TABLES.map((t) => [t, TABLES[t].pluralLabel]),
) as Record<ExportTable, string>;

/** The zod schema every row of each table must satisfy when a backup is read. */
export const TABLE_SCHEMAS: { [T in ExportTable]: SchemaOf<T> } = schemasOf(EXPORT_TABLES);

export const PBKDF2_MIN_ITERATIONS = 600_000;
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const encryptionSchema = z.strictObject({
  alg: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(PBKDF2_MIN_ITERATIONS).max(PBKDF2_MAX_ITERATIONS),
  salt: base64.max(64),
  iv: base64.max(32),
});
export type EncryptionParams = z.infer<typeof encryptionSchema>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Loose on purpose: a field added by a later version is kept (and covered by
 * `headerSha256`) instead of making the file unreadable.
 */
export const exportHeaderSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT_ID),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string().max(40),
  /** Why it was written (« démarrage », « avant restauration »…), for the list. */
  reason: z.string().max(200).optional(),
  /** The partner of the current convention, for the preview (not personal data). */
  partner: z.string().max(300).optional(),
  counts: z.record(z.string().max(40), z.number().int().min(0)),
  /** UTF-8 bytes of the plain body. */
  bodyBytes: z.number().int().min(0),
  /** SHA-256 of the plain body, hex. */
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
  encryption: encryptionSchema.optional(),
  /**
   * The journal's last entry when the file was written (null: empty journal). Shown in the
   * backups list and compared by the integrity check with the current journal, so that a
   * later cut or rewrite of the journal shows against this copy. Absent from older files.
   */
  journalHead: z
    .strictObject({
      seq: z.number().int().min(1),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .nullable()
    .optional(),
  /** SHA-256 of the canonical header without this field (format ≥ 2). */
  headerSha256: hex64.optional(),
});
export type ExportHeader = z.infer<typeof exportHeaderSchema>;

/** The checksum of a header: every field but `headerSha256`, in canonical JSON. */
export function headerChecksum(header: Record<string, unknown>): string {
  const { headerSha256: _omit, ...rest } = header;
  return sha256HexBytes(new TextEncoder().encode(canonicalJson(rest)));
}

/** The header with its checksum set (what the writer puts in the file). */
export function sealHeader<H extends Record<string, unknown>>(
  header: H,
): H & { headerSha256: string } {
  const { headerSha256: _omit, ...rest } = header;
  return { ...(rest as H), headerSha256: headerChecksum(rest) };
}

export type ExportTables = Record<ExportTable, Record<string, unknown>[]>;

export interface ExportBody {
  journalHead: { seq: number; hash: string } | null;
  tables: ExportTables;
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rows sorted by primary key (code-unit order for strings, numeric for the journal). */
export function sortRows(table: ExportTable, rows: readonly Record<string, unknown>[]) {
  const key = TABLE_KEYS[table];
  return [...rows].sort((a, b) => compareKeys(a[key], b[key]));
}

/** The canonical body text: the same data gives the same string, whatever the row order. */
export function canonicalBody(body: ExportBody): string {
  const tables = {} as ExportTables;
  for (const t of EXPORT_TABLES) tables[t] = sortRows(t, body.tables[t] ?? []);
  return canonicalJson({ journalHead: body.journalHead, tables });
}

export function countRows(
  tables: Partial<Record<string, readonly unknown[]>>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of EXPORT_TABLES) counts[t] = tables[t]?.length ?? 0;
  return counts;
}

export function sha256HexBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

const HEADER_PREFIX = '{"header":';
const BODY_PREFIX = '"body":';

/** Assembles the file from its header and the body text written after `"body":`. */
export function assembleFile(header: ExportHeader, bodyText: string): string {
  return `${HEADER_PREFIX}${canonicalJson(header)},\n${BODY_PREFIX}${bodyText}}\n`;
}

/**
 * The oldest data format a backup may be in and still be restored. Every schema version since
 * then only added optional fields (v2: `Agent.pendingHabilitations`), so an older body is a
 * valid current body as it is; a version that renames or moves data must convert the body
 * here before raising this number.
 */
export const OLDEST_RESTORABLE_SCHEMA_VERSION = 1;

/** Why a file was refused; `message` is French, for the user. */
export type RefusalCode =
  | 'not-an-export'
  | 'newer-format'
  | 'newer-schema'
  | 'older-schema'
  | 'truncated'
  | 'altered'
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'invalid-rows'
  | 'inconsistent'
  | 'too-large';

/** Problems of one kind, for a grouped display (see register-check). */
export interface RefusalGroup {
  label: string;
  messages: string[];
  count: number;
}

export class ImportRefusedError extends Error {
  readonly details: string[];
  constructor(
    readonly code: RefusalCode,
    message: string,
    /** For invalid rows: one French line per problem (table, row, field). */
    details: string[] = [],
    /** The same problems grouped by kind, when the refusal has several kinds. */
    readonly groups: RefusalGroup[] = [],
  ) {
    // French typography applied once, here, to every refusal shown to the user.
    super(frenchSpacing(message));
    this.details = details.map(frenchSpacing);
    this.name = 'ImportRefusedError';
  }
}

const NOT_AN_EXPORT =
  'Ce fichier n’est pas une sauvegarde de Convention MCP (ou son début est abîmé). Rien n’a été modifié.';
const TRUNCATED =
  'Ce fichier de sauvegarde est incomplet (tronqué) : il a sans doute été mal copié. Rien n’a été modifié. Utilisez une autre sauvegarde.';
const ALTERED =
  'Ce fichier de sauvegarde a été modifié ou abîmé : son empreinte (somme de contrôle) ne correspond plus à son contenu. Rien n’a été modifié. Utilisez une autre sauvegarde.';

/** Parses the first line (`{"header":{…},`): format, format version, fields and checksum. */
export function parseHeaderLine(firstLine: string): ExportHeader {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/[\r\t ]+$/, '');
  if (!line.startsWith(HEADER_PREFIX) || !line.endsWith(',')) {
    throw new ImportRefusedError('not-an-export', NOT_AN_EXPORT);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(line.slice(HEADER_PREFIX.length, -1));
  } catch {
    throw new ImportRefusedError('not-an-export', NOT_AN_EXPORT);
  }
  const looksOurs =
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { format?: unknown }).format === EXPORT_FORMAT_ID;
  if (!looksOurs) throw new ImportRefusedError('not-an-export', NOT_AN_EXPORT);
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    throw new ImportRefusedError(
      'newer-format',
      'Cette sauvegarde a été faite par une version plus récente de Convention MCP, dans un format que cette version ne sait pas lire. Rien n’a été modifié. Installez la dernière version de l’application.',
    );
  }
  const parsed = exportHeaderSchema.safeParse(raw);
  if (!parsed.success) throw new ImportRefusedError('altered', ALTERED);
  const header = parsed.data;
  if (header.formatVersion >= HEADER_CHECKSUM_SINCE) {
    let expected: string;
    try {
      expected = headerChecksum(raw as Record<string, unknown>);
    } catch {
      throw new ImportRefusedError('altered', ALTERED);
    }
    if (header.headerSha256 !== expected) throw new ImportRefusedError('altered', ALTERED);
  } else if (header.headerSha256 !== undefined) {
    throw new ImportRefusedError('altered', ALTERED);
  }
  return header;
}

export interface SplitFile {
  header: ExportHeader;
  /** Byte offsets of the body in the file: the text after `"body":`, up to the last `}` excluded. */
  bodyStart: number;
  bodyEnd: number;
}

const isSpaceByte = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;
const startsWithAscii = (bytes: Uint8Array, at: number, ascii: string) => {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
};
/** The file ends before `ascii` is complete, and what there is matches it: a cut. */
const isAsciiPrefixOfRest = (bytes: Uint8Array, at: number, ascii: string) => {
  const left = bytes.byteLength - at;
  return left < ascii.length && startsWithAscii(bytes, at, ascii.slice(0, left));
};

/**
 * Splits and checks the envelope of a file, on its bytes: header parsed and validated,
 * versions checked, the body located exactly. Tolerates a BOM, CRLF and trailing
 * whitespace. Throws `ImportRefusedError` only.
 */
export function splitFile(bytes: Uint8Array, currentSchemaVersion: number): SplitFile {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (!startsWithAscii(bytes, start, HEADER_PREFIX)) {
    if (isAsciiPrefixOfRest(bytes, start, HEADER_PREFIX))
      throw new ImportRefusedError('truncated', TRUNCATED);
    throw new ImportRefusedError('not-an-export', NOT_AN_EXPORT);
  }
  const newline = bytes.indexOf(0x0a, start);
  if (newline < 0) throw new ImportRefusedError('truncated', TRUNCATED);
  let firstLine: string;
  try {
    firstLine = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, newline));
  } catch {
    throw new ImportRefusedError('altered', ALTERED);
  }
  const header = parseHeaderLine(firstLine);
  if (header.schemaVersion > currentSchemaVersion) {
    throw new ImportRefusedError(
      'newer-schema',
      `Cette sauvegarde vient d’une version plus récente de Convention MCP${header.appVersion ? ` (${header.appVersion})` : ''} (données au format ${header.schemaVersion}, cette version lit jusqu’au format ${currentSchemaVersion}). Rien n’a été modifié. Installez la dernière version de l’application pour la restaurer.`,
    );
  }
  if (header.schemaVersion < OLDEST_RESTORABLE_SCHEMA_VERSION) {
    throw new ImportRefusedError(
      'older-schema',
      `Cette sauvegarde est au format ${header.schemaVersion}, que cette version ne sait plus convertir. Rien n’a été modifié.`,
    );
  }
  let rest = newline + 1;
  // A blank line inserted by a tool between the header and the body.
  while (rest < bytes.byteLength && isSpaceByte(bytes[rest])) rest++;
  if (!startsWithAscii(bytes, rest, BODY_PREFIX)) {
    if (isAsciiPrefixOfRest(bytes, rest, BODY_PREFIX))
      throw new ImportRefusedError('truncated', TRUNCATED);
    throw new ImportRefusedError('altered', ALTERED);
  }
  const bodyStart = rest + BODY_PREFIX.length;
  let end = bytes.byteLength;
  while (end > bodyStart && isSpaceByte(bytes[end - 1])) end--;
  if (end <= bodyStart || bytes[end - 1] !== 0x7d)
    throw new ImportRefusedError('truncated', TRUNCATED);
  return { header, bodyStart, bodyEnd: end - 1 };
}

/** Checks the plain body against the header: length (cut) then checksum (altered). */
export function verifyPlainBody(header: ExportHeader, body: Uint8Array): void {
  if (body.byteLength < header.bodyBytes) throw new ImportRefusedError('truncated', TRUNCATED);
  if (body.byteLength !== header.bodyBytes || sha256HexBytes(body) !== header.bodySha256) {
    throw new ImportRefusedError('altered', ALTERED);
  }
}

/**
 * The header's journal head must be the body's: the app writes both from the same value, in
 * one go, so a difference means the file was edited afterwards (both checksums recomputed)
 * and the header would show, in the backups list and the integrity check, a journal the
 * data does not have. Refused rather than warned: no file the app wrote is ever refused,
 * and a header that lies cannot be the reference a later cut of the journal is shown against.
 * Files written before the header carried it (`journalHead` absent) are not concerned.
 */
export function checkHeaderJournalHead(
  header: ExportHeader,
  bodyHead: ExportBody['journalHead'],
): void {
  if (header.journalHead === undefined) return;
  const a = header.journalHead;
  if (a === null && bodyHead === null) return;
  if (a !== null && bodyHead !== null && a.seq === bodyHead.seq && a.hash === bodyHead.hash) return;
  const describe = (h: ExportBody['journalHead']) => (h ? `l’entrée n° ${h.seq}` : 'aucune entrée');
  const what =
    a !== null && bodyHead !== null && a.seq === bodyHead.seq
      ? `la même entrée n° ${a.seq} n’a pas la même empreinte dans l’en-tête et dans le contenu`
      : `l’en-tête annonce un journal qui s’arrête à ${describe(a)}, le contenu à ${describe(bodyHead)}`;
  throw new ImportRefusedError(
    'altered',
    `Cette sauvegarde a été modifiée après avoir été écrite : ${what}. Elle n’a pas été restaurée et rien n’a été modifié. Utilisez une autre sauvegarde.`,
  );
}

export const REFUSALS = { NOT_AN_EXPORT, TRUNCATED, ALTERED };
