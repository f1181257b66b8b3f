/**
 * Tables in a PDF page: columns are found where fragments of several lines start at the same
 * x after a gap (a narrow gap becomes a column boundary only when it lines up with others),
 * and the lines of a table are grouped into rows, so that a wrapped cell stays in its row and
 * column. A row comes out as one line, cells separated by tabs, like a table copied from Word.
 */
import { joinWrapped } from './pdf-join';
import type { Fragment, VisualLine } from './pdf-geometry';

export type PageUnit =
  { kind: 'prose'; line: VisualLine } | { kind: 'row'; text: string; lines: VisualLine[] };

const TOLERANCE = 2.5;
/** A bullet or an item number printed apart from its text. */
export const LIST_MARKER =
  /^([•▪◦●■□➢►✓·o*\u2022\uf0b7\uf0a7\uf0d8\uf076–—-]|\(?\d{1,2}[.)°]|\(?[a-z][.)]|[IVX]{1,4}[.)])$/;

/** Lines close enough to be one block (a table's rows, with their padding). */
const sameBlock = (a: VisualLine, b: VisualLine) => a.y - b.y <= Math.max(a.size, b.size) * 3;

function clusterXs(
  xs: { x: number; line: number; strong: boolean }[],
): { x: number; lines: Set<number>; strong: boolean }[] {
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
  const clusters = clusterXs(splits);
  const aligned = clusters.filter((c) => c.lines.size >= 2);
  // a wide gap on one line alone marks a column only when no others line up: inside a table
  // whose columns line up it is a justified word gap or a centred heading
  return (
    aligned.length >= 2 ? aligned : clusters.filter((c) => c.lines.size >= 2 || c.strong)
  ).map((c) => c.x);
}

const atColumn = (x: number, columns: number[]) =>
  columns.some((c) => Math.abs(c - x) <= TOLERANCE);

/** Whether a line belongs to the table: most of its gaps fall on the columns. */
function isTableLine(line: VisualLine, columns: number[], left: number): boolean {
  const splits = line.fragments.slice(1);
  if (splits.length)
    return (
      splits.filter((f) => atColumn(f.x, columns)).length / splits.length >= 0.6 &&
      splits.some((f) => atColumn(f.x, columns))
    );
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
  for (const f of line.fragments.flatMap((f0) => splitAtColumns(f0, starts))) {
    const c = columnIndex(f.x, starts);
    cells.set(c, [...(cells.get(c) ?? []), f]);
  }
  return cells;
}

/** Whether a table was drawn cell by cell: a line holds text drawn before the end of the line above. */
function isCellwise(lines: readonly VisualLine[]): boolean {
  const min = (l: VisualLine) => Math.min(...l.fragments.map((f) => f.order));
  const max = (l: VisualLine) => Math.max(...l.fragments.map((f) => f.lastOrder));
  return lines.some((l, i) => i > 0 && min(l) < max(lines[i - 1]!));
}

/** Helvetica / Arial advance widths (per 1000 em) of the characters that matter, to place a word in an item. */
const WIDTHS: Record<string, number> = {
  ' ': 278,
  f: 278,
  i: 222,
  j: 222,
  l: 222,
  m: 833,
  r: 333,
  t: 278,
  w: 722,
  c: 500,
  k: 500,
  s: 500,
  v: 500,
  x: 500,
  y: 500,
  z: 500,
  I: 278,
  J: 500,
  M: 833,
  W: 944,
  F: 611,
  T: 611,
  Z: 611,
  L: 556,
  C: 722,
  D: 722,
  H: 722,
  N: 722,
  R: 722,
  U: 722,
  G: 778,
  O: 778,
  Q: 778,
  '.': 278,
  ',': 278,
  ':': 278,
  ';': 278,
  '/': 278,
  '-': 333,
  '(': 333,
  ')': 333,
  '@': 1015,
  "'": 191,
  '’': 222,
  '«': 556,
  '»': 556,
};
function advance(c: string): number {
  const base = c.normalize('NFD')[0] ?? c;
  return WIDTHS[base] ?? (/\p{Lu}/u.test(base) ? 667 : 556);
}

