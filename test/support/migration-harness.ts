import Dexie from 'dexie';
import { SCHEMA_HISTORY } from '../../renderer/db/schema/history';

/**
 * Creates a database exactly as an older release left it: only the schema versions up to
 * `version`, seeded through `seed`. Opening it with the current code then exercises the
 * real upgrade path.
 */
export async function seedDatabaseAtVersion(
  name: string,
  version: number,
  seed: (db: Dexie) => Promise<void>,
): Promise<void> {
  const old = new Dexie(name);
  for (const schema of SCHEMA_HISTORY.filter((s) => s.version <= version)) {
    const v = old.version(schema.version).stores(schema.stores);
    if (schema.upgrade) v.upgrade(schema.upgrade);
  }
  await old.open();
  await seed(old);
  old.close();
}

let counter = 0;
/** A database name no other test uses, so tests never share state. */
export function uniqueDbName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}
