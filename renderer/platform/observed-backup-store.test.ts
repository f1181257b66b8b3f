import { describe, expect, it, vi } from 'vitest';
import { observeBackupStore, subscribeBackupsChanged } from './observed-backup-store';
import { createBrowserBackupStore } from './web-backup-store';

describe('observed backup store', () => {
  it('announces writes and real removals, and delegates everything', async () => {
    const store = observeBackupStore(createBrowserBackupStore(`obs-${Math.random()}`));
    const listener = vi.fn();
    const unsubscribe = subscribeBackupsChanged(listener);
    expect(store.location).toBe('browser-database');
    await store.write('auto-2026-01-01T10-00-00-000Z.json', new Uint8Array([1]));
    expect(listener).toHaveBeenCalledTimes(1);
    expect((await store.list()).map((f) => f.name)).toEqual(['auto-2026-01-01T10-00-00-000Z.json']);
    await store.remove('absent.json');
    expect(listener).toHaveBeenCalledTimes(1);
    await store.remove('auto-2026-01-01T10-00-00-000Z.json');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await store.write('auto-2026-01-02T10-00-00-000Z.json', new Uint8Array([2]));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
