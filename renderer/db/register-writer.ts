import Dexie, { type PromiseExtended } from 'dexie';
import { z } from 'zod';
import { buildEntry, type JournalHeadRecord } from '../../shared/domain/journal-chain';
import {
  JOURNAL_ACTOR_MAX,
  journalEntrySchema,
  jsonValue,
  reqText,
  type JournalEntry,
} from '../../shared/domain/schemas';
import {
  JOURNALED_TABLE_NAMES,
  keyFieldOf,
  type JournaledTable,
  type RowOf as TableRowOf,
} from '../../shared/domain/tables/registry';
import { schemasOf } from '../../shared/domain/tables/row-schemas';
import type { AppDatabase } from './database';
import { parseOrThrow, StaleEditError } from './validation';
import { rowVersion, staleEditMessage } from '../../shared/domain/edit-version';

/** Tables written through the journal, with the schema every row must satisfy (from the registry). */
export const JOURNALED_TABLES = schemasOf(JOURNALED_TABLE_NAMES);
export type { JournaledTable } from '../../shared/domain/tables/registry';
export type RowOf<T extends JournaledTable> = TableRowOf<T>;

const keyOf = (table: JournaledTable, row: Record<string, unknown>) =>
  String(row[keyFieldOf(table)]);

const journalFieldsSchema = journalEntrySchema
  .pick({
    at: true,
    actor: true,
    action: true,
    entity: true,
    entityId: true,
    summary: true,
  })
  .extend({
    actor: reqText(JOURNAL_ACTOR_MAX),
    payload: z.strictObject({ before: jsonValue, after: jsonValue }),
  });
const SUMMARY_MAX = 500;
const capSummary = (summary: string) =>
  summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary;

/** Kept outside the chain so that cutting off the last entries is detected. */
export const JOURNAL_HEAD_KEY = 'journalHead';

/** What an edit started from: the version of the row when the form opened (see edit-version.ts). */
export interface EditBase {
  version: string;
  /** « Cet agent », « Cette habilitation »… for the refusal message. */
  label?: string;
}

/** Refuses (rejects) when the stored row is not the version the edit started from. */
function checkBase(before: unknown, base: EditBase | undefined): StaleEditError | undefined {
  if (!base) return undefined;
  if (before === undefined)
    return new StaleEditError('deleted', undefined, staleEditMessage('deleted', base.label));
  if (rowVersion(before) !== base.version)
    return new StaleEditError('changed', before, staleEditMessage('changed', base.label));
  return undefined;
}

export interface Actor {
  name: string;
  now: () => Date;
}

/**
 * Writes inside one Dexie transaction: every row is validated with its schema, and every
 * create, update and delete appends a hash-chained journal entry in the same transaction.
 * Only synchronous hashing happens here (an awaited non-Dexie promise would commit early).
 */
export class RegisterWriter {
  constructor(
    private readonly db: AppDatabase,
    private readonly actor: Actor,
  ) {}

  // These methods chain Dexie promises instead of using `async`: a native promise awaited
  // inside a transaction can let IndexedDB commit before the next request
  // (PrematureCommitError). Callers may `await` what they return.
  /**
   * Creates or replaces a row. With `base` (an edit), the stored row must still be the one
   * the edit started from: otherwise nothing is written (never an edit turned into a creation).
   */
  put<T extends JournaledTable>(
    table: T,
    row: RowOf<T>,
    summary?: string,
    base?: EditBase,
  ): PromiseExtended<RowOf<T>> {
    let parsed: RowOf<T>;
    try {
      parsed = parseOrThrow(JOURNALED_TABLES[table], row) as RowOf<T>;
    } catch (error) {
      return Dexie.Promise.reject(error);
    }
    const key = keyOf(table, parsed);
    const store = this.db.table(table);
    return store.get(key).then((before: unknown) => {
      const stale = checkBase(before, base);
      if (stale) return Dexie.Promise.reject(stale);
      return store
        .put(parsed)
        .then(() =>
          this.append(
            before === undefined ? 'create' : 'update',
            table,
            key,
            before ?? null,
            parsed,
            summary,
          ),
        )
        .then(() => parsed);
    });
  }

  remove(table: JournaledTable, key: string, summary?: string): PromiseExtended<boolean> {
    const store = this.db.table(table);
    return store.get(key).then((before: unknown) => {
      if (before === undefined) return false;
      return store
        .delete(key)
        .then(() => this.append('delete', table, key, before, null, summary))
        .then(() => true);
    });
  }

  append(
    action: JournalEntry['action'],
    entity: string,
    entityId: string,
    before: unknown,
    after: unknown,
    summary?: string,
  ): PromiseExtended<void> {
    return this.db.journal
      .orderBy('seq')
      .last()
      .then((last) => {
        // The entry is validated like any row, before it is hashed (the schema cleans text):
        // an actor name or payload the restore would refuse must never be written (it made
        // every later backup unrestorable). A generated summary too long is cut, not fatal.
        const fields = parseOrThrow(journalFieldsSchema, {
          at: this.actor.now().toISOString(),
          actor: this.actor.name,
          action,
          entity,
          entityId,
          ...(summary ? { summary: capSummary(summary) } : {}),
          payload: { before, after },
        });
        const entry = parseOrThrow(journalEntrySchema, buildEntry(last, fields));
        const head: JournalHeadRecord = { seq: entry.seq, hash: entry.hash };
        return this.db.journal
          .add(entry)
          .then(() => this.db.meta.put({ key: JOURNAL_HEAD_KEY, value: head }))
          .then(() => undefined);
      });
  }
}

/**
 * Runs `work` in one read-write transaction over `tables` plus the journal: either every
 * change and its journal entries are saved, or nothing is.
 */
export function writeRegister<R>(
  db: AppDatabase,
  actor: Actor,
  tables: readonly JournaledTable[],
  work: (writer: RegisterWriter) => Promise<R>,
): Promise<R> {
  const writer = new RegisterWriter(db, actor);
  return db.transaction('rw', [...tables, 'journal', 'meta'], () => work(writer));
}
