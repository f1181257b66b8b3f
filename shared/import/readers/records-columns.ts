/**
 * A contacts table given column by column, as pdftotext or an OCR gives a table it cannot
 * follow across: « Fonction », then every role label, one per line; « Nom », then every name;
 * « Adresse mél », then every e-mail; « Téléphone », then every phone. Rows are rebuilt by
 * rank: the role column says how many rows there are, and a column is read only when it has
 * exactly that many cells (an empty cell written « – »). A column with another count lost its
 * empty cells: nobody can tell whose values they are, so the column is reported, never
 * attributed by guess.
 */
import { findEmails, findPhones, fold, isPageMark, isPlaceholder } from '../text-tools';
import { foldLoose, phonesTolerant } from './anchors';
import type { ContactRecord } from './records';
import { cellPersonName } from './records-pieces';
import { roleLabel } from './records-roles';

export type ColumnKind = 'role' | 'name' | 'email' | 'phone' | 'other';

/** What a column header line announces (« Adresse mél/balf » → email); undefined when no header. */
export function columnHeader(line: string): ColumnKind | undefined {
  const f = foldLoose(line)
    .replace(/[^a-z/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!f || f.length > 45) return undefined;
  if (/^(?:fonctions?|roles?|qualites?)(?: et (?:denomination|nom|identite))?$/.test(f))
    return 'role';
  if (
    /^(?:(?:noms?(?: et prenoms?| prenoms?)?|prenoms?(?: et)? noms?|identite)(?:,? (?:et )?(?:fonctions?|qualites?|grades?))?|denomination)$/.test(
      f,
    )
  )
    return 'name';
  if (
    /^(?:adresse )?(?:mel|mail|e ?mail|courriel)(?: ?\/ ?balf?)?$|^adresse (?:electronique|de messagerie)$|^(?:messagerie|balf?)$/.test(
      f,
    )
  )
    return 'email';
  if (/^(?:telephones?|tel|numeros? de telephone|ligne directe)$/.test(f)) return 'phone';
  if (/^(?:service|direction|observations?|adresse postale|poste occupe)$/.test(f)) return 'other';
  return undefined;
}

/** An empty cell: « – », « - », « néant », « / ». */
const emptyCell = (cell: string) =>
  /^[-–—/.]+$|^(?:neant|nc|n\/c|sans objet|aucun|aucune)$/.test(fold(cell).trim());

/** « y.le-goff@ville,fr »: an e-mail whose last dot an OCR read as a comma. */
function emailsOf(cell: string): { emails: string[]; corrected: boolean } {
  const plain = findEmails(cell);
  if (plain.length) return { emails: plain, corrected: false };
  const fixed = cell.replace(/(@[\w.-]+),(?=[a-z]{2,4}\b)/gi, '$1.');
  const again = fixed === cell ? [] : findEmails(fixed);
  return { emails: again, corrected: again.length > 0 };
}

interface Column {
  kind: ColumnKind;
  header: number;
  cells: { text: string; index: number }[];
}

/** Does a cell have the shape its column asks for? */
function fits(kind: ColumnKind, text: string): boolean {
  if (emptyCell(text) || isPlaceholder(text)) return true;
  if (kind === 'email') return emailsOf(text).emails.length > 0;
  if (kind === 'phone') return phonesTolerant(text, findPhones).phones.length > 0;
  if (kind === 'name') return Boolean(cellPersonName(text));
  return true;
}

export interface ColumnRead {
  records: ContactRecord[];
  /** Header lines of columns that could not be matched row by row. */
  unreadColumns: number[];
}

/** The columns of [from, to): a header line, then its cells up to the next header. */
function columnsOf(lines: readonly string[], from: number, to: number): Column[] | undefined {
  const cols: Column[] = [];
  for (let i = from; i < to; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    if (line.includes('\t')) return undefined;
    if (cols.length && isPageMark(line)) continue;
    const kind = columnHeader(line);
    if (kind) {
      // two headers in a row: a header row written one cell per line, not columns
      if (cols.length && cols[cols.length - 1]!.cells.length === 0) return undefined;
      cols.push({ kind, header: i, cells: [] });
      continue;
    }
    if (!cols.length) {
      // text before the first header ends nothing, but a table row means another layout
      if (findEmails(line).length || findPhones(line).length) return undefined;
      continue;
    }
    cols[cols.length - 1]!.cells.push({ text: line, index: i });
  }
  return cols;
}

/**
 * The records of a table laid out column by column in [from, to); undefined when the region
 * is not such a table (no role column followed by at least one other column).
 */
export function readColumns(
  lines: readonly string[],
  from: number,
  to: number,
): ColumnRead | undefined {
  const cols = columnsOf(lines, from, to);
  if (!cols || cols.length < 2 || cols[0]!.kind !== 'role') return undefined;
  if (new Set(cols.map((c) => c.kind)).size !== cols.length) return undefined;
  // the role column: a role label opens a row; a name under it (« Fonction et dénomination »)
  // is that row's; a line that completes the label above (a wrapped label) goes on with it
  const rows: (ContactRecord & { label: string })[] = [];
  const roleCells = cols[0]!.cells;
  for (let k = 0; k < roleCells.length; k++) {
    let c = roleCells[k]!;
    const next = roleCells[k + 1];
    // « Délégué à la protection des » / « données »: a label wrapped over two cells
    if (!roleLabel(c.text) && next) {
      const joined = `${c.text} ${next.text}`;
      if ((roleLabel(joined)?.end ?? 0) > c.text.length + 1) {
        c = { text: joined, index: c.index };
        k++;
      }
    }
    const role = roleLabel(c.text);
    const cur = rows[rows.length - 1];
    const longer = cur ? roleLabel(`${cur.label} ${c.text}`) : undefined;
    const continues = !role || /^\p{Ll}/u.test(c.text);
    if (cur && longer && longer.end > cur.label.length + 1 && continues) {
      cur.label = `${cur.label} ${c.text}`;
      cur.role = longer.role;
      continue;
    }
    if (role && tail(c.text, role.end)) {
      rows.push({
        label: c.text,
        role: role.role,
        index: c.index,
        names: [],
        emails: [],
        phones: [],
        corrected: role.corrected,
        plural: /^\p{L}{4,}[sx](?![\p{L}])/u.test(c.text),
      });
      continue;
    }
    const name = cellPersonName(c.text);
    if (cur && name && !cur.names.length) {
      cur.names.push({ kind: 'name', value: name, index: c.index });
      continue;
    }
    if (emptyCell(c.text)) continue;
    // a cell that is neither a label, a name nor a blank: the column is not understood
    return undefined;
  }
  if (!rows.length) return undefined;
  const unreadColumns: number[] = [];
  const last = cols[cols.length - 1]!;
  for (const col of cols.slice(1)) {
    let cells = col.cells;
    // the last column runs to the end of the region: it stops at the first cell of another shape
    if (col === last && col.kind !== 'other') {
      const stop = cells.findIndex((c) => !fits(col.kind, c.text));
      if (stop >= 0) cells = cells.slice(0, stop);
    }
    if (col.kind === 'other') continue;
    if (col.kind === 'name' && cells.length > rows.length) cells = namesWithTheirLines(cells);
    if (cells.length !== rows.length || cells.some((c) => !fits(col.kind, c.text))) {
      unreadColumns.push(col.header);
      continue;
    }
    for (const [k, c] of cells.entries()) {
      const row = rows[k]!;
      if (emptyCell(c.text) || isPlaceholder(c.text)) continue;
      if (col.kind === 'name') {
        const name = cellPersonName(c.text)!;
        if (!row.names.some((n) => n.value === name))
          row.names.push({ kind: 'name', value: name, index: c.index });
      } else if (col.kind === 'email') {
        const e = emailsOf(c.text);
        for (const v of e.emails) if (!row.emails.includes(v)) row.emails.push(v);
        if (e.corrected) row.corrected = true;
      } else {
        const p = phonesTolerant(c.text, findPhones);
        for (const v of p.phones) if (!row.phones.includes(v)) row.phones.push(v);
        if (p.corrected) row.corrected = true;
      }
    }
  }
  return { records: rows.map(({ label: _label, ...r }) => r), unreadColumns };
}

/** What follows a role label in its cell is nothing but a qualifier (« (CIL) », « » »). */
function tail(text: string, end: number): boolean {
  const rest = text
    .slice(end)
    .replace(/["»”]/g, '')
    .replace(/\([^)]*\)?/g, '')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 3;
}

/**
 * A « Nom et fonction » column: each cell is a name followed by its job title on the next
 * lines. A line that is not a person's name goes on with the name above; a first line that is
 * not a name leaves the column as it is (it will not match the rows and is reported).
 */
function namesWithTheirLines(cells: Column['cells']): Column['cells'] {
  const out: Column['cells'] = [];
  for (const c of cells) {
    const opens = emptyCell(c.text) || isPlaceholder(c.text) || Boolean(cellPersonName(c.text));
    if (opens || !out.length) out.push({ ...c });
    else if (!cellPersonName(out[out.length - 1]!.text)) return cells;
  }
  return out;
}
