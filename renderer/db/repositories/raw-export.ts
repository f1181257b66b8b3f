import { DATA_TABLES, type AppDatabase } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../schema/history';

/**
 * Every table as plain JSON, read in one transaction. Used by the error screen so that the
 * user can always take the data away, whatever broke. `now` stamps the file (the caller's clock).
 */
export async function exportAllAsPlainJson(
  db: AppDatabase,
  appVersion: string,
  now: Date,
): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', DATA_TABLES as unknown as string[], async () => {
    for (const name of DATA_TABLES) tables[name] = await db.table(name).toArray();
  });
  return JSON.stringify(
    {
      format: 'convention-mcp/plain-json',
      appVersion,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      tables,
    },
    null,
    2,
  );
}
