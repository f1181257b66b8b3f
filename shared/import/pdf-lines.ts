/**
 * Rebuilds lines of text from the positioned items a PDF text layer gives (pdfjs
 * `getTextContent()`): items are grouped by their baseline (y), sorted left to right, and
 * joined with a space — or a tab when the gap is wide (a table column).
 */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e = x, f = y of the baseline. */
  transform: number[];
  width: number;
  height: number;
}

export function pageItemsToLines(items: readonly PdfTextItem[]): string[] {
  const rows: { y: number; height: number; items: PdfTextItem[] }[] = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const y = item.transform[5] ?? 0;
    const h = Math.abs(item.height || item.transform[3] || 10);
    const row = rows.find((r) => Math.abs(r.y - y) <= Math.max(2, Math.min(r.height, h) * 0.4));
    if (row) row.items.push(item);
    else rows.push({ y, height: h, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((row) => {
    const sorted = row.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
    let line = '';
    let end: number | undefined;
    for (const item of sorted) {
      // pdfjs adds whitespace items in gaps: the gap itself decides between space and tab
      if (item.str.trim() === '') continue;
      const x = item.transform[4] ?? 0;
      if (end !== undefined) {
        const gap = x - end;
        const fontSize = Math.abs(item.transform[0] || row.height || 10);
        if (gap > fontSize * 1.5) line += '\t';
        else if (gap > fontSize * 0.15 && !line.endsWith(' ') && !item.str.startsWith(' ')) line += ' ';
      }
      line += item.str;
      end = x + item.width;
    }
    return line.trimEnd();
  });
}

/** Whether extracted pages hold any real text (a scan without OCR holds none). */
export const hasText = (pages: readonly string[][]) => pages.some((lines) => lines.some((l) => /\p{L}{2}/u.test(l)));
