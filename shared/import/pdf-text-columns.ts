/**
 * Pages laid out in two columns of text (a Département's convention in a two-column section):
 * the lines of a page hold a line of the left column and, a gutter apart, a line of the right
 * one. Read across, every sentence would be cut in two. A run of lines where nothing crosses
 * the gutter, with wrapped or justified text on both sides and the left side drawn before the
 * right one (word processors draw a column whole; a table is drawn row by row, cell after cell),
 * is read column after column: each side becomes a line of its own, with its column's right edge.
 */
import type { Fragment, VisualLine } from './pdf-geometry';

/** The least number of lines on each side of the gutter for a run to be read as columns. */
const MIN_LINES = 3;

/** Where the right column starts: the x most lines start a piece at, in the middle of the page. */
function rightColumnStart(lines: readonly VisualLine[], width: number): number | undefined {
  const left = Math.min(...lines.map((l) => l.x));
  const xs: { x: number; line: number }[] = [];
  lines.forEach((l, i) => {
    for (const f of l.fragments)
      if (f.x > left + width * 0.25 && f.x < width * 0.7) xs.push({ x: f.x, line: i });
  });
  xs.sort((a, b) => a.x - b.x);
  let best: { x: number; count: number } | undefined;
  for (let i = 0; i < xs.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < xs.length && xs[j]!.x - xs[i]!.x <= 2.5; j++) seen.add(xs[j]!.line);
    if (!best || seen.size > best.count) best = { x: xs[i]!.x, count: seen.size };
  }
  return best && best.count >= MIN_LINES ? best.x : undefined;
}

/**
 * One side of a line. Its baseline and size are its own pieces' (the two columns' baselines may
 * differ by less than the tolerance that put them on one visual line, a heading beside a line).
 */
const sub = (line: VisualLine, fragments: Fragment[], index: number, right: number) => ({
  ...line,
  y: fragments.reduce((sum, f) => sum + f.y, 0) / fragments.length,
  size: fragments.map((f) => f.size).sort((a, b) => a - b)[Math.floor(fragments.length / 2)]!,
  fragments,
  x: fragments[0]!.x,
  end: Math.max(...fragments.map((f) => f.end)),
  column: { index, right },
});

/** Lines that run to their side's right edge (wrapped or justified text), at least `n` of them. */
function wrappedSide(parts: Fragment[][], n: number): boolean {
  const ends = parts.map((p) => Math.max(...p.map((f) => f.end)));
  const edge = Math.max(...ends);
  return ends.filter((e) => e >= edge - 6).length >= n;
}

/** The page's lines with its two-column runs read column after column. */
export function readTextColumns(lines: VisualLine[], width: number): VisualLine[] {
  if (lines.length < MIN_LINES * 2) return lines;
  const gutter = rightColumnStart(lines, width);
  if (gutter === undefined) return lines;
  const crosses = (l: VisualLine) =>
    l.fragments.some((f) => f.x < gutter - 3 && f.end > gutter - 1);
  const out: VisualLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (crosses(lines[i]!)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !crosses(lines[j]!)) j++;
    out.push(...columnRun(lines.slice(i, j), gutter));
    i = j;
  }
  return out;
}

