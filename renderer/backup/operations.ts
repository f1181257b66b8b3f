/**
 * What the Sauvegardes and import screens do, as plain async functions: every destructive
 * operation takes a safety backup first and stops if it could not be written.
 */
import type { ExportHeader } from '../../shared/backup/export-format';
import { backupKind, type BackupKind } from '../../shared/backup/rotation';
import type { BackupFileInfo } from '../../shared/ipc/contract';
import type { ChainVerification } from '../../shared/domain/journal-chain';
import type { AppDatabase } from '../db/database';
import {
  parseExportFile,
  readExportHeader,
  replaceAllData,
  stageTimer,
  type ParsedExport,
  type StageListener,
} from '../db/export-import/import';
import { wipeAllData } from '../db/export-import/wipe';
import { applyPurge, planPurge, type PurgePlan, type PurgeResult } from '../db/repositories/purge';
import type { Actor } from '../db/register-writer';
import type { PlatformBridge } from '../platform';
import { takeSafetyBackup } from './safety-backup';
import { sealJournalHead } from '../db/journal-sealer';

/** After a restore or « Tout effacer » (the user replaced the journal): seal the new head. */
async function resealAfterReplace(services: Services): Promise<void> {
  if (services.platform.journalSeal) {
    await sealJournalHead(services.db, services.platform.journalSeal, true).catch(() => undefined);
  }
}
import { frenchErrorMessage } from '../../shared/domain/technical-errors';

export interface Services {
  db: AppDatabase;
  platform: PlatformBridge;
  appVersion: string;
}

export interface ListedBackup extends BackupFileInfo {
  kind: BackupKind;
  /** Undefined when the file is not a readable export (old plain JSON, damaged). */
  header?: ExportHeader;
}

const headerCache = new Map<string, ExportHeader | undefined>();

/** Every backup, newest first, with the counts read from each file's header. */
export async function listBackups(platform: PlatformBridge): Promise<ListedBackup[]> {
  const files = await platform.backups.list();
  const out: ListedBackup[] = [];
  for (const f of files) {
    const cacheKey = `${f.name}|${f.size}|${f.modifiedAt}`;
    if (!headerCache.has(cacheKey)) {
      let header: ExportHeader | undefined;
      try {
        header = readExportHeader(await platform.backups.read(f.name));
      } catch {
        header = undefined;
      }
      headerCache.set(cacheKey, header);
    }
    const header = headerCache.get(cacheKey);
    out.push({ ...f, kind: backupKind(f.name), ...(header ? { header } : {}) });
  }
  return out.sort((a, b) =>
    (b.header?.exportedAt ?? b.modifiedAt).localeCompare(a.header?.exportedAt ?? a.modifiedAt),
  );
}

/** Reads and fully checks a stored backup (nothing is written). */
export async function readStoredBackup(
  platform: PlatformBridge,
  name: string,
  passphrase?: string,
): Promise<ParsedExport> {
  const bytes = await platform.backups.read(name);
  return parseExportFile(bytes, passphrase ? { passphrase } : {});
}

export interface RestoreOutcome {
  /** Undefined when the user chose to restore without one (it could not be written). */
  safetyBackup?: BackupFileInfo;
  journal: ChainVerification;
}

/** The safety backup before a restore could not be written: the user may still go on. */
export class SafetyBackupFailedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SafetyBackupFailedError';
  }
}

/**
 * Safety backup of the current data, then the whole register replaced in one transaction.
 * The file was fully verified before: when the safety backup cannot be written (disk full,
 * folder gone), `SafetyBackupFailedError` lets the screen ask for an explicit confirmation
 * and call again with `withoutSafetyBackup` — a broken register must stay restorable.
 */
export async function restoreParsed(
  services: Services,
  parsed: ParsedExport,
  options: { withoutSafetyBackup?: boolean; onStage?: StageListener } = {},
): Promise<RestoreOutcome> {
  const lap = stageTimer(options.onStage);
  let safetyBackup: BackupFileInfo | undefined;
  if (!options.withoutSafetyBackup) {
    try {
      safetyBackup = await takeSafetyBackup(services, 'restauration');
    } catch (error) {
      throw new SafetyBackupFailedError(
        frenchErrorMessage(
          error,
          'Le fichier n’a pas pu être écrit dans le dossier des sauvegardes.',
        ),
      );
    }
  }
  lap('safety-backup');
  const journal = await replaceAllData(services.db, parsed, undefined, options.onStage);
  await resealAfterReplace(services);
  return { ...(safetyBackup ? { safetyBackup } : {}), journal };
}

/** « Tout effacer »: safety backup first, then everything erased in one transaction. */
export async function wipeEverything(services: Services, actor: Actor): Promise<BackupFileInfo> {
  const safetyBackup = await takeSafetyBackup(services, 'effacement complet');
  await wipeAllData(services.db, actor);
  await resealAfterReplace(services);
  return safetyBackup;
}

export { planPurge, type PurgePlan };

/** Purge of the habilitations due (6 years after revocation), after a safety backup. */
export async function purgeWithBackup(
  services: Services,
  actor: Actor,
  plan: PurgePlan,
): Promise<PurgeResult & { safetyBackup: BackupFileInfo }> {
  const safetyBackup = await takeSafetyBackup(services, 'purge');
  const result = await applyPurge(services.db, actor, plan);
  return { ...result, safetyBackup };
}
