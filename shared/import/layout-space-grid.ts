/**
 * A profile grid laid out with spaces (a fixed-width export, an OCR'd page): « Profil   T1  T2
 * … T10 T11 », then « Nombre   3   -   … 2 », where the codes may stand one space apart. Each
 * number goes to the code it stands under (by the columns of the text), and both rows become
 * tab cells (an empty cell « – »), before the readers see them. Left as written when a number
 * stands under no code, or two under one.
 */

const CODES_HEAD = /^(?:codes?\s+)?profils?\s*:?$|^codes?\s*:?$/i;
const NUMBERS_HEAD = /^(?:nombre|nb|quotas?|maximum|habilitations|utilisateurs)\b/i;
/** A profile code, maybe read through OCR (« Tl », « TI3 », « T|2 »). */
const CODE = /^T\s?[0-9lI|]{1,2}$/;
const NUMBER = /^(?:\d{1,3}|[-–—])$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokensOf = (line: string): Token[] =>
  [...line.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));

/** The head of a row (« Profil », « Nombre maximum ») and its other tokens. */
function split(
  line: string,
  head: RegExp,
  cell: RegExp,
): { head: string; cells: Token[] } | undefined {
  const tokens = tokensOf(line);
  const k = tokens.findIndex((t) => cell.test(t.text));
  if (k < 1) return undefined;
  const label = tokens
    .slice(0, k)
    .map((t) => t.text)
    .join(' ');
  if (!head.test(label) || !tokens.slice(k).every((t) => cell.test(t.text))) return undefined;
  return { head: label, cells: tokens.slice(k) };
}

export function spaceGrids(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? '';
    if (line.includes('\t')) continue;
    const codes = split(line, CODES_HEAD, CODE);
    if (!codes || codes.cells.length < 3) continue;
    let n = i + 1;
    while (n < out.length && n <= i + 2 && !(out[n] ?? '').trim()) n++;
    const numbers = (out[n] ?? '').includes('\t')
      ? undefined
      : split(out[n] ?? '', NUMBERS_HEAD, NUMBER);
    if (!numbers) continue;
    // each number under the code whose text it overlaps, or nearest within two characters
    const cells = codes.cells.map(() => '–');
    let fits = true;
    for (const t of numbers.cells) {
      const mid = (t.start + t.end - 1) / 2;
      let best = -1;
      let gap = Infinity;
      codes.cells.forEach((c, k) => {
        const d = mid < c.start ? c.start - mid : mid > c.end - 1 ? mid - (c.end - 1) : 0;
        if (d < gap) [best, gap] = [k, d];
      });
      if (best < 0 || gap > 2 || cells[best] !== '–') {
        fits = false;
        break;
      }
      cells[best] = /^\d/.test(t.text) ? t.text : '–';
    }
    if (!fits) continue;
    out[i] = [codes.head, ...codes.cells.map((c) => c.text)].join('\t');
    out[n] = [numbers.head, ...cells].join('\t');
    i = n;
  }
  return out;
}
