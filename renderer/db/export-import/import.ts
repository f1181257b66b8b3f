import type { z } from 'zod';
import {
  checkHeaderJournalHead,
  EXPORT_TABLES,
  ImportRefusedError,
  parseHeaderLine,
  REFUSALS,
  splitFile,
  TABLE_KEYS,
  TABLE_SCHEMAS,
  TABLES_SINCE_SCHEMA,
  TABLE_LABELS,
  type ExportBody,
  type ExportHeader,
  type ExportTable,
  type ExportTables,
} from '../../../shared/backup/export-format';
import { parseStrictJson, StrictJsonError } from '../../../shared/backup/strict-json';
import { calendarDateInParis } from '../../../shared/domain/dates';
import { checkRegister, issueLines, type IssueGroup } from '../../../shared/backup/register-check';
import { verifyChain, type ChainVerification } from '../../../shared/domain/journal-chain';
import { fieldPathLabelOf } from '../../../shared/domain/tables/registry';
import type { AppDatabase } from '../database';
import { JOURNAL_HEAD_KEY } from '../register-writer';
import { CURRENT_SCHEMA_VERSION } from '../schema/history';
import { base64ToBytes, decryptBody } from './passphrase-crypto';
import { partnerNameOf, sha256HexLarge } from './export';

export { ImportRefusedError } from '../../../shared/backup/export-format';

const SCHEMAS: Record<ExportTable, z.ZodType> = TABLE_SCHEMAS;

/** Larger than any real register; a bigger file is refused before being read. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const MAX_DETAILS = 30;

export interface ImportPreview {
  partner?: string;
  exportedAt: string;
  appVersion: string;
  reason?: string;
  encrypted: boolean;
  counts: Record<ExportTable, number>;
  /** The journal of the file, checked before anything is written. */
  journal: ChainVerification;
  /** What is inconsistent but loadable (over quota…), grouped, in French. */
  warnings: IssueGroup[];
}

export interface ParsedExport {
  header: ExportHeader;
  body: ExportBody;
  preview: ImportPreview;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportRefusedError('altered', REFUSALS.ALTERED);
  }
}

/** Reads the header only (for the list of backups): `undefined` when it is not one of ours. */
export function readExportHeader(bytes: Uint8Array): ExportHeader | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    return parseHeaderLine(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, newline)),
    );
  } catch {
    return undefined;
  }
}

/** JSON values only (no Infinity from `1e400`, no absurd nesting); else the file is refused. */
function parseBodyJson(text: string): unknown {
  try {
    return parseStrictJson(text);
  } catch (error) {
    if (error instanceof StrictJsonError && error.problem !== 'syntax') {
      throw new ImportRefusedError(
        'invalid-rows',
        'Cette sauvegarde contient des données invalides : elle n’a pas été importée et rien n’a été modifié.',
        [
          error.problem === 'non-finite'
            ? 'Un nombre est hors des limites (infini) : ce n’est pas une valeur que l’application écrit.'
            : 'Des données sont imbriquées sur un nombre de niveaux absurde : ce n’est pas une sauvegarde écrite par l’application.',
        ],
      );
    }
    throw new ImportRefusedError('altered', REFUSALS.ALTERED);
  }
}

/** A row's key as the message shows it: a forged key that is not text or a number is shown as JSON, never « [object Object] ». */
function keyText(key: unknown): string {
  return (
    typeof key === 'string' || typeof key === 'number' ? String(key) : (JSON.stringify(key) ?? '?')
  ).slice(0, 40);
}

function describeIssue(
  table: ExportTable,
  index: number,
  row: unknown,
  issue: z.core.$ZodIssue,
): string {
  const key = (row as Record<string, unknown> | null)?.[TABLE_KEYS[table]];
  const label = fieldPathLabelOf(table, issue.path);
  const field = label ? `champ « ${label} »` : 'ligne entière';
  return `${TABLE_LABELS[table]}, ligne ${index + 1}${key !== undefined ? ` (${keyText(key)})` : ''}, ${field} : ${issue.message}`;
}

