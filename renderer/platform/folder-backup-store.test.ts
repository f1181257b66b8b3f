import { describe, expect, it } from 'vitest';
import { BackupFolderError, createFolderBackupStore, STALE_TMP_MS } from './folder-backup-store';
import { FakeFolder } from '../../test/support/fake-folder';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe.each([
  { label: 'with move (Chromium)', withMove: true },
  { label: 'without move', withMove: false },
])('folder backup store $label', ({ withMove }) => {
  it('writes, lists newest first, reads and removes backups', async () => {
    const dir = new FakeFolder({ withMove });
    const store = createFolderBackupStore(dir);
    expect(store.location).toBe('user-folder');
    const first = await store.write('auto-2026-01-01T10-00-00-000Z.json', bytes('un'));
    expect(first).toMatchObject({ name: 'auto-2026-01-01T10-00-00-000Z.json', size: 2 });
    await store.write('auto-2026-01-02T10-00-00-000Z.json', bytes('deux!'));
    const list = await store.list();
    expect(list.map((f) => f.name)).toEqual([
      'auto-2026-01-02T10-00-00-000Z.json',
      'auto-2026-01-01T10-00-00-000Z.json',
    ]);
    expect(list[0]?.size).toBe(5);
    expect(Number.isNaN(Date.parse(list[0]!.modifiedAt))).toBe(false);
    expect(text(await store.read('auto-2026-01-01T10-00-00-000Z.json'))).toBe('un');
    expect(await store.remove('auto-2026-01-01T10-00-00-000Z.json')).toEqual({ deleted: true });
    expect(await store.remove('auto-2026-01-01T10-00-00-000Z.json')).toEqual({ deleted: false });
    await expect(store.read('auto-2026-01-01T10-00-00-000Z.json')).rejects.toThrow(
      'Sauvegarde introuvable',
    );
    expect([...dir.files.keys()]).toEqual(['auto-2026-01-02T10-00-00-000Z.json']);
  });

  it('refuses names outside the backup pattern, for every operation', async () => {
    const dir = new FakeFolder({ withMove });
    const store = createFolderBackupStore(dir);
    for (const name of ['../evil.json', 'a/b.json', 'x.exe', '.json', 'sauvegarde.json.tmp', '']) {
      await expect(store.write(name, bytes('x'))).rejects.toThrow('Nom de sauvegarde invalide');
      await expect(store.read(name)).rejects.toThrow('Nom de sauvegarde invalide');
      await expect(store.remove(name)).rejects.toThrow('Nom de sauvegarde invalide');
    }
    expect(dir.files.size).toBe(0);
  });

  it.each(['write', 'close', ...(withMove ? (['move'] as const) : [])] as const)(
    'a write failing at %s leaves the previous backup intact and no .tmp in list()',
    async (op) => {
      const dir = new FakeFolder({ withMove });
      const store = createFolderBackupStore(dir);
      const name = 'avant-restauration-2026-01-01T10-00-00-000Z.json';
      await store.write(name, bytes('version 1'));
      dir.fail(op, op === 'move' ? 'AbortError' : 'QuotaExceededError');
      await expect(store.write(name, bytes('version 2, plus longue'))).rejects.toMatchObject({
        name: op === 'move' ? 'AbortError' : 'QuotaExceededError',
      });
      expect(text(await store.read(name))).toBe('version 1');
      expect((await store.list()).map((f) => f.name)).toEqual([name]);
      expect([...dir.files.keys()]).toEqual([name]);
    },
  );

  it('a failed write of a new name leaves nothing behind', async () => {
    const dir = new FakeFolder({ withMove });
    const store = createFolderBackupStore(dir);
    dir.fail('close');
    await expect(store.write('auto-2026-01-01T10-00-00-000Z.json', bytes('x'))).rejects.toThrow();
    expect(dir.files.size).toBe(0);
    expect(await store.list()).toEqual([]);
  });

  it('hides a .tmp left by a crash and sweeps it once stale', async () => {
    const dir = new FakeFolder({ withMove });
    const store = createFolderBackupStore(dir);
    await store.write('auto-2026-01-01T10-00-00-000Z.json', bytes('bon'));
    dir.seed('auto-2026-01-02T10-00-00-000Z.json.tmp', bytes('moit'), Date.now());
    dir.seed(
      'auto-2026-01-03T10-00-00-000Z.json.tmp',
      bytes('moit'),
      Date.now() - STALE_TMP_MS - 1000,
    );
    dir.seed('notes de la mairie.txt', bytes('à garder'));
    expect((await store.list()).map((f) => f.name)).toEqual(['auto-2026-01-01T10-00-00-000Z.json']);
    // The fresh one may be another tab's write in progress: kept. The stale one: removed.
    expect(dir.files.has('auto-2026-01-02T10-00-00-000Z.json.tmp')).toBe(true);
    expect(dir.files.has('auto-2026-01-03T10-00-00-000Z.json.tmp')).toBe(false);
    expect(dir.files.has('notes de la mairie.txt')).toBe(true);
  });

  it('says in French when the browser no longer lets us write to the folder', async () => {
    const dir = new FakeFolder({ withMove, name: 'Sauvegardes registre' });
    const store = createFolderBackupStore(dir);
    dir.permission = 'prompt';
    const error = await store
      .write('auto-2026-01-01T10-00-00-000Z.json', bytes('x'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFolderError);
    expect((error as Error).message).toContain('« Sauvegardes registre » n’est plus autorisé');
  });
});

describe('folder backup store, rename refused', () => {
  it('falls back to a direct write (committed on close) when move() will not replace an existing name', async () => {
    const dir = new FakeFolder({ withMove: true });
    const store = createFolderBackupStore(dir);
    const name = 'auto-2026-01-01T10-00-00-000Z.json';
    await store.write(name, bytes('v1'));
    dir.fail('move', 'InvalidModificationError');
    await store.write(name, bytes('v2'));
    expect(text(await store.read(name))).toBe('v2');
    expect([...dir.files.keys()]).toEqual([name]);
  });
});
