/* global window, document, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
// `npm run bench`: performance figures for large offices, in Chromium against the built
// renderer, side by side with LibreOffice where it is installed. Prints a table and writes
// bench-results/latest.json. `--quick` (small dataset, few iterations, no LibreOffice) only
// checks that every figure is produced: it runs inside `npm test`.
//
//   node scripts/bench/run.mjs [--quick] [--port 4350] [--no-build] [--no-libreoffice]
//                              [--only backup,documents,roster]   (while working on one figure)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i > -1 ? args[i + 1] : fallback;
};
const QUICK = flag('--quick');
const PORT = Number(option('--port', process.env.BENCH_PORT ?? 4350));
const DIST = path.join('dist', QUICK ? 'renderer-bench-quick' : 'renderer-bench');
const HARNESS_DIR = path.join(DIST, 'bench-harness');
const DATA_DIR = path.join(HARNESS_DIR, 'data');
const SIZE = QUICK ? 'small' : 'large';
const SECTIONS = ['backup', 'documents', 'roster'];
const ONLY = option('--only', SECTIONS.join(',')).split(',');
const want = (section) => ONLY.includes(section);
const RUNS = QUICK
  ? { loads: 1, keystrokes: 10, scrollMs: 800, exports: 1, restores: 1, pdfWarm: 1, node: 1, lo: 0 }
  : { loads: 3, keystrokes: 50, scrollMs: 4000, exports: 3, restores: 2, pdfWarm: 3, node: 3, lo: 2 };

/** The start-up marks (renderer/app/perf.ts), printed for each load. */
const STARTUP_MARKS = ['app:script', 'app:db-open', 'register:read-start', 'roster:rows-visible', 'register:read-end', 'roster:complete'];

const log = (...m) => console.log('[bench]', ...m);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// 1. Builds: the app (with its manifest), the bench-only page next to it, the Node half.
const { build, preview } = await import('vite');
if (!flag('--no-build') || !existsSync(path.join(DIST, 'index.html'))) {
  log('construction de l’application…');
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir: path.join(root, DIST),
      emptyOutDir: true,
      manifest: true,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  });
  log('construction de la page de mesure…');
  await build({
    configFile: false,
    root: path.join(root, 'test/bench/harness'),
    base: './',
    logLevel: 'warn',
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify('bench') },
    build: {
      outDir: path.join(root, HARNESS_DIR),
      emptyOutDir: true,
      target: 'chrome120',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  });
}
const esbuild = await import('esbuild');
const cacheDir = path.join(root, 'node_modules', '.cache', 'convention-bench');
mkdirSync(cacheDir, { recursive: true });
const tasksFile = path.join(cacheDir, 'node-tasks.mjs');
await esbuild.build({
  entryPoints: [path.join(root, 'test/bench/node-tasks.ts')],
  outfile: tasksFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const tasks = await import(`${pathToFileURL(tasksFile).href}?t=${Date.now()}`);

// 2. Dataset, written as a real backup file the app restores.
log(`jeu de données « ${SIZE} »…`);
const t0 = performance.now();
const dataset = await tasks.writeDataset(SIZE, DATA_DIR);
log(`${dataset.rows} lignes, sauvegarde de ${(dataset.backupBytes / 1e6).toFixed(1)} Mo, en ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const url = (file) => `/bench-harness/data/${path.basename(file)}`;

// 3. Server and browser.
const server = await preview({
  configFile: false,
  root,
  logLevel: 'warn',
  build: { outDir: path.join(root, DIST) },
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
const base = `http://127.0.0.1:${PORT}`;
const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({ executablePath: tasks.systemChromium(), args: tasks.CHROMIUM_ARGS });
const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1400, height: 900 } });
const results = { quick: QUICK, size: SIZE, rows: dataset.rows, backupBytes: dataset.backupBytes, at: new Date().toISOString(), figures: {} };
const fig = results.figures;

/** Waits until the page's main thread has had no long task for 2 s (start-up work over). */
async function waitForQuiet(page) {
  await page.waitForTimeout(3000);
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
        }).observe({ type: 'longtask', buffered: true });
        const deadline = performance.now() + 120_000;
        const tick = () => (performance.now() - last > 2000 || performance.now() > deadline ? resolve() : setTimeout(tick, 100));
        tick();
      }),
  );
}

