import { DEFAULT_ROTATION, planRotation } from '../../shared/backup/rotation';
import { createFolderBackupStore } from './folder-backup-store';
import { createFolderHandleKeeper, type FolderHandleKeeper } from './folder-handle-keeper';
import {
  errorName,
  folderPermission,
  folderPickerAvailable,
  READ_WRITE,
  type FolderHandle,
  type FolderPickerHost,
} from './fs-access';
import type { BackupFolderControl, BackupFolderStatus, BackupStore } from './types';
import { createBrowserBackupStore } from './web-backup-store';

export const PICKER_ID = 'convention-mcp-sauvegardes';

export interface SwitchableBackupStoreOptions {
  /** Where backups go when no folder is usable. */
  browserStore?: BackupStore;
  keeper?: FolderHandleKeeper;
  /** `window`, or a fake in tests. */
  host?: FolderPickerHost | undefined;
  folderStore?: (handle: FolderHandle) => BackupStore;
}

export type SwitchableBackupStore = BackupStore & BackupFolderControl;

/**
 * The web version's backup store: every call goes to the store in use — the folder the user
 * chose when the browser lets us write there, else the browser database — so automatic and
 * safety backups follow a switch made on the Sauvegardes screen without a restart.
 *
 * At start, the folder chosen earlier is read back from IndexedDB and its permission queried
 * (`queryPermission` needs no click): 'granted' → the folder; 'prompt'/'denied' → the browser
 * database, and the screen offers « Autoriser l’accès au dossier … » (`requestPermission`
 * needs a click). Calls made before that check wait for it.
 */
export function createSwitchableBackupStore(
  options: SwitchableBackupStoreOptions = {},
): SwitchableBackupStore {
  const browserStore = options.browserStore ?? createBrowserBackupStore();
  const keeper = options.keeper ?? createFolderHandleKeeper();
  const host =
    'host' in options
      ? options.host
      : typeof window === 'undefined'
        ? undefined
        : (window as FolderPickerHost);
  const makeFolderStore = options.folderStore ?? createFolderBackupStore;
  const supported = folderPickerAvailable(host);

  let active: BackupStore = browserStore;
  let folder: { handle: FolderHandle; store: BackupStore } | undefined;
  let status: BackupFolderStatus = supported ? { kind: 'loading' } : { kind: 'unsupported' };
  const listeners = new Set<() => void>();

  const setStatus = (next: BackupFolderStatus) => {
    status = next;
    for (const l of [...listeners]) l();
  };

  const switchToFolder = (handle: FolderHandle) => {
    const store = makeFolderStore(handle);
    folder = { handle, store };
    active = store;
    setStatus({ kind: 'folder', folderName: handle.name });
  };

  const init = async () => {
    if (!supported) return;
    let handle: FolderHandle | undefined;
    try {
      handle = await keeper.load();
    } catch {
      handle = undefined;
    }
    if (!handle) return setStatus({ kind: 'browser' });
    let permission;
    try {
      permission = await folderPermission(handle);
    } catch {
      permission = 'prompt' as const;
    }
    if (permission === 'granted') return switchToFolder(handle);
    folder = { handle, store: makeFolderStore(handle) };
    setStatus({ kind: 'permission-needed', folderName: handle.name });
  };
  const ready = init().catch(() => setStatus({ kind: 'browser' }));

  const store: SwitchableBackupStore = {
    get location() {
      return active.location;
    },
    async write(name, bytes) {
      await ready;
      return active.write(name, bytes);
    },
    async list() {
      await ready;
      return active.list();
    },
    async read(name) {
      await ready;
      return active.read(name);
    },
    async remove(name) {
      await ready;
      return active.remove(name);
    },

    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => ready,
    async chooseFolder() {
      if (!folderPickerAvailable(host)) return false;
      let handle: FolderHandle;
      try {
        // First thing in the click: the picker needs the user's gesture.
        handle = await host.showDirectoryPicker({ mode: 'readwrite', id: PICKER_ID });
      } catch (error) {
        if (errorName(error) === 'AbortError') return false; // the user closed the picker
        throw error;
      }
      await ready;
      let permission = await folderPermission(handle);
      if (permission !== 'granted' && handle.requestPermission)
        permission = await handle.requestPermission(READ_WRITE);
      if (permission !== 'granted')
        throw new Error(
          `Le navigateur n’autorise pas l’écriture dans le dossier « ${handle.name} ».`,
        );
      await keeper.save(handle);
      switchToFolder(handle);
      return true;
    },
    async allowFolder() {
      await ready;
      if (!folder || status.kind !== 'permission-needed') return status.kind === 'folder';
      const { handle } = folder;
      const permission = handle.requestPermission
        ? await handle.requestPermission(READ_WRITE)
        : 'granted';
      if (permission !== 'granted') return false;
      switchToFolder(handle);
      return true;
    },
    async switchToBrowserDatabase() {
      await ready;
      await keeper.clear();
      folder = undefined;
      active = browserStore;
      setStatus(supported ? { kind: 'browser' } : { kind: 'unsupported' });
    },
    async browserBackupsNotInFolder() {
      await ready;
      if (status.kind !== 'folder' || !folder) return [];
      const [inBrowser, inFolder] = await Promise.all([browserStore.list(), folder.store.list()]);
      const names = new Set(inFolder.map((f) => f.name));
      const missing = inBrowser.filter((f) => !names.has(f.name));
      // Only those the folder's rotation would keep: an old copy it already dropped is not
      // offered again and again.
      const { remove } = planRotation([...inFolder, ...missing], DEFAULT_ROTATION, Date.now());
      const dropped = new Set(remove);
      return missing.filter((f) => !dropped.has(f.name));
    },
    async copyBrowserBackupsToFolder(onProgress) {
      const todo = await store.browserBackupsNotInFolder();
      const target = folder?.store;
      if (!target) return { copied: 0 };
      onProgress?.(0, todo.length);
      let copied = 0;
      for (const f of todo) {
        await target.write(f.name, await browserStore.read(f.name));
        copied += 1;
        onProgress?.(copied, todo.length);
      }
      return { copied };
    },
  };
  return store;
}
