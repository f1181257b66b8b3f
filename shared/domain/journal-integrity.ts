/**
 * What the journal can prove about the data beside it, beyond its own chain
 * (journal-chain.ts):
 *
 * - an erased payload (`payload: null`) is legitimate only when a later « purge » entry
 *   names the row it was about;
 * - every data row is the one the last journal entry about it wrote: the entry's payload
 *   holds the row after the write (its digest is in the entry's hash), and a purge, which
 *   rewrites rows in bulk, records the digest of each row it left. A row edited, added or
 *   deleted outside the application no longer matches;
 * - a copy of the journal's head kept elsewhere (a backup's header, a document's footer,
 *   the desktop app's keyed seal) shows whether this journal still contains that entry.
 *
 * Pure: entries and rows in, French findings out.
 */
import { canonicalJson, computePayloadDigest, type JournalHeadRecord } from './journal-chain';
import type { JournalEntry } from './schemas';
import { formatNumber } from './format';
import { frenchSpacing } from './text';

/** The entity and id of the entry written by « Tout effacer »: nothing before it counts. */
export const WIPE_ENTITY = 'registre';
export const WIPE_ENTITY_ID = 'tout';
/** The entity and id of a purge entry (see renderer/db/repositories/purge.ts). */
export const PURGE_ENTITY_ID = 'purge';

/** What a purge entry records in its payload's `after` (ids are what it erased). */
export interface PurgeRecord {
  habilitationIds: string[];
  agentIds: string[];
  /** Absent from purges written before it was recorded (they named habilitations only). */
  reviewItemIds?: string[];
  /** Table → row key → digest of the row the purge left. Absent from older purges. */
  rowDigests?: Record<string, Record<string, string>>;
}

export function isPurgeEntry(e: Pick<JournalEntry, 'action' | 'entityId'>): boolean {
  return e.action === 'purge' && e.entityId === PURGE_ENTITY_ID;
}

export function isWipeEntry(e: Pick<JournalEntry, 'action' | 'entity' | 'entityId'>): boolean {
  return e.action === 'delete' && e.entity === WIPE_ENTITY && e.entityId === WIPE_ENTITY_ID;
}

function purgeRecordOf(e: JournalEntry): PurgeRecord | null {
  const after = e.payload?.after as Partial<PurgeRecord> | null | undefined;
  if (!after || typeof after !== 'object') return null;
  const ids = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return {
    habilitationIds: ids(after.habilitationIds),
    agentIds: ids(after.agentIds),
    ...(after.reviewItemIds ? { reviewItemIds: ids(after.reviewItemIds) } : {}),
    ...(after.rowDigests && typeof after.rowDigests === 'object'
      ? { rowDigests: after.rowDigests }
      : {}),
  };
}

/**
 * The seqs of entries whose payload is erased although no later purge names their row.
 * `reviewItemHabilitation` (review item id → habilitation id) lets purges written before
 * review items were named vouch for the items of the habilitations they named.
 */
export function unexplainedErasures(
  entries: readonly JournalEntry[],
  reviewItemHabilitation: ReadonlyMap<string, string> = new Map(),
): number[] {
  // Walk from the newest entry back: the names of every purge seen so far are « later ».
  const sorted = [...entries].sort((a, b) => b.seq - a.seq);
  const named = {
    habilitations: new Set<string>(),
    agents: new Set<string>(),
    reviewItems: new Set<string>(),
  };
  const legacyHabilitations = new Set<string>();
  const out: number[] = [];
  for (const e of sorted) {
    if (e.payload === null) {
      const ok =
        (e.entity === 'habilitations' && named.habilitations.has(e.entityId)) ||
        (e.entity === 'agents' && named.agents.has(e.entityId)) ||
        (e.entity === 'reviewItems' &&
          (named.reviewItems.has(e.entityId) ||
            legacyHabilitations.has(reviewItemHabilitation.get(e.entityId) ?? '')));
      if (!ok) out.push(e.seq);
      continue;
    }
    if (!isPurgeEntry(e)) continue;
    const record = purgeRecordOf(e);
    if (!record) continue;
    for (const id of record.habilitationIds) named.habilitations.add(id);
    for (const id of record.agentIds) named.agents.add(id);
    if (record.reviewItemIds) for (const id of record.reviewItemIds) named.reviewItems.add(id);
    else for (const id of record.habilitationIds) legacyHabilitations.add(id);
  }
  return out.sort((a, b) => a - b);
}