async function harness() {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page]', e.message));
  await page.goto(`${base}/bench-harness/index.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

try {
  // 4. Restore (the real import of a backup: read, check every row, safety backup, replace),
  // full export, and their floors.
  // The roster needs the register restored: `--only roster` still restores it, once.
  const h = await harness();
  if (!want('backup')) {
    await h.evaluate(() => window.__bench.wipe());
    await h.evaluate((u) => window.__bench.restore(u), url(dataset.files.backup));
  }
  const restores = [];
  for (let i = 0; i < (want('backup') ? RUNS.restores : 0); i++) {
    await h.evaluate(() => window.__bench.wipe());
    const r = await h.evaluate((u) => window.__bench.restore(u), url(dataset.files.backup));
    restores.push(r.ms);
    log(`restauration ${i + 1} : ${r.ms.toFixed(0)} ms (${r.rows} lignes)`);
  }
  const exports = [];
  let exportBytes = 0;
  for (let i = 0; i < (want('backup') ? RUNS.exports : 0); i++) {
    const e = await h.evaluate(() => window.__bench.exportBackup());
    exports.push(e.ms);
    exportBytes = e.bytes;
  }
  const floors = [];
  for (let i = 0; i < (want('backup') ? RUNS.exports : 0); i++) floors.push(await h.evaluate(() => window.__bench.floor()));
  fig.backupExportMs = median(exports);
  fig.backupExportFloorMs = median(floors.map((f) => f.exportMs));
  fig.backupRestoreMs = median(restores);
  fig.backupRestoreFloorMs = median(floors.map((f) => f.restoreMs));
  fig.backupBytes = exportBytes;
  await h.close();

  // 5. Documents, request → bytes in the app's Web Worker (a fresh page: cold worker first).
  for (const [key, file, kind] of want('documents')
    ? [
        ['report', dataset.files.report, 'rapport-revue'],
        ['form', dataset.files.form, 'changement-administrateur'],
      ]
    : []) {
    const p = await harness();
    const r = await p.evaluate(([u, k, n]) => window.__bench.pdf(u, k, n), [url(file), kind, 1 + RUNS.pdfWarm]);
    await p.close();
    fig[`${key}PdfColdMs`] = r.ms[0];
    fig[`${key}PdfWarmMs`] = median(r.ms.slice(1));
    fig[`${key}PdfBytes`] = r.bytes;
    // As the user runs it: the screen opened (worker and fonts prepared), then the request.
    const q = await harness();
    const s = await q.evaluate(([u, k]) => window.__bench.pdf(u, k, 1, 2000), [url(file), kind]);
    await q.close();
    fig[`${key}PdfFirstMs`] = s.ms[0];
    const node = await tasks.renderInNode(kind, file, RUNS.node);
    fig[`${key}PdfNodeMs`] = median(node);
  }
  fig.reportRows = dataset.reportRows;

  // 6. The roster screen: first usable screen, keystroke filter, scroll.
  if (want('roster')) await roster();
} finally {
  await browser.close();
  await server.close();
}

async function roster() {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[app]', e.message));
  const firstScreens = [];
  const stages = [];
  for (let i = 0; i < RUNS.loads; i++) {
    // Each load is a cold start with nothing else running: the previous load's start-up work
    // (check, automatic backup) is over first.
    if (i > 0) await waitForQuiet(page);
    await page.goto('about:blank');
    await page.goto(`${base}/#/agents`);
    if (i === 0 && process.env.BENCH_SCREENSHOT) {
      await page.waitForFunction(() => performance.getEntriesByName('roster:rows-visible').length > 0, null, { timeout: 120_000 });
      await page.screenshot({ path: process.env.BENCH_SCREENSHOT.replace(/\.png$/, '-first.png') });
    }
    await page.waitForFunction(() => performance.getEntriesByName('roster:complete').length > 0, null, { timeout: 120_000 });
    firstScreens.push(await page.evaluate(() => performance.getEntriesByName('roster:rows-visible')[0].startTime));
    stages.push(
      await page.evaluate((names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime])), STARTUP_MARKS),
    );
  }
  // The first load is the cold start that counts; later loads are listed (they can meet the
  // previous loads' start-up backups of the whole register still being written).
  fig.firstScreenMs = firstScreens[0];
  fig.firstScreenLoadsMs = firstScreens;
  fig.firstScreenStagesMs = stages;
  fig.rosterCompleteMs = stages[0]['roster:complete'];
  log(`premier écran : ${firstScreens.map((x) => x.toFixed(0)).join(', ')} ms`);
  for (const s of stages) log(`  étapes : ${STARTUP_MARKS.map((n) => `${n} ${Number.isFinite(s[n]) ? s[n].toFixed(0) : '—'}`).join(' → ')}`);

  await waitForQuiet(page);
  if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT });

  const search = page.getByLabel('Rechercher');
  await search.click();
  await page.evaluate(() => {
    window.__inputs = [];
    document.addEventListener('input', (e) => window.__inputs.push({ at: e.timeStamp, value: e.target.value }), true);
  });
  const words = ['martin', 'accueil', 'élodie', 't13', 'lu', 'sud', 'dupont'];
  const keys = [];
  for (const w of words) {
    for (const ch of w) keys.push(ch);
    for (let k = 0; k < w.length; k++) keys.push('Backspace');
  }
  const latencies = [];
  for (const key of keys.slice(0, RUNS.keystrokes)) {
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    const latency = await page.waitForFunction(
      () => {
        const input = window.__inputs.at(-1);
        if (!input) return undefined;
        const mark = performance
          .getEntriesByName('roster:rows-rendered')
          .find((m) => m.startTime >= input.at && m.detail?.text === input.value);
        return mark ? mark.startTime - input.at : undefined;
      },
      null,
      { timeout: 30_000, polling: 'raf' },
    );
    latencies.push(await latency.jsonValue());
  }
  fig.keystrokeMedianMs = median(latencies);
  fig.keystrokeP95Ms = percentile(latencies, 95);
  fig.keystrokes = latencies.length;
  await search.fill('');
  await page.waitForTimeout(300);

  const frames = await page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const el = document.querySelector('.roster-scroll');
        const deltas = [];
        let prev = performance.now();
        const end = prev + duration;
        const step = (now) => {
          deltas.push(now - prev);
          prev = now;
          el.scrollTop += 48;
          if (now < end) requestAnimationFrame(step);
          else resolve(deltas.slice(1));
        };
        requestAnimationFrame((now) => {
          prev = now;
          requestAnimationFrame(step);
        });
      }),
    RUNS.scrollMs,
  );
  fig.scrollFrames = frames.length;
  fig.scrollFrameMedianMs = median(frames);
  fig.scrollFrameP95Ms = percentile(frames, 95);
  // A frame "missed" when it took longer than one 60 Hz frame plus 1 ms of timer jitter.
  fig.scrollFramesOver16Pct = (100 * frames.filter((d) => d > 17.7).length) / Math.max(1, frames.length);
  await page.close();
}

