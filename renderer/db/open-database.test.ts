import { describe, expect, it } from 'vitest';
import { NewerDatabaseError, openDatabase, SCHEMA_META_KEY } from './open-database';
import { CURRENT_SCHEMA_VERSION } from './schema/history';
import { seedDatabaseAtVersion, uniqueDbName } from '../../test/support/migration-harness';

function rawOpen(name: string, version?: number, upgrade?: (db: IDBDatabase) => void) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

describe('openDatabase', () => {
  it('creates a new database with the schema record and the CDAP catalogue', async () => {
    const name = uniqueDbName();
    const db = await openDatabase({ name, appVersion: '1.2.3' });
    const meta = await db.meta.get(SCHEMA_META_KEY);
    expect(meta?.value).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      writtenByAppVersion: '1.2.3',
    });
    const t13 = await db.profiles.get('T13');
    expect(t13?.label).toContain('FSL');
    expect(await db.profiles.get('T1')).toMatchObject({ requiresQualifiedSocialWorker: true });
    db.close();
  });

  it('refuses a database whose IndexedDB version is newer and leaves it untouched', async () => {
    const name = uniqueDbName();
    const futureIdbVersion = (CURRENT_SCHEMA_VERSION + 1) * 10;
    const raw = await rawOpen(name, futureIdbVersion, (db) => {
      db.createObjectStore('futureTable', { keyPath: 'id' });
    });
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('futureTable', 'readwrite');
      tx.objectStore('futureTable').put({ id: 'x', payload: 'précieux' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
    });
    raw.close();

    await expect(openDatabase({ name, appVersion: '0.1.0' })).rejects.toBeInstanceOf(
      NewerDatabaseError,
    );

    const after = await rawOpen(name);
    expect(after.version).toBe(futureIdbVersion);
    expect([...after.objectStoreNames]).toEqual(['futureTable']);
    const row = await new Promise((resolve) => {
      const req = after.transaction('futureTable').objectStore('futureTable').get('x');
      req.onsuccess = () => resolve(req.result);
    });
    expect(row).toEqual({ id: 'x', payload: 'précieux' });
    after.close();
  });

  it('refuses a database whose schema record was written by a newer app', async () => {
    const name = uniqueDbName();
    const db = await openDatabase({ name, appVersion: '0.1.0' });
    await db.meta.put({
      key: SCHEMA_META_KEY,
      value: {
        schemaVersion: CURRENT_SCHEMA_VERSION + 1,
        writtenByAppVersion: '9.0.0',
        updatedAt: '',
      },
    });
    db.close();
    const error = await openDatabase({ name, appVersion: '0.1.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as Error).message).toContain('9.0.0');
    expect((error as Error).message).toContain('version plus récente');
  });
});

describe('migrations', () => {
  it('opens a version-1 database left by an older release with its rows intact', async () => {
    const name = uniqueDbName();
    await seedDatabaseAtVersion(name, 1, async (old) => {
      await old
        .table('organisations')
        .add({ id: 'o1', role: 'partner', name: 'CCAS de Lieusaint' });
      await old.table('settings').add({ key: 'userName', value: 'Sandrine COFFI' });
    });
    const db = await openDatabase({ name, appVersion: '0.2.0' });
    expect(await db.organisations.get('o1')).toMatchObject({ name: 'CCAS de Lieusaint' });
    expect((await db.settings.get('userName'))?.value).toBe('Sandrine COFFI');
    expect((await db.meta.get(SCHEMA_META_KEY))?.value).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    db.close();
  });
});
