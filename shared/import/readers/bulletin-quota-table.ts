/**
 * Quota tables of a bulletin d'adhésion: one row per line (tabs or spaces), or one cell per
 * line, or given column by column. A row that cannot be read is skipped and flagged, and the
 * table is read on to the next heading.
 */
import type { Extracted, QuotaValue } from '../types';
import { isPageMark, isRunningLine } from '../text-tools';
import { foldLoose } from './anchors';
import { at, type Ctx } from './context';
import { isHeadingLine } from './paragraphs';
import { bulletinTitle } from './segmentation';
import {
  KNOWN_PROFILES,
  illegible,
  profileByLabel,
  profileCode,
  quotaAt,
  quotaNumber,
  splitCode,
} from './bulletin-quotas';
import { sideBySideRow } from './bulletin-quota-columns';
import { spacedRow } from './bulletin-quota-rows';

const QUOTA_HEADER =
  /\bprofils?\b.*\b(?:nombre|quotas?|maximum|maximal|utilisateurs|habilitations|avenant|initial|nouveau)\b/;

/** The header row of a quota table (not the sentence introducing the profiles). */
export function isQuotaHeader(line: string): boolean {
  if (line.length > (line.includes('\t') ? 200 : 90)) return false;
  // (« Profils … », « Code profil Quota »)
  const head = /^(?:codes?\s+)?profils?\b/i.test(line);
  if (!line.includes('\t') && !head) return false;
  if (/:\s*$/.test(line) && !head) return false;
  return QUOTA_HEADER.test(foldLoose(line));
}

function stopsTable(ctx: Ctx, i: number): boolean {
  const line = ctx.lines[i] ?? '';
  if (isHeadingLine(line) || bulletinTitle(ctx.lines, i)) return true;
  if (/^fait\s+[àa](?=\s)|^pour (?:la|le)\b/i.test(line)) return true;
  // (« T5 – Chargés de suivi des dossiers RSA et accompagnement des BRSA »: a row whose number
  // cell is empty, its tab trimmed, is no sentence ending the table)
  return line.length > 60 && !line.includes('\t') && !/^T\s?\d{1,2}\s*[–—:-]\s/.test(line);
}

/**
 * A quota table's header given one cell per line (« Profils », then « Nombre d'utilisateurs
 * autorisés », maybe « Libellé » between them): the line after its last cell, or undefined.
 */
export function headerCellsEnd(
  lines: readonly string[],
  i: number,
  to: number,
): number | undefined {
  if (
    !/^(?:code\s+)?profils?(?:\s+(?:utilisateurs?|d'utilisateurs?|habilit[ée]s?))?\s*:?$/i.test(
      (lines[i] ?? '').trim(),
    )
  )
    return undefined;
  for (let j = i + 1, cells = 0; j < to && cells < 3; j++) {
    const line = (lines[j] ?? '').trim();
    if (!line) continue;
    if (line.length > 60 || /\d/.test(line) || line.includes('\t')) return undefined;
    cells++;
    if (/\b(?:nombre|quotas?|maximum|maximal|utilisateurs)\b/.test(foldLoose(line))) return j + 1;
  }
  return undefined;
}

/**
 * An avenant's quota table gives the old numbers and the new ones (« Nombre avant avenant »,
 * « À compter du présent avenant »): the new column's place in the header, when the header
 * names both.
 */
export function newNumbersColumn(header: string): number | undefined {
  const cells = header.split('\t').map((c) => foldLoose(c));
  const after = cells.findIndex((c) =>
    /\b(?:a compter|apres|nouveau|nouvelle|modifie|desormais)\b/.test(c),
  );
  const before = cells.findIndex((c) => /\b(?:avant|initial|ancien|actuel)\b/.test(c));
  return after > 0 && before > 0 && after !== before ? after : undefined;
}

/** « 8 accès », « 2 utilisateurs », « 0 (ouverture à l'étude) »: the unit or a note after the number. */
const UNIT =
  /\s*(?:acc[èe]s|utilisateurs?|habilitations?|agents?|personnes?|postes?)?\s*(?:\([^)]*\))?\s*\.?$/i;

/** A quota cell, its unit or note left aside. */
export function quotaCell(cell: string): { max: number; corrected: boolean } | undefined {
  const t = cell.trim();
  const bare = t.replace(UNIT, '');
  return quotaNumber(bare && /\d/.test(bare) ? bare : t);
}

