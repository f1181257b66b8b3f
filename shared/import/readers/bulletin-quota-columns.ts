/**
 * Quota tables whose columns the text layer did not keep side by side:
 * - given column by column: « Profils », every profile on its own line, then « Nombre
 *   d'utilisateurs autorisés », every number (« – » for an empty cell). The numbers go to the
 *   profiles by rank only when they are exactly as many; otherwise the numbers are flagged;
 * - two tables printed side by side, whose rows were joined (« T2 T13 4 »): each profile
 *   starts its own cell, and a number belongs to the profile before it.
 */
import { GRID_CODES } from '../layout-tables';
import type { Extracted, QuotaValue } from '../types';
import { foldLoose } from './anchors';
import { at, type Ctx } from './context';
import { KNOWN_PROFILES, illegible, profileCode, quotaAt, quotaNumber } from './bulletin-quotas';

/** « – », « - », « néant », « / »: a cell left empty on purpose. */
const emptyCell = (s: string) => /^(?:[-–—/.]+|n[ée]ant|aucun|sans objet)$/i.test(s.trim());

/** A profile line of a column: a code and maybe its label, no number. */
function codeLine(line: string): { code: string; corrected: boolean } | undefined {
  const head = profileCode(line);
  if (!head) return undefined;
  const rest = head.rest.trim();
  if (rest && (/\d/.test(rest) || !/^[\s–:(-]*[\p{L}(]/u.test(rest))) return undefined;
  return { code: head.code, corrected: head.corrected };
}

const isNumbersHeader = (line: string) =>
  !/\d/.test(line) &&
  line.length <= 60 &&
  /\b(?:nombre|quotas?|maximum|maximal|utilisateurs|habilitations)\b/.test(foldLoose(line));

/**
 * The quotas of a table given column by column, its header « Profils » at line i; undefined
 * when the lines from i are not such a table. `end` is the line after the last number.
 */
export function columnQuotas(
  ctx: Ctx,
  i: number,
  to: number,
  checkCatalogue: boolean,
): { quotas: Extracted<QuotaValue>[]; end: number } | undefined {
  if (!/^(?:code\s+)?profils?\s*:?$/i.test((ctx.lines[i] ?? '').trim())) return undefined;
  const codes: { code: string; corrected: boolean; index: number }[] = [];
  let j = i + 1;
  let header = -1;
  for (; j < to; j++) {
    const line = (ctx.lines[j] ?? '').trim();
    if (!line) continue;
    if (line.includes('\t')) return undefined;
    const c = codeLine(line);
    if (c) {
      codes.push({ ...c, index: j });
      continue;
    }
    if (isNumbersHeader(line)) header = j;
    break;
  }
  if (header < 0 || codes.length < 2) return undefined;
  const cells: number[] = [];
  let end = header + 1;
  for (let k = header + 1; k < to; k++) {
    const line = (ctx.lines[k] ?? '').trim();
    if (!line) continue;
    if (!quotaNumber(line) && !emptyCell(line)) break;
    cells.push(k);
    end = k + 1;
  }
  const quotas: Extracted<QuotaValue>[] = [];
  if (cells.length !== codes.length) {
    // empty cells lost: whose numbers these are cannot be told
    for (const k of cells.length ? cells : [header]) illegible(ctx, k);
    return { quotas, end };
  }
  codes.forEach((c, k) => {
    const line = ctx.lines[cells[k]!] ?? '';
    const n = quotaNumber(line);
    if (!n) return;
    if (checkCatalogue && !KNOWN_PROFILES.has(c.code)) {
      illegible(ctx, c.index);
      return;
    }
    quotas.push(
      at(
        ctx,
        cells[k]!,
        { profileCode: c.code, max: n.max },
        'medium',
        'Tableau lu colonne par colonne : vérifiez.',
        n.corrected || c.corrected,
      ),
    );
  });
  return { quotas, end };
}

const CODE_TOKEN = /(?<![\p{L}\d])T\s?\d{1,2}(?![\p{L}\d])/gu;

/**
 * A row of two tables printed side by side (« T1 3 T12 », « T2 T13 4 »): the quotas of its
 * cells, each cell running from a profile code to the next; undefined when the line holds
 * fewer than two codes.
 */
export function sideBySideRow(
  ctx: Ctx,
  i: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] | undefined {
  const line = ctx.lines[i] ?? '';
  if (line.includes('\t')) return undefined;
  const starts = [...line.matchAll(CODE_TOKEN)].map((m) => m.index);
  if (starts.length < 2 || starts[0] !== 0) return undefined;
  const out: Extracted<QuotaValue>[] = [];
  for (const [k, start] of starts.entries()) {
    const cell = line.slice(start, starts[k + 1]).trim();
    const head = profileCode(cell);
    if (!head) return undefined;
    const rest = head.rest.trim();
    if (!rest || emptyCell(rest)) continue;
    const last = /(\S+)$/.exec(rest)?.[1] ?? '';
    const n = quotaNumber(last);
    // a label alone (« Action sociale ») holds no quota; digits elsewhere cannot be read
    if (!n) {
      if (/\d/.test(rest)) illegible(ctx, i);
      continue;
    }
    if (checkCatalogue && !KNOWN_PROFILES.has(head.code)) {
      illegible(ctx, i);
      continue;
    }
    out.push(quotaAt(ctx, i, head.code, n.max, 'high', n.corrected));
  }
  return out;
}

/**
 * « Profil ⇥ T1 ⇥ T2 … »: a grid's row of codes, its first cell a header word (or empty); or
 * « T1 ⇥ T2 ⇥ … ⇥ T13 », a code in every cell, no header column. `offset` is the first code's cell.
 */
function codeRow(
  line: string,
): { codes: ({ code: string; corrected: boolean } | undefined)[]; offset: number } | undefined {
  const cells = line.split('\t');
  if (cells.length < 3) return undefined;
  const offset = GRID_CODES.test(cells[0]!.trim()) ? 1 : codeLine(cells[0]!) ? 0 : -1;
  if (offset < 0) return undefined;
  const codes = cells.slice(offset).map((c) => (c.trim() ? codeLine(c) : undefined));
  if (codes.filter(Boolean).length < (offset ? 2 : 3)) return undefined;
  // every filled cell is a code
  return cells.slice(offset).every((c, k) => !c.trim() || codes[k]) ? { codes, offset } : undefined;
}

/** Whether a line is a grid's row of codes (the grid's reader reads it, not a row reader). */
export const isCodeRow = (line: string) => !!codeRow(line);

/** A cell of a grid's row of numbers: a number, or empty. */
const numberOrEmpty = (cell: string) => !cell.trim() || emptyCell(cell) || !!quotaNumber(cell);

/**
 * A grid laid out across the page: a row of profile codes, the row of their numbers under it
 * (« Nombre ⇥ 4 ⇥ ⇥ 2 », or « 4 ⇥ ⇥ 2 » under a row of codes with no header column), maybe in
 * several bands. A number goes to the code of its own cell; a row whose filled cells are not
 * numbers is flagged.
 */
export function rowGridQuotas(
  ctx: Ctx,
  i: number,
  to: number,
  checkCatalogue: boolean,
): { quotas: Extracted<QuotaValue>[]; end: number } | undefined {
  const quotas: Extracted<QuotaValue>[] = [];
  let end = i;
  for (let k = i; k < to;) {
    const row = codeRow(ctx.lines[k] ?? '');
    if (!row) break;
    const { codes, offset } = row;
    let n = k + 1;
    while (n < to && n <= k + 2 && !(ctx.lines[n] ?? '').trim()) n++;
    const cells = (ctx.lines[n] ?? '').split('\t');
    const headed = offset
      ? cells.length >= 2 && isNumbersHeader(cells[0]!)
      : cells.length >= 2 && cells.every(numberOrEmpty) && cells.some((c) => !!quotaNumber(c));
    if (!headed || cells.length > codes.length + offset) break;
    // fewer cells than codes: empty cells were lost (a PDF drops them wherever they are), so
    // whose numbers these are cannot be told: flagged, not given to the first codes
    if (cells.length < codes.length + offset) illegible(ctx, n);
    else
      cells.slice(offset).forEach((cell, c) => {
        const code = codes[c];
        if (!cell.trim() || emptyCell(cell)) return;
        const v = quotaNumber(cell);
        if (!code || !v || (checkCatalogue && !KNOWN_PROFILES.has(code.code))) {
          illegible(ctx, n);
          return;
        }
        quotas.push(quotaAt(ctx, n, code.code, v.max, 'high', v.corrected || code.corrected));
      });
    end = n + 1;
    k = n + 1;
    while (k < to && k <= end + 1 && !(ctx.lines[k] ?? '').trim()) k++;
  }
  return end > i ? { quotas, end } : undefined;
}
