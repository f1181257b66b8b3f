// Serves the built renderer on 127.0.0.1: the whole app in a browser, data in its IndexedDB.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > -1 ? process.argv[portArg + 1] : (process.env.PORT ?? 4173));

// WEB_DIST_DIR lets parallel test runs serve their own build.
const outDir = process.env.WEB_DIST_DIR ?? 'dist/renderer';

if (!existsSync(`${outDir}/index.html`)) {
  console.error(
    "L'application n'est pas construite : lancez `npm run web` (ou `npm run build:renderer`).",
  );
  process.exit(1);
}

const server = await preview({
  build: { outDir: resolve(outDir) },
  preview: { host: '127.0.0.1', port, strictPort: portArg > -1 },
});
const address = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nConvention MCP est disponible sur ${address}`);
console.log('Ouvrez cette adresse dans votre navigateur. Ctrl+C pour arrêter.\n');
