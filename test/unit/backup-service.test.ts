import { describe, expect, it } from 'vitest';
import { backupStamp } from '../../shared/backup/rotation';
import { backupIfDue, rotateBackups, takeAutomaticBackup } from '../../renderer/backup/auto-backup';
import { takeSafetyBackup } from '../../renderer/backup/safety-backup';
import { readStoredBackup } from '../../renderer/backup/operations';
import { uniqueDbName } from '../support/migration-harness';
import { JOURNAL_HEAD_KEY } from '../../renderer/db/register-writer';
import { checkDatabase } from '../../renderer/db/startup-check';
import { createWebBridge } from '../../renderer/platform/web-bridge';
import { createBrowserBackupStore } from '../../renderer/platform/web-backup-store';
import type { BackupStore } from '../../renderer/platform';
import { seededDb } from '../support/seed-register';

function services(
  db: Awaited<ReturnType<typeof seededDb>>['db'],
  backups: BackupStore = createBrowserBackupStore(uniqueDbName('bk')),
) {
  return { db, platform: createWebBridge(backups), appVersion: '0.1.0' };
}

describe('backup service', () => {
  it('writes restorable automatic and safety backups with counts in the header', async () => {
    const { db } = await seededDb();
    const s = services(db);
    const info = await takeAutomaticBackup(
      s,
      'Sauvegarde au démarrage',
      new Date('2026-11-23T08:00:00Z'),
    );
    expect(info.name).toBe('auto-2026-11-23T08-00-00-000Z.json');
    const safety = await takeSafetyBackup(s, 'clôture de la revue');
    expect(safety.name).toMatch(/^avant-cloture-de-la-revue-.+\.json$/);
    const parsed = await readStoredBackup(s.platform, safety.name);
    expect(parsed.header.reason).toBe('Avant clôture de la revue');
    expect(parsed.header.counts.agents).toBe(5);
  });

  it('takes the daily backup only when the last one is a day old', async () => {
    const { db } = await seededDb();
    const s = services(db);
    await takeAutomaticBackup(s, 'démarrage', new Date('2026-11-23T08:00:00Z'));
    expect(await backupIfDue(s, 'quotidienne', new Date('2026-11-23T20:00:00Z'))).toBeUndefined();
    expect((await backupIfDue(s, 'quotidienne', new Date('2026-11-24T08:00:01Z')))?.name).toBe(
      'auto-2026-11-24T08-00-01-000Z.json',
    );
  });

  it('applies the rotation after writing, deleting only what the policy drops', async () => {
    const { db } = await seededDb();
    const store = createBrowserBackupStore(uniqueDbName('bk'));
    for (let d = 0; d < 20; d++)
      await store.write(
        `auto-${backupStamp(new Date(Date.UTC(2026, 9, 1 + d, 8)))}.json`,
        new Uint8Array([1]),
      );
    await store.write('mon-export.json', new Uint8Array([1]));
    await takeAutomaticBackup(services(db, store), 'démarrage', new Date('2026-11-23T08:00:00Z'));
    const names = (await store.list()).map((f) => f.name);
    expect(names).toContain('mon-export.json');
    expect(names).toContain('auto-2026-11-23T08-00-00-000Z.json');
    expect(names.filter((n) => n.startsWith('auto-')).length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(names.filter((n) => n.startsWith('auto-')).length).toBeLessThan(21);
    expect(await rotateBackups(store, new Date('2026-11-23T08:00:00Z'))).toEqual([]);
  });

  it('a failed write throws (the destructive operation must not go on) and deletes nothing', async () => {
    const { db } = await seededDb();
    const store = createBrowserBackupStore(uniqueDbName('bk'));
    await store.write('auto-2020-01-01T00-00-00-000Z.json', new Uint8Array([1]));
    const failing: BackupStore = {
      ...store,
      location: store.location,
      write: () =>
        Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })),
    };
    await expect(takeSafetyBackup(services(db, failing), 'purge')).rejects.toThrow('disk full');
    expect((await store.list()).map((f) => f.name)).toEqual(['auto-2020-01-01T00-00-00-000Z.json']);
  });
});

describe('start-up check', () => {
  it('is silent on a sane register and warns (without fixing) on orphans and a cut journal', async () => {
    const { db, agents } = await seededDb();
    expect(await checkDatabase(db)).toMatchObject({ ok: true, warnings: [] });
    await db.agents.delete(agents[0]!.id);
    const last = await db.journal.orderBy('seq').last();
    await db.journal.delete(last!.seq);
    const check = await checkDatabase(db);
    expect(check.ok).toBe(false);
    expect(check.warnings.join('\n')).toContain(
      '1 habilitation du registre renvoie à un agent qui n’existe plus.',
    );
    expect(check.warnings.join('\n')).toContain(
      'Les dernières entrées du journal ont été supprimées',
    );
    // Nothing was repaired.
    expect((await db.meta.get(JOURNAL_HEAD_KEY))?.value).toMatchObject({ seq: last!.seq });
  });
});

describe('quota errors', () => {
  it('are recognised in Dexie’s wrapped shape too', async () => {
    const Dexie = (await import('dexie')).default;
    const { isQuotaError } = await import('../../renderer/backup/storage-errors');
    expect(isQuotaError(new Dexie.QuotaExceededError('x'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('x')))).toBe(
      true,
    );
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});

describe('restore when the safety backup cannot be written', () => {
  it('asks first (French reason), then restores the verified file without it when confirmed', async () => {
    const { restoreParsed, SafetyBackupFailedError } =
      await import('../../renderer/backup/operations');
    const { buildExport } = await import('../../renderer/db/export-import/export');
    const { parseExportFile } = await import('../../renderer/db/export-import/import');
    const { db } = await seededDb();
    const parsed = await parseExportFile((await buildExport(db, { appVersion: '0.1.0' })).bytes);
    const store = createBrowserBackupStore(uniqueDbName('bk'));
    const failing: BackupStore = {
      ...store,
      location: store.location,
      write: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    await db.agents.clear();
    const s = services(db, failing);
    const error = await restoreParsed(s, parsed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafetyBackupFailedError);
    expect((error as Error).message).toMatch(/disque .* plein/);
    expect(await db.agents.count()).toBe(0); // nothing replaced without the confirmation
    const outcome = await restoreParsed(s, parsed, { withoutSafetyBackup: true });
    expect(outcome.safetyBackup).toBeUndefined();
    expect(await db.agents.count()).toBe(5);
  });
});

describe('technical errors in French', () => {
  it('never shows the raw text', async () => {
    const { frenchErrorMessage, technicalErrorMessage } =
      await import('../../shared/domain/technical-errors');
    const Dexie = (await import('dexie')).default;
    const cases: unknown[] = [
      new RangeError('Maximum call stack size exceeded'),
      new Dexie.BulkError('bulkAdd failed', [new Dexie.ConstraintError('Key already exists')]),
      new Dexie.ConstraintError('Key already exists in the object store.'),
      new DOMException('full', 'QuotaExceededError'),
      Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }),
      new TypeError('The encoded data was not valid for encoding utf-8'),
    ];
    for (const c of cases) {
      const text = technicalErrorMessage(c);
      expect(text, String(c)).toBeDefined();
      expect(text).not.toMatch(/Error|Maximum|Invalid|exceeded|Key/);
    }
    expect(technicalErrorMessage(cases[1])).toMatch(/existe déjà/);
    expect(frenchErrorMessage(new Error('boom'))).toMatch(/rien n’a été modifié/);
  });
});
