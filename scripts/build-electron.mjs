// Bundles the main process and the preload into dist-electron/ (CommonJS, 'electron' external).
// The preload must be ONE file: a sandboxed preload can only require('electron').
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-electron');

const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
};

await rm(outdir, { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: join(outdir, 'main.cjs'),
    platform: 'node',
    target: 'node20',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(outdir, 'preload.cjs'),
    // Sandboxed preloads run in a renderer: browser APIs, no Node built-ins.
    platform: 'browser',
    target: 'chrome140',
  }),
]);
