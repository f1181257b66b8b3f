import { createDatabase, DB_NAME, type AppDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, DEXIE_VERSION_FACTOR } from './schema/history';

export const SCHEMA_META_KEY = 'schema';

export interface SchemaMeta {
  schemaVersion: number;
  writtenByAppVersion: string;
  updatedAt: string;
}

/** The database on this workstation was written by a newer version of the app. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly foundSchemaVersion: number,
    readonly foundAppVersion?: string,
  ) {
    super(
      `Les données de ce poste ont été enregistrées par une version plus récente de Convention MCP` +
        (foundAppVersion ? ` (${foundAppVersion})` : '') +
        `. Elles n’ont pas été ouvertes ni modifiées. Installez la dernière version de l’application.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

async function existingIdbVersion(factory: IDBFactory, name: string): Promise<number | null> {
  if (typeof factory.databases !== 'function') return null;
  const all = await factory.databases();
  return all.find((d) => d.name === name)?.version ?? null;
}

function isSchemaMeta(value: unknown): value is SchemaMeta {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SchemaMeta).schemaVersion === 'number'
  );
}

export interface OpenOptions {
  name?: string;
  appVersion: string;
  indexedDB?: IDBFactory;
  now?: () => Date;
}

/**
 * Opens the register. Dexie would silently open a database created by a newer app (and
 * could then write to it), so the stored IndexedDB version and our own schema record are
 * checked first; a newer database is left exactly as it is.
 */
export async function openDatabase(options: OpenOptions): Promise<AppDatabase> {
  const name = options.name ?? DB_NAME;
  const factory = options.indexedDB ?? indexedDB;
  const now = options.now ?? (() => new Date());

  const idbVersion = await existingIdbVersion(factory, name);
  if (idbVersion !== null && idbVersion > CURRENT_SCHEMA_VERSION * DEXIE_VERSION_FACTOR) {
    throw new NewerDatabaseError(idbVersion / DEXIE_VERSION_FACTOR);
  }

  const db = createDatabase(name);
  await db.open();

  const meta = (await db.meta.get(SCHEMA_META_KEY))?.value;
  if (isSchemaMeta(meta) && meta.schemaVersion > CURRENT_SCHEMA_VERSION) {
    db.close();
    throw new NewerDatabaseError(meta.schemaVersion, meta.writtenByAppVersion);
  }
  if (!isSchemaMeta(meta) || meta.schemaVersion < CURRENT_SCHEMA_VERSION) {
    const record: SchemaMeta = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      writtenByAppVersion: options.appVersion,
      updatedAt: now().toISOString(),
    };
    await db.meta.put({ key: SCHEMA_META_KEY, value: record });
  }
  return db;
}
