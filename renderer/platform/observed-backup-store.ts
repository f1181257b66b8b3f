import type { BackupStore } from './types';

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called after any backup is written or removed, whoever wrote it (start-up, daily, safety). */
export function subscribeBackupsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit() {
  for (const listener of listeners) listener();
}

/**
 * The same store, announcing its changes: the Sauvegardes screen then lists a backup taken
 * in the background (e.g. the start-up one) without being reopened.
 */
export function observeBackupStore(store: BackupStore): BackupStore {
  return {
    get location() {
      return store.location;
    },
    list: () => store.list(),
    read: (name) => store.read(name),
    async write(name, bytes) {
      const info = await store.write(name, bytes);
      emit();
      return info;
    },
    async remove(name) {
      const result = await store.remove(name);
      if (result.deleted) emit();
      return result;
    },
  };
}
