/**
 * Bench-only page, built by `scripts/bench/run.mjs` into a sub-folder of the bench build (same
 * origin as the app, so the same IndexedDB). Never part of the app's bundle. It exposes the
 * app's own code paths to the runner: restore (the real import of a backup file), full backup
 * export, their floors, and document generation in the real Web Worker.
 */
import { EXPORT_TABLES } from '../../../shared/backup/export-format';
import { restoreParsed } from '../../../renderer/backup/operations';
import { createDatabase, DB_NAME, type AppDatabase } from '../../../renderer/db/database';
import {
  buildExportFromBody,
  readExportBody,
  type ExportStage,
} from '../../../renderer/db/export-import/export';
import { parseExportFile, type RestoreStage } from '../../../renderer/db/export-import/import';
import { openDatabase } from '../../../renderer/db/open-database';
import {
  generateDocumentBytes,
  prepareDocumentGeneration,
  prepareDocumentGenerationWhenIdle,
} from '../../../renderer/documents/generator';
import type { RenderRequest } from '../../../renderer/documents/render';
import { createWebBridge } from '../../../renderer/platform/web-bridge';
import { loadRosterPreview } from '../../../renderer/db/repositories/roster-preview';
import { buildRosterIndex, buildRosterRows } from '../../../shared/domain/roster-filter';
import { foldText } from '../../../shared/domain/text';

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
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        request.onblocked = () => resolve();
      });
    }
  },

  /** Restore as the Sauvegardes screen does it: read and check the file, safety backup, replace. */
  async restore(
    url: string,
  ): Promise<{ ms: number; rows: number; stages: Partial<Record<RestoreStage, number>> }> {
    const bytes = await fetchBytes(url);
    const database = await open();
    const stages: Partial<Record<RestoreStage, number>> = {};
    const onStage = (stage: RestoreStage, ms: number) => void (stages[stage] = ms);
    const t0 = performance.now();
    const parsed = await parseExportFile(bytes, { onStage });
    await restoreParsed(
      { db: database, platform: createWebBridge(), appVersion: APP_VERSION },
      parsed,
      { onStage },
    );
    const ms = performance.now() - t0;
    const rows = Object.values(parsed.body.tables).reduce((n, t) => n + t.length, 0);
    return { ms, rows, stages };
  },

  /** The full backup export (the bytes of the file the Sauvegardes screen saves). */
  async exportBackup(): Promise<{
    ms: number;
    readMs: number;
    bytes: number;
    stages: Partial<Record<ExportStage, number>>;
  }> {
    const database = await open();
    // `buildExport` is these two calls: the read (beside the floor's toArray) timed apart.
    const t0 = performance.now();
    const body = await readExportBody(database);
    const t1 = performance.now();
    const stages: Partial<Record<ExportStage, number>> = {};
    const onStage = (stage: ExportStage, ms: number) => void (stages[stage] = ms);
    const built = await buildExportFromBody(body, { appVersion: APP_VERSION, onStage });
    return { ms: performance.now() - t0, readMs: t1 - t0, bytes: built.bytes.byteLength, stages };
  },

  /**
   * The floor: a raw Dexie `toArray` of every table + `JSON.stringify` (export), then
   * `JSON.parse` + a raw `bulkPut` into an empty database of the same schema (restore).
   */
  async floor(): Promise<{
    exportMs: number;
    exportReadMs: number;
    restoreMs: number;
    restoreParseMs: number;
    restorePutMs: number;
    bytes: number;
  }> {
    const database = await open();
    const t0 = performance.now();
    const tables: Record<string, unknown[]> = {};
    await database.transaction('r', EXPORT_TABLES, async () => {
      for (const t of EXPORT_TABLES) tables[t] = await database.table(t).toArray();
    });
    const tRead = performance.now();
    const text = JSON.stringify(tables);
    const exportMs = performance.now() - t0;

    const scratch = createDatabase('bench-floor');
    await scratch.open();
    await scratch.transaction('rw', EXPORT_TABLES, async () => {
      for (const t of EXPORT_TABLES) await scratch.table(t).clear();
    });
    const t1 = performance.now();
    const parsed = JSON.parse(text) as Record<string, unknown[]>;
    const t2 = performance.now();
    await scratch.transaction('rw', EXPORT_TABLES, async () => {
      for (const t of EXPORT_TABLES)
        if (parsed[t]!.length) await scratch.table(t).bulkPut(parsed[t]!);
    });
    const t3 = performance.now();
    scratch.close();
    await scratch.delete();
    return {
      exportMs,
      exportReadMs: tRead - t0,
      restoreMs: t3 - t1,
      restoreParseMs: t2 - t1,
      restorePutMs: t3 - t2,
      bytes: text.length,
    };
  },

  /**
   * Floor of the first screen's data: the rows it shows (the roster's first agents by name and
   * their habilitations, chosen untimed by the app's own preview), read with the raw
   * IndexedDB API — open, one `get` per agent, one `getAll` per agent on `agentId`.
   */
  async firstRowsFloor(): Promise<{ ms: number; agents: number; habilitations: number }> {
    const preview = await loadRosterPreview(await open());
    if (!preview) throw new Error('Registre vide : rien à lire.');
    const ids = preview.agents.map((a) => a.id);
    const t0 = performance.now();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    let agents = 0;
    let habilitations = 0;
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['agents', 'habilitations'], 'readonly');
      const store = tx.objectStore('agents');
      const byAgent = tx.objectStore('habilitations').index('agentId');
      for (const id of ids) {
        const a = store.get(id);
        a.onsuccess = () => void (agents += a.result ? 1 : 0);
        const h = byAgent.getAll(id);
        h.onsuccess = () => void (habilitations += (h.result as unknown[]).length);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
    });
    const ms = performance.now() - t0;
    raw.close();
    return { ms, agents, habilitations };
  },

  /**
   * Floor of a keystroke: the roster's own search index (built untimed from the whole
   * register), filtered by a plain loop (every folded word in the row's folded text), for each
   * query the runner types. Nothing rendered.
   */
  async filterFloor(queries: string[]): Promise<{ ms: number[]; rows: number; matched: number }> {
    const database = await open();
    const [agents, habilitations, bulletins, profiles] = await Promise.all([
      database.agents.toArray(),
      database.habilitations.toArray(),
      database.bulletins.toArray(),
      database.profiles.toArray(),
    ]);
    const rows = buildRosterRows({
      agents,
      habilitations,
      bulletins,
      profiles,
      today: new Date().toISOString().slice(0, 10),
    });
    const search = buildRosterIndex(rows).search;
    const n = search.length; // computes the lazily folded texts, untimed
    const ms: number[] = [];
    let kept = 0;
    for (const query of queries) {
      const t0 = performance.now();
      const words = foldText(query).split(/\s+/).filter(Boolean);
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const text = search[i]!;
        if (words.every((w) => text.includes(w))) out.push(i);
      }
      ms.push(performance.now() - t0);
      kept += out.length;
    }
    return { ms, rows: n, matched: kept };
  },

  /**
   * Request → bytes through the app's generator (its Web Worker), `runs` times. With
   * `screenOpenMs` ≥ 0, the worker is first prepared as a screen that issues documents does
   * when it opens, and the first request comes that long after (the user reading the screen;
   * 0: the user clicks « Exporter » at once, during the warm-up). Negative: a cold worker.
   */
  async pdf(
    url: string,
    kind: RenderRequest['kind'],
    runs: number,
    screenOpenMs = -1,
    appStartedMs = -1,
  ): Promise<{ ms: number[]; bytes: number }> {
    const snapshot = JSON.parse(new TextDecoder().decode(await fetchBytes(url))) as unknown;
    if (appStartedMs >= 0) {
      // As the app does once its first screen has its data (main.tsx); the screen opens later.
      prepareDocumentGenerationWhenIdle();
      await new Promise((resolve) => setTimeout(resolve, appStartedMs));
    }
    if (screenOpenMs >= 0) {
      // As the screens do: the closed review gives its report (ReviewReportButtons), the
      // administrator-change wizard nothing (its form is not filled yet).
      prepareDocumentGeneration(
        kind === 'rapport-revue' ? { kind, format: 'pdf', snapshot } : undefined,
      );
      if (screenOpenMs > 0) await new Promise((resolve) => setTimeout(resolve, screenOpenMs));
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
