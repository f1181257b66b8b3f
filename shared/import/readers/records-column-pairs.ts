/**
 * A contacts table an OCR gave column by column with its empty cells lost (see
 * records-column-cells.ts): rows are rebuilt only where the pairing is certain, and what
 * cannot be paired is reported, never given by guess.
 * - The role labels, in order, are the rows.
 * - The e-mails go by rank when there are as many as rows (and no mailbox named for a role,
 *   « dpo@… », « rssi.… », lands on another role's row).
 * - A name goes to the row whose e-mail is that person's (« gwenaelle.charrier@… » for
 *   Gwenaëlle CHARRIER, « lestrade@… » for Laurent ESTRADE); with as many names as rows, a
 *   name no e-mail names takes its rank when every other name sits at its own rank.
 * - With as many names as rows and fewer e-mails, the names go by rank and each e-mail to the
 *   one row whose name it spells.
 * - Phones go by rank when there are as many as rows; otherwise they are reported.
 */
import type { ContactRole } from '../../domain/schemas/vocabulary';
import { findPhones, fold, keyOf } from '../text-tools';
import {
  type Cell,
  cellsOf,
  cleanLine,
  isHeader,
  type DetailCell,
  type NameCell,
  type RoleCell,
  type RowCell,
} from './records-column-cells';
import { type ColumnRead, readColumns } from './records-columns';
import type { ContactRecord } from './records';
import { piecesOfCell } from './records-pieces';

export interface ColumnRunsRead {
  records: ContactRecord[];
  /** Lines whose values could not be given to a row. */
  unread: number[];
}

const letters = (text: string) => fold(text).replace(/[^a-z]/g, '');

/** Does the e-mail's local part spell the person's name (full, initial, family name alone)? */
export function emailNamesPerson(email: string, name: string): boolean {
  const local = letters(email.split('@')[0] ?? '');
  const words = name.split(/\s+/).filter(Boolean);
  let family = words.filter((w) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w));
  if (!family.length) family = words.slice(-1);
  const given = words.filter((w) => !family.includes(w));
  const f = letters(family.join(''));
  const g = letters(given.join(''));
  if (f.length < 3 || !local) return false;
  const initials = given
    .flatMap((w) => w.split('-'))
    .map((w) => letters(w)[0] ?? '')
    .join('');
  return [f, g + f, f + g, initials + f, f + initials, g.slice(0, 1) + f].includes(local);
}

/** The role a functional mailbox names (« dpo@… », « rssi.caf29@… »), if any. */
function mailboxRoles(email: string): ContactRole[] | undefined {
  const local = fold(email.split('@')[0] ?? '');
  if (/^(?:dpo|dpd|cil|rgpd)\b/.test(local)) return ['dpo'];
  if (/^(?:rssi|securite|ssi)\b/.test(local))
    return ['responsable-securite', 'responsable-informatique'];
  if (/^(?:informatique|dsi)\b/.test(local))
    return ['responsable-informatique', 'responsable-securite'];
  return undefined;
}

const wordsOf = (s: string) => keyOf(s).split(' ').filter(Boolean);

/**
 * The row a phone cell belongs to, when a line outside the table (« M. Paul ROCHE –
 * responsable (03 81 22 40 10) » in the contrat) gives that phone alone next to the name of
 * exactly one row's person, and no other line gives it to someone else.
 */
function rowOfPhone(
  lines: readonly string[],
  from: number,
  to: number,
  phones: readonly string[],
  nameAt: readonly ({ value: string } | undefined)[],
): number | undefined {
  if (phones.length !== 1) return undefined;
  const found = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if ((i >= from && i < to) || !findPhones(line).includes(phones[0]!)) continue;
    if (findPhones(line).length !== 1) return undefined;
    const words = new Set(wordsOf(line));
    const persons = new Set(
      nameAt.flatMap((c) =>
        c && wordsOf(c.value).every((w) => words.has(w)) ? [keyOf(c.value)] : [],
      ),
    );
    if (persons.size !== 1) return undefined;
    found.add([...persons][0]!);
  }
  if (found.size !== 1) return undefined;
  const person = [...found][0]!;
  const rows = nameAt.flatMap((c, k) => (c && keyOf(c.value) === person ? [k] : []));
  return rows.length === 1 ? rows[0] : undefined;
}

