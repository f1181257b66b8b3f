/**
 * Tables of a text laid out with spaces (pdftotext -layout, a fixed-width export): the cells
 * of a row stand apart by runs of spaces, at the columns its header row sets. Those rows
 * become tab-separated cells, the way the readers take a table, before spaces are collapsed.
 * Only lines under a header row whose every cell fits a column are changed; prose, even
 * justified with wide gaps, is left as it is.
 */

import { isPageMark, isRunningLine } from './text-tools';

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a line: runs of two spaces or more part them. */
function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A phone or an e-mail ending a cell one space after its text. */
const TRAILING_DETAIL = /^(.*\S) ((?:0\d(?:[ .]?\d{2}){4})|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/;

/** A cell that ends with a phone or an e-mail one space after its text, as two cells. */
function detailsApart(cell: Cell): Cell[] {
  const m = TRAILING_DETAIL.exec(cell.text);
  if (!m || /^(?:t[ée]l|m[ée]l|courriel|e-?mail|fax|portable|mobile)\b\.?\s*:?$/i.test(m[1]!))
    return [cell];
  const at = cell.start + m[1]!.length + 1;
  return [
    ...detailsApart({ text: m[1]!, start: cell.start, end: cell.start + m[1]!.length }),
    { text: m[2]!, start: at, end: cell.end },
  ];
}

/** A profile code heading a grid's column (« T13 »). */
const PROFILE = /^T ?\d{1,2}$/i;

const HEADER_WORD =
  /^(?:t ?\d{1,2}$|fonctions?|r[ôo]les?|qualit[ée]s?|noms?|pr[ée]noms?|identit[ée]|adresses?|m[ée]l|mail|e-?mail|courriel|t[ée]l|t[ée]l[ée]phones?|mobile|portable|fixe|niveaux?|profils?|codes?|libell[ée]s?|nombres?|quotas?|maximum|observations?|services?|sites?|structures?|interlocuteurs?|coordonn[ée]es|ordre|rang|date|habilitations?|(?:pour\s+)?(?:la\s+)?caf\b.*|(?:pour\s+)?(?:le\s+)?partenaire)\b/i;

/** Where each column begins: after the end of the header cell before it (headers are often
 *  centred over their column, so a cell may start left of its header). */
interface Columns {
  lo: number[];
}

/** A header row: three cells or more, short, most of them a table's usual words. */
function headerColumns(line: string): Columns | undefined {
  if (line.includes('\t')) return undefined;
  const cells = cellsOf(line);
  if (
    cells.length < 3 ||
    cells.some(
      (c) => c.text.length > 40 || /@/.test(c.text) || /\d{2}/.test(c.text.replace(PROFILE, '')),
    )
  )
    return undefined;
  // (a grid's row of codes is a header only after its « Profil » cell, never with a number)
  if (PROFILE.test(cells[0]!.text) || cells.some((c) => /^\d+$/.test(c.text))) return undefined;
  // (« Profils ⇥ Nombre ⇥ Profils ⇥ Nombre »: two tables side by side, read elsewhere)
  if (new Set(cells.map((c) => c.text.toLowerCase())).size < cells.length) return undefined;
  const known = cells.filter((c) => HEADER_WORD.test(c.text)).length;
  if (known < Math.ceil(cells.length * 0.6)) return undefined;
  return { lo: cells.map((_, k) => (k === 0 ? 0 : cells[k - 1]!.end + 1)) };
}

/**
 * The column of each cell, or undefined when the line is no row of the table: two cells in one
 * column, or a cell running past the start of the column after next (prose).
 */
function placeCells(cells: Cell[], columns: Columns): number[] | undefined {
  const { lo } = columns;
  const out: number[] = [];
  for (const c of cells) {
    let col = 0;
    for (let k = 0; k < lo.length; k++) if (lo[k]! <= c.start) col = k;
    const after = lo[col + 2];
    if (after !== undefined && c.end > after) return undefined;
    if (out.length && out[out.length - 1]! >= col) return undefined;
    out.push(col);
  }
  return out;
}

/** The lines with the rows of space-laid tables turned into tab-separated cells (same count). */
export function tabsFromLayout(lines: readonly string[]): string[] {
  const out = [...lines];
  let starts: Columns | undefined;
  /** Lines in a row that do not fit the table (a side sub-row « Pour le partenaire : »). */
  let misfits = 0;
  /** Per column, a row whose phone lost its last pair to the next line of its cell. */
  const cutPhones = new Map<number, { line: number; row: string[] }>();
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? '';
    const header = headerColumns(line);
    if (header) {
      starts = header;
      misfits = 0;
      cutPhones.clear();
      out[i] = cellsOf(line)
        .map((c) => c.text)
        .join('\t');
      continue;
    }
    if (!starts || !line.trim()) continue;
    // a page break inside the table (« - 9 - », a running footer « … Paraphes : FB / GV »): the
    // table goes on under it
    if (isPageMark(line) || isRunningLine(lines, i)) continue;
    let cells = line.includes('\t') ? [] : cellsOf(line);
    let cols = cells.length ? placeCells(cells, starts) : undefined;
    // (« Responsable du département relations partenaires 04 66 27 58 03 »: a cell filling its
    // column to the last character, one space before the next cell's phone or e-mail)
    if (!cols && cells.length) {
      const split = cells.flatMap(detailsApart);
      if (split.length > cells.length) {
        cols = placeCells(split, starts);
        if (cols) cells = split;
      }
    }
    if (!cols) {
      misfits++;
      // a long line that fits no column, or a few in a row: the table is over
      if (line.trim().length > 40 || misfits >= 3) starts = undefined;
      continue;
    }
    misfits = 0;
    const row: string[] = [];
    cells.forEach((c, k) => {
      row[cols[k]!] = c.text;
    });
    // « 04 50 88 63 » then, a line or two below in the same column, « 14 »: a phone wrapped
    // in its cell
    for (const [col, text] of row.entries()) {
      const cut = cutPhones.get(col);
      if (cut && i - cut.line <= 3 && text && /^\d{2}$/.test(text)) {
        cut.row[col] = `${cut.row[col]} ${text}`;
        out[cut.line] = joinRow(cut.row);
        row[col] = '';
        cutPhones.delete(col);
      } else if (text && CUT_PHONE.test(text)) cutPhones.set(col, { line: i, row });
    }
    out[i] = joinRow(row);
  }
  return out;
}

