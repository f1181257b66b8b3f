/* global window, document, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
// The roster screen: first usable screen, keystroke filter, scroll, and their floors.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { calibrate, waitForQuiet } from './browser.mjs';
import { DIST, RUNS } from './options.mjs';
import { log, median, percentile } from './stats.mjs';

/** The start-up marks (renderer/shell/perf.ts), printed for each load. */
const STARTUP_MARKS = [
  'app:script',
  'app:db-open',
  'register:read-start',
  'roster:rows-visible',
  'register:read-end',
  'roster:complete',
];

/** What the keystroke figure types: each word letter by letter, then erased. */
const WORDS = ['martin', 'accueil', 'élodie', 't13', 'lu', 'sud', 'dupont'];
const KEYS = WORDS.flatMap((w) => [...w, ...Array.from(w, () => 'Backspace')]).slice(
  0,
  RUNS.keystrokes,
);
const TYPED = [];
for (const key of KEYS)
  TYPED.push(
    key === 'Backspace' ? (TYPED.at(-1) ?? '').slice(0, -1) : `${TYPED.at(-1) ?? ''}${key}`,
  );
/**
 * With `BENCH_PROFILE=<folder>`, a CPU profile of the page's main thread (DevTools protocol)
 * is written there for the keystrokes and the scroll (`node scripts/bench/profile-summary.mjs
 * <file>` lists where the time went). Without it, nothing is recorded.
 */
async function startProfile(page) {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return async () => {};
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async (name) => {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  };
}

/** The first screen, saved as a static page (scripts removed) for the paint floor. */
const STATIC_PAGE = 'bench-static-first-screen.html';
let staticSaved = false;

