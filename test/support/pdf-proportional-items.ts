/**
 * PDF text items in a proportional font (narrow and wide letters, like Arial), placed one by
 * one on A4 pages, and the lines the PDF line rebuilder makes of them: for the PDF shape tests.
 */
import { layoutPdfPages } from '../../shared/import/pdf-layout';
import type { PdfPageInput, PdfTextItem } from '../../shared/import/pdf-geometry';

export const SIZE = 10;
/** A proportional font: narrow and wide letters (per 1000 em), like Arial. */
const ADVANCE: Record<string, number> = {
  ' ': 278,
  i: 222,
  l: 222,
  f: 278,
  t: 278,
  r: 333,
  '.': 278,
  '@': 1015,
  m: 833,
  w: 722,
};
const advance = (c: string) => ADVANCE[c] ?? (/[A-ZÉ]/.test(c) ? 700 : /\d/.test(c) ? 556 : 540);
export const measure = (s: string) => [...s].reduce((w, c) => w + (advance(c) * SIZE) / 1000, 0);

export const item = (str: string, x: number, y: number): PdfTextItem => ({
  str,
  transform: [SIZE, 0, 0, SIZE, x, y],
  width: measure(str),
  height: SIZE,
  fontName: 'f1',
});
export const page = (items: PdfTextItem[], height = 842): PdfPageInput => ({
  items,
  width: 595,
  height,
});
export const texts = (pages: PdfPageInput[]) =>
  layoutPdfPages(pages)
    .map((l) => l.text)
    .filter(Boolean);
