import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls used by `writeFileAtomic`, injectable to simulate a crash. */
export interface AtomicWriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

const realFs: AtomicWriteFs = { open: fs.open, rename: fs.rename, rm: fs.rm };

export interface AtomicWriteOptions {
  /** Permissions of a newly created file (before umask). Default 0o666, like fs.writeFile. */
  mode?: number;
  fs?: AtomicWriteFs;
}

/** Temp files are hidden (`.name.<random>.tmp`) and live beside the target. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` so that, whatever happens (crash, power cut, full disk), the target
 * holds either its previous content or the new one, never a half-written file: write a temp
 * file in the same folder, fsync it, rename it over the target, then fsync the folder.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const ops = options.fs ?? realFs;
  const temp = tempPathFor(target);
  let renamed = false;
  try {
    const handle = await ops.open(temp, 'wx', options.mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await ops.rm(temp, { force: true }).catch(() => undefined);
  }
  await syncDirectory(dirname(target), ops);
}

/** Makes the rename itself durable. Not possible on Windows (directories cannot be opened). */
async function syncDirectory(dir: string, ops: AtomicWriteFs): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await ops.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort only.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
