import { describe, expect, it } from 'vitest';
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
