import { describe, expect, it, vi } from 'vitest';
import { createFolderHandleKeeper, type FolderHandleKeeper } from './folder-handle-keeper';
import type { FolderHandle, FolderPickerHost } from './fs-access';
import { createSwitchableBackupStore, PICKER_ID } from './switchable-backup-store';
import { FakeFolder } from '../../test/support/fake-folder';
import { createBrowserBackupStore } from './web-backup-store';
import { createWebBridge } from './web-bridge';

const bytes = (s: string) => new TextEncoder().encode(s);
const NAME_1 = 'auto-2026-01-01T10-00-00-000Z.json';
const NAME_2 = 'auto-2026-01-02T10-00-00-000Z.json';
const NAME_3 = 'avant-purge-2026-01-03T10-00-00-000Z.json';

function memoryKeeper(
  initial?: FolderHandle,
): FolderHandleKeeper & { handle: FolderHandle | undefined } {
  const keeper = {
    handle: initial,
    load: async () => keeper.handle,
    save: async (h: FolderHandle) => {
      keeper.handle = h;
    },
    clear: async () => {
      keeper.handle = undefined;
    },
  };
  return keeper;
}

function setup(
  options: { stored?: FakeFolder; picked?: FakeFolder; host?: FolderPickerHost | undefined } = {},
) {
  const browserStore = createBrowserBackupStore(`switch-${Math.random()}`);
  const keeper = memoryKeeper(options.stored);
  const picker = vi.fn(async () => {
    if (!options.picked) throw new DOMException('cancelled', 'AbortError');
    return options.picked;
  });
  const host = 'host' in options ? options.host : { showDirectoryPicker: picker };
  const store = createSwitchableBackupStore({ browserStore, keeper, host });
  return { store, browserStore, keeper, picker };
}

