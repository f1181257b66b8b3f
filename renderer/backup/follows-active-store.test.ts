import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database';
import { uniqueDbName } from '../../test/support/migration-harness';
import { createSwitchableBackupStore } from '../platform/switchable-backup-store';
import { FakeFolder } from '../../test/support/fake-folder';
import { createBrowserBackupStore } from '../platform/web-backup-store';
import { createWebBridge } from '../platform/web-bridge';
import { takeAutomaticBackup } from './auto-backup';
import { listBackups, readStoredBackup } from './operations';
import { takeSafetyBackup } from './safety-backup';

describe('automatic and safety backups follow the store in use', () => {
  it('go to the browser database, then to the chosen folder, then back, without a restart', async () => {
    const db = await openDatabase({ name: uniqueDbName('follow'), appVersion: '0' });
    const folder = new FakeFolder({ name: 'Sauvegardes CCAS' });
    const browserStore = createBrowserBackupStore(`follow-${Math.random()}`);
    let kept: FakeFolder | undefined;
    const store = createSwitchableBackupStore({
      browserStore,
      keeper: {
        load: async () => kept,
        save: async (h) => void (kept = h as FakeFolder),
        clear: async () => void (kept = undefined),
      },
      host: { showDirectoryPicker: async () => folder },
    });
    const services = { db, platform: createWebBridge(store), appVersion: '0' };

    const first = await takeAutomaticBackup(
      services,
      'Sauvegarde au démarrage',
      new Date('2026-01-01T08:00:00Z'),
    );
    expect((await browserStore.list()).map((f) => f.name)).toEqual([first.name]);

    await services.platform.backupFolder!.chooseFolder();
    const auto = await takeAutomaticBackup(
      services,
      'Sauvegarde quotidienne',
      new Date('2026-01-02T08:00:00Z'),
    );
    const safety = await takeSafetyBackup(services, 'restauration');
    expect([...folder.files.keys()].sort()).toEqual([auto.name, safety.name].sort());
    expect((await listBackups(services.platform)).map((b) => b.name)).toContain(safety.name);
    expect((await readStoredBackup(services.platform, safety.name)).preview).toBeTruthy();

    await services.platform.backupFolder!.switchToBrowserDatabase();
    const last = await takeSafetyBackup(services, 'purge');
    expect((await browserStore.list()).map((f) => f.name)).toContain(last.name);
    expect(folder.files.has(last.name)).toBe(false);
    db.close();
  });
});
