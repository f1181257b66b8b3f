/**
 * A table's grid: the x-ranges of its columns, and the lines that fall inside them. Narrow
 * tables made by Writer or Word wrap their cells over several lines and centre them
 * vertically, so that a row's lines are at several heights and a line may hold one cell's
 * line only (« Responsable « » / « Mon Compte » / « Partenaire » in the first column, the
 * e-mail alone half a line lower in the third). Such lines belong to the table when they lie
 * within one column each; a header row whose titles are centred over their columns too.
 */
import { columnsOf, TOLERANCE } from './pdf-columns';
import type { Fragment, VisualLine } from './pdf-geometry';

/** The column (index into `starts`) a fragment lies in, or -1 when it runs across a column start. */
export function gridColumn(f: Fragment, starts: readonly number[]): number {
  for (let i = starts.length - 1; i >= 0; i--) {
    if (f.x < starts[i]! - TOLERANCE) continue;
    const next = starts[i + 1];
    return next === undefined || f.end <= next + TOLERANCE ? i : -1;
  }
  return -1;
}

/** Whether every fragment of the line lies in its own column of the grid. */
export function fitsGrid(line: VisualLine, starts: readonly number[]): boolean {
  const columns = line.fragments.map((f) => gridColumn(f, starts));
  return columns.every((c) => c >= 0) && new Set(columns).size === columns.length;
}

/**
 * Lines of a block that belong to the table around them although they do not look like table
 * lines: between two table lines (or at most a line pitch and a half beyond the first or last
 * one: a cell centred vertically), each of their pieces within one column, at most a line
 * pitch and a half from their neighbours. A header row (two pieces at least) may stand a
 * little further above the first row. `inTable` is updated in place.
 */
export function extendToGrid(block: readonly VisualLine[], inTable: boolean[]): void {
  const first = inTable.indexOf(true);
  const last = inTable.lastIndexOf(true);
  if (first < 0) return;
  const left = Math.min(...block.map((l) => l.x));
  // the columns of the table lines nearest to a line (two tables of a block differ, and their
  // centred headers line up with each other)
  const fits = (k: number) => {
    const near = inTable
      .flatMap((t, n) => (t && n !== k ? [n] : []))
      .sort((a, b) => Math.abs(a - k) - Math.abs(b - k))
      .slice(0, 6)
      .map((n) => block[n]!);
    const columns = columnsOf(near).filter((c) => c > left + TOLERANCE);
    return columns.length > 0 && fitsGrid(block[k]!, [left, ...columns]);
  };
  const near = (k: number, n: number) =>
    n >= 0 && n < block.length && Math.abs(block[k]!.y - block[n]!.y) <= block[k]!.size * 1.5;
  // inside the table: runs of fitting lines, each close to the line above or below
  for (let k = first + 1; k < last; k++)
    if (!inTable[k] && fits(k) && (near(k, k - 1) || near(k, k + 1))) inTable[k] = true;
  // a cell's lines above the first row or below the last one, one close line after the other
  for (let k = first - 1; k >= 0 && fits(k) && near(k, k + 1); k--) inTable[k] = true;
  for (let k = last + 1; k < block.length && fits(k) && near(k, k - 1); k++) inTable[k] = true;
  // the header row: titles centred over their columns, a row's padding above the first row
  const top = inTable.indexOf(true);
  const head = block[top - 1];
  if (
    head &&
    head.fragments.length >= 2 &&
    fits(top - 1) &&
    head.y - block[top]!.y <= head.size * 3
  )
    inTable[top - 1] = true;
}
