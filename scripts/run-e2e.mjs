// Runs the Playwright end-to-end tests in a system Chromium when there is one, otherwise in
// Playwright's own browser (installed on the fly where the network allows).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const systemPaths = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const hasSystemChromium = systemPaths.some((p) => p && existsSync(p));

function playwrightChromiumInstalled() {
  try {
    const { chromium } = require('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!hasSystemChromium && !playwrightChromiumInstalled()) {
  console.log('Aucun Chromium système : installation du navigateur de Playwright…');
  const install = spawnSync(npx, ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0 || !playwrightChromiumInstalled()) {
    console.error(
      '\nImpossible de lancer les tests de bout en bout : aucun Chromium trouvé.\n' +
        'Installez Chromium (Debian : `apt-get install -y chromium`) ou indiquez son chemin\n' +
        'dans la variable CHROMIUM_PATH, ou laissez `npx playwright install chromium` le télécharger.',
    );
    process.exit(1);
  }
}

const result = spawnSync(npx, ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
