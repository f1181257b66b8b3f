import type { BackupFileInfo } from '../../shared/ipc/contract';
import { backupStamp, SAFETY_PREFIX } from '../../shared/backup/rotation';
import type { AppDatabase } from '../db/database';
import { buildExport } from '../db/export-import/export';
import type { PlatformBridge } from '../platform';
import { rotateBackups } from './auto-backup';

function slugOf(reason: string): string {
  return reason
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40);
}

/**
 * Takes a full copy of the register before a destructive operation (restore, purge,
 * closing a review, an import) and returns the backup written — a full export in the
 * versioned format (restorable from the Sauvegardes screen). Throws when it could not be
 * written: callers must then NOT go on with the destructive operation.
 */
export async function takeSafetyBackup(
  services: { db: AppDatabase; platform: PlatformBridge; appVersion: string },
  reason: string,
): Promise<BackupFileInfo> {
  const now = new Date();
  const built = await buildExport(services.db, {
    appVersion: services.appVersion,
    reason: `Avant ${reason}`,
    now: () => now,
  });
  const name = `${SAFETY_PREFIX}${slugOf(reason) || 'operation'}-${backupStamp(now)}.json`;
  const info = await services.platform.backups.write(name, built.bytes);
  // Old backups are dropped only once the new one is safely written; never fatal.
  await rotateBackups(services.platform.backups, now).catch(() => undefined);
  return info;
}