function columnRun(run: VisualLine[], gutter: number): VisualLine[] {
  const split = run.map((l) => ({
    line: l,
    left: l.fragments.filter((f) => f.x < gutter - 3),
    right: l.fragments.filter((f) => f.x >= gutter - 3),
  }));
  // where the columns end: after the last line holding both sides, a side's lines go on only
  // at a line pitch (a paragraph below the columns, « Fait à … », is not in them)
  let last = split.findLastIndex((s) => s.left.length && s.right.length);
  const first = split.findIndex((s) => s.left.length && s.right.length);
  if (first < 0) return run;
  const both = split.slice(first, last + 1);
  const edgeOf = (side: 'left' | 'right') =>
    Math.max(...both.flatMap((s) => s[side].map((f) => f.end)));
  const pitch = (side: 'left' | 'right') => {
    const ys = both.filter((s) => s[side].length).map((s) => s[side][0]!.y);
    const steps = ys.slice(1).map((y, k) => ys[k]! - y);
    return steps.sort((a, b) => a - b)[Math.floor(steps.length / 2)] ?? Infinity;
  };
  const rightStart = Math.min(...both.flatMap((s) => s.right.map((f) => f.order)));
  while (
    last + 1 < split.length &&
    (split[last + 1]!.left.length === 0 || split[last + 1]!.right.length === 0)
  ) {
    const side = split[last + 1]!.left.length ? 'left' : 'right';
    const above = split.slice(0, last + 1).findLast((s) => s[side].length);
    const next = split[last + 1]![side];
    // a line of the column: no wider than the column, at most a heading's spacing below its
    // last line, and drawn with its column (a « Fait à » under the columns, drawn after the
    // right one, is the text below them, not the left column's last line)
    if (
      !above ||
      (side === 'left' && Math.min(...next.map((f) => f.order)) > rightStart) ||
      above[side][0]!.y - next[0]!.y > pitch(side) * 2.6 ||
      Math.max(...next.map((f) => f.end)) > edgeOf(side) + 3
    )
      break;
    last++;
  }
  const within = split.slice(first, last + 1);
  const lefts = within.filter((s) => s.left.length);
  const rights = within.filter((s) => s.right.length);
  if (lefts.length < MIN_LINES || rights.length < MIN_LINES) return run;
  // drawn column after column, both sides wrapped text
  const leftOrder = Math.max(...lefts.flatMap((s) => s.left.map((f) => f.lastOrder)));
  const rightOrder = Math.min(...rights.flatMap((s) => s.right.map((f) => f.order)));
  if (leftOrder >= rightOrder) return run;
  if (
    !wrappedSide(
      lefts.map((s) => s.left),
      2,
    ) ||
    !wrappedSide(
      rights.map((s) => s.right),
      2,
    )
  )
    return run;
  const leftRight = Math.max(...lefts.flatMap((s) => s.left.map((f) => f.end)));
  const rightRight = Math.max(...rights.flatMap((s) => s.right.map((f) => f.end)));
  return [
    ...run.slice(0, first),
    ...lefts.map((s) => sub(s.line, s.left, 0, leftRight)),
    ...rights.map((s) => sub(s.line, s.right, 1, rightRight)),
    ...run.slice(last + 1),
  ];
}

/**
 * The widest gap between the pieces of some lines, in the middle of the page (two cells side by
 * side may be a cell padding apart only).
 */
type Gap = { from: number; to: number };

/** The gaps between the pieces of some lines, in the middle of the page, widest first. */
function gapsOf(lines: readonly VisualLine[], left: number, width: number): Gap[] {
  const spans = lines.flatMap((l) => l.fragments.map((f) => [f.x, f.end] as const));
  spans.sort((a, b) => a[0] - b[0]);
  const gaps: Gap[] = [];
  let reach = -Infinity;
  // two cells side by side may be a cell padding apart only
  for (const [x, end] of spans) {
    if (reach > -Infinity && x - reach >= 2.5 && x > left + width * 0.15 && x < width * 0.85)
      gaps.push({ from: reach, to: x });
    reach = Math.max(reach, end);
  }
  return gaps.sort((a, b) => b.to - b.from - (a.to - a.from));
}

const sidesOf = (lines: readonly VisualLine[], g: Gap) =>
  lines.map((l) => ({
    line: l,
    left: l.fragments.filter((f) => f.end <= g.from + 0.5),
    right: l.fragments.filter((f) => f.x >= g.to - 0.5),
  }));

/**
 * The gutter between two blocks: a gap between the pieces of all the lines with each side's
 * lines aligned — the gutter found on the lines above while it lasts (the words of a stretched
 * line are wide apart too).
 */
function gutterOf(
  lines: readonly VisualLine[],
  left: number,
  width: number,
  before?: Gap,
): Gap | undefined {
  const gaps = gapsOf(lines, left, width);
  const fits = (g: Gap) => {
    const split = sidesOf(lines, g);
    return (['left', 'right'] as const).every((side) =>
      aligned(split.flatMap((s) => (s[side].length ? [s[side]] : []))),
    );
  };
  const same = before && gaps.find((g) => g.from < before.to && g.to > before.from);
  if (same) return fits(same) ? same : undefined;
  return gaps.find(fits);
}

