// `npm run roster:score -- --dir <folder> [--verbose <doc>]`: the roster import's score on
// spreadsheets with a truth (test/roster-corpus/cli.ts). The TypeScript entry is
// bundled with esbuild next to it (packages stay external, resolved from node_modules).
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
// next to its sources, so that the paths it computes from import.meta.url stay right
const outfile = join(root, 'test', 'roster-corpus', 'cli.bundle.mjs');
await build({
  entryPoints: [join(root, 'test/roster-corpus/cli.ts')],
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
