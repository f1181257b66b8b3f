import type { AppDatabase } from '../database';
import { writeRegister, type Actor, type JournaledTable, type RowOf } from '../register-writer';

/**
 * Saves (creates or updates) one row of a table without rules of its own — avenants,
 * bilans, subcontractor notices, security sessions, incidents, profiles — validated and
 * journalised like every write.
 */
export function saveRow<T extends JournaledTable>(
  db: AppDatabase,
  actor: Actor,
  table: T,
  row: RowOf<T>,
  summary?: string,
): Promise<RowOf<T>> {
  return writeRegister(db, actor, [table], (w) => w.put(table, row, summary));
}

export function removeRow(
  db: AppDatabase,
  actor: Actor,
  table: JournaledTable,
  key: string,
  summary?: string,
): Promise<boolean> {
  return writeRegister(db, actor, [table], (w) => w.remove(table, key, summary));
}
