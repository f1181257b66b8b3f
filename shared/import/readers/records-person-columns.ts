/**
 * A contacts table whose COLUMNS are persons: the header row names a role per column
 * (« ⇥ Administrateur ⇥ Administrateur suppléant ⇥ Responsable sécurité ⇥ DPO »), and each
 * row is one field of every person (« Nom ⇥ BERTIN ⇥ FAURE … », « Prénom ⇥ Nadia ⇥ Julien
 * … », « Téléphone … », « Mél … »). Read on one line per row (cells apart by tabs) or one cell
 * per line, as a PDF or a Word export gives it (the role labels one per line, then « Nom »
 * and its cells, « Prénom » and its cells…). A row whose cell count is not the number of
 * persons lost an empty cell: nobody can tell whose values they are, so it is reported,
 * never given by rank.
 */
import type { ContactRole, Side } from '../../domain/schemas/vocabulary';
import { findEmails, findPhones, fold, isPageMark, isPlaceholder } from '../text-tools';
import { phonesTolerant } from './anchors';
import type { ContactRecord } from './records';
import { columnHeader } from './records-columns';
import { cellPersonName, personName } from './records-pieces';
import { roleLabels } from './records-roles';

export interface PersonColumnsRead {
  records: ContactRecord[];
  /** Lines of rows that could not be matched person by person. */
  unreadRows: number[];
}

type Field = 'name' | 'family' | 'given' | 'email' | 'phone' | 'other';