/** The first cell of a grid's row of codes: « Profil », « Codes », or nothing. */
export const GRID_CODES = /^(?:(?:code\s+)?profils?|codes?)?\s*:?$/i;
const GRID_NUMBERS = /^(?:nombre|nb|quotas?|maximum|habilitations|utilisateurs)\b/i;

/**
 * A profile grid across the page (« Profil ⇥ T1 ⇥ T2 … », then « Nombre ⇥ 4 ⇥ ⇥ 2 »; or a code
 * in every cell, « T1 ⇥ T2 ⇥ … ⇥ T13 », over « 3 ⇥ ⇥ ⇥ 1 … » with no header column): the empty
 * cells of its numbers row are written « – », since runs of tabs are collapsed later and a
 * number would otherwise move under another code; so are the empty cells trimmed off its end.
 */
export function gridBlanks(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const codes = (out[i] ?? '').split('\t');
    const offset = GRID_CODES.test(codes[0]!.trim()) ? 1 : PROFILE.test(codes[0]!.trim()) ? 0 : -1;
    if (
      codes.length < 3 ||
      offset < 0 ||
      !codes.slice(offset).every((c) => !c.trim() || PROFILE.test(c.trim()))
    )
      continue;
    let n = i + 1;
    while (n < out.length && n <= i + 2 && !(out[n] ?? '').trim()) n++;
    const cells = (out[n] ?? '').split('\t');
    const numbers = offset
      ? cells.length >= 2 && GRID_NUMBERS.test(cells[0]!.trim())
      : cells.length >= 2 &&
        cells.every((c) => /^\s*(?:\d{1,3}|[-–—])?\s*$/.test(c)) &&
        cells.some((c) => /\d/.test(c));
    if (!numbers) continue;
    // (an empty cell kept inside the row: its cells keep their places, so the missing ones at
    // the end are empty cells an editor trimmed, not cells lost anywhere as in a PDF)
    if (cells.length < codes.length && cells.slice(offset).some((c) => !c.trim()))
      cells.push(...Array<string>(codes.length - cells.length).fill(''));
    out[n] = cells.map((c, k) => (k >= offset && !c.trim() ? '–' : c)).join('\t');
  }
  return out;
}

/** A French phone missing its last pair (« 04 50 88 63 »). */
const CUT_PHONE = /^0\d(?:[ .]\d{2}){3}$/;
const joinRow = (row: readonly (string | undefined)[]) =>
  Array.from(row, (c) => c ?? '').join('\t');
