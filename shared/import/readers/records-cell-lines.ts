/**
 * A contacts table exported one cell per line (a Word or PDF export): its header row given
 * as « Nom », « Prénom », « Fonction », « Téléphone », « Mél » on successive lines, then each
 * row's cells on the next lines, in the same order, with section rows (« Partenaire »,
 * « Pour la Caf ») between rows. The rows are put back on one line each (cells apart by tabs)
 * so the row reader classifies their pieces as it does any table's. An empty cell may be an
 * empty line or no line at all: each reading is tried, and kept only when every row's cells
 * have the shapes their columns ask for; otherwise the lines are left as they are.
 */
import { findEmails, findPhones, isPageMark, isPlaceholder } from '../text-tools';
import { phonesTolerant } from './anchors';
import { columnHeader } from './records-columns';
import { cellPersonName } from './records-pieces';
import { rowField } from './records-person-columns';

type Kind = 'name' | 'family' | 'given' | 'role' | 'email' | 'phone' | 'other';

/** The column a header line names. */
function headerKind(line: string): Kind | undefined {
  const t = line.trim();
  if (!t || t.includes('\t') || t.length > 40) return undefined;
  const field = rowField(t);
  if (field && field !== 'other') return field;
  const column = columnHeader(t);
  // (« Fonction », « Rôle »: where the role, or the job title holding it, is written)
  if (column === 'role' || field === 'other') return 'role';
  return column;
}

const blank = (cell: string) => !cell.trim() || /^[-–—/.]+$/.test(cell.trim());

/** Does a cell have the shape its column asks for? */
function fits(kind: Kind, cell: string): boolean {
  if (blank(cell) || isPlaceholder(cell)) return true;
  const email = findEmails(cell).length > 0;
  const phone = phonesTolerant(cell, findPhones).phones.length > 0;
  if (kind === 'email') return email;
  if (kind === 'phone') return phone && !email;
  if (email || phone) return false;
  if (kind === 'family' || kind === 'given') return /^\p{Lu}[\p{L}'’ -]{0,40}$/u.test(cell.trim());
  if (kind === 'name') return Boolean(cellPersonName(cell));
  return true;
}

/**
 * A copy of `lines` where the one-cell-per-line table of [from, to), if any, has each row on
 * the line of its first cell (the other lines of the row left empty); `isSection` says which
 * lines are section rows. The same array when there is no such table.
 */
export function rowsFromCellLines(
  lines: readonly string[],
  from: number,
  to: number,
  isSection: (line: string) => boolean,
): readonly string[] {
  for (let i = from; i < to; i++) {
    if (!(lines[i] ?? '').trim()) continue;
    const kinds: Kind[] = [];
    let j = i;
    for (; j < to; j++) {
      const k = headerKind(lines[j] ?? '');
      if (!k || kinds.includes(k)) break;
      kinds.push(k);
    }
    const named = kinds.includes('name') || kinds.includes('family');
    if (kinds.length < 3 || !named || !(kinds.includes('email') || kinds.includes('phone'))) {
      if (kinds.length) i = j - 1;
      continue;
    }
    for (const emptyLines of [true, false]) {
      const rows = groups(lines, j, to, kinds, emptyLines, isSection);
      if (!rows) continue;
      const out = [...lines];
      for (const r of rows) {
        for (const k of r.lines) out[k] = '';
        out[r.lines[0]!] = r.cells.join('\t');
      }
      for (let h = i; h < j; h++) out[h] = '';
      out[i] = lines
        .slice(i, j)
        .map((l) => l.trim())
        .join('\t');
      return out;
    }
    return lines;
  }
  return lines;
}

/** The rows after the header, each `kinds.length` cells; undefined when a row misfits. */
function groups(
  lines: readonly string[],
  from: number,
  to: number,
  kinds: Kind[],
  emptyLines: boolean,
  isSection: (line: string) => boolean,
): { lines: number[]; cells: string[] }[] | undefined {
  const rows: { lines: number[]; cells: string[] }[] = [];
  let cur: { lines: number[]; cells: string[] } | undefined;
  let end = to;
  while (end > from && !(lines[end - 1] ?? '').trim()) end--;
  for (let k = from; k < end; k++) {
    const line = lines[k] ?? '';
    if (isPageMark(line)) continue;
    if (line.includes('\t')) return undefined;
    if (!cur) {
      // between rows: a section row, or a blank line separating rows
      if (!line.trim() || isSection(line)) continue;
      cur = { lines: [], cells: [] };
    } else if (!line.trim() && !emptyLines) continue;
    const kind = kinds[cur.cells.length]!;
    if (!fits(kind, line)) return undefined;
    cur.cells.push(line.trim());
    cur.lines.push(k);
    if (cur.cells.length === kinds.length) {
      rows.push(cur);
      cur = undefined;
    }
  }
  if (cur || rows.length === 0) return undefined;
  return rows;
}