describe('switchable backup store', () => {
  it('without the File System Access API (Firefox) keeps the browser database and says so', async () => {
    const { store, browserStore } = setup({ host: {} });
    expect(store.status()).toEqual({ kind: 'unsupported' });
    await store.write(NAME_1, bytes('a'));
    expect(store.location).toBe('browser-database');
    expect((await browserStore.list()).map((f) => f.name)).toEqual([NAME_1]);
    expect(await store.chooseFolder()).toBe(false);
  });

  it('switches to the chosen folder and back, and every write follows the switch', async () => {
    const folder = new FakeFolder({ name: 'Sauvegardes CCAS' });
    const { store, browserStore, keeper, picker } = setup({ picked: folder });
    await store.ready();
    expect(store.status()).toEqual({ kind: 'browser' });
    await store.write(NAME_1, bytes('navigateur'));

    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.status().kind));
    expect(await store.chooseFolder()).toBe(true);
    expect(picker).toHaveBeenCalledWith({ mode: 'readwrite', id: PICKER_ID });
    expect(store.status()).toEqual({ kind: 'folder', folderName: 'Sauvegardes CCAS' });
    expect(store.location).toBe('user-folder');
    expect(keeper.handle).toBe(folder);

    await store.write(NAME_2, bytes('dossier'));
    expect([...folder.files.keys()]).toEqual([NAME_2]);
    expect((await store.list()).map((f) => f.name)).toEqual([NAME_2]);

    await store.switchToBrowserDatabase();
    expect(store.status()).toEqual({ kind: 'browser' });
    expect(store.location).toBe('browser-database');
    expect(keeper.handle).toBeUndefined();
    await store.write(NAME_3, bytes('navigateur encore'));
    expect((await browserStore.list()).map((f) => f.name).sort()).toEqual([NAME_1, NAME_3]);
    expect([...folder.files.keys()]).toEqual([NAME_2]); // the folder's files stay
    expect(seen).toEqual(['folder', 'browser']);
    unsubscribe();
  });

  it('a cancelled picker changes nothing', async () => {
    const { store } = setup({});
    expect(await store.chooseFolder()).toBe(false);
    expect(store.status()).toEqual({ kind: 'browser' });
  });

  it('at start, uses the stored folder when permission is granted', async () => {
    const folder = new FakeFolder({ permission: 'granted' });
    const { store } = setup({ stored: folder });
    await store.write(NAME_1, bytes('x')); // waits for the start-up check
    expect(store.status()).toEqual({ kind: 'folder', folderName: folder.name });
    expect([...folder.files.keys()]).toEqual([NAME_1]);
  });

  it("at start, permission 'prompt' falls back to the browser database until the user allows the folder", async () => {
    const folder = new FakeFolder({ permission: 'prompt', onRequest: 'granted' });
    const { store, browserStore } = setup({ stored: folder });
    await store.write(NAME_1, bytes('x'));
    expect(store.status()).toEqual({ kind: 'permission-needed', folderName: folder.name });
    expect(store.location).toBe('browser-database');
    expect(folder.files.size).toBe(0);
    expect((await browserStore.list()).map((f) => f.name)).toEqual([NAME_1]);
    expect(await store.browserBackupsNotInFolder()).toEqual([]);

    expect(await store.allowFolder()).toBe(true);
    expect(folder.requests).toBe(1);
    expect(store.status()).toEqual({ kind: 'folder', folderName: folder.name });
    await store.write(NAME_2, bytes('y'));
    expect([...folder.files.keys()]).toEqual([NAME_2]);
  });

  it('a refused permission request keeps the browser database', async () => {
    const folder = new FakeFolder({ permission: 'prompt', onRequest: 'denied' });
    const { store } = setup({ stored: folder });
    await store.ready();
    expect(await store.allowFolder()).toBe(false);
    expect(store.status()).toEqual({ kind: 'permission-needed', folderName: folder.name });
    expect(store.location).toBe('browser-database');
  });

  it('copies the browser backups into the folder with progress, skipping those already there', async () => {
    const folder = new FakeFolder();
    const { store, browserStore } = setup({ picked: folder });
    await store.write(NAME_1, bytes('un'));
    await store.write(NAME_2, bytes('deux'));
    await store.chooseFolder();
    await store.write(NAME_3, bytes('trois'));
    folder.seed(NAME_2, bytes('deux'));
    expect((await store.browserBackupsNotInFolder()).map((f) => f.name)).toEqual([NAME_1]);
    const progress: string[] = [];
    expect(await store.copyBrowserBackupsToFolder((d, t) => progress.push(`${d}/${t}`))).toEqual({
      copied: 1,
    });
    expect(progress).toEqual(['0/1', '1/1']);
    expect(folder.text(NAME_1)).toBe('un');
    expect((await browserStore.list()).length).toBe(2); // the browser copies stay
    expect(await store.browserBackupsNotInFolder()).toEqual([]);
  });

  it('the web bridge exposes the switch, and automatic backups follow it', async () => {
    const folder = new FakeFolder();
    const { store } = setup({ picked: folder });
    const bridge = createWebBridge(store);
    expect(bridge.backupFolder).toBe(store);
    expect((await bridge.getAppInfo()).backupFolder).toContain('navigateur');
    await bridge.backupFolder!.chooseFolder();
    await bridge.backups.write(NAME_1, bytes('x'));
    expect(folder.files.has(NAME_1)).toBe(true);
    expect((await bridge.getAppInfo()).backupFolder).toBe(
      'Dossier « Sauvegardes CCAS » de votre ordinateur',
    );
    expect(
      createWebBridge(createBrowserBackupStore(`plain-${Math.random()}`)).backupFolder,
    ).toBeUndefined();
  });
});

describe('folder handle keeper', () => {
  it('remembers the chosen handle in a database of its own', async () => {
    const keeper = createFolderHandleKeeper(`keeper-${Math.random()}`);
    expect(await keeper.load()).toBeUndefined();
    // Real handles are structured-cloneable; a plain object stands in for one here.
    await keeper.save({ kind: 'directory', name: 'Sauvegardes' } as unknown as FolderHandle);
    expect(await keeper.load()).toMatchObject({ name: 'Sauvegardes' });
    await keeper.clear();
    expect(await keeper.load()).toBeUndefined();
  });
});

describe('copy offer and rotation', () => {
  it('does not offer again a browser backup that the folder rotation has already dropped', async () => {
    const folder = new FakeFolder();
    const { store } = setup({ picked: folder });
    await store.write('auto-2026-01-01T08-00-00-000Z.json', bytes('matin'));
    await store.chooseFolder();
    await store.write('auto-2026-01-01T18-00-00-000Z.json', bytes('soir')); // same day, newer
    expect(await store.browserBackupsNotInFolder()).toEqual([]);
    await store.write('auto-2025-12-01T08-00-00-000Z.json', bytes('mois dernier')); // in the folder
    await store.switchToBrowserDatabase();
    await store.write('auto-2025-11-01T08-00-00-000Z.json', bytes('encore avant'));
    await store.chooseFolder();
    expect((await store.browserBackupsNotInFolder()).map((f) => f.name)).toEqual([
      'auto-2025-11-01T08-00-00-000Z.json',
    ]);
  });
});
