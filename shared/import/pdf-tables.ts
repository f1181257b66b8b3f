/**
 * Tables in a PDF page: columns are found where fragments of several lines start at the same
 * x after a gap (a narrow gap becomes a column boundary only when it lines up with others),
 * and the lines of a table are grouped into rows, so that a wrapped cell stays in its row and
 * column. A row comes out as one line, cells separated by tabs, like a table copied from Word.
 */
import { joinWrapped } from './pdf-join';
import type { Fragment, VisualLine } from './pdf-geometry';

export type PageUnit = { kind: 'prose'; line: VisualLine } | { kind: 'row'; text: string; lines: VisualLine[] };

const TOLERANCE = 2.5;
/** A bullet or an item number printed apart from its text. */
export const LIST_MARKER = /^([•▪◦●■□➢►✓·o*\u2022\uf0b7\uf0a7\uf0d8\uf076–—-]|\(?\d{1,2}[.)°]|\(?[a-z][.)]|[IVX]{1,4}[.)])$/;

/** Lines close enough to be one block (a table's rows, with their padding). */
const sameBlock = (a: VisualLine, b: VisualLine) => a.y - b.y <= Math.max(a.size, b.size) * 3;

function clusterXs(xs: { x: number; line: number; strong: boolean }[]): { x: number; lines: Set<number>; strong: boolean }[] {
  const clusters: { x: number; lines: Set<number>; strong: boolean }[] = [];
  for (const p of [...xs].sort((a, b) => a.x - b.x)) {
    const last = clusters[clusters.length - 1];
    if (last && p.x - last.x <= TOLERANCE) {
      last.lines.add(p.line);
      last.strong ||= p.strong;
    } else clusters.push({ x: p.x, lines: new Set([p.line]), strong: p.strong });
  }
  return clusters;
}

/** The column starts of a block of lines: x positions shared by several lines after a gap. */
function columnsOf(block: VisualLine[]): number[] {
  const splits = block.flatMap((l, i) =>
    l.fragments
      // the text after a bullet or an item number is not a column
      .filter((_f, k) => k > 0 && !(k === 1 && LIST_MARKER.test(l.fragments[0]!.text)))
      .map((f) => ({ x: f.x, line: i, strong: f.gapBefore >= f.size * 1.5 })),
  );
  return clusterXs(splits)
    .filter((c) => c.lines.size >= 2 || c.strong)
    .map((c) => c.x);
}

const atColumn = (x: number, columns: number[]) => columns.some((c) => Math.abs(c - x) <= TOLERANCE);

/** Whether a line belongs to the table: most of its gaps fall on the columns. */
function isTableLine(line: VisualLine, columns: number[], left: number): boolean {
  const splits = line.fragments.slice(1);
  if (splits.length) return splits.filter((f) => atColumn(f.x, columns)).length / splits.length >= 0.6 && splits.some((f) => atColumn(f.x, columns));
  // a lone fragment: the continuation of a cell of a column other than the first
  return line.x > left + TOLERANCE && atColumn(line.x, columns);
}

interface Row {
  cells: Map<number, { lines: string[]; lastEnd: number; order: number; lastOrder: number }>;
  lines: VisualLine[];
}

/** Whether the first word of `next` could not have fit after `end` (so the text wrapped). */
export function wrapped(end: number, next: Fragment, right: number): boolean {
  const word = /^\S+/.exec(next.text)?.[0] ?? '';
  return end + next.size * 0.28 + word.length * next.charWidth > right - 1.5;
}

const columnIndex = (x: number, starts: number[]) => {
  let index = 0;
  starts.forEach((s, i) => {
    if (x >= s - TOLERANCE) index = i;
  });
  return index;
};

function cellsOf(line: VisualLine, starts: number[]): Map<number, Fragment[]> {
  const cells = new Map<number, Fragment[]>();
  for (const f of line.fragments) {
    const c = columnIndex(f.x, starts);
    cells.set(c, [...(cells.get(c) ?? []), f]);
  }
  return cells;
}