/** Validates every row of every table with the entity schemas; refuses with the list of problems. */
export function validateBody(raw: unknown): ExportBody {
  const invalid = (details: string[]) =>
    new ImportRefusedError(
      'invalid-rows',
      'Cette sauvegarde contient des données invalides : elle n’a pas été importée et rien n’a été modifié.',
      details.slice(0, MAX_DETAILS),
    );
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw invalid(['Contenu illisible.']);
  const { tables, journalHead } = raw as {
    tables?: unknown;
    journalHead?: { seq?: unknown; hash?: unknown } | null;
  };
  const keys = Object.keys(raw);
  if (keys.some((k) => k !== 'tables' && k !== 'journalHead'))
    throw invalid(['Contenu inattendu dans le fichier.']);
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables))
    throw invalid(['Tables manquantes.']);
  const details: string[] = [];
  for (const name of Object.keys(tables)) {
    if (!(EXPORT_TABLES as string[]).includes(name))
      details.push(`Table inconnue : « ${name.slice(0, 40)} ».`);
  }
  const out = {} as ExportTables;
  for (const t of EXPORT_TABLES) {
    const rows = (tables as Record<string, unknown>)[t];
    if (rows === undefined && TABLES_SINCE_SCHEMA[t] !== undefined) {
      out[t] = [];
      continue;
    }
    if (!Array.isArray(rows)) {
      details.push(`Table « ${TABLE_LABELS[t]} » manquante.`);
      continue;
    }
    const seen = new Set<unknown>();
    const parsedRows: Record<string, unknown>[] = [];
    rows.forEach((row, i) => {
      const result = SCHEMAS[t].safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues) details.push(describeIssue(t, i, row, issue));
        return;
      }
      const data = result.data as Record<string, unknown>;
      const key = data[TABLE_KEYS[t]];
      if (seen.has(key))
        details.push(
          `${TABLE_LABELS[t]}, ligne ${i + 1} : la clé « ${keyText(key)} » apparaît deux fois.`,
        );
      seen.add(key);
      parsedRows.push(data);
    });
    out[t] = parsedRows;
  }
  let head: ExportBody['journalHead'] = null;
  if (journalHead !== null) {
    const h = journalHead;
    if (
      typeof h !== 'object' ||
      h === null ||
      !Number.isInteger(h.seq) ||
      typeof h.hash !== 'string' ||
      !/^[0-9a-f]{64}$/.test(h.hash) ||
      Object.keys(h).length !== 2
    ) {
      details.push('Tête du journal invalide.');
    } else head = { seq: h.seq as number, hash: h.hash };
  }
  if (details.length) throw invalid(details);
  return { journalHead: head, tables: out };
}

/** Told the time each stage of a restore took (`npm run bench` prints them); free when absent. */
export type StageListener = (stage: RestoreStage, ms: number) => void;
export type RestoreStage =
  | 'envelope'
  | 'json'
  | 'rows'
  | 'register'
  | 'journal'
  | 'safety-backup'
  | 'write'
  | 'journal-after';

/** `lap(stage)` reports the time since the previous lap (or since the timer was made). */
export function stageTimer(onStage: StageListener | undefined): (stage: RestoreStage) => void {
  if (!onStage) return () => undefined;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    onStage(stage, now - last);
    last = now;
  };
}

export interface ParseOptions {
  passphrase?: string;
  /** The day the convention's rules are judged on (quotas count active habilitations). */
  today?: string;
  onStage?: StageListener;
}

/** The body checked as a register: refused when it holds what cannot be loaded. */
function checkAsRegister(body: ExportBody, today: string): IssueGroup[] {
  const check = checkRegister(body.tables, today);
  if (check.refusals.length) {
    const total = check.refusals.reduce((n, g) => n + g.count, 0);
    throw new ImportRefusedError(
      'inconsistent',
      `Cette sauvegarde n’est pas cohérente (${total} problème${total > 1 ? 's' : ''} qui empêche${total > 1 ? 'nt' : ''} de la charger) : elle n’a pas été restaurée et rien n’a été modifié. Utilisez une autre sauvegarde.`,
      issueLines(check.refusals).slice(0, MAX_DETAILS),
      check.refusals,
    );
  }
  return check.warnings;
}

/**
 * Reads and checks a whole export, touching nothing: envelope, versions, length, checksum,
 * decryption, JSON, every row against its schema. Throws only `ImportRefusedError`.
 */
