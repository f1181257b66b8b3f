/**
 * The documents worker's pdfmake, as the app bundles it: the browser build with its Brotli
 * dictionary built lazily (scripts/pdfmake-lazy-brotli.mjs), fonts given as bytes
 * (renderer/documents/fonts.ts). Evaluated here in Node and read back with pdfjs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { fontVfs } from '../../../renderer/documents/fonts';
import { pdfmakeLazyBrotli } from '../../../scripts/pdfmake-lazy-brotli.mjs';
import { FONT_FILES, fontDictionary } from '../../../shared/documents/fonts';

const require = createRequire(import.meta.url);
const BUILD = require.resolve('pdfmake/build/pdfmake.js');
const FONT_DIR = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));

function transform(code: string, id: string): string | null {
  const plugin = pdfmakeLazyBrotli();
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id)?.code ?? null;
}

interface BrowserPdfMake {
  addVirtualFileSystem(vfs: unknown): void;
  setFonts(fonts: unknown): void;
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

describe('pdfmake browser build, as bundled for the documents worker', () => {
  const original = readFileSync(BUILD, 'utf8');
  const code = transform(original, BUILD);

  it('builds the Brotli dictionary on first use, not when the bundle is evaluated', () => {
    expect(original).toContain('\nBrotliDictionary.init();\n');
    expect(code).not.toBeNull();
    expect(code).not.toContain('\nBrotliDictionary.init();\n');
    expect(code).toContain('if (!dictionaryStarted) { dictionaryStarted = true;');
    expect(transform(original, '/app/renderer/other.js')).toBeNull();
    expect(() => transform('module.exports = {};', BUILD)).toThrow(/update the plugin/);
  });

  it('still makes a PDF from fonts given as bytes, read back with pdfjs', async () => {
    const module = { exports: {} as BrowserPdfMake };
    // The UMD bundle, evaluated as a CommonJS module (pdfmake only reads navigator.userAgent).
    const factory = runInThisContext(
      `(function (module, exports, self, navigator) {\n${code!}\n})`,
    ) as (module: unknown, exports: unknown, self: unknown, navigator: unknown) => void;
    factory(module, module.exports, globalThis, { userAgent: 'node' });
    const pdfMake = module.exports;
    pdfMake.addVirtualFileSystem(
      fontVfs(FONT_FILES.map((f) => [f, new Uint8Array(readFileSync(path.join(FONT_DIR, f)))])),
    );
    pdfMake.setFonts(fontDictionary());
    const text = 'Préparation « é » ☒ 12 € — Élodie';
    const bytes = await pdfMake
      .createPdf({
        content: [text, { text: 'Gras', bold: true }],
        defaultStyle: { font: 'DejaVuSans' },
      })
      .getBuffer();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
    }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    const strings = content.items.flatMap((it) => ('str' in it && it.str.trim() ? [it.str] : []));
    await doc.destroy();
    expect(strings).toEqual([text, 'Gras']);
  }, 60_000);
});
