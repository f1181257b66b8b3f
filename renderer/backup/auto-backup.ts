import type { BackupFileInfo } from '../../shared/ipc/contract';
import {
  AUTO_PREFIX,
  backupKind,
  backupStamp,
  dateFromBackupName,
  DEFAULT_ROTATION,
  MANUAL_PREFIX,
  planRotation,
  type RotationPolicy,
} from '../../shared/backup/rotation';
import type { AppDatabase } from '../db/database';
import type { BackupStore, PlatformBridge } from '../platform';
import { buildBackupBytes } from './export-request';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the backups the rotation policy drops, as of `now`. Returns the names deleted. */
export async function rotateBackups(
  store: BackupStore,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Promise<string[]> {
  const files = await store.list();
  const { remove } = planRotation(files, policy, now.getTime());
  const removed: string[] = [];
  for (const name of remove) {
    if ((await store.remove(name)).deleted) removed.push(name);
  }
  return removed;
}

/** The newest automatic backup's instant, from its name (or its date). */
export function lastAutomaticBackup(files: readonly BackupFileInfo[]): Date | undefined {
  let last: Date | undefined;
  for (const f of files) {
    if (backupKind(f.name) !== 'auto') continue;
    const d = dateFromBackupName(f.name) ?? new Date(f.modifiedAt);
    if (!last || d > last) last = d;
  }
  return last;
}

export interface AutoBackupServices {
  db: AppDatabase;
  platform: PlatformBridge;
  appVersion: string;
}

/** Writes an automatic backup (`auto-<instant>.json`), then applies the rotation. */
export async function takeAutomaticBackup(
  services: AutoBackupServices,
  reason: string,
  now: Date = new Date(),
): Promise<BackupFileInfo> {
  const built = await buildBackupBytes(services.db, {
    appVersion: services.appVersion,
    reason,
    now,
  });
  const info = await services.platform.backups.write(
    `${AUTO_PREFIX}${backupStamp(now)}.json`,
    built.bytes,
  );
  await rotateBackups(services.platform.backups, now).catch(() => undefined);
  return info;
}

/** « Sauvegarder maintenant »: kept apart from the automatic ones, so no later one replaces it. */
export async function takeManualBackup(
  services: AutoBackupServices,
  now: Date = new Date(),
): Promise<BackupFileInfo> {
  const built = await buildBackupBytes(services.db, {
    appVersion: services.appVersion,
    reason: 'Sauvegarde manuelle',
    now,
  });
  const info = await services.platform.backups.write(
    `${MANUAL_PREFIX}${backupStamp(now)}.json`,
    built.bytes,
  );
  await rotateBackups(services.platform.backups, now).catch(() => undefined);
  return info;
}

/** Takes the daily backup when the last automatic one is a day old (or there is none). */
export async function backupIfDue(
  services: AutoBackupServices,
  reason: string,
  now: Date = new Date(),
): Promise<BackupFileInfo | undefined> {
  const last = lastAutomaticBackup(await services.platform.backups.list());
  if (last && now.getTime() - last.getTime() < DAY_MS) return undefined;
  return takeAutomaticBackup(services, reason, now);
}

export type AutoBackupListener = (
  outcome: { ok: true; info?: BackupFileInfo } | { ok: false; error: unknown },
) => void;

/**
 * At start: a backup (« Démarrage »), then every hour a check that takes the daily one when
 * due. Returns the function that stops the timer.
 */
export function startAutomaticBackups(
  services: AutoBackupServices,
  listener: AutoBackupListener = () => undefined,
  intervalMs = 60 * 60 * 1000,
): () => void {
  const run = (work: () => Promise<BackupFileInfo | undefined>) =>
    work().then(
      (info) => listener({ ok: true, ...(info ? { info } : {}) }),
      (error: unknown) => listener({ ok: false, error }),
    );
  void run(() => takeAutomaticBackup(services, 'Sauvegarde au démarrage'));
  const timer = setInterval(
    () => void run(() => backupIfDue(services, 'Sauvegarde quotidienne')),
    intervalMs,
  );
  return () => clearInterval(timer);
}

export { DEFAULT_ROTATION };
