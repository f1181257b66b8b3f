/**
 * The first step of rebuilding a PDF's text: pdf.js text items become visual lines (items
 * sharing a baseline), each made of fragments (runs of items that touch). Running headers,
 * footers and page numbers repeated on the pages are dropped here, before any joining.
 */

/** One pdf.js text item (`getTextContent().items`). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e = x, f = y of the baseline (PDF units, y upwards). */
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
  hasEOL?: boolean;
}

export interface PdfPageInput {
  items: readonly PdfTextItem[];
  /** Page size in PDF units (viewport at scale 1); guessed from the items when absent. */
  width?: number;
  height?: number;
}

/** Items of one line that touch each other (a word gap at most). */
export interface Fragment {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  font: string;
  /** Order of its first item in the page's content stream (cell-by-cell in most tables). */
  order: number;
  lastOrder: number;
  /** Average width of one character, to estimate whether a word would have fit. */
  charWidth: number;
  /** Gap to the previous fragment of the line (Infinity for the first). */
  gapBefore: number;
}

export interface VisualLine {
  page: number;
  y: number;
  size: number;
  fragments: Fragment[];
  x: number;
  end: number;
  /** Set on the lines of a page read in two columns: which column, and where its text ends. */
  column?: { index: number; right: number };
  /** A justified line ended by a manual line break, its few words stretched to the margin. */
  stretched?: boolean;
}

/** Characters that would split a line of the text the importer reads. */
// eslint-disable-next-line no-control-regex -- NUL and form feed are exactly what must go
const LINE_BREAKERS = /[\r\n\f\v\u2028\u2029\u0000]/g;

interface Glyphs {
  str: string;
  x: number;
  end: number;
  y: number;
  size: number;
  font: string;
  order: number;
}

/** Horizontal items only; rotated text (a stamp in the margin) is read on its own. */
function toGlyphs(items: readonly PdfTextItem[]): { flat: Glyphs[]; rotated: Glyphs[] } {
  const flat: Glyphs[] = [];
  const rotated: Glyphs[] = [];
  // order counts the items that hold text, so that two lines of one table cell are adjacent
  let order = 0;
  for (const item of items) {
    const str = item.str.replace(LINE_BREAKERS, ' ');
    if (!str.trim()) continue;
    order++;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const size = Math.abs(Math.hypot(c, d)) || Math.abs(item.height) || 10;
    const g = {
      str,
      x: e,
      end: e + Math.max(0, item.width),
      y: f,
      size,
      font: item.fontName ?? '',
      order,
    };
    if (Math.abs(b) > Math.abs(a) * 0.2 || Math.abs(c) > Math.abs(d) * 0.2) rotated.push(g);
    else flat.push(g);
  }
  return { flat, rotated };
}

/** The character width when both pieces are in a monospaced font (0.6 em a character), else 0. */
function monospaceWidth(
  a: { text: string; x: number; end: number; size: number },
  b: Glyphs,
): number {
  const width = (t: string, w: number) => (t.length >= 3 ? w / t.length : NaN);
  const wa = width(a.text, a.end - a.x);
  const wb = width(b.str, b.end - b.x);
  const mono = (w: number, size: number) => Math.abs(w - size * 0.6) <= size * 0.02;
  return mono(wa, a.size) && (Number.isNaN(wb) || mono(wb, b.size)) ? wa : 0;
}

function fragmentsOf(glyphs: Glyphs[]): Fragment[] {
  const sorted = [...glyphs].sort((p, q) => p.x - q.x);
  const out: Fragment[] = [];
  for (const g of sorted) {
    const prev = out[out.length - 1];
    const gap = prev ? g.x - prev.end : Infinity;
    // a word gap is about 0.25-0.35 em (one character in a monospaced font); table cells are
    // at least a cell padding apart
    // an item drawn apart in the content stream (another table cell's text, drawn after the
    // cell's next line) starts its own fragment unless it touches the previous one
    const drawnApart =
      prev !== undefined &&
      g.order !== prev.lastOrder + 1 &&
      gap > Math.min(prev.size, g.size) * 0.12;
    if (
      prev &&
      !drawnApart &&
      gap <= Math.max(Math.min(prev.size, g.size) * 0.42, monospaceWidth(prev, g) * 1.05)
    ) {
      const glue =
        gap > Math.min(prev.size, g.size) * 0.12 &&
        !prev.text.endsWith(' ') &&
        !g.str.startsWith(' ')
          ? ' '
          : '';
      prev.text += glue + g.str;
      prev.end = Math.max(prev.end, g.end);
      prev.order = Math.min(prev.order, g.order);
      prev.lastOrder = Math.max(prev.lastOrder, g.order);
      continue;
    }
    out.push({
      text: g.str,
      x: g.x,
      end: g.end,
      y: g.y,
      size: g.size,
      font: g.font,
      order: g.order,
      lastOrder: g.order,
      charWidth: 0,
      gapBefore: gap,
    });
  }
  for (const f of out) {
    f.text = f.text.replace(/\s+/g, ' ').trim();
    // spaces are narrow (about 0.28 em): the width of a word is its letters'
    const spaces = (f.text.match(/ /g) ?? []).length;
    const letters = f.text.length - spaces;
    f.charWidth =
      letters > 0 ? Math.max(0, f.end - f.x - spaces * f.size * 0.28) / letters : f.size * 0.5;
  }
  return out.filter((f) => f.text);
}

