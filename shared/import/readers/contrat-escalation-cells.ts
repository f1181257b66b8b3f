/**
 * An escalation person's cells given one per line under the name (function, phone, e-mail).
 */
import {
  CIVILITY,
  findEmails,
  findPhones,
  isPageMark,
  keyOf,
  nameWordCount,
  stripBullet,
} from '../text-tools';
import { phonesTolerant } from './anchors';
import type { Side } from '../../domain/schemas/vocabulary';
import {
  CAF_CUE,
  type Column,
  columnOf,
  PARTNER_CUE,
  type Person,
} from './contrat-escalation-rows';
import { isHeadingLine } from './paragraphs';
import { personName } from './records';

/** The line is a person's name and nothing else (a civility allowed). */
export function isBareName(line: string, name: string): boolean {
  return keyOf(line.replace(CIVILITY, '')) === keyOf(name);
}

/**
 * The cells under a name given one per line: a function (words, no figure), a phone, an
 * e-mail, each at most once, up to the next name, side cue, blank line or heading. Undefined
 * when a line there is none of these: the row is then not read this way.
 */
export function cellsBelow(
  lines: readonly string[],
  from: number,
  to: number,
): { person: { function?: string; phone?: string; email?: string }; last: number } | undefined {
  const person: { function?: string; phone?: string; email?: string } = {};
  let last = from - 1;
  for (let j = from; j < to && j < from + 4; j++) {
    const raw = stripBullet(lines[j] ?? '');
    if (!raw || isPageMark(raw)) break;
    if (CIVILITY.test(raw) || CAF_CUE.test(raw) || PARTNER_CUE.test(raw) || isHeadingLine(raw))
      break;
    const phones = phonesTolerant(raw, findPhones).phones;
    const emails = findEmails(raw);
    const bare = raw.replace(/^(?:t[ée]l(?:[ée]phone)?\.?|m[ée]l|courriel)\s*:?\s*/i, '');
    if (phones.length === 1 && bare.replace(/[\d\s.+()-]/g, '') === '' && !person.phone)
      person.phone = phones[0]!;
    else if (emails.length === 1 && bare.trim() === emails[0] && !person.email)
      person.email = emails[0]!;
    else if (
      !person.function &&
      !person.phone &&
      !person.email &&
      /^\p{Lu}[\p{L}'’ ,–()-]{2,100}$/u.test(raw) &&
      raw.split(/\s+/).length <= 14 &&
      !personName(raw)
    )
      person.function = raw.replace(/[\s.;,]+$/, '');
    else return undefined;
    last = j;
  }
  return last >= from ? { person, last } : undefined;
}

/**
 * A table whose header row AND rows were given one cell per line (« Nom » / « Fonction » /
 * « Téléphone », then « Pour la Caf », « Sandrine MARTEAU » / « Administratrice locale » /
 * « 05 … », …): the lines after the header grouped by as many cells as the header has, side
 * cues between rows. Every row must read (a name in the name cell, a phone in the phone cell);
 * otherwise 'unread'. Undefined when the lines at `from` are no such header.
 */
export function headerCellRows(
  lines: readonly string[],
  from: number,
  to: number,
):
  | {
      persons: Person[];
      last: number;
    }
  | 'unread'
  | undefined {
  const header: Column[] = [];
  let k = from;
  for (; k < to; k++) {
    const line = (lines[k] ?? '').trim();
    if (!line) continue;
    const kind = line.length <= 30 && !/\d/.test(line) ? columnOf(line) : undefined;
    if (!kind || header.includes(kind)) break;
    header.push(kind);
  }
  if (header.length < 2 || !header.includes('name') || header.includes('side')) return undefined;
  // (« Niveau » first: each row starts at its level's number, whatever the lines a wrapped
  // cell took)
  if (header[0] === 'level') return levelCellRows(lines, k, to, header);
  const persons: Person[] = [];
  let side: Side | undefined;
  let cells: { text: string; index: number }[] = [];
  let last = k - 1;
  for (; k < to; k++) {
    const raw = stripBullet(lines[k] ?? '');
    if (!raw) continue;
    if (isHeadingLine(raw) || /^fait\s+[àa]\s/i.test(raw) || raw.includes('\t')) break;
    if (isPageMark(raw)) continue;
    const cue = raw.length <= 60 && !cells.length ? cueSide(raw) : undefined;
    if (cue) {
      side = cue;
      last = k;
      continue;
    }
    cells.push({ text: raw, index: k });
    if (cells.length < header.length) continue;
    const cell = (c: Column) => cells[header.indexOf(c)]?.text;
    const name = personName(cell('name') ?? '');
    const phoneCell = cell('phone');
    const phone = phoneCell !== undefined ? findPhones(phoneCell)[0] : undefined;
    const emailCell = cell('email');
    const email = emailCell !== undefined ? findEmails(emailCell)[0] : undefined;
    const fn = cell('function');
    if (
      !name ||
      (phoneCell !== undefined && !phone) ||
      (emailCell !== undefined && !email) ||
      (fn !== undefined && (/\d|@/.test(fn) || personName(fn)))
    )
      return 'unread';
    persons.push({
      index: cells[header.indexOf('name')]!.index,
      ...(side ? { side } : {}),
      name,
      ...(fn ? { function: fn } : {}),
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
    });
    last = k;
    cells = [];
  }
  if (cells.length) {
    // a row cut short: the end of the table, or a cell missing — not read
    if (persons.length === 0) return 'unread';
  }
  return persons.length ? { persons, last } : undefined;
}

/** « 1 », « 2. », « 1er niveau »: the level cell that opens a row. */
const LEVEL_CELL = /^(?:\d{1,2}[.)]?|\d{1,2}\s*(?:er|e|ème)\s*niveau|niveau\s*\d{1,2})$/i;

