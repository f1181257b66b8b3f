import Dexie, { type EntityTable, type Table } from 'dexie';
import type { JournalEntry } from '../../shared/domain/schemas';
import { CATALOGUE_PROFILES } from '../../shared/domain/profiles';
import {
  EXPORT_TABLE_NAMES,
  type ExportTable,
  type KeyFieldOf,
  type MetaRecord,
  type RowOf,
  type TableName,
} from '../../shared/domain/tables/registry';
import { SCHEMA_HISTORY } from './schema/history';

export const DB_NAME = 'convention-mcp';

export type { MetaRecord } from '../../shared/domain/tables/registry';

/** One Dexie table per registry table (shared/domain/tables/registry.ts), typed by its schema. */
export type AppDatabase = Dexie & {
  [T in Exclude<TableName, 'journal' | 'meta'>]: EntityTable<
    RowOf<T>,
    KeyFieldOf<T> & keyof RowOf<T>
  >;
} & {
  meta: EntityTable<MetaRecord, 'key'>;
  /** Auto-incremented key: an entry is added without its `seq`. */
  journal: Table<JournalEntry, number, Omit<JournalEntry, 'seq'>>;
};

/** Builds (does not open) the database with every released schema version applied in order. */
export function createDatabase(name: string = DB_NAME): AppDatabase {
  // Strict durability: a committed habilitation must survive a power cut (Chromium defaults
  // to relaxed).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDatabase;
  for (const schema of SCHEMA_HISTORY) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  db.on('populate', (tx) => {
    // The shipped CDAP catalogue; the user may add or rename profiles later (Paramètres).
    void tx.table('profiles').bulkAdd(CATALOGUE_PROFILES.map((p) => ({ ...p })));
  });
  return db;
}

/** Every table that holds register data (what a full export must cover). */
export const DATA_TABLES: readonly ExportTable[] = EXPORT_TABLE_NAMES;
export type DataTableName = ExportTable;