/** Pieces of one line drawn in one go, as one (a line stretched by a manual break). */
const joined = (fs: readonly Fragment[]): Fragment =>
  fs.length === 1
    ? fs[0]!
    : {
        ...fs[0]!,
        text: fs.map((f) => f.text).join(' '),
        end: fs[fs.length - 1]!.end,
        lastOrder: fs[fs.length - 1]!.lastOrder,
      };

/** Whether pieces are aligned: same start, same end or same middle (left, right or centred text). */
const aligned = (ps: readonly Fragment[][]) => {
  const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
  const xs = ps.map((p) => p[0]!.x);
  const ends = ps.map((p) => p[p.length - 1]!.end);
  return (
    spread(xs) <= 1.5 || spread(ends) <= 1.5 || spread(xs.map((x, k) => (x + ends[k]!) / 2)) <= 1.5
  );
};

/**
 * Two blocks side by side whose lines do not share baselines (a letterhead beside the
 * deliberation's references, the two cells of a parties table centred vertically): read across,
 * their lines alternate, one party's name between the other's address lines. A run of close
 * lines, each side aligned, most lines holding one side only and one side drawn whole before
 * the other, is read block after block, each line apart (no line of a block runs on into the next).
 */
export function readSideBlocks(lines: VisualLine[], width: number): VisualLine[] {
  const out: VisualLine[] = [];
  const left = Math.min(...lines.map((l) => l.x));
  let i = 0;
  while (i < lines.length) {
    const run = sideRun(lines, i, left, width);
    if (run) {
      out.push(...run.lines);
      i = run.end;
    } else out.push(lines[i++]!);
  }
  return out;
}

function sideRun(lines: readonly VisualLine[], i: number, left: number, width: number) {
  if (lines[i]!.column) return undefined;
  let j = i + 1;
  let gutter = gutterOf([lines[i]!], left, width);
  for (; j < lines.length; j++) {
    const [above, line] = [lines[j - 1]!, lines[j]!];
    if (line.column || above.y - line.y > Math.max(above.size, line.size) * 2) break;
    const next = gutterOf(lines.slice(i, j + 1), left, width, gutter);
    // (a block's first lines may all be on one side: the other starts lower)
    if (!next) {
      if (gutter || j - i >= 3) break;
      continue;
    }
    gutter = next;
  }
  if (!gutter || j - i < 4) return undefined;
  const g = gutter;
  const run = sidesOf(lines.slice(i, j), g);
  const lefts = run.filter((s) => s.left.length && !s.right.length);
  const rights = run.filter((s) => s.right.length && !s.left.length);
  if (lefts.length < 2 || rights.length < 2 || lefts.length + rights.length < run.length * 0.6)
    return undefined;
  // one side drawn whole before the other
  const orders = (ss: typeof run, side: 'left' | 'right') =>
    ss.flatMap((s) => s[side].flatMap((f) => [f.order, f.lastOrder]));
  const [lo, ro] = [orders(lefts, 'left'), orders(rights, 'right')];
  if (!(Math.max(...lo) < Math.min(...ro) || Math.max(...ro) < Math.min(...lo))) return undefined;
  // each side a column of single pieces (a table row's cells hold several)
  // each side's line drawn in one go (the words of a stretched line one after the other); a
  // table row's line holds pieces of several cells, drawn apart
  const inOneGo = (fs: Fragment[]) =>
    fs.every((f, k) => k === 0 || f.order === fs[k - 1]!.lastOrder + 1);
  if (!run.every((s) => inOneGo(s.left) && inOneGo(s.right))) return undefined;
  const part = (s: (typeof run)[number], side: 'left' | 'right', index: number) =>
    s[side].length ? [sub(s.line, [joined(s[side])], index, Infinity)] : [];
  return {
    lines: [...run.flatMap((s) => part(s, 'left', 0)), ...run.flatMap((s) => part(s, 'right', 1))],
    end: j,
  };
}