/**
 * An item printed across a column boundary (« Claire BOUCHER c.boucher@mairie.fr », two cells
 * one word gap apart that the PDF producer drew as one run): split at the word gap that falls
 * on the column start, its position estimated from the characters' usual widths.
 */
export function splitAtColumns(fragment: Fragment, starts: readonly number[]): Fragment[] {
  const inner = starts.filter(
    (c) => c > fragment.x + TOLERANCE * 2 && c < fragment.end - TOLERANCE * 2,
  );
  // only a run that starts a cell (on a column) runs over into the next one
  if (
    !inner.length ||
    !fragment.text.includes(' ') ||
    !starts.some((c) => Math.abs(c - fragment.x) <= TOLERANCE)
  )
    return [fragment];
  const chars = [...fragment.text];
  const total = chars.reduce((w, c) => w + advance(c), 0);
  const scale = (fragment.end - fragment.x) / total;
  const cuts: number[] = [];
  for (const c of inner) {
    let best = -1;
    let bestDistance = Infinity;
    let x = fragment.x;
    chars.forEach((ch, k) => {
      x += advance(ch) * scale;
      if (ch !== ' ') return;
      const distance = Math.abs(x - c);
      if (distance < bestDistance) {
        best = k;
        bestDistance = distance;
      }
    });
    // the word starts on the column (within 2 pt: the widths are the usual ones, not the
    // font's), and the cut is not inside a number (« 05 61 | 27 84 »)
    if (
      best > 0 &&
      bestDistance <= 2 &&
      !(/\d/.test(chars[best - 1]!) && /\d/.test(chars[best + 1] ?? ''))
    )
      cuts.push(best);
  }
  if (!cuts.length) return [fragment];
  const pieces: Fragment[] = [];
  let from = 0;
  let x = fragment.x;
  const widthOf = (t: string) => [...t].reduce((w, c) => w + advance(c), 0) * scale;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(chars.length)) {
    const text = chars.slice(from, cut).join('');
    const end = x + widthOf(text);
    if (text.trim())
      pieces.push({
        ...fragment,
        text: text.trim(),
        x,
        end: Math.min(end, fragment.end),
        gapBefore: pieces.length ? advance(' ') * scale : fragment.gapBefore,
      });
    x = end + advance(' ') * scale;
    from = cut + 1;
  }
  return pieces;
}

/**
 * The rows of a table drawn cell by cell, read in drawing order: a cell's text comes whole
 * (its lines one after the other, whatever their height in the row: cells centred vertically
 * start above or below their neighbours), the next cell of the row is further right, and a
 * cell back at the left starts the next row.
 */
