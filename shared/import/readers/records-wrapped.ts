/** Contacts tables whose cells wrap over several lines (an e-mail cut at the end of a cell). */
import { findEmails, findPhones } from '../text-tools';
import type { ContactRecord } from './records';
import { cellPersonName, personName } from './records-pieces';
import { roleLabel } from './records-roles';

/** The non-empty cells of a tab-separated line, trimmed. */
const tabCells = (line: string) =>
  line
    .split('\t')
    .map((c) => c.trim())
    .filter(Boolean);

const EMAIL_PART = /^[\w.+-]*@?[\w.-]*$/;
/** A piece of an e-mail address cut by a narrow column (« CAF77-BP-MONCOMPTE- », « caf.fr »). */
const emailPart = (s: string) =>
  !/\s/.test(s) &&
  EMAIL_PART.test(s) &&
  // (« SABATIER-DURAND » is a name: a piece of address has an @, a dot, or ends cut at a hyphen)
  (/[@.]/.test(s) || /-$/.test(s)) &&
  !/^[\d.\s-]+$/.test(s);
const phonePart = (s: string) => /^[\d\s.+()-]+$/.test(s) && /\d{2}/.test(s);

/** A table whose cells wrap over several lines: an e-mail cut at the end of a cell. */
export function hasWrappedCells(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const cells = (lines[i] ?? '').split('\t').map((c) => c.trim());
    if (cells.length < 2) continue;
    if (cells.some((c) => emailPart(c) && /[-.@]$/.test(c) && !findEmails(c).length)) return true;
  }
  return false;
}

/**
 * Records of a table whose cells wrap: a row goes on over the following lines until a line
 * opens with a role label; its text, e-mail and phone fragments are put back together by kind.
 */
export function readWrappedRecords(
  lines: readonly string[],
  from: number,
  to: number,
  unreadRows: number[] = [],
): ContactRecord[] {
  interface Row {
    index: number;
    /** The first cell of each line: the label, wrapped (« Délégué à la protection des » / « données »). */
    label: string[];
    text: string[];
    email: string[];
    phone: string[];
  }
  const rows: Row[] = [];
  let cur: Row | undefined;
  const firstText = (line: string) => (line.split('\t')[0] ?? '').trim();
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const cells = tabCells(line);
    const first = firstText(line);
    // the label may go on over the first cells of the next lines (« Délégué à la » /
    // « protection des » / « données »)
    let wrapped = first;
    let labelled = false;
    for (let k = i + 1, seen = 0; k < to && seen < 4 && !labelled; k++) {
      const next = firstText(lines[k] ?? '');
      if (!next) continue;
      seen++;
      if (emailPart(next) || phonePart(next)) continue;
      wrapped = `${wrapped} ${next}`;
      labelled = (roleLabel(wrapped)?.end ?? 0) > first.length;
    }
    const opens = Boolean(
      first &&
      !emailPart(first) &&
      !phonePart(first) &&
      (roleLabel(first) || (labelled && cur && roleLabel([...cur.label, ...cur.text].join(' ')))),
    );
    // « Guichet unique du » / « Centre de services » / « Caf »: one label over several lines
    const own = cur ? [...cur.label, ...cur.text].join(' ') : '';
    const goesOn = Boolean(
      cur && own && first && (roleLabel(`${own} ${first}`)?.end ?? 0) > own.length + 1,
    );
    if (!cur || (opens && !goesOn)) {
      cur = { index: i, label: [], text: [], email: [], phone: [] };
      rows.push(cur);
    }
    for (const [k, c] of cells.entries()) {
      if (findEmails(c).length || emailPart(c)) cur.email.push(c);
      else if (phonePart(c)) cur.phone.push(c);
      else if (k === 0) cur.label.push(c);
      else cur.text.push(c);
    }
  }
  const out: ContactRecord[] = [];
  for (const r of rows) {
    // a row that swallowed the next one (two addresses) is not read: never a mixed record
    if ((r.email.join('').match(/@/g) ?? []).length > 1) {
      unreadRows.push(r.index);
      continue;
    }
    // the label from the first cells; what it leaves, and the other cells, hold the name
    // (« Responsable "Mon Compte ⇥ Martine AUDOUIN » / « Partenaire" »)
    const label = r.label.join(' ');
    const whole = [...r.label, ...r.text].join(' ');
    const own = roleLabel(label);
    const role = own ?? roleLabel(whole);
    if (!role) continue;
    const rest = [
      (own ? label : whole)
        .slice(role.end)
        .replace(/^\s*["»”]/, '')
        .replace(/^\s*\([^)]*\)/, '')
        .trim(),
      ...(own ? r.text : []),
    ]
      .filter(Boolean)
      .join(' ');
    const name = rest ? cellPersonName(rest) : undefined;
    const email = findEmails(r.email.join(''))[0];
    const phones = findPhones(r.phone.join(' '));
    out.push({
      role: role.role,
      index: r.index,
      names: name ? [{ kind: 'name', value: name, index: r.index }] : [],
      emails: email ? [email] : [],
      phones: [...new Set(phones)],
      corrected: role.corrected,
    });
  }
  return out;
}

