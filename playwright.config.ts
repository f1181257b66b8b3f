import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './test/e2e/browser';

const PORT = Number(process.env.E2E_PORT ?? 4317);
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Two workers on the 2-core CI machine too: each test has its own browser context and database.
  workers: 2,
  // One retry on CI only: Debian's headless Chromium on a loaded 2-core machine once stopped
  // producing frames after a date field was filled (screencast frozen, DOM alive), so a click
  // waited 4 minutes for a « stable » button. A retried test is still printed as « flaky ».
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // A stalled compositor fails the action in a minute, not at the end of a long test.
    actionTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve-web.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
  },
});
