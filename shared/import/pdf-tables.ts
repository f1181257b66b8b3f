/**
 * Tables in a PDF page: columns are found where fragments of several lines start at the same
 * x after a gap (a narrow gap becomes a column boundary only when it lines up with others),
 * and the lines of a table are grouped into rows, so that a wrapped cell stays in its row and
 * column. A row comes out as one line, cells separated by tabs, like a table copied from Word.
 */
import { columnsOf, isTableLine, TOLERANCE } from './pdf-columns';
import type { VisualLine } from './pdf-geometry';
import { extendToGrid } from './pdf-grid';
import { mergeJustified } from './pdf-justified';
import { isCellwise, tableRows } from './pdf-table-rows';

export { LIST_MARKER, splitAtColumns } from './pdf-columns';
export { wrapped } from './pdf-table-rows';

export type PageUnit =
  { kind: 'prose'; line: VisualLine } | { kind: 'row'; text: string; lines: VisualLine[] };
/** Lines close enough to be one block (a table's rows, with their padding). */
const sameBlock = (a: VisualLine, b: VisualLine) =>
  a.column?.index === b.column?.index &&
  a.y - b.y <=
    Math.max(a.size, b.size) * (a.fragments.length >= 3 && b.fragments.length >= 3 ? 4 : 3);
/**
 * A table row below a block of rows further than lines of a block are apart (a row with its
 * cell padding, centred vertically): its pieces start where pieces of the block's last lines
 * start, one of them in a column other than the first.
 */
function nextRow(block: readonly VisualLine[], line: VisualLine): boolean {
  const above = block[block.length - 1]!;
  if (above.column?.index !== line.column?.index) return false;
  if (above.y - line.y > Math.max(above.size, line.size) * 5) return false;
  const recent = block.slice(-4);
  if (recent.every((l) => l.fragments.length < 2)) return false;
  const left = Math.min(...recent.map((l) => l.x));
  const starts = recent.flatMap((l) => l.fragments.map((f) => f.x));
  const known = (x: number) => starts.some((s) => Math.abs(s - x) <= TOLERANCE);
  return (
    line.fragments.every((f) => known(f.x)) && line.fragments.some((f) => f.x > left + TOLERANCE)
  );
}

/** The page's lines as prose lines and table rows, in reading order. */
export function pageUnits(input: VisualLine[], pageWidth: number): PageUnit[] {
  const right = Math.max(...input.map((l) => l.end));
  // the right margin: where the longest line ends, or the mirror of the left margin
  const pageRight = Math.max(right, pageWidth - Math.min(...input.map((l) => l.x)));
  const lines = input.map((l) => mergeJustified(l, l.column?.right ?? right));
  const units: PageUnit[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start + 1;
    while (
      end < lines.length &&
      (sameBlock(lines[end - 1]!, lines[end]!) || nextRow(lines.slice(start, end), lines[end]!))
    )
      end++;
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
  // lines that lie within the columns around them: a wrapped cell centred vertically, a header
  const before = [...inTable];
  extendToGrid(block, inTable);
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
    // (not from the lines only the grid took in: a centred header's titles start off the columns)
    const own = columnsOf(lines.filter((_l, n) => before[i + n] || !inTable[i + n]));
    units.push(...tableRows(lines, own.length ? own : columns, pageRight));
    i = j;
  }
  return units;
}
