/**
 * The lines of one PDF page (see pdf-layout for a whole document, with paragraphs joined
 * across pages and running headers dropped).
 */
import { layoutPdfPages } from './pdf-layout';
import type { PdfTextItem } from './pdf-geometry';

export type { PdfTextItem, PdfPageInput } from './pdf-geometry';
export { layoutPdfPages, pdfText, type PdfLine } from './pdf-layout';

export function pageItemsToLines(
  items: readonly PdfTextItem[],
  size?: { width: number; height: number },
): string[] {
  return layoutPdfPages([{ items, ...size }]).map((l) => l.text);
}

/** Whether extracted pages hold any real text (a scan without OCR holds none). */
export const hasText = (pages: readonly string[][]) =>
  pages.some((lines) => lines.some((l) => /\p{L}{2}/u.test(l)));