export async function roster(bench, rate, F) {
  const { base, newPage, harness, fig } = bench;
  const page = await newPage(rate);
  page.on('pageerror', (e) => console.error('[app]', e.message));
  const firstScreens = [];
  const stages = [];
  // Load 0 is the app's first run on this register (restored by the bench page, never opened
  // by the app: no first page kept yet); the loads after it are the starts of every day.
  for (let i = 0; i <= RUNS.loads; i++) {
    // Each load is a cold start with nothing else running: the previous load's start-up work
    // (check, automatic backup) is over first.
    if (i > 0) await waitForQuiet(page);
    await page.goto(`${base}/bench-blank.html`);
    await page.goto(`${base}/#/agents`);
    await page.waitForFunction(
      () => performance.getEntriesByName('roster:rows-visible').length > 0,
      null,
      { timeout: 300_000 },
    );
    if (!staticSaved) {
      const html = (await page.content())
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
        .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
      writeFileSync(path.join(DIST, STATIC_PAGE), html);
      fig.staticPageBytes = Buffer.byteLength(html);
      staticSaved = true;
    }
    if (i === 0 && process.env.BENCH_SCREENSHOT)
      await page.screenshot({
        path: process.env.BENCH_SCREENSHOT.replace(/\.png$/, `-${rate}x-first.png`),
      });
    await page.waitForFunction(
      () => performance.getEntriesByName('roster:complete').length > 0,
      null,
      { timeout: 300_000 },
    );
    firstScreens.push(
      await page.evaluate(() => performance.getEntriesByName('roster:rows-visible')[0].startTime),
    );
    stages.push(
      await page.evaluate(
        (names) =>
          Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime])),
        STARTUP_MARKS,
      ),
    );
  }
  // Every load is a cold start (the previous one's work over, the database closed for seconds):
  // the figure is the median of the daily starts; the first run on the register is listed.
  F.firstScreenMs = median(firstScreens.slice(1));
  F.firstScreenFirstRunMs = firstScreens[0];
  F.firstScreenLoadsMs = firstScreens;
  F.firstScreenStagesMs = stages;
  F.rosterCompleteMs = median(stages.slice(1).map((st) => st['roster:complete']));
  log(
    `premier écran : 1er lancement sur ce registre ${firstScreens[0].toFixed(0)} ms, puis ${firstScreens
      .slice(1)
      .map((v) => v.toFixed(0))
      .join(', ')} ms`,
  );
  for (const s of stages)
    log(
      `  étapes : ${STARTUP_MARKS.map((n) => `${n} ${Number.isFinite(s[n]) ? s[n].toFixed(0) : '—'}`).join(' → ')}`,
    );

  // The keystrokes and the scroll are timed on an app at rest: its start-up check and backup
  // (a worker's seconds on the large register, then a 60 MB write) over first.
  await page.waitForFunction(
    () => performance.getEntriesByName('app:startup-checked').length > 0,
    null,
    { timeout: 600_000 },
  );
  await waitForQuiet(page);
  // The app's own page is throttled too (its navigations kept the rate).
  F.appCalibrationMs = await calibrate(page);
  F.appThrottleRatio = F.appCalibrationMs / F.calibrationBaseMs;
  log(`  calibrage sur la page de l’application : × ${F.appThrottleRatio.toFixed(2)}`);
  if (process.env.BENCH_SCREENSHOT)
    await page.screenshot({
      path: process.env.BENCH_SCREENSHOT.replace(/\.png$/, `-${rate}x.png`),
    });

  const search = page.getByLabel('Rechercher');
  // Throttled, the start-up backup of the large register can hold the main thread a while.
  await search.click({ timeout: 300_000 });
  await page.evaluate(() => {
    window.__inputs = [];
    document.addEventListener(
      'input',
      (e) => window.__inputs.push({ at: e.timeStamp, value: e.target.value }),
      true,
    );
  });
  const stopKeysProfile = await startProfile(page);
  const latencies = [];
  for (const key of KEYS) {
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
      { timeout: 120_000, polling: 'raf' },
    );
    latencies.push(await latency.jsonValue());
  }
  await stopKeysProfile(`keys-${rate}x`);
  F.keystrokeMedianMs = median(latencies);
  F.keystrokeP95Ms = percentile(latencies, 95);
  F.keystrokes = latencies.length;
  await search.fill('');
  await page.waitForTimeout(300);

  const stopScrollProfile = await startProfile(page);
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
  await stopScrollProfile(`scroll-${rate}x`);
  F.scrollFrames = frames.length;
  F.scrollFrameMedianMs = median(frames);
  F.scrollFrameP95Ms = percentile(frames, 95);
  // A frame "missed" when it took longer than one 60 Hz frame plus 1 ms of timer jitter.
  F.scrollFramesOver16Pct =
    (100 * frames.filter((d) => d > 17.7).length) / Math.max(1, frames.length);
  await page.close();

  // Floors, same rate: the first screen as a static page (navigation → first contentful
  // paint), the raw IndexedDB read of its rows, the raw filter of the same index per keystroke.
  const s = await newPage(rate);
  const paints = [];
  for (let i = 0; i < RUNS.loads; i++) {
    await s.goto(`${base}/bench-blank.html`);
    await s.goto(`${base}/${STATIC_PAGE}`);
    const h = await s.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      null,
      { timeout: 60_000 },
    );
    paints.push(await h.jsonValue());
  }
  await s.close();
  F.staticPaintFloorMs = median(paints);
  const h = await harness(rate);
  const reads = [];
  for (let i = 0; i < RUNS.loads; i++)
    reads.push((await h.evaluate(() => window.__bench.firstRowsFloor())).ms);
  F.firstRowsReadFloorMs = median(reads);
  const filtered = await h.evaluate((q) => window.__bench.filterFloor(q), TYPED);
  await h.close();
  F.keystrokeFloorMs = median(filtered.ms);
  F.firstScreenFloorMs = F.staticPaintFloorMs + F.firstRowsReadFloorMs;
  F.firstScreenRatio = F.firstScreenMs / F.firstScreenFloorMs;
  F.keystrokeRatio = F.keystrokeMedianMs / F.keystrokeFloorMs;
  log(
    `planchers : page statique ${F.staticPaintFloorMs.toFixed(0)} ms, lecture brute ${F.firstRowsReadFloorMs.toFixed(0)} ms, filtre brut ${F.keystrokeFloorMs.toFixed(2)} ms`,
  );
}
