import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { pdfmakeLazyBrotli } from './scripts/pdfmake-lazy-brotli.mjs';
import { pdfmakeSharedFonts } from './scripts/pdfmake-shared-fonts.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
process.env.VITE_APP_VERSION = pkg.version;

const rootDir = fileURLToPath(new URL('./renderer', import.meta.url));

// The renderer is served from `app://convention/` in Electron and from 127.0.0.1 in the
// browser: relative asset paths work for both.
export default defineConfig({
  root: rootDir,
  base: './',
  plugins: [react(), pdfmakeLazyBrotli(), pdfmakeSharedFonts()],
  // The documents worker is bundled apart: its own plugins. An ES module worker, so that what
  // only some documents need (Word's library) is a chunk loaded on demand, not code every PDF
  // request waits for (an `iife` worker inlines dynamic imports).
  worker: { format: 'es', plugins: () => [pdfmakeLazyBrotli(), pdfmakeSharedFonts()] },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