/** Builds the rows of a table whose lines are known. */
function tableRows(lines: VisualLine[], columns: number[], pageRight: number): PageUnit[] {
  const left = Math.min(...lines.map((l) => l.x));
  const starts = [left, ...columns.filter((c) => c > left + TOLERANCE)];
  const orderOf = (l: VisualLine) => ({
    min: Math.min(...l.fragments.map((f) => f.order)),
    max: Math.max(...l.fragments.map((f) => f.lastOrder)),
  });
  // Most producers draw a table cell by cell: then a line whose text was drawn before the
  // end of the previous line belongs to the same row. Otherwise geometry decides.
  const tableRight = Math.max(...lines.map((l) => l.end));
  const cellRight = (c: number) => (starts[c + 1] ?? tableRight + 2 * TOLERANCE) - 2 * TOLERANCE;
  const cellwise = lines.some((l, i) => i > 0 && orderOf(l).min < orderOf(lines[i - 1]!).max);
  const rows: Row[] = [];
  for (const line of lines) {
    const cells = cellsOf(line, starts);
    const row = rows[rows.length - 1];
    const prev = row?.lines[row.lines.length - 1];
    let continues = false;
    if (row && prev) {
      const rowMax = Math.max(...[...row.cells.values()].map((c) => c.lastOrder));
      if (cellwise) {
        // drawn before the row's last text, or right after it in the same cell
        // (« 03 20 11 22 35 06 » / « 12 34 56 78 »), when its text could not fit on the line
        // above — otherwise it is the next row's first cell (« Administrateurs » / « Administrateurs »)
        const lastCell = [...row.cells.entries()].find(([, c]) => c.lastOrder === rowMax);
        const first = lastCell ? cells.get(lastCell[0])?.find((f) => f.order === rowMax + 1) : undefined;
        const next = Boolean(lastCell && first && wrapped(lastCell[1].lastEnd, first, cellRight(lastCell[0])));
        continues = orderOf(line).min < rowMax || next;
      }
      else continues = !cells.has(0) && prev.y - line.y <= line.size * 1.4;
    }
    // a row printed as text with tab stops, run on to the next line at the left margin
    // (« … ⇥ 01 64 83 74 63 » / « 01 64 83 75 18 »): the tail of its last cell
    if (row && prev && !cellwise && cells.size === 1 && cells.has(0)) {
      const only = line.fragments[0]!;
      const lastCell = row.cells.get(Math.max(...row.cells.keys()))!;
      const runOn = /^[\p{Ll}\d@(]/u.test(only.text) || /-$/.test(lastCell.lines[lastCell.lines.length - 1] ?? '');
      if (runOn && line.fragments.length === 1 && prev.y - line.y <= line.size * 1.4 && wrapped(prev.end, only, pageRight)) {
        lastCell.lines.push(only.text);
        row.lines.push(line);
        continue;
      }
    }
    if (!continues || !row) {
      rows.push({ cells: new Map(), lines: [] });
    }
    const target = rows[rows.length - 1]!;
    target.lines.push(line);
    for (const [c, frags] of cells) {
      const text = frags.map((f) => f.text).join(' ');
      const cell = target.cells.get(c);
      const order = Math.min(...frags.map((f) => f.order));
      const lastOrder = Math.max(...frags.map((f) => f.lastOrder));
      const lastEnd = Math.max(...frags.map((f) => f.end));
      if (cell) {
        cell.lines.push(text);
        cell.lastOrder = Math.max(cell.lastOrder, lastOrder);
        cell.lastEnd = lastEnd;
      } else target.cells.set(c, { lines: [text], lastEnd, order, lastOrder });
    }
  }
  // text laid out with tab stops gives more « columns » than any line has pieces: its empty
  // cells are not cells
  const tabStops = starts.length > Math.max(...lines.map((l) => l.fragments.length));
  return rows.map((row) => {
    const last = Math.max(...row.cells.keys());
    const cells = Array.from({ length: last + 1 }, (_, c) => (row.cells.get(c)?.lines ?? []).reduce((a, b) => joinWrapped(a, b), ''));
    const kept = tabStops ? cells.filter((c, i) => c || i === 0) : cells;
    return { kind: 'row' as const, text: kept.join('\t'), lines: row.lines };
  });
}

/**
 * A justified line whose producer printed the stretched word gaps as gaps: the gaps are all
 * alike and the line runs to the right margin. Its fragments are merged back into one.
 */
function mergeJustified(line: VisualLine, right: number): VisualLine {
  const gaps = line.fragments.slice(1).map((f) => f.gapBefore);
  // two gaps at least to call them alike; a bullet's gap is not a word gap
  if (gaps.length < 2 || line.end < right - 3 || LIST_MARKER.test(line.fragments[0]!.text)) return line;
  if (Math.max(...gaps) - Math.min(...gaps) > 1.5 || Math.max(...gaps) > line.size * 2) return line;
  const [first] = line.fragments;
  const text = line.fragments.map((f) => f.text).join(' ');
  const merged = { ...first!, text, end: line.end, lastOrder: Math.max(...line.fragments.map((f) => f.lastOrder)) };
  const letters = text.replace(/ /g, '').length;
  merged.charWidth = letters ? (line.end - line.x - (text.length - letters) * line.size * 0.28) / letters : merged.charWidth;
  return { ...line, fragments: [merged] };
}

/** The page's lines as prose lines and table rows, in reading order. */
export function pageUnits(input: VisualLine[], pageWidth: number): PageUnit[] {
  const right = Math.max(...input.map((l) => l.end));
  // the right margin: where the longest line ends, or the mirror of the left margin
  const pageRight = Math.max(right, pageWidth - Math.min(...input.map((l) => l.x)));
  const lines = input.map((l) => mergeJustified(l, right));
  const units: PageUnit[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start + 1;
    while (end < lines.length && sameBlock(lines[end - 1]!, lines[end]!)) end++;
    const block = lines.slice(start, end);
    units.push(...blockUnits(block, pageRight));
    start = end;
  }
  return units;
}

function blockUnits(block: VisualLine[], pageRight: number): PageUnit[] {
  const columns = columnsOf(block);
  if (!columns.length) return block.map((line) => ({ kind: 'prose' as const, line }));
  const left = Math.min(...block.map((l) => l.x));
  const inTable = block.map((l) => isTableLine(l, columns, left));
  // a first-column continuation (« Administrateur » / « suppléant ») between two table lines,
  // or right after one when the content stream says it belongs to it
  let drawnUpTo = -1;
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    const lastOrder = Math.max(...line.fragments.map((f) => f.lastOrder));
    if (inTable[i]) {
      drawnUpTo = Math.max(drawnUpTo, lastOrder);
      continue;
    }
    if (i === 0 || !inTable[i - 1] || line.fragments.length !== 1) {
      drawnUpTo = -1;
      continue;
    }
    const prev = block[i - 1]!;
    const near = prev.y - line.y <= line.size * 1.6;
    // a cell's next line stays left of the second column
    const narrow = line.end <= Math.min(...columns.filter((c) => c > left + TOLERANCE)) + TOLERANCE;
    const sandwiched = inTable[i + 1] === true && near && narrow;
    const drawnInside = line.fragments[0]!.order < drawnUpTo && narrow;
    if (near && (sandwiched || drawnInside) && Math.abs(line.x - left) <= TOLERANCE * 2) {
      inTable[i] = true;
      drawnUpTo = Math.max(drawnUpTo, lastOrder);
    } else drawnUpTo = -1;
  }
  const units: PageUnit[] = [];
  let i = 0;
  while (i < block.length) {
    if (!inTable[i]) {
      units.push({ kind: 'prose', line: block[i]! });
      i++;
      continue;
    }
    let j = i;
    while (j < block.length && inTable[j]) j++;
    // columns again from the table's own lines: two tables of one block differ
    const lines = block.slice(i, j);
    const own = columnsOf(lines);
    units.push(...tableRows(lines, own.length ? own : columns, pageRight));
    i = j;
  }
  return units;
}