/** What a row label announces (« Nom », « Prénom », « Tél. », « Adresse mél », « Fonction »). */
export function rowField(label: string): Field | undefined {
  const f = fold(label)
    .replace(/[^a-z/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!f || f.length > 40) return undefined;
  if (/^(?:nom et prenom|prenom et nom|nom prenom|prenom nom|identite|nom complet)$/.test(f))
    return 'name';
  if (/^(?:nom|noms|nom de famille|nom d usage)$/.test(f)) return 'family';
  if (/^(?:prenoms?|prenom usuel)$/.test(f)) return 'given';
  if (
    /^(?:adresse )?(?:mel|mail|e ?mail|courriel)(?: ?\/ ?balf?)?$|^adresse (?:electronique|de messagerie)$|^messagerie$/.test(
      f,
    )
  )
    return 'email';
  if (
    /^(?:telephones?|tel|tel fixe|tel portable|telephone (?:fixe|portable|mobile|direct)|portable|mobile|ligne directe)$/.test(
      f,
    )
  )
    return 'phone';
  if (/^(?:fonctions?|qualites?|service|direction|poste|grade|adresse|adresse postale)$/.test(f))
    return 'other';
  return undefined;
}

interface RoleColumn {
  role: ContactRole;
  also: ContactRole[];
  side?: Side;
  corrected: boolean;
  index: number;
}

/** A header cell that is a role label and nothing else (a bracketed qualifier allowed). */
function roleCell(text: string, index: number): RoleColumn | undefined {
  const t = text.trim();
  if (!t || /@|\d{2}/.test(t)) return undefined;
  const hit = roleLabels(t);
  if (!hit) return undefined;
  const rest = t
    .slice(hit.end)
    .replace(/["»”«“]/g, '')
    .replace(/\([^)]*\)?/g, '')
    .trim();
  if (rest) return undefined;
  return {
    role: hit.role,
    also: hit.also,
    ...(hit.side ? { side: hit.side } : {}),
    corrected: hit.corrected,
    index,
  };
}

/** An empty cell: blank, « – », « néant ». */
const blank = (cell: string) =>
  !cell.trim() || /^[-–—/.]+$|^(?:neant|nc|n\/c|sans objet)$/.test(fold(cell).trim());

interface Row {
  field: Field;
  index: number;
  cells: { text: string; index: number }[];
}

/** Does a cell have the shape its row asks for? */
function fits(field: Field, text: string): boolean {
  if (blank(text) || isPlaceholder(text)) return true;
  if (field === 'email') return findEmails(text).length > 0;
  if (field === 'phone') return phonesTolerant(text, findPhones).phones.length > 0;
  if (field === 'family' || field === 'given')
    return /^\p{Lu}[\p{L}'’ -]{0,40}$/u.test(text.trim());
  if (field === 'name') return Boolean(cellPersonName(text));
  return !findEmails(text).length;
}

/** The table on tab-separated lines: its header row at `i`, then its field rows. */
function tabTable(
  lines: readonly string[],
  i: number,
  to: number,
): { roles: RoleColumn[]; rows: Row[]; unread: number[]; last: number } | undefined {
  const head = (lines[i] ?? '').split('\t').map((c) => c.trim());
  if (head.length < 2) return undefined;
  // the corner cell is empty (a text layer may drop it) or names the rows (« Rôle »,
  // « Fonction », « Interlocuteur »)
  const corner = head[0]!;
  const cornerless = Boolean(roleCell(corner, i));
  if (
    !cornerless &&
    corner &&
    !/^(?:r[ôo]les?|fonctions?|interlocuteurs?|qualit[ée]s?)\s*:?$/i.test(corner)
  )
    return undefined;
  const roles = (cornerless ? head : head.slice(1)).map((c) => roleCell(c, i));
  if (roles.length < 2 || roles.some((r) => !r)) return undefined;
  const rows: Row[] = [];
  const unread: number[] = [];
  let last = i;
  for (let j = i + 1; j < to; j++) {
    const line = lines[j] ?? '';
    if (!line.trim() || isPageMark(line)) continue;
    const cells = line.split('\t').map((c) => c.trim());
    const field = rowField(cells[0] ?? '');
    if (!field || cells.length < 2) break;
    last = j;
    const values = cells.slice(1);
    // (trailing empty cells a layout dropped are empty cells all the same)
    while (values.length < roles.length && values.length > 0 && line.endsWith('\t'))
      values.push('');
    if (values.length !== roles.length || values.some((v) => !fits(field, v))) {
      if (values.some((v) => !blank(v))) unread.push(j);
      continue;
    }
    rows.push({ field, index: j, cells: values.map((text) => ({ text, index: j })) });
  }
  return rows.length ? { roles: roles as RoleColumn[], rows, unread, last } : undefined;
}

/** The table one cell per line: k role labels, then each field label followed by k cells. */
function lineTable(
  lines: readonly string[],
  i: number,
  to: number,
): { roles: RoleColumn[]; rows: Row[]; unread: number[]; last: number } | undefined {
  // (« Fonction » above the labels: a role-first table given column by column, not this)
  let p = i - 1;
  while (p >= 0 && !(lines[p] ?? '').trim()) p--;
  // (nor the middle of a run of labels)
  if (p >= 0 && (columnHeader(lines[p] ?? '') === 'role' || roleCell(lines[p] ?? '', p)))
    return undefined;
  const roles: RoleColumn[] = [];
  let j = i;
  for (; j < to; j++) {
    const line = lines[j] ?? '';
    if (!line.trim()) continue;
    if (line.includes('\t')) return undefined;
    const r = roleCell(line, j);
    if (!r) break;
    roles.push(r);
  }
  if (roles.length < 2 || j >= to || !rowField(lines[j] ?? '')) return undefined;
  // a group heading (« Administrateurs ») over its rows is another layout
  if (new Set(roles.map((r) => r.role)).size < roles.length) return undefined;
  const rows: Row[] = [];
  const unread: number[] = [];
  let last = j;
  while (j < to) {
    const label = (lines[j] ?? '').trim();
    const field = label && !label.includes('\t') ? rowField(label) : undefined;
    if (!field) break;
    const cells: Row['cells'] = [];
    let k = j + 1;
    for (; k < to && cells.length < roles.length; k++) {
      const text = (lines[k] ?? '').trim();
      if (!text || isPageMark(text)) continue;
      // (a job title « Service » in a « Fonction » row is a cell, not the next row's label)
      const next = rowField(text);
      if (text.includes('\t') || (next && !(next === 'other' && field === 'other'))) break;
      cells.push({ text, index: k });
    }
    if (cells.length === roles.length && cells.every((c) => fits(field, c.text))) {
      rows.push({ field, index: j, cells });
      last = cells[cells.length - 1]!.index;
    } else {
      // fewer cells than persons: an empty cell was lost; the row is reported
      unread.push(j);
      if (cells.length) last = cells[cells.length - 1]!.index;
      if (cells.length === roles.length) break;
    }
    j = k;
    while (j < to && !(lines[j] ?? '').trim()) j++;
  }
  return rows.length ? { roles, rows, unread, last } : undefined;
}

/** The records of [from, to) when it holds a table whose columns are persons; undefined otherwise. */
export function readPersonColumns(
  lines: readonly string[],
  from: number,
  to: number,
): PersonColumnsRead | undefined {
  const records: ContactRecord[] = [];
  const unreadRows: number[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    const table = line.includes('\t') ? tabTable(lines, i, to) : lineTable(lines, i, to);
    if (!table) continue;
    unreadRows.push(...table.unread);
    for (const [k, col] of table.roles.entries()) {
      const cell = (field: Field) =>
        table.rows
          .filter((r) => r.field === field)
          .map((r) => r.cells[k]!)
          .filter((c) => !blank(c.text) && !isPlaceholder(c.text));
      const rec: ContactRecord = {
        role: col.role,
        index: col.index,
        names: [],
        emails: [],
        phones: [],
        corrected: col.corrected,
        ...(col.also.length ? { also: col.also } : {}),
        ...(col.side ? { side: col.side } : {}),
      };
      const whole = cell('name')[0];
      const family = cell('family')[0];
      const given = cell('given')[0];
      const name = whole
        ? cellPersonName(whole.text)
        : family && given
          ? personName(`${given.text} ${family.text}`)
          : family
            ? personName(family.text)
            : undefined;
      const at = whole ?? family;
      if (name && at) rec.names.push({ kind: 'name', value: name, index: at.index });
      for (const c of cell('email'))
        for (const e of findEmails(c.text)) if (!rec.emails.includes(e)) rec.emails.push(e);
      for (const c of cell('phone')) {
        const p = phonesTolerant(c.text, findPhones);
        for (const v of p.phones) if (!rec.phones.includes(v)) rec.phones.push(v);
        if (p.corrected) rec.corrected = true;
      }
      records.push(rec);
    }
    i = table.last;
  }
  return records.length ? { records, unreadRows } : undefined;
}
