import Dexie, { type EntityTable } from 'dexie';
import type { FolderHandle } from './fs-access';

/** Remembers the backup folder the user chose, across restarts. */
export interface FolderHandleKeeper {
  load(): Promise<FolderHandle | undefined>;
  save(handle: FolderHandle): Promise<void>;
  clear(): Promise<void>;
}

interface StoredHandle {
  key: 'backup-folder';
  handle: FolderHandle;
  chosenAt: string;
}

/**
 * A small database of its own (directory handles are structured-cloneable and IndexedDB keeps
 * them; the permission itself is the browser's to keep or to ask again).
 */
export function createFolderHandleKeeper(
  dbName = 'convention-mcp-dossier-sauvegardes',
): FolderHandleKeeper {
  let db: (Dexie & { handles: EntityTable<StoredHandle, 'key'> }) | undefined;
  const open = () => {
    if (!db) {
      db = new Dexie(dbName) as Dexie & { handles: EntityTable<StoredHandle, 'key'> };
      db.version(1).stores({ handles: 'key' });
    }
    return db;
  };
  return {
    async load() {
      return (await open().handles.get('backup-folder'))?.handle;
    },
    async save(handle) {
      await open().handles.put({
        key: 'backup-folder',
        handle,
        chosenAt: new Date().toISOString(),
      });
    },
    async clear() {
      await open().handles.delete('backup-folder');
    },
  };
}
