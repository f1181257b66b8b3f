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
      const files = await db.files.orderBy('modifiedAt').reverse().toArray();
      return files.map(info);
    },
    async read(name) {
      checkName(name);
      const file = await db.files.get(name);
      if (!file) throw new Error(`Sauvegarde introuvable : ${name}`);
      return file.bytes;
    },
    async remove(name) {
      checkName(name);
      const existed = (await db.files.get(name)) !== undefined;
      await db.files.delete(name);
      return { deleted: existed };
    },
  };
}
