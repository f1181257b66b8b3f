/**
 * Writes many single-line texts of one font and size onto the current pdfkit page.
 *
 * pdfkit's `text()` wraps every fragment in its own save / transform / BT … ET / restore and
 * appends each operator as a separate buffer: for a 2,000-row table that is 18,000 fragments,
 * about 1.5 MB of operators to build and then deflate, most of the time the report takes. A
 * table's texts share font, size and colour, so they go in one text object per page, written in
 * one piece — the same glyphs, kerning and positions as `text()` would give (a test compares
 * both). It uses the pieces `text()` itself uses (`font.encode`, the page's font resources,
 * `addContent`); where a pdfkit lacks one of them, or a text needs glyph offsets (combining
 * marks), that text goes through `text()` instead.
 */

/** A glyph position from pdfkit's `font.encode` (font units). */
export interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** The part of a pdfkit font used here. */
export interface PdfKitTextFont {
  widthOfString(text: string, size: number): number;
  lineHeight(size: number, includeGap?: boolean): number;
  ascender: number;
  id?: string;
  ref?: () => unknown;
  encode?: (text: string) => [string[], GlyphPosition[]];
}

/** The part of a pdfkit document used here. */
export interface PdfKitTextDocument {
  page: { width: number; height: number; fonts?: Record<string, unknown> };
  _font: PdfKitTextFont;
  fontSize(size: number): unknown;
  text(text: string, x: number, y: number, options: { lineBreak: false }): unknown;
  addContent?(data: string): unknown;
}

/** A text whose top-left corner is at (`x`, `top`), in pdfkit's top-down coordinates. */
export interface TextRun {
  text: string;
  x: number;
  top: number;
}

/** pdfkit's number format in content streams (PDFObject.number). */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/** Draws `runs` in `font` at `size`, in the current fill colour. `batch: false` forces `text()`. */
export function writeTextRuns(
  doc: PdfKitTextDocument,
  font: PdfKitTextFont,
  size: number,
  runs: readonly TextRun[],
  batch = true,
): void {
  const one = (run: TextRun) => {
    doc._font = font;
    doc.fontSize(size);
    doc.text(run.text, run.x, run.top, { lineBreak: false });
  };
  const { encode, ref, id } = font;
  const fonts = doc.page.fonts;
  if (!batch || !encode || !ref || !id || !fonts || !doc.addContent) {
    runs.forEach(one);
    return;
  }
  const height = doc.page.height;
  const dy = (font.ascender / 1000) * size;
  const deferred: TextRun[] = [];
  let out = `q\n1 0 0 -1 0 ${num(height)} cm\nBT\n/${id} ${num(size)} Tf\n`;
  let written = 0;
  for (const run of runs) {
    if (!run.text) continue;
    const [glyphs, positions] = encode.call(font, run.text);
    if (positions.some((p) => p.xOffset || p.yOffset)) {
      deferred.push(run);
      continue;
    }
    // The same TJ segments as pdfkit's `_fragment`: a break wherever kerning moves a glyph.
    const parts: string[] = [];
    let last = 0;
    positions.forEach((p, i) => {
      const kern = p.xAdvance - p.advanceWidth;
      if (kern !== 0 || i === positions.length - 1) {
        parts.push(`<${glyphs.slice(last, i + 1).join('')}> ${num(-kern)}`);
        last = i + 1;
      }
    });
    out += `1 0 0 1 ${num(run.x)} ${num(height - run.top - dy)} Tm\n[${parts.join(' ')}] TJ\n`;
    written++;
  }
  if (written) {
    fonts[id] ??= ref.call(font);
    doc.addContent(`${out}ET\nQ`);
  }
  deferred.forEach(one);
}