/**
 * Rows whose cells are joined by spaces (pdftotext -layout, columns collapsed) and whose label
 * wrapped onto the next line: « Responsable "Mon Compte Soizic LE BRIS s.le-bris@… 02 … » then
 * « Partenaire" »; « Administrateur Loïc MORVAN l.morvan@… 02 … » then « suppléant 06 … ».
 * The next line's words are put back at the end of the label when the label they make is
 * longer and takes them all; the next line's phones follow the row. Returns a copy of the
 * lines with such continuation lines blanked (line numbers unchanged).
 */
export function joinWrappedLabels(lines: readonly string[], from: number, to: number): string[] {
  const out = [...lines];
  for (let i = from; i + 1 < to; i++) {
    const row = out[i] ?? '';
    const next = out[i + 1] ?? '';
    if (!row || !next) continue;
    if (row.includes('\t')) {
      // « Administratrice ⇥ Lucas ARNAUD ⇥ … » then « suppléante ⇥ 07 … »: the label's end
      // in the first cell of the next line, the row's other cells after it
      const cells = row.split('\t');
      const more = next.split('\t');
      const label = cells[0]!.trim();
      const tail = more[0]!.trim();
      const own = roleLabel(label);
      const joined = `${label} ${tail}`;
      const longer = roleLabel(joined);
      if (
        own &&
        longer &&
        /^\p{Ll}/u.test(tail) &&
        longer.end > own.end &&
        joined.slice(longer.end).replace(/["»”)\s]/g, '') === ''
      ) {
        out[i] = [joined, ...cells.slice(1), ...more.slice(1)].join('\t');
        out[i + 1] = '';
      }
      continue;
    }
    if (next.includes('\t')) continue;
    const own = roleLabel(row);
    // the label goes on over the next line, or the next two (« Délégué à la protection des » /
    // « données ou référent » / « Informatique et Libertés »)
    for (const count of [1, 2]) {
      const conts = out.slice(i + 1, i + 1 + count);
      if (i + count >= to || conts.some((c) => !c || c.includes('\t') || findEmails(c).length))
        break;
      const join = labelOverLines(row, conts, own?.end ?? 0);
      if (!join) continue;
      const phones = conts.flatMap((c) => findPhones(c));
      out[i] = [join.label, join.rest, ...(join.person ? [] : phones)].filter(Boolean).join(' ');
      out[i + 1] = join.person ? [join.person, ...phones].join(' ') : '';
      if (count === 2) out[i + 2] = '';
      break;
    }
  }
  return out;
}

const PHONE_IN_TEXT = /(?:(?:\+|00)33\s?\(?0?\)?\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}/g;

/**
 * The role label a row's first words make with the first words of its continuation lines,
 * when it takes every word it is given and is longer than the row's own label. What each
 * continuation leaves is the next column's continuation: a person (kept), or words without
 * a figure (a job title, « Juriste – Ville de Lunel », dropped).
 */
function labelOverLines(
  row: string,
  conts: readonly string[],
  ownEnd: number,
): { label: string; rest: string; person?: string } | undefined {
  const words = conts.map((c) =>
    c.replace(PHONE_IN_TEXT, ' ').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean),
  );
  if (words.some((w) => !w.length) || words.flat().length > 14) return undefined;
  const head = row.split(/\s+/);
  // prefixes of each continuation line, longest first
  const choices = (k: number): number[][] =>
    k === words.length
      ? [[]]
      : Array.from({ length: words[k]!.length }, (_, n) => words[k]!.length - n).flatMap((m) =>
          choices(k + 1).map((rest) => [m, ...rest]),
        );
  for (const takes of choices(0)) {
    const taken = takes.map((m, k) => words[k]!.slice(0, m).join(' ')).join(' ');
    const lefts = takes.map((m, k) => words[k]!.slice(m).join(' ')).filter(Boolean);
    if (/[\d@]/.test(taken)) continue;
    const left = lefts.join(' ');
    const person = left ? personName(left) : undefined;
    if (left && !person && (/[\d@]/.test(left) || !/^\p{Lu}/u.test(left))) continue;
    for (let k = Math.min(head.length, 14); k >= 1; k--) {
      const label = head.slice(0, k).join(' ');
      if (/[\d@]/.test(label)) continue;
      const joined = `${label} ${taken}`;
      const role = roleLabel(joined);
      if (!role) continue;
      if (!endsAtLabel(joined, role.end)) continue;
      if (ownEnd >= role.end && ownEnd > 0) break;
      return { label: joined, rest: head.slice(k).join(' '), ...(person ? { person: left } : {}) };
    }
  }
  return undefined;
}

/**
 * A label cell whose person's name wrapped: « Responsable Sécurité Rénald ⇥ r.thomas@… » then
 * « THOMAS » alone on the next line. The family name in capitals goes back after the given
 * name. Returns a copy of the lines, the continuation blanked.
 */
export function joinWrappedNames(lines: readonly string[], from: number, to: number): string[] {
  const out = [...lines];
  for (let i = from; i + 1 < to; i++) {
    const cells = (out[i] ?? '').split('\t');
    if (cells.length < 2) continue;
    const first = cells[0] ?? '';
    const role = roleLabel(first);
    if (!role) continue;
    const given = first.slice(role.end).trim();
    const next = (out[i + 1] ?? '').trim();
    if (
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(given) &&
      /^\p{Lu}{2,}(?:[-' ]\p{Lu}{2,}){0,2}$/u.test(next) &&
      !roleLabel(next) &&
      personName(`${given} ${next}`)
    ) {
      out[i] = [`${first} ${next}`, ...cells.slice(1)].join('\t');
      out[i + 1] = '';
    }
  }
  return out;
}

/**
 * A « Nom et fonction » cell of two paragraphs: « Administrateur ⇥ Claire HÉBERT » then
 * « Directrice de la gestion locative ⇥ c.hebert@… ⇥ 02 … » (the job title, then the row's
 * other cells). When the table shows that shape once, a continuation line whose job title
 * reads like a role label (« Responsable informatique ⇥ y.d@… ⇥ 02 … » under « Responsable
 * Sécurité ⇥ Yohann DESLANDES ») is the same shape, not a new row without a name. Returns a
 * copy of the lines with such job titles blanked (line numbers unchanged).
 */
export function joinTitleLines(lines: readonly string[], from: number, to: number): string[] {
  const out = [...lines];
  const hasDetail = (cells: string[]) =>
    cells.some((c) => findEmails(c).length || findPhones(c).length);
  /** « Role ⇥ Name » alone, then a line of two or more cells holding a detail and no name. */
  const pairs: { at: number; titleIsRole: boolean }[] = [];
  for (let i = from; i + 1 < to; i++) {
    const row = tabCells(out[i] ?? '');
    const next = tabCells(out[i + 1] ?? '');
    if (row.length !== 2 || hasDetail(row) || !roleLabel(row[0]!) || !personName(row[1]!)) continue;
    if (next.length < 2 || !hasDetail(next) || next.some((c) => personName(c))) continue;
    if (findEmails(next[0]!).length || findPhones(next[0]!).length) continue;
    pairs.push({ at: i + 1, titleIsRole: Boolean(roleLabel(next[0]!)) });
  }
  if (!pairs.some((p) => !p.titleIsRole)) return out;
  for (const p of pairs) out[p.at] = (out[p.at] ?? '').replace(/^[^\t]*/, '');
  return out;
}

/** The label `head + tail` reads as a whole (a closing quote or bracketed acronym may end it). */
function wholeLabel(head: string, tail: string): string | undefined {
  const joined = `${head} ${tail}`;
  const role = roleLabel(joined);
  if (!role || role.end <= (roleLabel(head)?.end ?? 0)) return undefined;
  return endsAtLabel(joined, role.end) ? joined : undefined;
}

/**
 * The label takes every word it is given: after it, only a closing quote or bracket, or an
 * acronym in brackets (« … et Libertés (CIL) »).
 */
function endsAtLabel(text: string, end: number): boolean {
  const after = text.slice(end).replace(/^\s*\(\s*\p{Lu}{2,6}\s*\)/u, '');
  return after.replace(/["»”)\s]/g, '') === '';
}

/**
 * A role label cut in two by a table cell of two lines, its first part alone on a line:
 * « Responsable "Mon » then « Compte Partenaire" ⇥ Name ⇥ … » (the row on the second line),
 * or « Responsable "Mon » / « Name ⇥ e-mail ⇥ phone » / « Compte Partenaire" » (the row
 * between the two parts, its cells centred in their height). The label is put back whole at
 * the head of its row. Returns a copy of the lines (line numbers unchanged).
 */
export function joinLabelsAroundRows(lines: readonly string[], from: number, to: number): string[] {
  const out = [...lines];
  const nextFilled = (k: number) => {
    for (let j = k + 1; j < Math.min(to, k + 3); j++) if (out[j]) return j;
    return undefined;
  };
  const fragment = (s: string) =>
    !!s && !s.includes('\t') && s.length <= 45 && !/[\d@]/.test(s) && !personName(s);
  for (let i = from; i < to; i++) {
    const head = out[i] ?? '';
    if (!fragment(head)) continue;
    const j = nextFilled(i);
    if (j === undefined) continue;
    const cells = (out[j] ?? '').split('\t');
    const sameRow = wholeLabel(head, cells[0]!.trim());
    if (sameRow && !findEmails(cells[0]!).length) {
      out[j] = [sameRow, ...cells.slice(1)].join('\t');
      out[i] = '';
      continue;
    }
    const row = out[j] ?? '';
    const detail = findEmails(row).length > 0 || findPhones(row).length > 0;
    if (!detail || roleLabel(cells[0]!.trim())) continue;
    const k = nextFilled(j);
    if (k === undefined || !fragment(out[k] ?? '')) continue;
    const label = wholeLabel(head, (out[k] ?? '').trim());
    if (!label) continue;
    out[i] = [label, row].join('\t');
    out[j] = '';
    out[k] = '';
  }
  return out;
}

/**
 * A row whose cells are centred in their height while the name cell holds two lines (name,
 * then job title): the name stands alone on the line above the row (« Hélène TRÉGUIER » then
 * « Administrateur ⇥ Responsable du service ⇥ h.t@… ⇥ 02 … »), a phone of the row maybe
 * between them. The name (and those details) go into the row when the row has no name of
 * its own and the row above has one (a name under a nameless row may be that row's).
 * Returns a copy of the lines (line numbers unchanged).
 */
export function joinNamesAboveRows(lines: readonly string[], from: number, to: number): string[] {
  const out = [...lines];
  // (the label cell aside: « Responsable Sécurité » has a name's shape)
  const named = (s: string) =>
    tabCells(s)
      .slice(1)
      .some((c) => personName(c) ?? cellPersonName(c));
  const detailOnly = (s: string) =>
    tabCells(s).every((c) => findEmails(c).join('') === c || findPhones(c).length > 0) &&
    !/\p{L}{3}/u.test(s.replace(/[\w.+-]+@[\w.-]+/g, ''));
  /** Whether the last row opened by a role label above has a name (true when there is none). */
  let lastRowNamed = true;
  for (let i = from; i < to; i++) {
    const line = out[i] ?? '';
    if (!line) continue;
    const first = tabCells(line)[0] ?? '';
    if (roleLabel(first)) {
      lastRowNamed = named(line);
      continue;
    }
    if (line.includes('\t') || !personName(line) || !lastRowNamed) continue;
    const details: number[] = [];
    let j = i + 1;
    for (; j < to && j <= i + 3; j++) {
      const l = out[j] ?? '';
      if (!l) continue;
      if (detailOnly(l)) details.push(j);
      else break;
    }
    const row = out[j] ?? '';
    const cells = tabCells(row);
    // (a row of several cells: in a table given one cell a line, the name under a label is its)
    if (j >= to || cells.length < 2 || !roleLabel(cells[0]!) || named(row)) continue;
    out[j] = [cells[0], line.trim(), ...cells.slice(1), ...details.map((d) => out[d])].join('\t');
    out[i] = '';
    for (const d of details) out[d] = '';
    lastRowNamed = true;
    i = j;
  }
  return out;
}