/** Groups glyphs by baseline: same line when the baselines differ by less than ~0.4 em. */
function groupLines(glyphs: Glyphs[], page: number): VisualLine[] {
  const rows: { y: number; size: number; glyphs: Glyphs[] }[] = [];
  for (const g of [...glyphs].sort((p, q) => q.y - p.y)) {
    const row = rows.find(
      (r) => Math.abs(r.y - g.y) <= Math.max(1.5, Math.min(r.size, g.size) * 0.4),
    );
    if (row) row.glyphs.push(g);
    else rows.push({ y: g.y, size: g.size, glyphs: [g] });
  }
  return rows
    .map((r) => {
      const fragments = fragmentsOf(r.glyphs);
      const sizes = fragments.map((f) => f.size).sort((p, q) => p - q);
      return {
        page,
        y: r.y,
        size: sizes[Math.floor(sizes.length / 2)] ?? r.size,
        fragments,
        x: fragments[0]?.x ?? 0,
        end: Math.max(...fragments.map((f) => f.end)),
      };
    })
    .filter((l) => l.fragments.length > 0)
    .sort((p, q) => q.y - p.y);
}

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: VisualLine[];
  /** Rotated text (margin stamps), as plain lines after the page's text. */
  rotated: string[];
  /** Running headers and footers dropped from the page (page numbers alone left out). */
  running?: string[];
}

export function pageLines(input: PdfPageInput, page: number): PageLines {
  const { flat, rotated } = toGlyphs(input.items);
  const lines = groupLines(flat, page);
  const width = input.width ?? Math.max(595, ...lines.map((l) => l.end + 40));
  const height = input.height ?? Math.max(842, ...lines.map((l) => l.y + 40));
  const rotatedLines = [
    ...new Set(rotated.sort((p, q) => p.order - q.order).map((g) => g.str.trim())),
  ];
  return { page, width, height, lines, rotated: rotatedLines };
}

export const lineText = (l: VisualLine) => l.fragments.map((f) => f.text).join(' ');

const PAGE_NUMBER =
  /^(page|p\.?)?\s*#+\s*((sur|\/|de|of)\s*#+)?$|^[-–—]\s*#+\s*[-–—]$|^#+\s*\/\s*#+$/i;

/** Text of a line with its numbers blurred: « Page 3 sur 12 » and « Page 4 sur 12 » are one key. */
const runningKey = (l: VisualLine) =>
  lineText(l).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Drops running headers and footers: lines in the top or bottom eighth of the page whose text
 * (numbers blurred) comes back on at least half of the pages (two at least), and page numbers
 * alone in those bands.
 */
export function dropRunningLines(pages: PageLines[]): PageLines[] {
  const inBand = (p: PageLines, l: VisualLine) => l.y > p.height * 0.88 || l.y < p.height * 0.12;
  // a running header or footer is printed at the same height on every page: the same text
  // elsewhere (« Fait à …, le … » at the top of one page and in the middle of another) is text
  const seen = new Map<string, { page: number; y: number }[]>();
  for (const p of pages)
    for (const l of p.lines) {
      if (!inBand(p, l)) continue;
      const key = runningKey(l);
      seen.set(key, [...(seen.get(key) ?? []), { page: p.page, y: l.y }]);
    }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (key: string, y: number) =>
    new Set(
      (seen.get(key) ?? [])
        .filter((s) => Math.abs(s.y - y) <= RUNNING_Y_TOLERANCE)
        .map((s) => s.page),
    ).size;
  return pages.map((p) => {
    const running: string[] = [];
    const lines = p.lines.filter((l, i) => {
      if (!inBand(p, l)) return true;
      const key = runningKey(l);
      // a number alone is a page number only as the first or last line of the page
      const edge = i === 0 || i === p.lines.length - 1;
      if (edge && PAGE_NUMBER.test(key)) return false;
      if (repeated(key, l.y) < threshold) return true;
      if (!PAGE_NUMBER.test(key)) running.push(lineText(l));
      return false;
    });
    return { ...p, lines, running };
  });
}

/**
 * The running headers and footers of a document, once each (the first page's wording): kept
 * out of the text's sentences, but a convention number printed only there stays readable.
 */
export function runningHeaders(pages: readonly PageLines[]): { text: string; page: number }[] {
  const seen = new Set<string>();
  const out: { text: string; page: number }[] = [];
  for (const p of pages)
    for (const text of p.running ?? []) {
      const key = text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text, page: p.page });
    }
  return out;
}

/** How far (PDF units) the same running header may move from page to page (a scan's skew). */
const RUNNING_Y_TOLERANCE = 4;
