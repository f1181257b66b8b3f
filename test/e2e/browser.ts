import { existsSync } from 'node:fs';

/** The Chromium flags that work on our Linux CI machines (see the testing guide). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Date fields display in the browser's UI language: dd/mm/yyyy as on a French workstation.
  '--lang=fr-FR',
];

/**
 * A system Chromium when there is one (CHROMIUM_PATH, then Debian's), otherwise undefined:
 * Playwright then uses its own browser, which `scripts/run-e2e.mjs` installs where it can.
 */
export function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
}
