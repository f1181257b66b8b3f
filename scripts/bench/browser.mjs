/* global document -- functions passed to page.evaluate run in the browser */
// The preview server of the bench build and Chromium, with pages throttled through the
// DevTools protocol (as Lighthouse does).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, PORT } from './options.mjs';
import { median } from './stats.mjs';

/** Below this ratio of the calibration loop to its 1× time, a throttled figure is refused. */
export const MIN_THROTTLE_RATIO = 3;

/**
 * Serves the bench build and launches Chromium. A blank page of the app's origin: each page is
 * throttled there before it navigates, so a cold load is throttled from its first byte (the
 * browser keeps a page's rate across its navigations: `calibrate` checks it on the app's own
 * page too).
 *
 * Chromium throttles a renderer's main thread on Linux with a helper thread that interrupts it
 * every 200 µs and makes it wait (rate − 1) × the time it ran, counted up to 1 ms only: on a
 * busy machine the helper wakes late and a requested 4× gives less. The bench says so rather
 * than print figures that are not 4× (MIN_THROTTLE_RATIO, table.mjs).
 */
export async function openBrowser(root, tasks) {
  const { preview } = await import('vite');
  writeFileSync(path.join(DIST, 'bench-blank.html'), '<!doctype html><title>blank</title>');
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir: path.join(root, DIST) },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  const base = `http://127.0.0.1:${PORT}`;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: tasks.systemChromium(),
    args: tasks.CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1400, height: 900 },
  });

  /** A new page of the app's origin, under `rate`× CPU throttling (DevTools protocol, as Lighthouse). */
  async function newPage(rate) {
    const page = await context.newPage();
    await page.goto(`${base}/bench-blank.html`);
    if (rate !== 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    return page;
  }

  /**
   * Calibrates `rate`: the fixed loop on an unthrottled page, then on a throttled one. Returns
   * both times and their ratio (the throttling actually applied).
   */
  async function throttle(rate) {
    const plain = await newPage(1);
    const baseMs = await calibrate(plain);
    await plain.close();
    if (rate === 1) return { baseMs, ms: baseMs, ratio: 1 };
    const page = await newPage(rate);
    const ms = await calibrate(page);
    await page.close();
    return { baseMs, ms, ratio: ms / baseMs };
  }

  /** The bench-only page (test/bench/harness), ready, under `rate`× throttling. */
  async function harness(rate) {
    const page = await newPage(rate);
    page.on('pageerror', (e) => console.error('[page]', e.message));
    await page.goto(`${base}/bench-harness/index.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    return page;
  }

  async function close() {
    await browser.close();
    await server.close();
  }

  return { base, newPage, harness, throttle, close };
}

/**
 * A fixed busy loop run `runs` times in `page`, the median time (ms) of all runs but the first
 * (compiled then): the same loop takes about `rate` times longer on a page throttled `rate`×.
 */
export async function calibrate(page, runs = 9) {
  const times = await page.evaluate((n) => {
    const out = [];
    for (let r = 0; r < n; r++) {
      const t0 = performance.now();
      let x = 0;
      for (let i = 0; i < 5_000_000; i++) x = (x + i * 7) % 1_000_003;
      out.push(x < 0 ? -1 : performance.now() - t0);
    }
    return out;
  }, runs);
  return median(times.slice(1));
}

/** Waits until the page's main thread has had no long task for 2 s (start-up work over). */
export async function waitForQuiet(page) {
  await page.waitForTimeout(3000);
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
        }).observe({ type: 'longtask', buffered: true });
        const deadline = performance.now() + 120_000;
        const tick = () =>
          performance.now() - last > 2000 || performance.now() > deadline
            ? resolve()
            : setTimeout(tick, 100);
        tick();
      }),
  );
}
