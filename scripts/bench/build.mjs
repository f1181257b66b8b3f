// The builds the bench needs: the app (with its manifest), the bench-only page next to it, and
// the Node half (test/bench/node-tasks.ts) bundled by esbuild and loaded.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pdfmakeLazyBrotli } from '../pdfmake-lazy-brotli.mjs';
import { pdfmakeSharedFonts } from '../pdfmake-shared-fonts.mjs';
import { APP_DIST, DIST, flag, HARNESS_DIR } from './options.mjs';
import { log } from './stats.mjs';

/** Builds what is missing and returns the Node tasks module. */
export async function buildBench(root) {
  const { build } = await import('vite');
  if (APP_DIST) {
    if (!existsSync(path.join(APP_DIST, '.vite', 'manifest.json'))) {
      console.error(
        `[bench] ${APP_DIST} n’a pas de manifeste : construisez avec \`vite build --manifest\`.`,
      );
      process.exit(1);
    }
    log(`application déjà construite : ${APP_DIST}`);
    rmSync(DIST, { recursive: true, force: true });
    cpSync(APP_DIST, DIST, { recursive: true });
  }
  const buildApp = !APP_DIST && (!flag('--no-build') || !existsSync(path.join(DIST, 'index.html')));
  if (buildApp) {
    log('construction de l’application…');
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir: path.join(root, DIST),
        emptyOutDir: true,
        manifest: true,
        chunkSizeWarningLimit: 5000,
        rolldownOptions: { checks: { pluginTimings: false } },
      },
    });
  }
  if (APP_DIST || buildApp) {
    log('construction de la page de mesure…');
    await build({
      configFile: false,
      root: path.join(root, 'test/bench/harness'),
      base: './',
      logLevel: 'warn',
      plugins: [pdfmakeLazyBrotli(), pdfmakeSharedFonts()],
      // As vite.config.ts: the documents worker as an ES module, its chunks loaded on demand.
      worker: { format: 'es', plugins: () => [pdfmakeLazyBrotli(), pdfmakeSharedFonts()] },
      define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify('bench') },
      build: {
        outDir: path.join(root, HARNESS_DIR),
        emptyOutDir: true,
        target: 'chrome120',
        chunkSizeWarningLimit: 5000,
        rolldownOptions: { checks: { pluginTimings: false } },
      },
    });
  }
  const esbuild = await import('esbuild');
  const cacheDir = path.join(root, 'node_modules', '.cache', 'convention-bench');
  mkdirSync(cacheDir, { recursive: true });
  const tasksFile = path.join(cacheDir, 'node-tasks.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'test/bench/node-tasks.ts')],
    outfile: tasksFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const tasks = await import(`${pathToFileURL(tasksFile).href}?t=${Date.now()}`);
  return tasks;
}
