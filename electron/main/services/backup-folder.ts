import * as fs from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
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
  remove(name: string): Promise<{ deleted: boolean }>;
}

export function backupFolderPath(userDataPath: string): string {
  return join(userDataPath, BACKUP_FOLDER_NAME);
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

/** `<userData>/Sauvegardes`: created on demand; names re-validated on every call. */
export function createBackupFolder(userDataPath: string): BackupFolder {
  const folder = resolve(backupFolderPath(userDataPath));

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

  return {
    path: folder,

    async write(name, bytes) {
      const full = pathOf(name);
      await fs.mkdir(folder, { recursive: true });
      // Backups hold personal data: readable by the user only (ignored on Windows).
      await writeFileAtomic(full, bytes, { mode: 0o600 });
      const info = await infoOf(name, full);
      if (!info) throw new Error('La sauvegarde n’a pas pu être écrite.');
      return info;
    },

    async list() {
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