// 7. Initial bundle.
const bundle = tasks.initialBundle(DIST);
// Portal reconciliation (Node, pure domain): 10,000 accounts read and reconciled.
const portal = tasks.portalReconcile(SIZE, QUICK ? 1 : 3);
fig.portalReconcileMs = median(portal.ms);
fig.portalAccounts = portal.accounts;
fig.initialBundleGzipKB = bundle.gzipBytes / 1024;

// 7b. Import of a 32-page A4 convention PDF (LibreOffice export of the Lieusaint sample, real
// tables) in Node: text layer + lines (the app's PDF reader), then the extraction.
const IMPORT_PDF = 'test/fixtures/import-corpus/pdf/lieusaint-2023.a4-tables.pdf';
const imported = await tasks.importPdfInNode(IMPORT_PDF, 1 + RUNS.node);
fig.importPdfPages = imported.pages;
fig.importPdfTextMs = median(imported.textMs.slice(1));
fig.importPdfExtractMs = median(imported.extractMs.slice(1));
fig.importPdfMs = fig.importPdfTextMs + fig.importPdfExtractMs;

// 8. LibreOffice, as a whole process (cold: a fresh profile each run; warm: profile reused).
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);
const lo = { available: Boolean(soffice) && !QUICK && !flag('--no-libreoffice') && want('documents') };
if (lo.available) {
  const convert = (file, profile, filter) => {
    const out = mkdtempSync(path.join(tmpdir(), 'bench-lo-out-'));
    const t = performance.now();
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', 'pdf', '--outdir', out, file],
      { encoding: 'utf8', timeout: 300_000 },
    );
    const ms = performance.now() - t;
    const ok = r.status === 0 && existsSync(path.join(out, path.basename(file).replace(/\.[^.]+$/, '.pdf')));
    rmSync(out, { recursive: true, force: true });
    if (!ok) throw new Error(`LibreOffice a échoué sur ${file} : ${r.stderr || r.stdout}`);
    return ms;
  };
  for (const [key, file, filter] of [
    ['report', dataset.files.reportCsv, 'CSV:59,34,76,1'],
    ['form', dataset.files.formHtml, undefined],
  ]) {
    const cold = [];
    const warm = [];
    for (let i = 0; i < RUNS.lo; i++) {
      const profile = mkdtempSync(path.join(tmpdir(), 'bench-lo-profile-'));
      cold.push(convert(path.resolve(file), profile, filter));
      warm.push(convert(path.resolve(file), profile, filter));
      rmSync(profile, { recursive: true, force: true });
    }
    lo[`${key}ColdMs`] = median(cold);
    lo[`${key}WarmMs`] = median(warm);
  }
  fig.reportVsLibreOffice = fig.reportPdfFirstMs / lo.reportColdMs;
  fig.formVsLibreOffice = fig.formPdfFirstMs / lo.formColdMs;
}
results.libreOffice = lo;

