/** Contacts tables whose cells wrap over several lines (an e-mail cut at the end of a cell). */
import { findEmails, findPhones } from '../text-tools';
import type { ContactRecord } from './records';
import { cellPersonName, personName } from './records-pieces';
import { roleLabel } from './records-roles';

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
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
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
    if (findEmails(next).length) continue;
    const phones = findPhones(next);
    let words = next;
    for (const p of next.match(/(?:(?:\+|00)33\s?\(?0?\)?\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}/g) ??
      [])
      words = words.replace(p, ' ');
    words = words.replace(/\s+/g, ' ').trim();
    if (!words || words.split(' ').length > 5 || /[\d@]/.test(words)) continue;
    // the label is the row's first words, before any detail; it takes the next line's first
    // words, and what they leave there is nothing or a person (« Libertés Rénald THOMAS »)
    const head = row.split(/\s+/);
    const tail = words.split(' ');
    const own = roleLabel(row);
    let done = false;
    for (let m = tail.length; m >= 1 && !done; m--) {
      const taken = tail.slice(0, m).join(' ');
      const left = tail.slice(m).join(' ');
      if (left && !personName(left)) continue;
      for (let k = Math.min(head.length, 14); k >= 1; k--) {
        const label = head.slice(0, k).join(' ');
        if (/[\d@]/.test(label)) continue;
        const joined = `${label} ${taken}`;
        const role = roleLabel(joined);
        // the label must take every word it is given (a closing quote may be left)
        // (an acronym in brackets may close it: « … et Libertés (CIL) »)
        if (!role) continue;
        const after = joined.slice(role.end).replace(/^\s*\(\s*\p{Lu}{2,6}\s*\)/u, '');
        if (after.replace(/["»”)\s]/g, '') !== '') continue;
        if (own && own.end >= role.end) break;
        out[i] = [joined, head.slice(k).join(' '), ...(left ? [] : phones)]
          .filter(Boolean)
          .join(' ');
        out[i + 1] = left ? [left, ...phones].join(' ') : '';
        done = true;
        break;
      }
    }
  }
  return out;
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
  const cellsOf = (line: string) =>
    line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
  const hasDetail = (cells: string[]) =>
    cells.some((c) => findEmails(c).length || findPhones(c).length);
  /** « Role ⇥ Name » alone, then a line of two or more cells holding a detail and no name. */
  const pairs: { at: number; titleIsRole: boolean }[] = [];
  for (let i = from; i + 1 < to; i++) {
    const row = cellsOf(out[i] ?? '');
    const next = cellsOf(out[i + 1] ?? '');
    if (row.length !== 2 || hasDetail(row) || !roleLabel(row[0]!) || !personName(row[1]!)) continue;
    if (next.length < 2 || !hasDetail(next) || next.some((c) => personName(c))) continue;
    if (findEmails(next[0]!).length || findPhones(next[0]!).length) continue;
    pairs.push({ at: i + 1, titleIsRole: Boolean(roleLabel(next[0]!)) });
  }
  if (!pairs.some((p) => !p.titleIsRole)) return out;
  for (const p of pairs) out[p.at] = (out[p.at] ?? '').replace(/^[^\t]*/, '');
  return out;
}
