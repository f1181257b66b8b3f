// `npm run import:score [-- --verbose <doc>] [-- --only pdf]`: the importer's score over the
// generalisation corpus (test/import-corpus/cli.ts, options there). The TypeScript entry is
// bundled with esbuild next to it (packages stay external, resolved from node_modules).
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
// next to its sources, so that the paths it computes from import.meta.url stay right
const outfile = join(root, 'test', 'import-corpus', 'cli.bundle.mjs');
await build({
  entryPoints: [join(root, 'test/import-corpus/cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  absWorkingDir: root,
});
await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
