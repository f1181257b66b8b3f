/**
 * Two blocks printed side by side under « Pour la Caf » / « Pour le partenaire » in a text laid
 * out with spaces (pdftotext -layout): each line holds a piece of the left block, a wide gap,
 * then a piece of the right one. Collapsing the spaces would glue the two persons into one
 * line; instead each such line becomes « left ⇥ right » (same line count, so sources stay
 * right), and the readers take the two cells as the two sides' columns. Signatures printed the
 * same way (no phone, no e-mail) are left as they are.
 */
import { findEmails, findPhones, isPageMark } from './text-tools';

const SIDE_HEAD = /^(?:pour|c[ôo]t[ée]|chez)\s+\S.{0,50}$/i;
const HEADING = /^(?:article|annexe|chapitre|titre)\b/i;
/** Lines that fit no column (a running header between pages) tolerated within the blocks. */
const MAX_MISFITS = 3;

interface Piece {
  text: string;
  start: number;
  end: number;
}

function piecesOf(line: string): Piece[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The two cells of a line cut at `gap` (the right block's start), or undefined when a piece crosses it. */
function split(line: string, gap: number): [string, string] | undefined {
  const left: string[] = [];
  const right: string[] = [];
  for (const p of piecesOf(line)) {
    if (p.end <= gap - 2) left.push(p.text);
    else if (p.start >= gap - 2) right.push(p.text);
    else return undefined;
  }
  return [left.join(' '), right.join(' ')];
}

/**
 * Where the right block starts: the column most lines' second piece starts at (headers are
 * often centred over their block, so the header's own cells do not say it), between the end of
 * the left header and the end of the right one.
 */
function rightColumn(lines: readonly string[], from: number, lo: number, hi: number) {
  const votes = new Map<number, number>();
  for (let j = from; j < lines.length && j < from + 30; j++) {
    const t = (lines[j] ?? '').trim();
    if (HEADING.test(t)) break;
    const pieces = piecesOf(lines[j] ?? '');
    const second = pieces.length === 2 ? pieces[1]! : undefined;
    if (second && second.start >= lo && second.start <= hi && second.start - pieces[0]!.end >= 4)
      votes.set(second.start, (votes.get(second.start) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best && best[1] >= 2 ? best[0] : undefined;
}

const contactish = (text: string) => findPhones(text).length > 0 || findEmails(text).length > 0;

/** The lines with each side-by-side « Pour la Caf / Pour le partenaire » block turned into two tab cells. */
export function sideColumnsFromLayout(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? '';
    if (line.includes('\t')) continue;
    const head = piecesOf(line);
    if (head.length !== 2 || !head.every((p) => SIDE_HEAD.test(p.text))) continue;
    const gap = rightColumn(out, i + 1, head[0]!.end + 2, head[1]!.end);
    if (gap === undefined) continue;
    const rows = new Map<number, [string, string]>();
    let misfits = 0;
    let j = i + 1;
    for (; j < out.length; j++) {
      const l = out[j] ?? '';
      const t = l.trim();
      if (!t || isPageMark(t)) continue;
      if (l.includes('\t') || HEADING.test(t)) break;
      const cells = split(l, gap);
      if (!cells) {
        if (++misfits > MAX_MISFITS) break;
        continue;
      }
      misfits = 0;
      rows.set(j, cells);
    }
    const cells = [...rows.values()];
    if (!cells.some((c) => contactish(c[0])) || !cells.some((c) => contactish(c[1]))) continue;
    out[i] = head.map((p) => p.text).join('\t');
    for (const [k, [l, r]] of rows) out[k] = `${l}\t${r}`;
    i = j - 1;
  }
  return out;
}