/** Group headings (« Administrateurs » over « Administrateur » rows) are no rows. */
function rowsOf(cells: Cell[]): RoleCell[] {
  const roles = cells.filter((c): c is RoleCell => c.kind === 'role');
  return roles.filter((r) => !(r.plural && roles.some((o) => o.role === r.role && !o.plural)));
}

/** The cells of one kind must follow each other (a column): undefined when scattered. */
function run<T extends Cell>(cells: Cell[], kind: T['kind']): T[] | undefined {
  const at = cells.map((c, k) => (c.kind === kind ? k : -1)).filter((k) => k >= 0);
  if (!at.length) return [];
  for (let k = at[0]!; k <= at[at.length - 1]!; k++)
    if (cells[k]!.kind !== kind && cells[k]!.kind !== 'other') return undefined;
  return at.map((k) => cells[k] as T);
}

/**
 * The records of [from, to) when it is such a table: at least two role labels, e-mails one per
 * line in one run, at most one row the OCR kept whole; otherwise undefined.
 */
export function readColumnRuns(
  lines: readonly string[],
  from: number,
  to: number,
): ColumnRunsRead | undefined {
  // (a header row may keep its cell gaps; a row of values with tabs is another layout)
  if (lines.slice(from, to).some((l) => l.includes('\t') && !isHeader(cleanLine(l))))
    return undefined;
  const cells = cellsOf(lines, from, to);
  const whole = cells.filter((c): c is RowCell => c.kind === 'row');
  const emails = run<DetailCell>(cells, 'email');
  const phones = run<DetailCell>(cells, 'phone');
  const rows = rowsOf(cells);
  if (whole.length > 1 || !emails || emails.length < 2 || !phones || rows.length < 2)
    return undefined;
  // the labels come before the e-mails, as columns do
  if (rows[0]!.index > emails[0]!.index) return undefined;
  const names: NameCell[] = cells.flatMap((c): NameCell[] =>
    c.kind === 'name'
      ? [c]
      : c.kind === 'role' && c.name
        ? [{ kind: 'name', index: c.index, value: c.name }]
        : [],
  );
  const n = rows.length;
  const records: ContactRecord[] = rows.map((r) => ({
    role: r.role,
    index: r.index,
    names: [],
    emails: [],
    phones: [],
    corrected: r.corrected,
    plural: r.plural,
  }));
  const unread: number[] = [];
  const header = (cell: Cell) => {
    const h = cells[cells.indexOf(cell) - 1];
    return h?.kind === 'header' ? h.index : cell.index;
  };
  const give = (k: number, cell: DetailCell, key: 'emails' | 'phones') => {
    const rec = records[k]!;
    for (const v of cell.values) if (!rec[key].includes(v)) rec[key].push(v);
    if (cell.corrected) rec.corrected = true;
  };
  const nameAt: (NameCell | undefined)[] = Array.from({ length: n }, () => undefined);
  const byRank =
    emails.length === n &&
    emails.every((e, k) => {
      const roles = mailboxRoles(e.values[0]!);
      return !roles || roles.includes(rows[k]!.role);
    });
  if (byRank) {
    emails.forEach((e, k) => give(k, e, 'emails'));
    const left: { cell: NameCell; rank: number }[] = [];
    let inPlace = true;
    names.forEach((cell, rank) => {
      const k = emails.findIndex(
        (e, j) => !nameAt[j] && e.values.some((v) => emailNamesPerson(v, cell.value)),
      );
      if (k < 0) left.push({ cell, rank });
      else {
        nameAt[k] = cell;
        if (k !== rank) inPlace = false;
      }
    });
    for (const { cell, rank } of left) {
      const free =
        names.length === n &&
        inPlace &&
        !nameAt[rank] &&
        !names.some((o) => emails[rank]!.values.some((v) => emailNamesPerson(v, o.value)));
      if (free) nameAt[rank] = cell;
      else unread.push(cell.index);
    }
  } else if (names.length === n) {
    names.forEach((cell, k) => (nameAt[k] = cell));
    for (const e of emails) {
      const ks = nameAt
        .map((c, k) => (c && e.values.some((v) => emailNamesPerson(v, c.value)) ? k : -1))
        .filter((k) => k >= 0);
      if (ks.length === 1 && !records[ks[0]!]!.emails.length) give(ks[0]!, e, 'emails');
      else unread.push(header(e));
    }
  } else return undefined;
  if (!byRank && names.length === n && unread.length === emails.length) return undefined;
  nameAt.forEach((cell, k) => {
    if (cell) records[k]!.names.push({ kind: 'name', value: cell.value, index: cell.index });
  });
  if (phones.length === n) phones.forEach((p, k) => give(k, p, 'phones'));
  else if (phones.length) {
    // a phone the document gives elsewhere next to one row's person is that row's
    const tied = phones.map((p) => rowOfPhone(lines, from, to, p.values, nameAt));
    phones.forEach((p, j) => tied[j] !== undefined && give(tied[j], p, 'phones'));
    if (tied.some((k) => k === undefined)) unread.push(header(phones[0]!));
  }
  // the row the OCR kept whole, read as one row
  for (const w of whole) {
    const pieces = piecesOfCell(w.text, w.index);
    const label = pieces.find((p) => p.kind === 'role');
    if (!label?.role) continue;
    const rec: ContactRecord = {
      role: label.role,
      index: w.index,
      names: pieces.filter((p) => p.kind === 'name'),
      emails: pieces.filter((p) => p.kind === 'email').map((p) => p.value),
      phones: pieces.filter((p) => p.kind === 'phone').map((p) => p.value),
      corrected: pieces.some((p) => p.corrected),
    };
    records.push(rec);
  }
  return { records: records.sort((a, b) => a.index - b.index), unread: [...new Set(unread)] };
}

