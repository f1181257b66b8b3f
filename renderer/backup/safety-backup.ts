import type { BackupFileInfo } from '../../shared/ipc/contract';
import type { AppDatabase } from '../db/database';
import { exportAllAsPlainJson } from '../db/repositories/raw-export';
import type { PlatformBridge } from '../platform';

/**
 * Takes a full copy of the register before a destructive operation (restore, purge,
 * closing a review, an import) and returns the backup written. Throws when it could not be
 * written: callers must then NOT go on with the destructive operation.
 */
export async function takeSafetyBackup(
  services: { db: AppDatabase; platform: PlatformBridge; appVersion: string },
  reason: string,
): Promise<BackupFileInfo> {
  const json = await exportAllAsPlainJson(services.db, services.appVersion);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const slug = reason
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40);
  const name = `avant-${slug || 'operation'}-${stamp}.json`;
  return services.platform.backups.write(name, new TextEncoder().encode(json));
}
