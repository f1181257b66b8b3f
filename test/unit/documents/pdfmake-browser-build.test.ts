/**
 * The documents worker's pdfmake, as the app bundles it: the browser build with its Brotli
 * dictionary built lazily (scripts/pdfmake-lazy-brotli.mjs), fonts given as bytes
 * (renderer/documents/fonts.ts), each font file parsed once and shared by the documents
 * (scripts/pdfmake-shared-fonts.mjs). Evaluated here in Node and read back with pdfjs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { fontVfs } from '../../../renderer/documents/fonts';
import { WARM_UP_DOCUMENTS } from '../../../renderer/documents/render';
import { pdfmakeLazyBrotli } from '../../../scripts/pdfmake-lazy-brotli.mjs';
import { pdfmakeSharedFonts } from '../../../scripts/pdfmake-shared-fonts.mjs';
import { FONT_FILES, fontDictionary } from '../../../shared/documents/fonts';
import {
  measurePaintedTable,
  renderPdf,
  type PdfEngine,
} from '../../../shared/documents/pdf-render';
import { buildDocumentSource } from '../../../shared/documents/registry';

const require = createRequire(import.meta.url);
const BUILD = require.resolve('pdfmake/build/pdfmake.js');
const FONT_DIR = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));

type Transform = (code: string, id: string) => { code: string } | null;

function transform(code: string, id: string, plugin = pdfmakeLazyBrotli()): string | null {
  return (plugin.transform as Transform).call({}, code, id)?.code ?? null;
}

/** The UMD bundle, evaluated as a CommonJS module (pdfmake only reads navigator.userAgent). */
function evaluate(code: string): BrowserPdfMake {
  const module = { exports: {} as BrowserPdfMake };
  const factory = runInThisContext(
    `(function (module, exports, self, navigator) {\n${code}\n})`,
  ) as (module: unknown, exports: unknown, self: unknown, navigator: unknown) => void;
  factory(module, module.exports, globalThis, { userAgent: 'node' });
  const pdfMake = module.exports;
  pdfMake.addVirtualFileSystem(
    fontVfs(FONT_FILES.map((f) => [f, new Uint8Array(readFileSync(path.join(FONT_DIR, f)))])),
  );
  pdfMake.setFonts(fontDictionary());
  return pdfMake;
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
    const pdfMake = evaluate(code!);
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

  it('decodes each font’s tables once for every document, and still makes the same bytes', async () => {
    const shared = transform(code!, BUILD, pdfmakeSharedFonts());
    expect(shared).toContain('font = fontWithSharedTables(src, family);');
    expect(transform(original, '/app/renderer/other.js', pdfmakeSharedFonts())).toBeNull();
    expect(() => transform('module.exports = {};', BUILD, pdfmakeSharedFonts())).toThrow(
      /update the plugin/,
    );
    const before = evaluate(code!) as unknown as PdfEngine;
    const after = evaluate(shared!) as unknown as PdfEngine;
    // Each document twice: the second one (and the report after the form) on tables decoded
    // for an earlier document, byte for byte the document of an engine that decodes them again.
    const documents = [...WARM_UP_DOCUMENTS, ...WARM_UP_DOCUMENTS];
    for (const [kind, snapshot] of documents) {
      const source = buildDocumentSource(kind, 'pdf', snapshot);
      if (source.format !== 'pdf') throw new Error('pdf expected');
      const expected = await renderPdf(before, source.content);
      expect(Buffer.from(await renderPdf(after, source.content)).equals(expected)).toBe(true);
    }
  }, 120_000);

  it('a report whose table was laid out ahead (words shaped) has the same bytes', async () => {
    const engine = () =>
      evaluate(transform(code!, BUILD, pdfmakeSharedFonts())!) as unknown as PdfEngine;
    const [, report] = WARM_UP_DOCUMENTS[1];
    const rows = Array.from({ length: 40 }, (_, i) => ({
      ...report.rows[i % 2]!,
      name: `Agent ${i} « Préparé » d’avance`,
      reason: `Motif ${i}, mis en forme avant l’export`,
    }));
    const source = buildDocumentSource('rapport-revue', 'pdf', { ...report, rows });
    if (source.format !== 'pdf') throw new Error('pdf expected');
    const plain = await renderPdf(engine(), source.content);
    const ahead = engine();
    await measurePaintedTable(ahead, source.content);
    expect(Buffer.from(await renderPdf(ahead, source.content)).equals(plain)).toBe(true);
  }, 120_000);
});