export async function parseExportFile(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ParsedExport> {
  try {
    return await parseUnsafe(bytes, options);
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    // Anything unforeseen is still a refusal, never a crash.
    throw new ImportRefusedError('altered', REFUSALS.ALTERED);
  }
}

async function parseUnsafe(bytes: Uint8Array, options: ParseOptions): Promise<ParsedExport> {
  const lap = stageTimer(options.onStage);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportRefusedError(
      'too-large',
      'Ce fichier est trop volumineux pour être une sauvegarde de Convention MCP.',
    );
  }
  const { header, bodyStart, bodyEnd } = splitFile(bytes, CURRENT_SCHEMA_VERSION);
  const bodyBytes = bytes.subarray(bodyStart, bodyEnd);
  let plain: Uint8Array;
  if (header.encryption) {
    if (!options.passphrase) {
      throw new ImportRefusedError(
        'passphrase-required',
        'Cette sauvegarde est protégée par une phrase de passe : saisissez-la pour l’ouvrir.',
      );
    }
    let b64: unknown;
    try {
      b64 = JSON.parse(decodeUtf8(bodyBytes));
    } catch {
      throw new ImportRefusedError('altered', REFUSALS.ALTERED);
    }
    if (typeof b64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64))
      throw new ImportRefusedError('altered', REFUSALS.ALTERED);
    const expectedLength = header.bodyBytes + 16;
    const ciphertext = base64ToBytes(b64);
    if (ciphertext.byteLength < expectedLength)
      throw new ImportRefusedError('truncated', REFUSALS.TRUNCATED);
    if (ciphertext.byteLength > expectedLength)
      throw new ImportRefusedError('altered', REFUSALS.ALTERED);
    const decrypted = await decryptBody(ciphertext, options.passphrase, header.encryption);
    if (!decrypted) {
      throw new ImportRefusedError(
        'wrong-passphrase',
        'La phrase de passe est incorrecte (ou le fichier a été modifié) : la sauvegarde n’a pas pu être déchiffrée. Rien n’a été modifié.',
      );
    }
    plain = decrypted;
  } else {
    // The body's bytes are the file's, between `"body":` and the last `}`.
    plain = bodyBytes;
  }
  await verifyBody(header, plain);
  lap('envelope');
  const json = parseBodyJson(decodeUtf8(plain));
  lap('json');
  const body = validateBody(json);
  checkHeaderJournalHead(header, body.journalHead);
  lap('rows');
  const warnings = checkAsRegister(body, options.today ?? calendarDateInParis(new Date()));
  lap('register');
  const counts = {} as Record<ExportTable, number>;
  for (const t of EXPORT_TABLES) counts[t] = body.tables[t].length;
  const partner = partnerNameOf(body.tables);
  const journal = verifyChain(body.tables.journal as never, body.journalHead);
  lap('journal');
  return {
    header,
    body,
    preview: {
      ...(partner ? { partner } : {}),
      exportedAt: header.exportedAt,
      appVersion: header.appVersion,
      ...(header.reason ? { reason: header.reason } : {}),
      encrypted: !!header.encryption,
      counts,
      journal,
      warnings,
    },
  };
}

/** `verifyPlainBody` with the platform's native SHA-256 (same refusals). */
async function verifyBody(header: ExportHeader, body: Uint8Array): Promise<void> {
  if (body.byteLength < header.bodyBytes)
    throw new ImportRefusedError('truncated', REFUSALS.TRUNCATED);
  if (body.byteLength !== header.bodyBytes || (await sha256HexLarge(body)) !== header.bodySha256) {
    throw new ImportRefusedError('altered', REFUSALS.ALTERED);
  }
}

export const LAST_IMPORT_KEY = 'lastImport';

/**
 * The journal as stored after the replacement, verified. When the file's journal verified
 * (the preview) and the database holds exactly its entry count, its last entry (seq and
 * hash) and its head, the stored journal is the one that was just written in one transaction
 * and verified: that verification is the answer, without reading back and hashing every
 * entry again (seconds on a large register). Anything else (a broken file journal, another
 * window that wrote in between) is verified in full from the database, as always.
 */
async function storedJournalVerification(
  db: AppDatabase,
  parsed: ParsedExport,
): Promise<ChainVerification> {
  const verified = parsed.preview.journal;
  if (verified.ok) {
    const [count, last, head] = await db.transaction('r', [db.journal, db.meta], () =>
      Promise.all([
        db.journal.count(),
        db.journal.orderBy('seq').last(),
        db.meta.get(JOURNAL_HEAD_KEY),
      ]),
    );
    const stored = (head?.value as { seq: number; hash: string } | undefined) ?? null;
    const same = (a: { seq: number; hash: string } | null | undefined) =>
      verified.head === null
        ? !a
        : !!a && a.seq === verified.head.seq && a.hash === verified.head.hash;
    if (count === verified.count && same(last) && same(stored)) return verified;
  }
  const [entries, head] = await db.transaction('r', [db.journal, db.meta], () =>
    Promise.all([db.journal.orderBy('seq').toArray(), db.meta.get(JOURNAL_HEAD_KEY)]),
  );
  return verifyChain(entries, (head?.value as { seq: number; hash: string } | undefined) ?? null);
}

/**
 * Replaces every data table (journal included: the imported journal replaces the current
 * one) in ONE transaction: either the whole file is in the database, or nothing changed.
 * Call only with what `parseExportFile` returned, after a safety backup.
 */
export async function replaceAllData(
  db: AppDatabase,
  parsed: ParsedExport,
  now: () => Date = () => new Date(),
  onStage?: StageListener,
): Promise<ChainVerification> {
  const lap = stageTimer(onStage);
  await db.transaction('rw', [...EXPORT_TABLES, 'meta'], async () => {
    for (const t of EXPORT_TABLES) {
      const table = db.table(t);
      await table.clear();
      if (parsed.body.tables[t].length) await table.bulkAdd(parsed.body.tables[t]);
    }
    if (parsed.body.journalHead)
      await db.meta.put({ key: JOURNAL_HEAD_KEY, value: parsed.body.journalHead });
    else await db.meta.delete(JOURNAL_HEAD_KEY);
    await db.meta.put({
      key: LAST_IMPORT_KEY,
      value: {
        at: now().toISOString(),
        exportedAt: parsed.header.exportedAt,
        appVersion: parsed.header.appVersion,
      },
    });
  });
  lap('write');
  const verification = await storedJournalVerification(db, parsed);
  lap('journal-after');
  return verification;
}