// 9. Budgets, table, JSON.
const B = {
  firstScreenMs: 1000,
  keystrokeMedianMs: 16,
  reportVsLibreOffice: 0.5,
  formVsLibreOffice: 0.1,
  backupExportRatio: 2,
  backupRestoreRatio: 2,
  initialBundleGzipKB: 300,
  importPdfMs: 2000,
  portalReconcileMs: 2000,
};
fig.backupExportRatio = fig.backupExportMs / fig.backupExportFloorMs;
fig.backupRestoreRatio = fig.backupRestoreMs / fig.backupRestoreFloorMs;
const ms = (v) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms` : '—');
const x = (v) => (Number.isFinite(v) ? `× ${v.toFixed(2)}` : '—');
// Budgets are judged on the large register only: the quick run's small one says nothing of them.
const verdict = (value, budget) => (QUICK || !Number.isFinite(value) ? '' : value <= budget ? 'tenu' : 'DÉPASSÉ');
const loText = (v) => (lo.available ? ms(v) : QUICK ? 'non mesuré (--quick)' : 'LibreOffice absent');
const rows = [
  [`Premier écran « Agents » (${QUICK ? 'petit' : 'grand'} jeu)`, ms(fig.firstScreenMs), '≤ 1 000 ms', verdict(fig.firstScreenMs, B.firstScreenMs)],
  ['  tout le registre lu, recherche prête', ms(fig.rosterCompleteMs), '', ''],
  ['Filtre, par frappe (médiane / p95)', `${ms(fig.keystrokeMedianMs)} / ${ms(fig.keystrokeP95Ms)}`, '≤ 16 ms (médiane)', verdict(fig.keystrokeMedianMs, B.keystrokeMedianMs)],
  ['Défilement : image médiane / p95', `${ms(fig.scrollFrameMedianMs)} / ${ms(fig.scrollFrameP95Ms)}`, '', ''],
  ['Défilement : images > 16,7 ms', Number.isFinite(fig.scrollFramesOver16Pct) ? `${fig.scrollFramesOver16Pct.toFixed(1)} % de ${fig.scrollFrames}` : '—', '', ''],
  [`Rapport de revue PDF, ${fig.reportRows} lignes : 1er (écran ouvert) / suivants`, `${ms(fig.reportPdfFirstMs)} / ${ms(fig.reportPdfWarmMs)}`, '', ''],
  ['  1er avec un worker froid (polices comprises)', ms(fig.reportPdfColdMs), '', ''],
  ['  même rapport dans Node (référence)', ms(fig.reportPdfNodeMs), '', ''],
  ['  LibreOffice CSV → PDF (froid / profil chaud)', lo.available ? `${ms(lo.reportColdMs)} / ${ms(lo.reportWarmMs)}` : loText(), '', ''],
  ['  ratio nous (1er, écran ouvert) / LibreOffice (froid)', lo.available ? x(fig.reportVsLibreOffice) : loText(), '≤ × 0,5', lo.available ? verdict(fig.reportVsLibreOffice, B.reportVsLibreOffice) : ''],
  ['Formulaire changement d’administrateur PDF : 1er (écran ouvert) / suivants', `${ms(fig.formPdfFirstMs)} / ${ms(fig.formPdfWarmMs)}`, '', ''],
  ['  1er avec un worker froid (polices comprises)', ms(fig.formPdfColdMs), '', ''],
  ['  même formulaire dans Node (référence)', ms(fig.formPdfNodeMs), '', ''],
  ['  LibreOffice HTML → PDF (froid / profil chaud)', lo.available ? `${ms(lo.formColdMs)} / ${ms(lo.formWarmMs)}` : loText(), '', ''],
  ['  ratio nous (1er, écran ouvert) / LibreOffice (froid)', lo.available ? x(fig.formVsLibreOffice) : loText(), '≤ × 0,1', lo.available ? verdict(fig.formVsLibreOffice, B.formVsLibreOffice) : ''],
  [`Sauvegarde complète (${(fig.backupBytes / 1e6).toFixed(1)} Mo) / plancher`, `${ms(fig.backupExportMs)} / ${ms(fig.backupExportFloorMs)} (${x(fig.backupExportRatio)})`, '≤ × 2', verdict(fig.backupExportRatio, B.backupExportRatio)],
  ['Restauration complète / plancher', `${ms(fig.backupRestoreMs)} / ${ms(fig.backupRestoreFloorMs)} (${x(fig.backupRestoreRatio)})`, '≤ × 2', verdict(fig.backupRestoreRatio, B.backupRestoreRatio)],
  ['Bundle initial (gzip)', `${fig.initialBundleGzipKB.toFixed(0)} Ko`, '≤ 300 Ko', verdict(fig.initialBundleGzipKB, B.initialBundleGzipKB)],
  [`Import d’une convention PDF de ${fig.importPdfPages} pages (Node) : texte + extraction`, `${ms(fig.importPdfMs)} (${ms(fig.importPdfTextMs)} + ${ms(fig.importPdfExtractMs)})`, '≤ 2 000 ms', verdict(fig.importPdfMs, B.importPdfMs)],
  [`Rapprochement portail : ${fig.portalAccounts} comptes lus et rapprochés (Node)`, ms(fig.portalReconcileMs), '≤ 2 000 ms', verdict(fig.portalReconcileMs, B.portalReconcileMs)],
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ['Mesure', 'Résultat', 'Budget', ''][c].length));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(`\nConvention MCP — mesures ${QUICK ? 'rapides (petit jeu : ' : '(grand jeu : '}${dataset.rows} lignes)\n`);
console.log(line(['Mesure', 'Résultat', 'Budget', '']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('');

results.budgets = B;
mkdirSync('bench-results', { recursive: true });
const outFile = path.join('bench-results', QUICK ? 'quick.json' : ONLY.length < SECTIONS.length ? 'partial.json' : 'latest.json');
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
log(`résultats écrits dans ${outFile}`);

// Every figure must be produced (the budgets are judged on the full bench, not here).
const REQUIRED = {
  roster: ['firstScreenMs', 'rosterCompleteMs', 'keystrokeMedianMs', 'keystrokeP95Ms', 'scrollFrameMedianMs', 'scrollFrameP95Ms', 'scrollFramesOver16Pct'],
  documents: ['reportPdfColdMs', 'reportPdfWarmMs', 'reportPdfFirstMs', 'formPdfFirstMs', 'reportPdfNodeMs', 'formPdfColdMs', 'formPdfWarmMs', 'formPdfNodeMs'],
  backup: ['backupExportMs', 'backupExportFloorMs', 'backupRestoreMs', 'backupRestoreFloorMs'],
};
const required = [...SECTIONS.filter(want).flatMap((s) => REQUIRED[s]), 'initialBundleGzipKB', 'importPdfMs', 'portalReconcileMs'];
const missing = required.filter((k) => !Number.isFinite(fig[k]) || fig[k] < 0);
if (missing.length) {
  console.error(`[bench] mesures manquantes : ${missing.join(', ')}`);
  process.exit(1);
}
