import * as fs from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { backupKind, DEFAULT_ROTATION, planRotation } from '../../../shared/backup/rotation';
import { BACKUP_NAME_PATTERN, type BackupFileInfo } from '../../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

export const BACKUP_FOLDER_NAME = 'Sauvegardes';

/** Device names that Windows maps to hardware whatever the extension (`NUL.json`…). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

export function isValidBackupName(name: unknown): name is string {
  return typeof name === 'string' && BACKUP_NAME_PATTERN.test(name) && !WINDOWS_RESERVED.test(name);
}

export class BackupNameError extends Error {
  constructor() {
    super('Nom de sauvegarde invalide.');
    this.name = 'BackupNameError';
  }
}

export interface BackupFolder {
  readonly path: string;
  write(name: string, bytes: Uint8Array): Promise<BackupFileInfo>;
  list(): Promise<BackupFileInfo[]>;
  read(name: string): Promise<Uint8Array>;
  remove(name: string): Promise<{ deleted: boolean; reason?: string }>;
}

/**
 * The most the backups folder may hold: far above a large office's rotation (about sixty
 * files of 60 Mo), low enough that a runaway loop cannot fill the disk.
 */
export const DEFAULT_BACKUP_QUOTA_BYTES = 8 * 1024 ** 3;

export const SAFETY_BACKUP_KEPT =
  'Les sauvegardes de sécurité (prises avant une opération importante) ne peuvent être ni remplacées ni supprimées depuis l’application\u00a0: elles sont écartées selon leur âge.';

export interface BackupFolderOptions {
  quotaBytes?: number;
}

function formatBytesFr(n: number): string {
  const gb = n / 1024 ** 3;
  if (gb >= 1) return `${gb.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0Go`;
  return `${Math.ceil(n / 1024 ** 2).toLocaleString('fr-FR')}\u00a0Mo`;
}

export class BackupQuotaError extends Error {
  constructor(used: number, incoming: number, quota: number) {
    super(
      `Le dossier des sauvegardes est plein\u00a0: il contient ${formatBytesFr(used)} et la limite est de ${formatBytesFr(quota)} (cette sauvegarde\u00a0: ${formatBytesFr(incoming)}). Les plus anciennes sauvegardes automatiques ont déjà été écartées. Copiez ailleurs puis supprimez des sauvegardes manuelles ou exportées (écran Sauvegardes).`,
    );
    this.name = 'BackupQuotaError';
  }
}

export function backupFolderPath(userDataPath: string): string {
  return join(userDataPath, BACKUP_FOLDER_NAME);
}

function isNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'
  );
}

/** `<userData>/Sauvegardes`: created on demand; names re-validated on every call. */
export function createBackupFolder(
  userDataPath: string,
  options: BackupFolderOptions = {},
): BackupFolder {
  const folder = resolve(backupFolderPath(userDataPath));
  const quota = options.quotaBytes ?? DEFAULT_BACKUP_QUOTA_BYTES;

  function pathOf(name: string): string {
    if (!isValidBackupName(name)) throw new BackupNameError();
    const full = resolve(folder, name);
    if (dirname(full) !== folder) throw new BackupNameError();
    return full;
  }

  async function infoOf(name: string, full: string): Promise<BackupFileInfo | null> {
    const stat = await fs.lstat(full);
    if (!stat.isFile()) return null;
    return { name, size: stat.size, modifiedAt: stat.mtime.toISOString() };
  }

  async function listInfos(): Promise<BackupFileInfo[]> {
    await fs.mkdir(folder, { recursive: true });
    const entries = await fs.readdir(folder, { withFileTypes: true });
    const infos: BackupFileInfo[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || !isValidBackupName(entry.name)) continue;
      try {
        const info = await infoOf(entry.name, pathOf(entry.name));
        if (info) infos.push(info);
      } catch (error) {
        if (!isNotFound(error)) throw error; // deleted meanwhile: skip it
      }
    }
    return infos;
  }

  /** Deletes what the rotation policy drops, of the given kinds (main's own clean-up). */
  async function prune(kinds: readonly string[]): Promise<void> {
    const { remove } = planRotation(await listInfos(), DEFAULT_ROTATION, Date.now());
    for (const n of remove) {
      if (!kinds.includes(backupKind(n))) continue;
      await fs.unlink(pathOf(n)).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    }
  }

  async function usedBytes(except: string): Promise<number> {
    return (await listInfos()).reduce((sum, f) => (f.name === except ? sum : sum + f.size), 0);
  }

  return {
    path: folder,

    async write(name, bytes) {
      const full = pathOf(name);
      await fs.mkdir(folder, { recursive: true });
      const safety = backupKind(name) === 'safety';
      if (safety) {
        const exists = await fs.lstat(full).then(
          () => true,
          (error: unknown) => {
            if (isNotFound(error)) return false;
            throw error;
          },
        );
        if (exists) throw new Error(SAFETY_BACKUP_KEPT);
      }
      if ((await usedBytes(name)) + bytes.byteLength > quota) {
        // Rotation first: what the policy drops goes before anything is refused.
        await prune(['auto', 'safety', 'manual']);
        const used = await usedBytes(name);
        if (used + bytes.byteLength > quota)
          throw new BackupQuotaError(used, bytes.byteLength, quota);
      }
      // Backups hold personal data: readable by the user only (ignored on Windows).
      await writeFileAtomic(full, bytes, { mode: 0o600 });
      const info = await infoOf(name, full);
      if (!info) throw new Error('La sauvegarde n’a pas pu être écrite.');
      // Safety backups are dropped here only, by the rotation policy (never through IPC).
      if (safety) await prune(['safety']).catch(() => undefined);
      return info;
    },

    async list() {
      const infos = await listInfos();
      return infos.sort(
        (a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name),
      );
    },

    async read(name) {
      const full = pathOf(name);
      try {
        const stat = await fs.lstat(full);
        if (!stat.isFile()) throw new Error('Sauvegarde introuvable.');
        const data = await fs.readFile(full);
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      } catch (error) {
        if (isNotFound(error)) throw new Error('Sauvegarde introuvable.');
        throw error;
      }
    },

    async remove(name) {
      const full = pathOf(name);
      if (backupKind(name) === 'safety') return { deleted: false, reason: SAFETY_BACKUP_KEPT };
      try {
        const stat = await fs.lstat(full);
        if (!stat.isFile()) return { deleted: false };
        await fs.unlink(full);
        return { deleted: true };
      } catch (error) {
        if (isNotFound(error)) return { deleted: false };
        throw error;
      }
    },
  };
}
