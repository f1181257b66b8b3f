/* global window -- functions passed to page.evaluate run in the browser */
// Restore (the real import of a backup: read, check every row, safety backup, replace), full
// export, and their floors, in the same page and conditions.
import { RUNS } from './options.mjs';
import { log, median } from './stats.mjs';

/** `bench`: the browser's `harness`, the `dataset` and its `url`, the rate-free figures `fig`. */
export async function backup(bench, rate, F) {
  const { harness, dataset, url, fig } = bench;
  const h = await harness(rate);
  // Throttled runs are few: a throttled restore of the large register takes minutes.
  const n = (k) => (rate === 1 ? RUNS[k] : Math.min(1, RUNS[k]));
  const restores = [];
  const stages = [];
  for (let i = 0; i < n('restores'); i++) {
    await h.evaluate(() => window.__bench.wipe());
    const r = await h.evaluate((u) => window.__bench.restore(u), url(dataset.files.backup));
    restores.push(r.ms);
    stages.push(r.stages);
    log(`restauration ${i + 1} : ${r.ms.toFixed(0)} ms (${r.rows} lignes)`);
  }
  const exports = [];
  const exportReads = [];
  const exportStages = [];
  let exportBytes = 0;
  for (let i = 0; i < n('exports'); i++) {
    const e = await h.evaluate(() => window.__bench.exportBackup());
    exports.push(e.ms);
    exportReads.push(e.readMs);
    exportStages.push(e.stages);
    exportBytes = e.bytes;
    const detail = Object.entries(e.stages).map(([k, v]) => `${k} ${v.toFixed(0)}`);
    log(
      `export ${i + 1} : ${e.ms.toFixed(0)} ms (lecture ${e.readMs.toFixed(0)}, ${detail.join(', ')})`,
    );
  }
  const floors = [];
  for (let i = 0; i < n('exports'); i++) {
    const f = await h.evaluate(() => window.__bench.floor());
    floors.push(f);
    log(
      `plancher ${i + 1} : export ${f.exportMs.toFixed(0)} ms (lecture ${f.exportReadMs.toFixed(0)}), restauration ${f.restoreMs.toFixed(0)} ms`,
    );
  }
  F.backupExportMs = median(exports);
  F.backupExportFloorMs = median(floors.map((f) => f.exportMs));
  F.backupRestoreMs = median(restores);
  F.backupRestoreFloorMs = median(floors.map((f) => f.restoreMs));
  // The restore stage by stage (renderer/db/export-import/import.ts `RestoreStage`), and the
  // floor's two halves: JSON.parse (beside the « json » stage) and bulkPut (beside « write »).
  F.restoreStagesMs = Object.fromEntries(
    Object.keys(stages[0] ?? {}).map((k) => [k, median(stages.map((s) => s[k]))]),
  );
  // The export in two: the read of every table (beside the floor's toArray), then the
  // canonical body, its bytes and SHA-256 (beside the floor's JSON.stringify).
  F.backupExportReadMs = median(exportReads);
  // After the read: canonical text, UTF-8 bytes, SHA-256, file (export.ts `ExportStage`).
  F.exportStagesMs = Object.fromEntries(
    Object.keys(exportStages[0] ?? {}).map((k) => [k, median(exportStages.map((s) => s[k]))]),
  );
  F.backupExportFloorReadMs = median(floors.map((f) => f.exportReadMs));
  F.backupRestoreFloorParseMs = median(floors.map((f) => f.restoreParseMs));
  F.backupRestoreFloorPutMs = median(floors.map((f) => f.restorePutMs));
  F.backupExportRatio = F.backupExportMs / F.backupExportFloorMs;
  F.backupRestoreRatio = F.backupRestoreMs / F.backupRestoreFloorMs;
  fig.backupBytes = exportBytes;
  await h.close();
}