export type RowProblem = 'modified' | 'added' | 'deleted' | 'unverifiable';

export interface RowFinding {
  table: string;
  key: string;
  problem: RowProblem;
  /** The last journal entry about the row (none for a row the journal never wrote). */
  seq?: number;
}

export interface RowsInput {
  entries: readonly JournalEntry[];
  /** Table → its rows, with the name of their key field. */
  tables: Readonly<Record<string, { keyField: string; rows: readonly Record<string, unknown>[] }>>;
  /** Rows the application writes outside the journal (workstation preferences, the shipped catalogue). */
  isExempt?: (table: string, row: Record<string, unknown>) => boolean;
}

type Expected =
  | { kind: 'row'; seq: number; canonical: string }
  | { kind: 'digest'; seq: number; digest: string }
  | { kind: 'deleted'; seq: number }
  | { kind: 'erased'; seq: number };

/**
 * Compares every row with what the journal last wrote for it. Entries before the last
 * « Tout effacer » do not count (the register was emptied there).
 */
export function checkRowsAgainstJournal(input: RowsInput): RowFinding[] {
  const tables = new Set(Object.keys(input.tables));
  const sorted = [...input.entries].sort((a, b) => a.seq - b.seq);
  let start = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (isWipeEntry(sorted[i]!)) {
      start = i + 1;
      break;
    }
  }
  const expected = new Map<string, Map<string, Expected>>();
  const slot = (table: string) => {
    let m = expected.get(table);
    if (!m) expected.set(table, (m = new Map<string, Expected>()));
    return m;
  };
  for (let i = start; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (isPurgeEntry(e)) {
      const digests = e.payload ? purgeRecordOf(e)?.rowDigests : undefined;
      for (const [table, rows] of Object.entries(digests ?? {})) {
        if (!tables.has(table) || typeof rows !== 'object' || rows === null) continue;
        for (const [key, digest] of Object.entries(rows)) {
          if (typeof digest === 'string')
            slot(table).set(key, { kind: 'digest', seq: e.seq, digest });
        }
      }
      continue;
    }
    if (
      !tables.has(e.entity) ||
      (e.action !== 'create' && e.action !== 'update' && e.action !== 'delete')
    )
      continue;
    const m = slot(e.entity);
    if (e.action === 'delete') m.set(e.entityId, { kind: 'deleted', seq: e.seq });
    else if (e.payload === null) m.set(e.entityId, { kind: 'erased', seq: e.seq });
    else m.set(e.entityId, { kind: 'row', seq: e.seq, canonical: canonicalJson(e.payload.after) });
  }

  const findings: RowFinding[] = [];
  for (const [table, { keyField, rows }] of Object.entries(input.tables)) {
    const m = expected.get(table) ?? new Map<string, Expected>();
    const present = new Set<string>();
    for (const row of rows) {
      const key = String(row[keyField]);
      present.add(key);
      const x = m.get(key);
      if (!x || x.kind === 'deleted') {
        if (!x && input.isExempt?.(table, row)) continue;
        findings.push({ table, key, problem: 'added', ...(x ? { seq: x.seq } : {}) });
      } else if (x.kind === 'erased') {
        findings.push({ table, key, problem: 'unverifiable', seq: x.seq });
      } else if (
        x.kind === 'row'
          ? canonicalJson(row) !== x.canonical
          : computePayloadDigest(row) !== x.digest
      ) {
        findings.push({ table, key, problem: 'modified', seq: x.seq });
      }
    }
    for (const [key, x] of m) {
      if (x.kind !== 'deleted' && !present.has(key))
        findings.push({ table, key, problem: 'deleted', seq: x.seq });
    }
  }
  return findings;
}