export function quotaRows(
  ctx: Ctx,
  from: number,
  to: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] {
  const out: Extracted<QuotaValue>[] = [];
  const header = ctx.lines[from - 1] ?? '';
  const newColumn = isQuotaHeader(header) ? newNumbersColumn(header) : undefined;
  const headerCells = header.split('\t').length;
  let pending: { code: string; index: number; corrected: boolean } | undefined;
  // codes one per line with no number between them: the table may be given column by column
  let codesInRun = 0;
  let started = false;
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i] ?? '';
    // a page's running footer (« Contrat de service – Commune de X 3/4 ») cuts the table, not ends it
    if (!line || isPageMark(line) || (started && isRunningLine(ctx.lines, i))) continue;
    // « T13 Commissions FSL (Fonds de solidarité pour le logement) 3 », « Action sociale 2 »,
    // « Consultation des dossiers (T1) …… 2 »: a row on one line with its label (however long)
    const spaced = newColumn === undefined ? spacedRow(line, checkCatalogue) : undefined;
    if (spaced) {
      if ('illegible' in spaced) illegible(ctx, i);
      else
        out.push(
          quotaAt(
            ctx,
            i,
            spaced.code,
            spaced.max,
            spaced.by === 'code' ? 'high' : 'medium',
            spaced.corrected,
          ),
        );
      started = true;
      pending = undefined;
      codesInRun = 0;
      continue;
    }
    if (stopsTable(ctx, i)) break;
    // two tables side by side, their rows joined: « T2 T13 4 »
    const twin = sideBySideRow(ctx, i, checkCatalogue);
    if (twin) {
      out.push(...twin);
      started = true;
      pending = undefined;
      codesInRun = 0;
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    // (« Action sociale ⇥ 2 »: a row naming its profile by the catalogue's label only)
    const labelled = cells.length > 1 ? profileByLabel(cells[0] ?? '') : undefined;
    // (« ET ⇥ Action sociale ⇥ 3 »: a code OCR misread, the label names the profile)
    const misread =
      !labelled &&
      cells.length > 2 &&
      /^[\p{Lu}\d|!([7]\S{0,2}$/u.test(cells[0] ?? '') &&
      !profileCode(cells[0] ?? '')
        ? profileByLabel(cells[1] ?? '')
        : undefined;
    const head =
      splitCode(profileCode(cells[0] ?? ''), cells.length > 1) ??
      (labelled ? { code: labelled, corrected: false, rest: '' } : undefined) ??
      (misread ? { code: misread, corrected: true, rest: '' } : undefined);
    // the header's cells wrapped over the next lines (« d'utilisateurs », « autorisés »)
    if (!head && !started && line.length <= 40 && /^[\p{L}'’ ()-]+$/u.test(line)) continue;
    if (head) started = true;
    if (!head) {
      // a bare number under a code with no value: one cell per line
      const n = cells.length === 1 ? quotaNumber(line) : undefined;
      if (n && pending) {
        // several codes then several numbers: a table given column by column, whose empty
        // cells are lost; the numbers go to the codes in order only when they are as many
        const numbers: number[] = [];
        for (let j = i; j < to && cells.length === 1; j++) {
          const l = ctx.lines[j] ?? '';
          if (!l) continue;
          if (!quotaNumber(l) || l.includes('\t')) break;
          numbers.push(j);
        }
        if (codesInRun > 1 && numbers.length > 1) {
          const codes = out.length === 0 ? codeRun(ctx, from, i, checkCatalogue) : [];
          if (codes.length === numbers.length) {
            codes.forEach((c, k) => {
              const m = quotaNumber(ctx.lines[numbers[k]!] ?? '')!;
              out.push(
                at(
                  ctx,
                  numbers[k]!,
                  { profileCode: c.code, max: m.max },
                  'medium',
                  'Tableau lu colonne par colonne : vérifiez.',
                  m.corrected || c.corrected,
                ),
              );
            });
          } else for (const j of numbers) illegible(ctx, j);
          pending = undefined;
          codesInRun = 0;
          i = numbers[numbers.length - 1]!;
          continue;
        }
        out.push(quotaAt(ctx, i, pending.code, n.max, 'medium', n.corrected || pending.corrected));
        pending = undefined;
        codesInRun = 0;
        continue;
      }
      // a label that wrapped in its cell, under a row already read (« et de l'enfance »)
      if (
        !pending &&
        out.length &&
        cells.length === 1 &&
        line.length <= 80 &&
        /^[\p{L}\s,'’():–-]+$/u.test(line)
      )
        continue;
      // a label cell on its own line between a code and its number (« T1 », « Action sociale », « 2 »)
      if (pending && cells.length === 1 && line.length <= 80 && /^[\p{L}\s,'’():–-]+$/u.test(line))
        continue;
      if (line.length <= 30 && (/\d/.test(line) || /^t\W?\S{0,3}\b/i.test(line))) {
        illegible(ctx, i);
        pending = undefined;
        continue;
      }
      break;
    }
    if (checkCatalogue && !KNOWN_PROFILES.has(head.code)) {
      illegible(ctx, i);
      pending = undefined;
      continue;
    }
    // « T1 ⇥ Commissions FSL ⇥ 2 »: the label names another profile than the code
    const named = cells.length > 2 ? profileByLabel(cells[1] ?? '') : undefined;
    if (named && named !== head.code) {
      illegible(ctx, i);
      pending = undefined;
      continue;
    }
    if (cells.length > 1 && head.rest && !/^[\s:–-]*\(?\p{L}{2}/u.test(head.rest)) {
      // « T1? », « T13# »: the code cell itself is damaged (« T13 (TD) » is a note, not damage)
      illegible(ctx, i);
      pending = undefined;
      continue;
    }
    const rest =
      cells.length > 1
        ? cells.slice(1).filter(Boolean)
        : head.rest
          ? [head.rest.replace(/^[\s:–-]+/, '')]
          : [];
    const last = rest[rest.length - 1];
    if (last === undefined || last === '') {
      pending = { code: head.code, index: i, corrected: head.corrected };
      if (cells.length === 1) codesInRun++;
      continue;
    }
    pending = undefined;
    codesInRun = 0;
    // « T13 Commissions Fsl 4 »: the number ends the row; with cells, a label column may
    // follow the number (« T1 | 3 | Action sociale »): the last cell that is a number
    if (newColumn !== undefined && cells.length === headerCells) {
      // the new number, or none (« – »: the profile is closed by the avenant)
      const n = quotaNumber(cells[newColumn] ?? '');
      if (n) out.push(quotaAt(ctx, i, head.code, n.max, 'high', head.corrected || n.corrected));
      continue;
    }
    const numberCell = cells.length > 1 ? [...rest].reverse().find((c) => quotaCell(c)) : undefined;
    if (cells.length > 1 && !numberCell && rest.every((c) => /^[\p{L}\s,'’():–-]+$/u.test(c)))
      continue; // labels, no quota
    const tail =
      cells.length > 1
        ? (numberCell ?? last)
        : (/(\S+)$/.exec(last.replace(UNIT, ''))?.[1] ?? last);
    const n = quotaCell(tail);
    if (!n) {
      if (cells.length === 1 && /^[\p{L}\s,'():–-]+$/u.test(last)) continue; // a label, no quota
      illegible(ctx, i);
      continue;
    }
    out.push(quotaAt(ctx, i, head.code, n.max, 'high', head.corrected || n.corrected));
  }
  return out;
}

/** The codes alone on their lines in [from, to), in order (a column of a table read column by column). */
function codeRun(
  ctx: Ctx,
  from: number,
  to: number,
  checkCatalogue: boolean,
): { code: string; corrected: boolean }[] {
  const out: { code: string; corrected: boolean }[] = [];
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i] ?? '';
    const head = line && !line.includes('\t') ? splitCode(profileCode(line), false) : undefined;
    if (head && !head.rest && (!checkCatalogue || KNOWN_PROFILES.has(head.code)))
      out.push({ code: head.code, corrected: head.corrected });
  }
  return out;
}

/** A line of a profile grid: codes, each maybe followed by its number (« T1 3 ⇥ T13 ⇥ 2 »). */
const GRID_LINE = /^(?:T ?\d{1,2}(?: \d{1,3})?)(?: T ?\d{1,2}(?: \d{1,3})?)*$/;

/**
 * A profile grid whose header could not be read (a PDF's header cells spread over three lines):
 * three lines or more in a row made only of profile codes, each maybe followed by its number.
 * A number is read only right after its code; nothing else is guessed.
 */
export function codeGridQuotas(
  ctx: Ctx,
  from: number,
  to: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] {
  const grid = (i: number) =>
    GRID_LINE.test((ctx.lines[i] ?? '').replace(/\t/g, ' ').replace(/\s+/g, ' ').trim());
  for (let i = from; i < to; i++) {
    if (!grid(i)) continue;
    let end = i;
    while (end < to && grid(end)) end++;
    if (end - i < 3) {
      i = end;
      continue;
    }
    const out: Extracted<QuotaValue>[] = [];
    for (let k = i; k < end; k++) {
      const tokens = (ctx.lines[k] ?? '').replace(/\t/g, ' ').trim().split(/\s+/);
      for (let t = 0; t < tokens.length; t++) {
        const code = /^T\d{1,2}$/.test(tokens[t]!)
          ? tokens[t]!
          : tokens[t] === 'T' && /^\d{1,2}$/.test(tokens[t + 1] ?? '')
            ? `T${tokens[++t]}`
            : undefined;
        if (!code) continue;
        const n = /^\d{1,3}$/.test(tokens[t + 1] ?? '') ? Number(tokens[++t]) : undefined;
        if (n === undefined || (checkCatalogue && !KNOWN_PROFILES.has(code))) continue;
        out.push(
          at(
            ctx,
            k,
            { profileCode: code, max: n },
            'medium',
            'Tableau des profils lu sans son en-tête : vérifiez.',
          ),
        );
      }
    }
    return out;
  }
  return [];
}
