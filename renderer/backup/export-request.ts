/**
 * The automatic and manual backups' export, run in a Web Worker of its own (`export.worker.ts`)
 * where the platform has workers: reading 130,000 rows, writing them as canonical JSON and
 * hashing 60 MB held the window for seconds at each start on a slow PC (the user's first
 * keystrokes waited behind it). The worker opens the same database by name and reads it in
 * one transaction, as the window would. Without workers (tests), the same export in this thread.
 */
import { createDatabase, type AppDatabase } from '../db/database';
import { buildExport, type BuiltExport } from '../db/export-import/export';

/** What the window asks the export worker for (plain data: it crosses `postMessage`). */
export interface ExportRequest {
  databaseName: string;
  appVersion: string;
  reason: string;
  /** ISO instant the backup is stamped with. */
  now: string;
}

export type ExportResponse =
  { ok: true; bytes: Uint8Array; header: BuiltExport['header'] } | { ok: false; message: string };

/** The worker's side: opens the database by name, exports it, closes it. */
export async function runExportRequest(request: ExportRequest): Promise<ExportResponse> {
  const db = createDatabase(request.databaseName);
  try {
    await db.open();
    const built = await buildExport(db, {
      appVersion: request.appVersion,
      reason: request.reason,
      now: () => new Date(request.now),
    });
    return { ok: true, bytes: built.bytes, header: built.header };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
}

/**
 * The export of `db` as one backup file's bytes, built off the window's thread when it can be.
 * A worker that fails to start or dies gives the same export in this thread: a backup is
 * never skipped for want of a worker.
 */
export async function buildBackupBytes(
  db: AppDatabase,
  options: { appVersion: string; reason: string; now: Date },
): Promise<Pick<BuiltExport, 'bytes' | 'header'>> {
  const inThread = () =>
    buildExport(db, {
      appVersion: options.appVersion,
      reason: options.reason,
      now: () => options.now,
    });
  if (typeof Worker === 'undefined') return inThread();
  const request: ExportRequest = {
    databaseName: db.name,
    appVersion: options.appVersion,
    reason: options.reason,
    now: options.now.toISOString(),
  };
  let response: ExportResponse;
  try {
    response = await inWorker(request);
  } catch {
    return inThread();
  }
  if (!response.ok) throw new Error(response.message);
  return response;
}

function inWorker(request: ExportRequest): Promise<ExportResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), {
      type: 'module',
      name: 'sauvegarde',
    });
    // One export per worker: its memory (the whole register as text) goes with it.
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Le module de sauvegarde n’a pas pu démarrer.'));
    };
    worker.postMessage(request);
  });
}
