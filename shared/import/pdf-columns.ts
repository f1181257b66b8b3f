/**
 * The columns of a block of PDF lines: x positions where fragments of several lines start
 * after a gap, whether a line falls on them, and a run drawn across a column boundary split
 * back into its cells.
 */
import type { Fragment, VisualLine } from './pdf-geometry';

export const TOLERANCE = 2.5;
/** A bullet or an item number printed apart from its text. */
export const LIST_MARKER =
  /^([•▪◦●■□➢►✓·o*\u2022\uf0b7\uf0a7\uf0d8\uf076–—-]|\(?\d{1,2}[.)°]|\(?[a-z][.)]|[IVX]{1,4}[.)])$/;

type Start = { x: number; line: number; strong: boolean; split: boolean; wide: boolean };
type Cluster = { x: number; lines: Set<number>; strong: boolean; split: boolean; wide: boolean };

function clusterXs(xs: Start[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const p of [...xs].sort((a, b) => a.x - b.x)) {
    const last = clusters[clusters.length - 1];
    if (last && p.x - last.x <= TOLERANCE) {
      last.lines.add(p.line);
      last.strong ||= p.strong;
      last.split ||= p.split;
      last.wide ||= p.wide;
    } else clusters.push({ ...p, lines: new Set([p.line]) });
  }
  return clusters;
}

/** The column starts of a block of lines: x positions shared by several lines after a gap. */
export function columnsOf(block: VisualLine[]): number[] {
  const splits = block.flatMap((l, i) =>
    l.fragments
      // the text after a bullet or an item number is not a column
      .filter((_f, k) => k > 0 && !(k === 1 && LIST_MARKER.test(l.fragments[0]!.text)))
      .map((f) => ({
        x: f.x,
        line: i,
        strong: f.gapBefore >= f.size * 1.5,
        split: true,
        wide: true,
      })),
  );
  // a line starting right of the block (the first cells of its row empty on that line: they
  // are centred on another) starts a column too, when another such line holds a second piece
  const left = Math.min(...block.map((l) => l.x));
  const indented = block.flatMap((l, i) =>
    l.x > left + TOLERANCE * 2 && !LIST_MARKER.test(l.fragments[0]!.text)
      ? [{ x: l.x, line: i, strong: false, split: false, wide: l.fragments.length > 1 }]
      : [],
  );
  const clusters = clusterXs([...splits, ...indented]).filter(
    (c) => c.split || (c.wide && c.lines.size >= 2),
  );
  const aligned = clusters.filter((c) => c.lines.size >= 2);
  // a wide gap on one line alone marks a column only when no others line up: inside a table
  // whose columns line up it is a justified word gap or a centred heading
  const columns = (
    aligned.length >= 2 ? aligned : clusters.filter((c) => c.lines.size >= 2 || c.strong)
  ).map((c) => c.x);
  // a header row with a cell for every column (« T1 ⇥ T2 ⇥ … ⇥ T13 ») over a row that fills
  // only some of them (« 3 ⇥ 1 ⇥ 2 »): every start of the header is a column, when a line
  // next to it has all its cells (two at least) on the header's starts
  const startsOf = (i: number) => splits.filter((s) => s.line === i).map((s) => s.x);
  const on = (x: number, xs: readonly number[]) => xs.some((c) => Math.abs(x - c) <= TOLERANCE);
  const extra = block.flatMap((_l, i) => {
    const xs = startsOf(i);
    if (xs.length < 3) return [];
    const under = [i - 2, i - 1, i + 1, i + 2].some((j) => {
      const ys = j >= 0 && j < block.length ? startsOf(j) : [];
      return ys.length >= 2 && ys.length < xs.length && ys.every((y) => on(y, xs));
    });
    return under ? xs.filter((x) => !on(x, columns)) : [];
  });
  return extra.length
    ? clusterXs(extra.map((x) => ({ x, line: -1, strong: true, split: true, wide: true })))
        .map((c) => c.x)
        .concat(columns)
        .sort((a, b) => a - b)
    : columns;
}

const atColumn = (x: number, columns: number[]) =>
  columns.some((c) => Math.abs(c - x) <= TOLERANCE);

/** Whether a line belongs to the table: most of its gaps fall on the columns. */
export function isTableLine(line: VisualLine, columns: number[], left: number): boolean {
  const splits = line.fragments.slice(1);
  if (splits.length)
    return (
      splits.filter((f) => atColumn(f.x, columns)).length / splits.length >= 0.6 &&
      splits.some((f) => atColumn(f.x, columns))
    );
  // a lone fragment: the continuation of a cell of a column other than the first
  return line.x > left + TOLERANCE && atColumn(line.x, columns);
}

export const columnIndex = (x: number, starts: number[]) => {
  let index = 0;
  starts.forEach((s, i) => {
    if (x >= s - TOLERANCE) index = i;
  });
  return index;
};

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
