/**
 * The rows of a table whose lines are known: in drawing order for a table drawn cell by cell,
 * by geometry otherwise, so that a wrapped cell stays in its row and column.
 */
import { columnIndex, splitAtColumns, TOLERANCE } from './pdf-columns';
import type { Fragment, VisualLine } from './pdf-geometry';
import { joinWrapped } from './pdf-join';
import type { PageUnit } from './pdf-tables';

interface Row {
  cells: Map<number, { lines: string[]; lastEnd: number; order: number; lastOrder: number }>;
  lines: VisualLine[];
}

/** Whether the first word of `next` could not have fit after `end` (so the text wrapped). */
export function wrapped(end: number, next: Fragment, right: number): boolean {
  const word = /^\S+/.exec(next.text)?.[0] ?? '';
  return end + next.size * 0.28 + word.length * next.charWidth > right - 1.5;
}

function cellsOf(line: VisualLine, starts: number[]): Map<number, Fragment[]> {
  const cells = new Map<number, Fragment[]>();
  for (const f of line.fragments.flatMap((f0) => splitAtColumns(f0, starts))) {
    const c = columnIndex(f.x, starts);
    cells.set(c, [...(cells.get(c) ?? []), f]);
  }
  return cells;
}

/** Whether a table was drawn cell by cell: a line holds text drawn before the end of the line above. */
export function isCellwise(lines: readonly VisualLine[]): boolean {
  const min = (l: VisualLine) => Math.min(...l.fragments.map((f) => f.order));
  const max = (l: VisualLine) => Math.max(...l.fragments.map((f) => f.lastOrder));
  return lines.some((l, i) => i > 0 && min(l) < max(lines[i - 1]!));
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
  // rows are bands across the table: a row that reaches up to the row above (a cell's line
  // that did not look like its next line, « Responsable » / « Sécurité », started a row of its
  // own, while the cells beside it, centred vertically, span both lines) is part of it
  for (let k = rows.length - 2; k >= 0; k--) {
    const [above, below] = [rows[k]!, rows[k + 1]!];
    const size = Math.max(
      ...[...below.cells.values()].flatMap((c) => c.pieces.map((p) => p.f.size)),
    );
    if (below.top < above.bottom - size * 0.25) continue;
    for (const [col, cell] of below.cells) {
      const into = above.cells.get(col);
      if (into) into.pieces.push(...cell.pieces);
      else above.cells.set(col, cell);
    }
    above.bottom = Math.min(above.bottom, below.bottom);
    for (const l of below.lines) above.lines.add(l);
    rows.splice(k + 1, 1);
  }
  // cells centred vertically share their middle: a first line that started a row of its own
  // (« Responsable « » above « Mon Compte » / « Partenaire » ») goes back to the cell below
  // when with it that cell is centred like the others of its row, and without it is not
  const middle = (c: CellAcc) => {
    const ys = c.pieces.map((p) => p.f.y);
    return (Math.max(...ys) + Math.min(...ys)) / 2;
  };
  for (let k = rows.length - 2; k >= 0; k--) {
    const [above, below] = [rows[k]!, rows[k + 1]!];
    if (above.cells.size !== 1) continue;
    const [col, cell] = [...above.cells][0]!;
    const under = below.cells.get(col);
    const last = cell.pieces[cell.pieces.length - 1]!;
    const first = under?.pieces[0];
    if (!under || !first || first.f.order !== last.f.lastOrder + 1) continue;
    if (last.f.y <= first.f.y || last.f.y - first.f.y > first.f.size * 1.4) continue;
    // at the cell's own line pitch (a section row above a row is further apart)
    const ys = [...new Set(under.pieces.map((p) => p.f.y))].sort((a, b) => b - a);
    if (ys.length < 2 || Math.abs(last.f.y - first.f.y - (ys[0]! - ys[1]!)) > 0.6) continue;
    const others = [...below.cells].filter(([c]) => c !== col).map(([, c]) => middle(c));
    if (!others.length || Math.max(...others) - Math.min(...others) > 1.5) continue;
    const centre = others[0]!;
    const joined = middle({ pieces: [...cell.pieces, ...under.pieces] });
    if (Math.abs(joined - centre) > 1.5 || Math.abs(middle(under) - centre) <= 1.5) continue;
    under.pieces.unshift(...cell.pieces);
    below.top = Math.max(below.top, above.top);
    for (const l of above.lines) below.lines.add(l);
    rows.splice(k, 1);
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
export function tableRows(lines: VisualLine[], columns: number[], pageRight: number): PageUnit[] {
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