/** A head copied elsewhere (backup header, document footer, keyed seal), compared with this journal. */
export type HeadComparison =
  | { status: 'contains' }
  | { status: 'missing'; lastSeq: number }
  | { status: 'different'; hash: string };

export function compareWithHead(
  entries: readonly Pick<JournalEntry, 'seq' | 'hash'>[],
  copy: JournalHeadRecord,
): HeadComparison {
  const entry = entries.find((e) => e.seq === copy.seq);
  if (!entry) {
    const lastSeq = entries.reduce((max, e) => Math.max(max, e.seq), 0);
    return { status: 'missing', lastSeq };
  }
  // A short copy (the 12 characters printed in a footer) is compared as a prefix.
  const same =
    copy.hash.length < 64
      ? copy.hash.length >= 8 && entry.hash.startsWith(copy.hash)
      : entry.hash === copy.hash;
  return same ? { status: 'contains' } : { status: 'different', hash: entry.hash };
}

/** The short form printed in footers and lists: « Journal n° 1 234 · 3f2a9c4b1d07… ». */
export function shortHead(head: JournalHeadRecord): string {
  return `Journal n°\u00a0${formatNumber(head.seq)} · ${head.hash.slice(0, 12)}…`;
}

/** The French sentence for a comparison with a copy of the head dated `copyLabel`. */
export function describeHeadComparison(
  c: HeadComparison,
  copy: JournalHeadRecord,
  copyLabel: string,
): string {
  return frenchSpacing(headComparisonText(c, copy, copyLabel));
}

function headComparisonText(c: HeadComparison, copy: JournalHeadRecord, copyLabel: string): string {
  const n = `n°\u00a0${formatNumber(copy.seq)}`;
  switch (c.status) {
    case 'contains':
      return `Le journal contient bien l’entrée ${n} d’empreinte ${copy.hash.slice(0, 12)}… enregistrée dans ${copyLabel} : il n’a été ni coupé ni réécrit jusqu’à cette entrée.`;
    case 'missing':
      return `L’entrée ${n} enregistrée dans ${copyLabel} n’est plus dans le journal, qui s’arrête au n°\u00a0${formatNumber(c.lastSeq)} : la fin du journal a été coupée (ou une sauvegarde plus ancienne a été restaurée depuis).`;
    case 'different':
      return `L’entrée ${n} du journal n’est plus celle enregistrée dans ${copyLabel} (empreinte ${c.hash.slice(0, 12)}… au lieu de ${copy.hash.slice(0, 12)}…) : le journal a été réécrit (ou une autre sauvegarde a été restaurée depuis).`;
  }
}

const ROW_PROBLEM_LABELS: Record<RowProblem, string> = {
  modified: 'modifiée hors de l’application',
  added: 'ajoutée hors de l’application',
  deleted: 'supprimée hors de l’application',
  unverifiable: 'non vérifiable (détail purgé)',
};

/** « Agents : 2 lignes modifiées hors de l’application » per table and problem. */
export function summariseRowFindings(
  findings: readonly RowFinding[],
  tableLabel: (t: string) => string,
): string[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const k = `${f.table}\u0000${f.problem}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => {
    const [table, problem] = k.split('\u0000') as [string, RowProblem];
    const label = ROW_PROBLEM_LABELS[problem];
    const plural = n > 1 ? label.replace(/^(\S+)ée/, '$1ées') : label;
    return `${tableLabel(table)}\u00a0: ${formatNumber(n)} ligne${n > 1 ? 's' : ''} ${plural}`;
  });
}

export function rowProblemLabel(problem: RowProblem): string {
  return ROW_PROBLEM_LABELS[problem];
}
