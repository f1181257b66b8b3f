// Runs a TypeScript command-line entry of test/ (the import and roster scores): bundled with
// esbuild next to its sources, so that the paths it computes from import.meta.url stay right;
// packages stay external, resolved from node_modules. Its arguments are the script's.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function runTsCli(entry) {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const outfile = join(root, dirname(entry), 'cli.bundle.mjs');
  await build({
    entryPoints: [join(root, entry)],
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
}
