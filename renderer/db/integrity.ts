/**
 * « Vérifier l'intégrité »: everything the application can check about the register, read in
 * one transaction — the journal's chain and head, erased payloads against the purges, every
 * data row against the last journal entry that wrote it — plus, in the desktop app, the
 * keyed seal kept by the main process. The start-up check (startup-check.ts) uses the same
 * reading and adds the references between tables.
 */
import {
  verifyChain,
  type ChainVerification,
  type JournalHeadRecord,
} from '../../shared/domain/journal-chain';
import {
  checkRowsAgainstJournal,
  compareWithHead,
  unexplainedErasures,
  type HeadComparison,
  type RowFinding,
} from '../../shared/domain/journal-integrity';
import { CATALOGUE_PROFILES } from '../../shared/domain/profiles';
import { canonicalJson } from '../../shared/domain/journal-chain';
import type { JournalEntry } from '../../shared/domain/schemas';
import type { JournalSealState } from '../../shared/ipc/contract';
import type { AppDatabase } from './database';
import { keyFieldOf } from '../../shared/domain/tables/registry';
import { JOURNAL_HEAD_KEY, JOURNALED_TABLES, type JournaledTable } from './register-writer';

/** Settings the application writes outside the journal: preferences of this workstation. */
export const UNJOURNALED_SETTINGS: readonly string[] = ['userName', 'currentConventionId'];

const catalogue = new Map(CATALOGUE_PROFILES.map((p) => [p.code, canonicalJson(p)]));

/** Rows the application itself writes without a journal entry. */
export function isUnjournaledRow(table: string, row: Record<string, unknown>): boolean {
  if (table === 'settings') return UNJOURNALED_SETTINGS.includes(String(row.key));
  // The shipped catalogue is written when the database is created (and after « Tout effacer »).
  if (table === 'profiles') return catalogue.get(String(row.code)) === canonicalJson(row);
  return false;
}

export interface RegisterReading {
  entries: JournalEntry[];
  head: JournalHeadRecord | null;
  tables: Record<JournaledTable, Record<string, unknown>[]>;
}

/** Every journaled table, the journal and its head, in one read transaction. */
export async function readRegister(db: AppDatabase): Promise<RegisterReading> {
  const names = Object.keys(JOURNALED_TABLES) as JournaledTable[];
  return db.transaction('r', [...names, 'journal', 'meta'], async () => {
    const tables = {} as RegisterReading['tables'];
    for (const t of names) tables[t] = (await db.table(t).toArray()) as Record<string, unknown>[];
    const entries = await db.journal.orderBy('seq').toArray();
    const head =
      ((await db.meta.get(JOURNAL_HEAD_KEY))?.value as JournalHeadRecord | undefined) ?? null;
    return { entries, head, tables };
  });
}

export interface JournalFindings {
  chain: ChainVerification;
  /** Entries whose payload is erased though no purge names them. */
  erasedWithoutPurge: number[];
  rows: RowFinding[];
  rowCount: number;
  /** Register data (agents, conventions) but not one journal entry. */
  emptyJournalWithData: boolean;
}

/** The journal's own checks and the rows against it, from one reading. */
export function journalFindings(reading: RegisterReading): JournalFindings {
  const { entries, head, tables } = reading;
  const reviewItemHabilitation = new Map(
    tables.reviewItems.map((i) => [String(i.id), String(i.habilitationId)] as const),
  );
  const input: Record<string, { keyField: string; rows: readonly Record<string, unknown>[] }> = {};
  let rowCount = 0;
  for (const t of Object.keys(tables) as JournaledTable[]) {
    input[t] = { keyField: keyFieldOf(t), rows: tables[t] };
    rowCount += tables[t].length;
  }
  return {
    chain: verifyChain(entries, head),
    erasedWithoutPurge: unexplainedErasures(entries, reviewItemHabilitation),
    rows: checkRowsAgainstJournal({ entries, tables: input, isExempt: isUnjournaledRow }),
    rowCount,
    emptyJournalWithData:
      entries.length === 0 && (tables.agents.length > 0 || tables.conventions.length > 0),
  };
}

/** What the keyed seal says about this journal. */
export type SealCheck =
  | { kind: 'web' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'none'; keyCreatedAt: string }
  | { kind: 'invalid'; reason: string; keyCreatedAt: string }
  | {
      kind: 'sealed';
      keyCreatedAt: string;
      seq: number;
      hash: string;
      sealedAt: string;
      comparison: HeadComparison;
      /** Entries written after the sealed one (the seal follows each write; normally 0). */
      unsealed: number;
    };

export function checkSeal(
  state: JournalSealState | undefined,
  entries: readonly JournalEntry[],
): SealCheck {
  if (!state) return { kind: 'web' };
  switch (state.status) {
    case 'unavailable':
      return { kind: 'unavailable', reason: state.reason };
    case 'none':
      return { kind: 'none', keyCreatedAt: state.keyCreatedAt };
    case 'invalid':
      return { kind: 'invalid', reason: state.reason, keyCreatedAt: state.keyCreatedAt };
    case 'sealed': {
      const lastSeq = entries.reduce((max, e) => Math.max(max, e.seq), 0);
      // Seq 0 seals an empty journal (a restored backup without one).
      const comparison: HeadComparison =
        state.seq === 0
          ? { status: 'contains' }
          : compareWithHead(entries, { seq: state.seq, hash: state.hash });
      return {
        kind: 'sealed',
        keyCreatedAt: state.keyCreatedAt,
        seq: state.seq,
        hash: state.hash,
        sealedAt: state.sealedAt,
        comparison,
        unsealed: Math.max(0, lastSeq - state.seq),
      };
    }
  }
}