const filled = (records: ContactRecord[]) =>
  records.reduce((s, r) => s + r.names.length + r.emails.length + r.phones.length, 0);

/**
 * Rows read by rank that their own values deny: an e-mail spelling another row's person and
 * not this row's, or a functional mailbox (« dpo@… ») on another role's row.
 */
export function contradicts(records: readonly ContactRecord[]): boolean {
  const spells = (e: string, r: ContactRecord) => r.names.some((n) => emailNamesPerson(e, n.value));
  return records.some((r) =>
    r.emails.some((e) => {
      const roles = mailboxRoles(e);
      if (roles && !roles.includes(r.role)) return true;
      return !spells(e, r) && records.some((o) => o !== r && spells(e, o));
    }),
  );
}

/**
 * A table given column by column: read with its headers (records-columns.ts); when that
 * fails, leaves a column unread or pairs values its rows deny, the rows rebuilt from the
 * cells' shapes (when they pair more, or the header reading was denied). A denied reading
 * that nothing replaces keeps its roles only, reported.
 */
export function readColumnTable(
  lines: readonly string[],
  from: number,
  to: number,
): ColumnRead | undefined {
  const columns = readColumns(lines, from, to);
  const denied = columns !== undefined && contradicts(columns.records);
  if (columns && !columns.unreadColumns.length && !denied) return columns;
  const runs = readColumnRuns(lines, from, to);
  if (runs && (!columns || denied || filled(runs.records) > filled(columns.records)))
    return { records: runs.records, unreadColumns: runs.unread };
  if (!columns || !denied) return columns;
  return {
    records: columns.records.map((r) => ({ ...r, names: [], emails: [], phones: [] })),
    unreadColumns: [...new Set([...columns.unreadColumns, columns.records[0]?.index ?? from])],
  };
}
