import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createBrowserBackupStore } from './web-backup-store';

describe('browser backup store', () => {
  it('writes, lists newest first, reads and removes backups', async () => {
    const store = createBrowserBackupStore(`backups-${Math.random()}`);
    await store.write('sauvegarde-2026-11-01.json', new Uint8Array([1, 2, 3]));
    await new Promise((r) => setTimeout(r, 5));
    await store.write('sauvegarde-2026-11-02.json', new Uint8Array([4, 5]));
    const list = await store.list();
    expect(list.map((f) => f.name)).toEqual([
      'sauvegarde-2026-11-02.json',
      'sauvegarde-2026-11-01.json',
    ]);
    expect(list[1]?.size).toBe(3);
    expect([...(await store.read('sauvegarde-2026-11-01.json'))]).toEqual([1, 2, 3]);
    expect(await store.remove('sauvegarde-2026-11-01.json')).toEqual({ deleted: true });
    expect(await store.remove('sauvegarde-2026-11-01.json')).toEqual({ deleted: false });
    await expect(store.write('../evil.json', new Uint8Array())).rejects.toThrow('invalide');
  });
});

describe('browser backup store, large files', () => {
  /** Every IndexedDB call that loads records' values (a backup's bytes), recorded. */
  function spyValueReads() {
    const spies = (['get', 'getAll', 'openCursor'] as const).flatMap((method) => [
      vi.spyOn(IDBObjectStore.prototype, method),
      vi.spyOn(IDBIndex.prototype, method),
    ]);
    return {
      count: () => spies.reduce((n, s) => n + s.mock.calls.length, 0),
      restore: () => spies.forEach((s) => s.mockRestore()),
    };
  }

  it('lists and removes without loading any backup’s bytes', async () => {
    const store = createBrowserBackupStore(`backups-${Math.random()}`);
    await store.write('sauvegarde-2026-11-01.json', new Uint8Array(3));
    await new Promise((r) => setTimeout(r, 5));
    await store.write('sauvegarde-2026-11-02.json', new Uint8Array(5));
    const reads = spyValueReads();
    try {
      const list = await store.list();
      expect(list.map((f) => [f.name, f.size])).toEqual([
        ['sauvegarde-2026-11-02.json', 5],
        ['sauvegarde-2026-11-01.json', 3],
      ]);
      expect(list[0]!.modifiedAt >= list[1]!.modifiedAt).toBe(true);
      expect(await store.remove('sauvegarde-2026-11-01.json')).toEqual({ deleted: true });
      expect(await store.remove('sauvegarde-2026-11-01.json')).toEqual({ deleted: false });
      expect(reads.count()).toBe(0);
    } finally {
      reads.restore();
    }
  });

  it('keeps the backups a version 1 database holds (migration to version 2)', async () => {
    const name = `backups-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({ files: 'name, modifiedAt' });
    await old.table('files').bulkPut([
      {
        name: 'sauvegarde-2026-10-01.json',
        bytes: new Uint8Array([7]),
        size: 1,
        modifiedAt: '2026-10-01T08:00:00.000Z',
      },
      {
        name: 'sauvegarde-2026-10-02.json',
        bytes: new Uint8Array([8, 9]),
        size: 2,
        modifiedAt: '2026-10-02T08:00:00.000Z',
      },
    ]);
    old.close();
    const store = createBrowserBackupStore(name);
    expect(await store.list()).toEqual([
      { name: 'sauvegarde-2026-10-02.json', size: 2, modifiedAt: '2026-10-02T08:00:00.000Z' },
      { name: 'sauvegarde-2026-10-01.json', size: 1, modifiedAt: '2026-10-01T08:00:00.000Z' },
    ]);
    expect([...(await store.read('sauvegarde-2026-10-02.json'))]).toEqual([8, 9]);
  });
});
