/** Contacts tables whose cells wrap over several lines (an e-mail cut at the end of a cell). */
import { findEmails, findPhones } from '../text-tools';
import type { ContactRecord } from './records';
import { cellPersonName } from './records-pieces';
import { roleLabel } from './records-roles';

const EMAIL_PART = /^[\w.+-]*@?[\w.-]*$/;
/** A piece of an e-mail address cut by a narrow column (« CAF77-BP-MONCOMPTE- », « caf.fr »). */
const emailPart = (s: string) =>
  !/\s/.test(s) && EMAIL_PART.test(s) && /[@.-]/.test(s) && !/^[\d.\s-]+$/.test(s);
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
): ContactRecord[] {
  interface Row {
    index: number;
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
    let next = '';
    for (let k = i + 1; k < to && !next; k++) next = firstText(lines[k] ?? '');
    const opens = Boolean(
      first &&
      !emailPart(first) &&
      !phonePart(first) &&
      (roleLabel(first) ||
        (!roleLabel(first) &&
          roleLabel(`${first} ${next}`) &&
          cur &&
          roleLabel(cur.text.join(' ')))),
    );
    // « Guichet unique du » / « Centre de services » / « Caf »: one label over several lines
    const own = cur?.text.join(' ') ?? '';
    const goesOn = Boolean(
      cur && own && first && (roleLabel(`${own} ${first}`)?.end ?? 0) > own.length + 1,
    );
    if (!cur || (opens && !goesOn)) {
      cur = { index: i, text: [], email: [], phone: [] };
      rows.push(cur);
    }
    for (const c of cells) {
      if (findEmails(c).length || emailPart(c)) cur.email.push(c);
      else if (phonePart(c)) cur.phone.push(c);
      else cur.text.push(c);
    }
  }
  const out: ContactRecord[] = [];
  for (const r of rows) {
    // a row that swallowed the next one (two addresses) is not read: never a mixed record
    if ((r.email.join('').match(/@/g) ?? []).length > 1) continue;
    const label = r.text.join(' ');
    const role = roleLabel(label);
    if (!role) continue;
    const rest = label
      .slice(role.end)
      .replace(/^\s*\([^)]*\)/, '')
      .trim();
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