function cellwiseRows(lines: VisualLine[], starts: number[]): PageUnit[] {
  type Piece = { f: Fragment; line: VisualLine; col: number };
  const pieces: Piece[] = lines
    .flatMap((line) =>
      line.fragments.flatMap((f0) =>
        splitAtColumns(f0, starts).map((f) => ({ f, line, col: columnIndex(f.x, starts) })),
      ),
    )
    .sort((a, b) => a.f.order - b.f.order || b.f.y - a.f.y || a.f.x - b.f.x);
  type CellAcc = { pieces: Piece[] };
  const rows: {
    cells: Map<number, CellAcc>;
    top: number;
    bottom: number;
    lines: Set<VisualLine>;
  }[] = [];
  let prev: Piece | undefined;
  for (const p of pieces) {
    const row = rows[rows.length - 1];
    let sameRow = false;
    if (row && prev) {
      const size = Math.max(p.f.size, prev.f.size);
      if (p.col === prev.col) {
        const sameLine =
          Math.abs(p.f.y - prev.f.y) <= size * 0.4 && p.f.x >= prev.f.end - TOLERANCE;
        // the cell's next line: its first word could not fit on the line above, or it is the
        // tail of a cut word or number (a one-line cell above a row is not continued)
        const cellRight =
          (starts[prev.col + 1] ?? Math.max(...lines.map((l) => l.end)) + TOLERANCE) - TOLERANCE;
        const nextLine =
          prev.f.y > p.f.y &&
          prev.f.y - p.f.y <= size * 1.4 &&
          (wrapped(prev.f.end, p.f, cellRight) ||
            /^[\p{Ll}\d@(]/u.test(p.f.text) ||
            /-$/.test(prev.f.text));
        sameRow = sameLine || nextLine;
      } else if (p.col > prev.col)
        sameRow = p.f.y <= row.top + size * 3 && p.f.y >= row.bottom - size * 3;
    }
    if (!sameRow || !row)
      rows.push({ cells: new Map(), top: p.f.y, bottom: p.f.y, lines: new Set() });
    const target = rows[rows.length - 1]!;
    const cell = target.cells.get(p.col) ?? { pieces: [] };
    cell.pieces.push(p);
    target.cells.set(p.col, cell);
    target.top = Math.max(target.top, p.f.y);
    target.bottom = Math.min(target.bottom, p.f.y);
    target.lines.add(p.line);
    prev = p;
  }
  const cellText = (c: CellAcc | undefined) => {
    if (!c) return '';
    const byLine: Piece[][] = [];
    for (const p of [...c.pieces].sort((a, b) => b.f.y - a.f.y || a.f.x - b.f.x)) {
      const last = byLine[byLine.length - 1];
      if (last && Math.abs(last[0]!.f.y - p.f.y) <= p.f.size * 0.4) last.push(p);
      else byLine.push([p]);
    }
    return byLine
      .map((ps) => ps.map((p) => p.f.text).join(' '))
      .reduce((a, b) => joinWrapped(a, b), '');
  };
  return rows.map((row) => {
    const last = Math.max(...row.cells.keys());
    const cells = Array.from({ length: last + 1 }, (_, c) => cellText(row.cells.get(c)));
    return {
      kind: 'row' as const,
      text: cells.join('\t'),
      lines: [...row.lines].sort((a, b) => b.y - a.y),
    };
  });
}

/** Builds the rows of a table whose lines are known. */
function tableRows(lines: VisualLine[], columns: number[], pageRight: number): PageUnit[] {
  const left = Math.min(...lines.map((l) => l.x));
  const starts = [left, ...columns.filter((c) => c > left + TOLERANCE)];
  // Most producers draw a table cell by cell: its rows are read in drawing order. Otherwise
  // (text laid out with tab stops) geometry decides: a line with no first cell continues the row.
  if (isCellwise(lines)) return cellwiseRows(lines, starts);
  const rows: Row[] = [];
  for (const line of lines) {
    const cells = cellsOf(line, starts);
    const row = rows[rows.length - 1];
    const prev = row?.lines[row.lines.length - 1];
    const continues = Boolean(row && prev && !cells.has(0) && prev.y - line.y <= line.size * 1.4);
    // a row printed as text with tab stops, run on to the next line at the left margin
    // (« … ⇥ 01 64 83 74 63 » / « 01 64 83 75 18 »): the tail of its last cell
    if (row && prev && cells.size === 1 && cells.has(0)) {
      const only = line.fragments[0]!;
      const lastCell = row.cells.get(Math.max(...row.cells.keys()))!;
      const runOn =
        /^[\p{Ll}\d@(]/u.test(only.text) ||
        /-$/.test(lastCell.lines[lastCell.lines.length - 1] ?? '');
      if (
        runOn &&
        line.fragments.length === 1 &&
        prev.y - line.y <= line.size * 1.4 &&
        wrapped(prev.end, only, pageRight)
      ) {
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
    const cells = Array.from({ length: last + 1 }, (_, c) =>
      (row.cells.get(c)?.lines ?? []).reduce((a, b) => joinWrapped(a, b), ''),
    );
    const kept = tabStops ? cells.filter((c, i) => c || i === 0) : cells;
    return { kind: 'row' as const, text: kept.join('\t'), lines: row.lines };
  });
}

function mergeFragments(run: readonly Fragment[]): Fragment {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const text = run.map((f) => f.text).join(' ');
  const letters = text.replace(/ /g, '').length;
  const charWidth = letters
    ? (last.end - first.x - (text.length - letters) * first.size * 0.28) / letters
    : first.charWidth;
  return {
    ...first,
    text,
    end: last.end,
    lastOrder: Math.max(...run.map((f) => f.lastOrder)),
    charWidth,
  };
}

const alike = (gaps: readonly number[]) =>
  Math.max(...gaps) - Math.min(...gaps) <= Math.max(1.5, Math.min(...gaps) * 0.08);

/**
 * A justified line whose producer printed the stretched word gaps as gaps: the gaps are all
 * alike and the line runs to the right margin, or (in a table cell, whose right edge is not
 * the page's) three words at least drawn one after the other with the same stretched gaps.
 * Those fragments are merged back into one.
 */
function mergeJustified(line: VisualLine, right: number): VisualLine {
  // a bullet's gap is not a word gap
  const skip = line.fragments.length > 1 && LIST_MARKER.test(line.fragments[0]!.text) ? 1 : 0;
  const words = line.fragments.slice(skip);
  const gaps = words.slice(1).map((f) => f.gapBefore);
  if (
    gaps.length >= 2 &&
    line.end >= right - 3 &&
    alike(gaps) &&
    Math.max(...gaps) <= line.size * 2
  )
    return { ...line, fragments: [...line.fragments.slice(0, skip), mergeFragments(words)] };
  // runs of words drawn in sequence with alike gaps (at most 2.2 em: a cell gap is wider)
  const out: Fragment[] = [...line.fragments.slice(0, skip)];
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    while (
      j < words.length &&
      words[j]!.order === words[j - 1]!.lastOrder + 1 &&
      words[j]!.gapBefore <= line.size * 2.2 &&
      alike(words.slice(i + 1, j + 1).map((f) => f.gapBefore))
    )
      j++;
    if (j - i >= 3) out.push(mergeFragments(words.slice(i, j)));
    else out.push(...words.slice(i, j));
    i = j;
  }
  return out.length === line.fragments.length ? line : { ...line, fragments: out };
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
  // a table drawn cell by cell keeps the lines drawn between its rows (a cell's lines that
  // do not look like table lines: a justified first cell, a cell alone on its line)
  if (isCellwise(block.filter((_l, k) => inTable[k]))) {
    const first = inTable.indexOf(true);
    const last = inTable.lastIndexOf(true);
    // a line as close to a neighbour as the lines of one cell (a heading between two tables is not)
    const close = (k: number) =>
      Math.min(block[k - 1]!.y - block[k]!.y, block[k]!.y - block[k + 1]!.y) <=
      block[k]!.size * 1.4;
    for (let k = first + 1; k < last; k++) {
      if (inTable[k]) continue;
      let end = k;
      while (end < last && !inTable[end]) end++;
      // a short run of close lines, drawn in the middle of the rows around it
      const run = Array.from({ length: end - k }, (_v, n) => k + n);
      if (
        run.length <= 3 &&
        run.every(close) &&
        isCellwise(block.slice(k - 1, Math.min(block.length, end + 2)))
      )
        run.forEach((n) => (inTable[n] = true));
      k = end;
    }
    // a cell's line above or below the first or last row (a cell centred vertically), drawn
    // in the middle of that row's text
    const drawnWithin = (k: number, n: number) => {
      const [line, row] = [block[k]!, block[n]!];
      const order = Math.min(...line.fragments.map((f) => f.order));
      return (
        Math.abs(line.y - row.y) <= line.size * 1.4 &&
        order > Math.min(...row.fragments.map((f) => f.order)) &&
        order < Math.max(...row.fragments.map((f) => f.lastOrder))
      );
    };
    for (let k = first - 1; k >= 0 && drawnWithin(k, k + 1); k--) inTable[k] = true;
    for (let k = last + 1; k < block.length && drawnWithin(k, k - 1); k++) inTable[k] = true;
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
