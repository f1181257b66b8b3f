/* global document -- functions passed to page.evaluate run in the browser */
// The preview server of the bench build and Chromium, with pages throttled through the
// DevTools protocol (as Lighthouse does).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, PORT } from './options.mjs';

/**
 * Serves the bench build and launches Chromium. A blank page of the app's origin: each page is
 * throttled there before it navigates, so a cold load is throttled from its first byte (same
 * origin, same renderer process, the throttling stays).
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

  return { base, newPage, harness, close };
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
