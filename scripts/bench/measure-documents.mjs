/* global window -- functions passed to page.evaluate run in the browser */
// Documents, request → bytes in the app's Web Worker (a fresh page: cold worker first): the
// review report and the administrator-change form, and the same in Node. The first document
// after the screen opened and the one asked for at once are also taken with a second,
// CPU-bound process running (a town-hall PC also runs the antivirus, the mail…).
import { spawn } from 'node:child_process';
import { RUNS } from './options.mjs';
import { median } from './stats.mjs';

/** A child process that busy-loops until `stop()` (one core of the machine kept busy). */
async function busyProcess() {
  const child = spawn(process.execPath, ['-e', 'process.send("go"); for (;;) {}'], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGKILL');
      }),
  };
}

/**
 * The app starts the documents worker when idle once its first screen has its data
 * (main.tsx); the « after start » figures open the screen and click « Exporter » at once this
 * long after that: a user's first click, not the minutes an office spends on the roster.
 */
const APP_STARTED_MS = 1000;

export async function documents(bench, rate, F) {
  const { harness, dataset, url, fig, tasks } = bench;
  for (const [key, file, kind] of [
    ['report', dataset.files.report, 'rapport-revue'],
    ['form', dataset.files.form, 'changement-administrateur'],
  ]) {
    const p = await harness(rate);
    const r = await p.evaluate(
      ([u, k, n]) => window.__bench.pdf(u, k, n),
      [url(file), kind, 1 + RUNS.pdfWarm],
    );
    await p.close();
    F[`${key}PdfColdMs`] = r.ms[0];
    F[`${key}PdfWarmMs`] = median(r.ms.slice(1));
    fig[`${key}PdfBytes`] = r.bytes;
    // As the user runs it: the screen opened (worker and fonts prepared), then the request.
    const q = await harness(rate);
    const s = await q.evaluate(([u, k]) => window.__bench.pdf(u, k, 1, 2000), [url(file), kind]);
    await q.close();
    F[`${key}PdfFirstMs`] = s.ms[0];
    // The user clicks « Exporter » at once: the request arrives during the worker's warm-up.
    const a = await harness(rate);
    const t = await a.evaluate(([u, k]) => window.__bench.pdf(u, k, 1, 0), [url(file), kind]);
    await a.close();
    F[`${key}PdfAtOnceMs`] = t.ms[0];
    const pdfAfterStart = async (name) => {
      const page = await harness(rate);
      const started = await page.evaluate(
        ([u, k, d]) => window.__bench.pdf(u, k, 1, 0, d),
        [url(file), kind, APP_STARTED_MS],
      );
      await page.close();
      F[name] = started.ms[0];
    };
    // The app started a second ago (worker started when idle), then « Exporter » at once.
    if (key === 'form') await pdfAfterStart('formPdfAfterStartMs');
    // The same two, with a second CPU-bound process running.
    const busy = await busyProcess();
    try {
      const b = await harness(rate);
      const bs = await b.evaluate(([u, k]) => window.__bench.pdf(u, k, 1, 2000), [url(file), kind]);
      await b.close();
      F[`${key}PdfFirstBusyMs`] = bs.ms[0];
      const c = await harness(rate);
      const ct = await c.evaluate(([u, k]) => window.__bench.pdf(u, k, 1, 0), [url(file), kind]);
      await c.close();
      F[`${key}PdfAtOnceBusyMs`] = ct.ms[0];
      if (key === 'form') await pdfAfterStart('formPdfAfterStartBusyMs');
    } finally {
      await busy.stop();
    }
    if (rate === 1)
      fig[`${key}PdfNodeMs`] = median(await tasks.renderInNode(kind, file, RUNS.node));
  }
}
