import Dexie, { type EntityTable } from 'dexie';
import type { BackupFileInfo } from '../../shared/ipc/contract';
import { BACKUP_NAME_PATTERN } from '../../shared/ipc/file-names';
import type { BackupStore } from './types';

interface StoredBackup {
  name: string;
  bytes: Uint8Array;
  size: number;
  modifiedAt: string;
}

/**
 * Backups kept in a browser database of their own, apart from the register: wiping the
 * register does not wipe them. They die with the browser profile, and the screen says so.
 */
export function createBrowserBackupStore(dbName = 'convention-mcp-sauvegardes'): BackupStore {
  const db = new Dexie(dbName, { chromeTransactionDurability: 'strict' }) as Dexie & {
    files: EntityTable<StoredBackup, 'name'>;
  };
  db.version(1).stores({ files: 'name, modifiedAt' });
  // Version 2 indexes what the list shows (date and size): listing the backups, and the
  // rotation that runs after each automatic one, then read keys only, not every file's bytes (a
  // large register's backup is 60 MB; seven of them held the window for seconds on each start).
  db.version(2).stores({ files: 'name, modifiedAt, [modifiedAt+size]' });

  const checkName = (name: string) => {
    if (!BACKUP_NAME_PATTERN.test(name)) throw new Error(`Nom de sauvegarde invalide : ${name}`);
  };
  const info = (f: StoredBackup): BackupFileInfo => ({
    name: f.name,
    size: f.size,
    modifiedAt: f.modifiedAt,
  });

  return {
    location: 'browser-database',
    async write(name, bytes) {
      checkName(name);
      const file = { name, bytes, size: bytes.byteLength, modifiedAt: new Date().toISOString() };
      await db.files.put(file);
      return info(file);
    },
    async list() {
      return db.transaction('r', db.files, async () => {
        // One index, read twice in the same order: its keys (date, size), then the names.
        const byDate = () => db.files.orderBy('[modifiedAt+size]').reverse();
        const keys = (await byDate().keys()) as unknown as [string, number][];
        const names: string[] = await byDate().primaryKeys();
        return names.map((name, i) => ({
          name,
          size: keys[i]![1],
          modifiedAt: keys[i]![0],
        }));
      });
    },
    async read(name) {
      checkName(name);
      const file = await db.files.get(name);
      if (!file) throw new Error(`Sauvegarde introuvable : ${name}`);
      return file.bytes;
    },
    async remove(name) {
      checkName(name);
      return db.transaction('rw', db.files, async () => {
        // Counted, not read: the file's bytes are not loaded only to be deleted.
        const existed = (await db.files.where('name').equals(name).count()) > 0;
        await db.files.delete(name);
        return { deleted: existed };
      });
    },
  };
}
