import type { BackupFileInfo } from '../../shared/ipc/contract';
import { BACKUP_NAME_PATTERN } from '../../shared/ipc/file-names';
import {
  errorName,
  type FolderFileHandle,
  type FolderHandle,
  type FolderWritable,
} from './fs-access';
import type { BackupStore } from './types';

/** Suffix of the file a backup is written to before it takes its final name. */
export const TMP_SUFFIX = '.tmp';
/** A `.tmp` left by a crash (tab closed mid-write) is swept by `list()` after this delay. */
export const STALE_TMP_MS = 60 * 60 * 1000;

/** A problem with the chosen folder itself, said in French to the user. */
export class BackupFolderError extends Error {
  constructor(
    readonly code: 'permission' | 'missing-folder',
    folderName: string,
    options?: { cause?: unknown },
  ) {
    super(
      code === 'permission'
        ? `L’accès au dossier de sauvegarde « ${folderName} » n’est plus autorisé par le navigateur. Ouvrez l’écran Sauvegardes pour l’autoriser à nouveau.`
        : `Le dossier de sauvegarde « ${folderName} » est introuvable (déplacé, renommé ou supprimé ?). Choisissez-le à nouveau sur l’écran Sauvegardes.`,
      options,
    );
    this.name = 'BackupFolderError';
  }
}

function checkName(name: string) {
  if (!BACKUP_NAME_PATTERN.test(name)) throw new Error(`Nom de sauvegarde invalide : ${name}`);
}

async function ignoreMissing(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch {
    // Best-effort clean-up: the entry is already gone, or the folder will say why next time.
  }
}

/** Writes the whole file; on any failure the stream is aborted, so the target is unchanged. */
async function writeWhole(handle: FolderFileHandle, data: Uint8Array<ArrayBuffer>): Promise<void> {
  const writable: FolderWritable = await handle.createWritable({ keepExistingData: false });
  try {
    await writable.write(data);
  } catch (error) {
    await ignoreMissing(() => writable.abort(error));
    throw error;
  }
  await writable.close();
}

/**
 * Backups as files in a folder the user chose (File System Access API, Chromium browsers).
 *
 * What `write` guarantees, as far as the API allows:
 * - the bytes go first to `<name>.tmp` through `createWritable()`, which itself writes to a
 *   hidden swap file and changes the `.tmp` only when `close()` succeeds;
 * - then, where `FileSystemFileHandle.move` exists (Chromium), the `.tmp` is renamed to its
 *   final name: the final name never holds a partial file;
 * - where `move` is missing (or refuses), the final file is written directly with
 *   `createWritable()`, which only commits on `close()`: a failed or interrupted write leaves
 *   the previous file of that name as it was (a new name is removed again);
 * - a failed write never touches the other backups, and `list()` never shows a `.tmp`
 *   (it removes those older than an hour, left by a closed tab).
 * Not guaranteed: that the operating system has flushed the file to disk when `write`
 * resolves — the browser decides that, as for any download.
 */
export function createFolderBackupStore(dir: FolderHandle): BackupStore {
  let moveWorks: boolean | undefined;

  const translate = (error: unknown): unknown => {
    const name = errorName(error);
    if (name === 'NotAllowedError' || name === 'SecurityError')
      return new BackupFolderError('permission', dir.name, { cause: error });
    return error;
  };

  const infoOf = async (name: string): Promise<BackupFileInfo> => {
    const file = await (await dir.getFileHandle(name)).getFile();
    return { name, size: file.size, modifiedAt: new Date(file.lastModified).toISOString() };
  };

  const exists = async (name: string): Promise<boolean> => {
    try {
      await dir.getFileHandle(name);
      return true;
    } catch (error) {
      if (errorName(error) === 'NotFoundError' || errorName(error) === 'TypeMismatchError')
        return false;
      throw error;
    }
  };

  /** Returns true when the backup took its final name through a rename. */
  const writeThroughTmp = async (name: string, data: Uint8Array<ArrayBuffer>): Promise<boolean> => {
    const tmpName = `${name}${TMP_SUFFIX}`;
    const tmp = await dir.getFileHandle(tmpName, { create: true });
    if (typeof tmp.move !== 'function') {
      moveWorks = false;
      await ignoreMissing(() => dir.removeEntry(tmpName));
      return false;
    }
    try {
      await writeWhole(tmp, data);
      await tmp.move(name);
      moveWorks = true;
      return true;
    } catch (error) {
      await ignoreMissing(() => dir.removeEntry(tmpName));
      // A rename refused (e.g. the name exists and this browser will not replace it) is
      // not fatal: the direct write below commits only on close. Anything else is.
      if (
        errorName(error) !== 'InvalidModificationError' &&
        errorName(error) !== 'NotSupportedError'
      )
        throw error;
      moveWorks = false;
      return false;
    }
  };

  return {
    location: 'user-folder',
    async write(name, bytes) {
      checkName(name);
      const data = bytes.slice(); // our own ArrayBuffer-backed copy: later changes by the caller are not written
      try {
        if (moveWorks !== false && (await writeThroughTmp(name, data))) return await infoOf(name);
        const existed = await exists(name);
        const target = await dir.getFileHandle(name, { create: true });
        try {
          await writeWhole(target, data);
        } catch (error) {
          if (!existed) await ignoreMissing(() => dir.removeEntry(name));
          throw error;
        }
        return await infoOf(name);
      } catch (error) {
        throw translate(error);
      }
    },
    async list() {
      const files: BackupFileInfo[] = [];
      try {
        for await (const entry of dir.values()) {
          if (entry.kind !== 'file') continue;
          const isTmp =
            entry.name.endsWith(TMP_SUFFIX) &&
            BACKUP_NAME_PATTERN.test(entry.name.slice(0, -TMP_SUFFIX.length));
          if (!isTmp && !BACKUP_NAME_PATTERN.test(entry.name)) continue;
          let file;
          try {
            file = await (await dir.getFileHandle(entry.name)).getFile();
          } catch (error) {
            if (errorName(error) === 'NotFoundError') continue; // removed meanwhile
            throw error;
          }
          if (isTmp) {
            if (Date.now() - file.lastModified > STALE_TMP_MS)
              await ignoreMissing(() => dir.removeEntry(entry.name));
            continue;
          }
          files.push({
            name: entry.name,
            size: file.size,
            modifiedAt: new Date(file.lastModified).toISOString(),
          });
        }
      } catch (error) {
        if (errorName(error) === 'NotFoundError')
          throw new BackupFolderError('missing-folder', dir.name, { cause: error });
        throw translate(error);
      }
      return files.sort(
        (a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name),
      );
    },
    async read(name) {
      checkName(name);
      try {
        const file = await (await dir.getFileHandle(name)).getFile();
        return new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        if (errorName(error) === 'NotFoundError')
          throw new Error(`Sauvegarde introuvable : ${name}`, { cause: error });
        throw translate(error);
      }
    },
    async remove(name) {
      checkName(name);
      try {
        await dir.removeEntry(name);
        return { deleted: true };
      } catch (error) {
        if (errorName(error) === 'NotFoundError') return { deleted: false };
        throw translate(error);
      }
    },
  };
}
