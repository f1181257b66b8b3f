/**
 * Long tables painted straight onto their pages instead of being laid out by pdfmake.
 *
 * pdfmake resolves styles, builds inlines and measures every cell one by one: for the review
 * report's 2,000-row detail it spends about a second, longer than LibreOffice takes to convert
 * the same table. A plain table of text needs far less: wrap each cell's words, stack the rows,
 * start a new page with the header repeated when the next row does not fit. That layout is
 * here, pure (the text measure is injected, so it is tested without fonts); `pdf-render.ts`
 * paints it with pdfkit — pdfmake's own engine — onto blank pages pdfmake reserved for it, so
 * the page frame, fonts and page numbers stay pdfmake's.
 *
 * The look is pdfmake's `lightHorizontalLines` with the report's styles: a grey header with a
 * black rule under it, hairline grey rules between rows, 8 pt between columns.
 */

export type FontWeight = 'normal' | 'bold';

/** Widths and line heights of text in the document's font (pdfkit's, in the app). */
export interface TextMeasure {
  width(text: string, weight: FontWeight, size: number): number;
  /** The font's natural line height at `size` (ascender − descender), before `LINE_HEIGHT`. */
  lineHeight(weight: FontWeight, size: number): number;
}

export interface PaintedTableSpec {
  /** Printed above the table on its first page, like a section heading. */
  heading: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Content width of each column in points; `'*'` columns share what is left. */
  widths: readonly (number | '*')[];
  orientation: 'portrait' | 'landscape';
  /** Left, top, right, bottom, in points: the same margins as the rest of the document. */
  margins: readonly [number, number, number, number];
}

/** The sizes used by every painted table: those of the documents' `heading`, `tableHeader` and `small` styles. */
export const PAINTED_TABLE_STYLE = {
  headingSize: 11.5,
  /** The `heading` style's margins (pdfmake keeps the top one at the top of a page too). */
  headingGapBefore: 12,
  headingGapAfter: 5,
  headerSize: 9.5,
  bodySize: 8.5,
  /** The documents' `lineHeight` (defaultStyle). */
  lineHeightFactor: 1.2,
  paddingX: 8,
  paddingY: 2,
  headerFill: '#e6e6e6',
  headerRuleWidth: 2,
  headerRuleColor: '#000000',
  rowRuleWidth: 1,
  rowRuleColor: '#aaaaaa',
} as const;

export const A4 = { width: 595.28, height: 841.89 } as const;

export interface PaintedColumn {
  /** Left edge of the cell's text. */
  x: number;
  width: number;
}

export interface PaintedRow {
  /** Top of the row (its top padding included). */
  y: number;
  height: number;
  /** The wrapped lines of each cell. */
  cells: string[][];
}

export interface PaintedPage {
  /** Only on the first page: where the heading's line starts. */
  headingY?: number;
  headerY: number;
  rows: PaintedRow[];
  /** Where the last row ends (the table's bottom on this page). */
  bottom: number;
}

export interface PaintedTableLayout {
  spec: PaintedTableSpec;
  page: { width: number; height: number };
  /** Left and right edges of the rules. */
  left: number;
  right: number;
  columns: PaintedColumn[];
  header: { cells: string[][]; height: number };
  lineHeight: { heading: number; header: number; body: number };
  pages: PaintedPage[];
}

/**
 * Greedy word wrap of `text` into lines no wider than `maxWidth`. A word wider than the column
 * is cut between characters; explicit line breaks are kept; an empty cell has no line.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0);
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line && lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= maxWidth) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // A word wider than the column (a long e-mail, a code): cut it where it overflows.
      let rest = word;
      while (measure(rest) > maxWidth && rest.length > 1) {
        let cut = 1;
        while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= maxWidth) cut++;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      lineWidth = measure(rest);
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Column edges: fixed widths first, `'*'` columns share the rest, `paddingX` on each inner side. */
export function layoutColumns(
  widths: readonly (number | '*')[],
  left: number,
  available: number,
): PaintedColumn[] {
  const pad = PAINTED_TABLE_STYLE.paddingX;
  const paddings = pad * 2 * Math.max(0, widths.length - 1);
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = widths.filter((w) => w === '*').length;
  const starWidth = stars ? Math.max(0, (available - fixed - paddings) / stars) : 0;
  const columns: PaintedColumn[] = [];
  let x = left;
  widths.forEach((w, i) => {
    const width = w === '*' ? starWidth : w;
    columns.push({ x, width });
    x += width + (i < widths.length - 1 ? pad * 2 : 0);
  });
  return columns;
}