/**
 * The rows of a table given one cell per line under « Niveau / Nom / Fonction / Téléphone »,
 * each opened by its level's number: in a row, the person's name, phone and e-mail by their
 * shape, the function the other lines (« Administrateur local » / « « Mon Compte Partenaire » »
 * wrapped). 'unread' when a row has no name or more than one.
 */
function levelCellRows(
  lines: readonly string[],
  from: number,
  to: number,
  header: readonly Column[],
): { persons: Person[]; last: number } | 'unread' | undefined {
  const rows: { text: string; index: number }[][] = [];
  let last = from - 1;
  for (let k = from; k < to; k++) {
    const raw = stripBullet(lines[k] ?? '');
    if (!raw) continue;
    if (isHeadingLine(raw) || /^fait\s+[àa]\s/i.test(raw) || raw.includes('\t')) break;
    if (isPageMark(raw)) continue;
    if (LEVEL_CELL.test(raw)) {
      rows.push([]);
    } else if (!rows.length) break;
    else {
      const row = rows[rows.length - 1]!;
      // a row whose phone and e-mail cells are read is whole: a line after it (« Pour le
      // partenaire, l'interlocuteur … est … ») is no cell of the table
      const has = (find: (t: string) => string[]) => row.some((c) => find(c.text).length > 0);
      const whole =
        (!header.includes('phone') || has(findPhones)) &&
        (!header.includes('email') || has(findEmails));
      if (whole && row.length >= 2) break;
      row.push({ text: raw, index: k });
    }
    last = k;
  }
  if (!rows.length) return undefined;
  const persons: Person[] = [];
  for (const row of rows) {
    const names = row.filter((c) => personName(c.text) && !/[@\d]/.test(c.text));
    if (names.length !== 1) return 'unread';
    const phone = row.map((c) => findPhones(c.text)[0]).find(Boolean);
    const email = row.map((c) => findEmails(c.text)[0]).find(Boolean);
    const fn = row
      .filter((c) => c !== names[0] && !/[@]|\d{2}[ .]?\d{2}[ .]?\d{2}/.test(c.text))
      .map((c) => c.text.replace(/[\s.;,]+$/, ''))
      .join(' ');
    persons.push({
      index: names[0]!.index,
      name: personName(names[0]!.text)!,
      ...(fn && header.includes('function') ? { function: fn } : {}),
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
    });
  }
  return { persons, last };
}

/** « Pour la Caf », « Pour le partenaire », « Caf », « Partenaire » alone on a line. */
function cueSide(line: string): Side | undefined {
  const t = line.replace(/\s*:$/, '');
  if (CAF_CUE.test(t) || /^(?:la\s+)?caf$/i.test(t)) return 'caf';
  if (PARTNER_CUE.test(t) || /^(?:le\s+)?partenaire$/i.test(t)) return 'partner';
  return undefined;
}

/**
 * A person's cell whose pieces were joined by single spaces (« 1 – Frédéric LEROY Conseiller
 * technique partenaires 03 21 24 63 18 frederic.leroy@caf62.caf.fr »): the name's words, the
 * function up to the first phone or e-mail, then those. Undefined when the cell does not start
 * with a name of two words at least.
 */
export function joinedPersonCell(cell: string): Omit<Person, 'index'> | undefined {
  const text = cell.replace(/^\s*\d{1,2}\s*[–—.)-]\s*/, '').trim();
  const phones = phonesTolerant(text, findPhones).phones;
  const emails = findEmails(text);
  const cut = Math.min(
    ...[...phones, ...emails].map((v) => text.indexOf(v)).filter((k) => k >= 0),
    text.length,
  );
  const head = text.slice(0, cut).replace(CIVILITY, '').trim();
  const words = head.split(/\s+/);
  const n = nameWordCount(words);
  if (n < 2) return undefined;
  const name = personName(words.slice(0, n).join(' '));
  if (!name || name.split(/\s+/).length < 2) return undefined;
  const fn = words
    .slice(n)
    .join(' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
  return {
    name,
    ...(fn && /\p{L}{3}/u.test(fn) && fn.length <= 80 ? { function: fn } : {}),
    ...(phones[0] ? { phone: phones[0] } : {}),
    ...(emails[0] ? { email: emails[0] } : {}),
  };
}
