/**
 * The PDF path: a PDF made from the Lieusaint text (pdfmake, DejaVu Sans; tab-separated
 * rows laid out as columns) read back with pdfjs gives the same extraction as the text; a
 * PDF without a text layer is refused with the « pas de texte » message.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { extractConvention, type ConventionExtraction } from '../../../shared/import';
import { NO_TEXT_MESSAGE, PdfWithoutTextError, readPdfText } from '../../../renderer/features/import/pdf-reader';

const require = createRequire(import.meta.url);
const FONT_DIR = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

interface PdfMakeNode {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

async function renderPdf(def: TDocumentDefinitions): Promise<Uint8Array> {
  const pdfmake = require('pdfmake') as PdfMakeNode;
  const file = `${FONT_DIR}DejaVuSans.ttf`;
  pdfmake.setFonts({ DejaVu: { normal: file, bold: file, italics: file, bolditalics: file } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => p.startsWith(FONT_DIR));
  return new Uint8Array(await pdfmake.createPdf(def).getBuffer());
}

/** One PDF line per text line; a row with tabs becomes columns (as a Word table prints). */
function textToPdf(text: string): TDocumentDefinitions {
  const content: Content[] = text.split(/\r\n|\r|\n/).map((line): Content => {
    if (!line.includes('\t')) return { text: line === '' ? ' ' : line };
    return { columns: line.split('\t').map((cell) => ({ text: cell === '' ? ' ' : cell, width: 'auto' as const })), columnGap: 60 };
  });
  return {
    pageSize: { width: 5000, height: 3000 },
    pageMargins: 20,
    defaultStyle: { font: 'DejaVu', fontSize: 8 },
    content,
  };
}

const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

/** Values, sources texts, confidences, conflicts and flags; not the line numbers (blank lines differ). */
function comparable(x: ConventionExtraction): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'lines' && k !== 'sourceLine').map(([k, val]) => [k, strip(val)]));
    }
    return v;
  };
  return strip(x);
}

describe('PDF import', () => {
  it('extracts the same values from the Lieusaint PDF as from its text', async () => {
    const text = readFileSync(new URL('../../fixtures/samples/lieusaint-2023.txt', import.meta.url), 'utf8');
    const bytes = await renderPdf(textToPdf(text));
    const fromPdf = await readPdfText(await pdfjs(), bytes);
    const a = extractConvention(fromPdf);
    const b = extractConvention(text);
    expect(a.bulletins[0]?.value.quotas[0]?.value).toEqual({ profileCode: 'T13', max: 4 });
    expect(comparable(a)).toEqual(comparable(b));
  }, 60_000);

  it('refuses a PDF without a text layer (a scan) with « ce PDF ne contient pas de texte »', async () => {
    const bytes = await renderPdf({
      pageSize: 'A4',
      defaultStyle: { font: 'DejaVu' },
      content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 400, h: 600, color: '#dddddd' }] }],
    });
    const read = readPdfText(await pdfjs(), bytes);
    await expect(read).rejects.toBeInstanceOf(PdfWithoutTextError);
    await expect(readPdfText(await pdfjs(), bytes)).rejects.toThrow(NO_TEXT_MESSAGE);
    // The committed scan used by the end-to-end test is refused the same way.
    const committed = new Uint8Array(readFileSync(`${FIXTURES}scan-sans-texte.pdf`));
    await expect(readPdfText(await pdfjs(), committed)).rejects.toBeInstanceOf(PdfWithoutTextError);
    expect(NO_TEXT_MESSAGE).toMatch(/^Ce PDF ne contient pas de texte \(document scanné \?\)/);
  });
});