/** Cuts a row taller than a whole page to what fits, its last kept line ending with « … ». */
function clampLines(cells: string[][], maxLines: number): string[][] {
  return cells.map((lines) =>
    lines.length <= maxLines
      ? lines
      : [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]!} …`],
  );
}

/** Wraps every cell and cuts the table into pages, the header repeated at the top of each. */
export function layoutPaintedTable(
  spec: PaintedTableSpec,
  measure: TextMeasure,
): PaintedTableLayout {
  const st = PAINTED_TABLE_STYLE;
  if (spec.header.length !== spec.widths.length)
    throw new Error('Painted table: one width per header cell.');
  const page =
    spec.orientation === 'landscape' ? { width: A4.height, height: A4.width } : { ...A4 };
  const [marginLeft, marginTop, marginRight, marginBottom] = spec.margins;
  const left = marginLeft;
  const right = page.width - marginRight;
  const bottom = page.height - marginBottom;
  const columns = layoutColumns(spec.widths, left, right - left);
  const lineHeight = {
    heading: measure.lineHeight('bold', st.headingSize) * st.lineHeightFactor,
    header: measure.lineHeight('bold', st.headerSize) * st.lineHeightFactor,
    body: measure.lineHeight('normal', st.bodySize) * st.lineHeightFactor,
  };
  // Most cells repeat (functions, services, profiles, decisions, dates): wrap each once.
  const wrapped = columns.map(() => new Map<string, string[]>());
  const wrapRow = (cells: readonly string[], weight: FontWeight, size: number) =>
    columns.map((c, i) => {
      const text = cells[i] ?? '';
      const key = `${weight}${size}\u0000${text}`;
      let lines = wrapped[i]!.get(key);
      if (!lines)
        wrapped[i]!.set(
          key,
          (lines = wrapText(text, c.width, (s) => measure.width(s, weight, size))),
        );
      return lines;
    });
  const rowHeight = (cells: string[][], lh: number) =>
    Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * st.paddingY;

  const headerCells = wrapRow(spec.header, 'bold', st.headerSize);
  const header = { cells: headerCells, height: rowHeight(headerCells, lineHeight.header) };
  const headingHeight = st.headingGapBefore + lineHeight.heading + st.headingGapAfter;
  // The most lines a row may have: what fits under the header on a page of its own.
  const maxLines = Math.max(
    1,
    Math.floor(
      (bottom - marginTop - headingHeight - header.height - 2 * st.paddingY) / lineHeight.body,
    ),
  );

  const pages: PaintedPage[] = [];
  let current: PaintedPage = {
    headingY: marginTop + st.headingGapBefore,
    headerY: marginTop + headingHeight,
    rows: [],
    bottom: 0,
  };
  let y = current.headerY + header.height;
  for (const row of spec.rows) {
    let cells = wrapRow(row, 'normal', st.bodySize);
    if (cells.some((l) => l.length > maxLines)) cells = clampLines(cells, maxLines);
    const height = rowHeight(cells, lineHeight.body);
    if (y + height > bottom && current.rows.length > 0) {
      current.bottom = y;
      pages.push(current);
      current = { headerY: marginTop, rows: [], bottom: 0 };
      y = marginTop + header.height;
    }
    current.rows.push({ y, height, cells });
    y += height;
  }
  current.bottom = y;
  pages.push(current);
  return { spec, page, left, right, columns, header, lineHeight, pages };
}
