/**
 * Bench-only page, built by `scripts/bench/run.mjs` into a sub-folder of the bench build (same
 * origin as the app, so the same IndexedDB). Never part of the app's bundle. It exposes the
 * app's own code paths to the runner: restore (the real import of a backup file), full backup
 * export, their floors, and document generation in the real Web Worker.
 */
import { EXPORT_TABLES } from '../../../shared/backup/export-format';
import { restoreParsed } from '../../../renderer/backup/operations';
import { createDatabase, DB_NAME, type AppDatabase } from '../../../renderer/db/database';
import { buildExport } from '../../../renderer/db/export-import/export';
import { parseExportFile } from '../../../renderer/db/export-import/import';
import { openDatabase } from '../../../renderer/db/open-database';
import { generateDocumentBytes, prepareDocumentGeneration } from '../../../renderer/documents/generator';
import type { RenderRequest } from '../../../renderer/documents/render';
import { createWebBridge } from '../../../renderer/platform/web-bridge';

const APP_VERSION = 'bench';
let db: AppDatabase | undefined;

async function open(): Promise<AppDatabase> {
  db ??= await openDatabase({ appVersion: APP_VERSION });
  return db;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const bench = {
  /** Deletes the register and the browser backups (a fresh workstation). */
  async wipe(): Promise<void> {
    db?.close();
    db = undefined;
    for (const name of [DB_NAME, 'convention-mcp-sauvegardes', 'bench-floor']) {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => resolve();
      });
    }
  },

  /** Restore as the Sauvegardes screen does it: read and check the file, safety backup, replace. */
  async restore(url: string): Promise<{ ms: number; rows: number }> {
    const bytes = await fetchBytes(url);
    const database = await open();
    const t0 = performance.now();
    const parsed = await parseExportFile(bytes);
    await restoreParsed({ db: database, platform: createWebBridge(), appVersion: APP_VERSION }, parsed);
    const ms = performance.now() - t0;
    return { ms, rows: Object.values(parsed.body.tables).reduce((n, t) => n + t.length, 0) };
  },

  /** The full backup export (the bytes of the file the Sauvegardes screen saves). */
  async exportBackup(): Promise<{ ms: number; bytes: number }> {
    const database = await open();
    const t0 = performance.now();
    const built = await buildExport(database, { appVersion: APP_VERSION });
    return { ms: performance.now() - t0, bytes: built.bytes.byteLength };
  },

  /**
   * The floor: a raw Dexie `toArray` of every table + `JSON.stringify` (export), then
   * `JSON.parse` + a raw `bulkPut` into an empty database of the same schema (restore).
   */
  async floor(): Promise<{ exportMs: number; restoreMs: number; bytes: number }> {
    const database = await open();
    const t0 = performance.now();
    const tables: Record<string, unknown[]> = {};
    await database.transaction('r', EXPORT_TABLES, async () => {
      for (const t of EXPORT_TABLES) tables[t] = await database.table(t).toArray();
    });
    const text = JSON.stringify(tables);
    const exportMs = performance.now() - t0;

    const scratch = createDatabase('bench-floor');
    await scratch.open();
    await scratch.transaction('rw', EXPORT_TABLES, async () => {
      for (const t of EXPORT_TABLES) await scratch.table(t).clear();
    });
    const t1 = performance.now();
    const parsed = JSON.parse(text) as Record<string, unknown[]>;
    await scratch.transaction('rw', EXPORT_TABLES, async () => {
      for (const t of EXPORT_TABLES) if (parsed[t]!.length) await scratch.table(t).bulkPut(parsed[t]!);
    });
    const restoreMs = performance.now() - t1;
    scratch.close();
    await scratch.delete();
    return { exportMs, restoreMs, bytes: text.length };
  },

  /**
   * Request → bytes through the app's generator (its Web Worker), `runs` times. With
   * `screenOpenMs`, the worker is first prepared as a screen that issues documents does when
   * it opens, and the first request comes that long after (the user reading the screen).
   */
  async pdf(url: string, kind: RenderRequest['kind'], runs: number, screenOpenMs = 0): Promise<{ ms: number[]; bytes: number }> {
    const snapshot = JSON.parse(new TextDecoder().decode(await fetchBytes(url))) as unknown;
    if (screenOpenMs > 0) {
      prepareDocumentGeneration();
      await new Promise((resolve) => setTimeout(resolve, screenOpenMs));
    }
    const ms: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const bytes = await generateDocumentBytes({ kind, format: 'pdf', snapshot });
      ms.push(performance.now() - t0);
      size = bytes.byteLength;
    }
    return { ms, bytes: size };
  },
};

export type BenchApi = typeof bench;
(window as unknown as { __bench: BenchApi }).__bench = bench;
document.body.dataset.ready = 'true';
