/* global window -- functions passed to page.evaluate run in the browser */
// `npm run bench`: performance figures for large offices, in Chromium against the built
// renderer, side by side with LibreOffice where it is installed. Prints a table and writes
// bench-results/latest.json. `--quick` (small dataset, few iterations, no LibreOffice) only
// checks that every figure is produced: it runs inside `npm test`.
//
//   node scripts/bench/run.mjs [--quick] [--port 4350] [--no-build] [--no-libreoffice] [--rates 1,4]
//                              [--only backup,documents,roster]   (while working on one figure)
//                              [--app-dist dist/renderer]  (reuse a `vite build --manifest`
//                               output instead of building the app again: `npm test` does)
//
// One module per job: options.mjs (the flags), build.mjs, browser.mjs (server, Chromium,
// throttled pages), measure-backup.mjs, measure-documents.mjs, measure-roster.mjs,
// measure-node.mjs, libreoffice.mjs, table.mjs (budgets and the printed table).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './browser.mjs';
import { buildBench } from './build.mjs';
import { libreOffice } from './libreoffice.mjs';
import { backup } from './measure-backup.mjs';
import { documents } from './measure-documents.mjs';
import { nodeFigures } from './measure-node.mjs';
import { roster } from './measure-roster.mjs';
import { DATA_DIR, ONLY, QUICK, RATES, SECTIONS, SIZE, want } from './options.mjs';
import { log } from './stats.mjs';
import { printTable, throttleRefusal } from './table.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);

// 1. Builds: the app (with its manifest), the bench-only page next to it, the Node half.
const tasks = await buildBench(root);

// 2. Dataset, written as a real backup file the app restores.
log(`jeu de données « ${SIZE} »…`);
const t0 = performance.now();
const dataset = await tasks.writeDataset(SIZE, DATA_DIR);
log(
  `${dataset.rows} lignes, sauvegarde de ${(dataset.backupBytes / 1e6).toFixed(1)} Mo, en ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const url = (file) => `/bench-harness/data/${path.basename(file)}`;

// 3. Server and browser (browser.mjs).
const browser = await openBrowser(root, tasks);
const results = {
  quick: QUICK,
  size: SIZE,
  rows: dataset.rows,
  backupBytes: dataset.backupBytes,
  at: new Date().toISOString(),
  rates: RATES,
  figures: {},
  byRate: {},
};
/** Figures that do not depend on the browser's throttling (Node, bundle, LibreOffice) and the 1× ones. */
const fig = results.figures;
for (const rate of RATES) results.byRate[rate] = rate === 1 ? fig : {};
const bench = { ...browser, dataset, url, fig, tasks };

try {
  // The roster needs the register restored: without the backup section, restore it once.
  {
    const h = await browser.harness(1);
    if (!want('backup')) {
      await h.evaluate(() => window.__bench.wipe());
      await h.evaluate((u) => window.__bench.restore(u), url(dataset.files.backup));
    }
    await h.close();
  }
  for (const rate of RATES) {
    const F = results.byRate[rate];
    log(`— processeur ralenti ${rate}× —`);
    const c = await browser.throttle(rate);
    F.calibrationBaseMs = c.baseMs;
    F.calibrationMs = c.ms;
    F.throttleRatio = c.ratio;
    log(
      `calibrage : boucle ${c.baseMs.toFixed(1)} ms à 1×, ${c.ms.toFixed(1)} ms à ${rate}× (× ${c.ratio.toFixed(2)})`,
    );
    if (want('backup')) await backup(bench, rate, F);
    if (want('documents')) await documents(bench, rate, F);
    if (want('roster')) await roster(bench, rate, F);
  }
  fig.reportRows = dataset.reportRows;
} finally {
  await browser.close();
}

// 4.–6. Restore and export, documents, roster: measure-backup.mjs, measure-documents.mjs, measure-roster.mjs.
// 7. Initial bundle, portal reconciliation, import of a convention PDF (measure-node.mjs).
await nodeFigures(tasks, fig);

// 8. LibreOffice (libreoffice.mjs).
const lo = libreOffice(dataset, fig);
results.libreOffice = lo;

// 9. Budgets, table (table.mjs), JSON.
const B = printTable(results, lo, dataset);

results.budgets = B;
mkdirSync('bench-results', { recursive: true });
const outFile = path.join(
  'bench-results',
  QUICK ? 'quick.json' : ONLY.length < SECTIONS.length ? 'partial.json' : 'latest.json',
);
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
log(`résultats écrits dans ${outFile}`);

// Every figure must be produced, at every rate (the budgets are judged on the full bench, not here).
const REQUIRED = {
  roster: [
    'firstScreenMs',
    'rosterCompleteMs',
    'keystrokeMedianMs',
    'keystrokeP95Ms',
    'scrollFrameMedianMs',
    'scrollFrameP95Ms',
    'scrollFramesOver16Pct',
    'staticPaintFloorMs',
    'firstRowsReadFloorMs',
    'keystrokeFloorMs',
  ],
  documents: [
    'reportPdfColdMs',
    'reportPdfWarmMs',
    'reportPdfFirstMs',
    'reportPdfAtOnceMs',
    'formPdfFirstMs',
    'formPdfAtOnceMs',
    'formPdfColdMs',
    'formPdfWarmMs',
    'reportPdfFirstBusyMs',
    'reportPdfAtOnceBusyMs',
    'formPdfFirstBusyMs',
    'formPdfAtOnceBusyMs',
    'formPdfAfterStartMs',
    'formPdfAfterStartBusyMs',
  ],
  backup: ['backupExportMs', 'backupExportFloorMs', 'backupRestoreMs', 'backupRestoreFloorMs'],
};
const missing = [];
for (const rate of RATES) {
  const F = results.byRate[rate];
  for (const k of [
    'calibrationMs',
    'throttleRatio',
    ...SECTIONS.filter(want).flatMap((s) => REQUIRED[s]),
  ])
    if (!Number.isFinite(F[k]) || F[k] < 0) missing.push(`${k}@${rate}×`);
}
for (const k of [
  'initialBundleGzipKB',
  'importPdfMs',
  'portalReconcileMs',
  ...(want('documents') ? ['reportPdfNodeMs', 'formPdfNodeMs'] : []),
]) {
  if (!Number.isFinite(fig[k]) || fig[k] < 0) missing.push(k);
}
if (missing.length) {
  console.error(`[bench] mesures manquantes : ${missing.join(', ')}`);
  process.exit(1);
}
// Throttled figures that are not throttled judge nothing: the full bench fails; the quick one
// (inside `npm test`, judging no budget) only says so.
const refusal = throttleRefusal(results);
if (refusal) {
  console.error(`[bench] ${refusal}`);
  if (!QUICK) process.exit(1);
}
