/** Justified lines whose stretched word gaps a PDF printed as gaps, merged back into one fragment. */
import { LIST_MARKER } from './pdf-columns';
import type { Fragment, VisualLine } from './pdf-geometry';

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
export function mergeJustified(line: VisualLine, right: number): VisualLine {
  // a bullet's gap is not a word gap
  const skip = line.fragments.length > 1 && LIST_MARKER.test(line.fragments[0]!.text) ? 1 : 0;
  const words = line.fragments.slice(skip);
  const gaps = words.slice(1).map((f) => f.gapBefore);
  if (gaps.length >= 2 && line.end >= right - 3 && alike(gaps)) {
    // a short line ended by a manual line break in a justified paragraph (« Rôle : Administrateur
    // local ⏎ ») is stretched to the margin: its gaps are all the same, however wide
    const same = Math.max(...gaps) - Math.min(...gaps) <= 1;
    if (Math.max(...gaps) <= line.size * 2 || same)
      return {
        ...line,
        fragments: [...line.fragments.slice(0, skip), mergeFragments(words)],
        ...(Math.min(...gaps) > line.size * 2.5 ? { stretched: true } : {}),
      };
  }
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
    // (« T1 T2 T3 … », « 3 1 2 »: a row of narrow cells, codes or numbers an em apart or
    // more, is a table's row, not stretched words; « 03 21 61 27 96 » is one phone number)
    const cells =
      words.slice(i, j).every((f) => /^\S*\d\S*$/.test(f.text)) &&
      words.slice(i + 1, j).every((f) => f.gapBefore >= line.size);
    if (j - i >= 3 && !cells) out.push(mergeFragments(words.slice(i, j)));
    else out.push(...words.slice(i, j));
    i = j;
  }
  return out.length === line.fragments.length ? line : { ...line, fragments: out };
}
