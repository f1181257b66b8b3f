/**
 * Names a table layout put on the wrong row, set right by the rows' own e-mails: a cell of two
 * lines drawn around its row (the name above, the job title below) gives, read line by line,
 * each name to the row above it. A row's name that another row's e-mail spells
 * (« y.belkacem@… » for Yasmine BELKACEM; a row of one name and one e-mail) is that other row's; a row left without its name
 * takes the one person of the table its own e-mail spells. A name no e-mail spells is left as
 * the layout gave it.
 */
import { keyOf } from '../text-tools';
import type { ContactRecord } from './records';
import { emailNamesPerson } from './records-column-pairs';
import { type Piece, piecesOfCell } from './records-pieces';

export function namesByEmails(
  records: readonly ContactRecord[],
  lines: readonly string[],
  from: number,
  to: number,
): void {
  const spelledBy = (name: string, r: ContactRecord) =>
    r.emails.some((e) => emailNamesPerson(e, name));
  // a name that another row's e-mail spells, and its own row's does not, when that row names
  // nobody or someone a third row's e-mail spells (one person in two rows, each with its
  // e-mail, stays; so does a row whose e-mail sits by a name no e-mail spells)
  const displaced = (r: ContactRecord, name: string) =>
    !spelledBy(name, r) &&
    records.some(
      (o) =>
        o !== r &&
        o.names.length <= 1 &&
        o.emails.length === 1 &&
        spelledBy(name, o) &&
        !o.names.some((n) => keyOf(n.value) === keyOf(name)) &&
        o.names.every(
          (n) =>
            !spelledBy(n.value, o) &&
            records.some((x) => x !== o && x.emails.length === 1 && spelledBy(n.value, x)),
        ),
    );
  if (!records.some((r) => r.names.some((n) => displaced(r, n.value)))) return;
  const persons = new Map<string, Piece>();
  for (let i = from; i < to; i++)
    for (const cell of (lines[i] ?? '').split('\t'))
      for (const p of piecesOfCell(cell, i))
        if (p.kind === 'name' && !persons.has(keyOf(p.value))) persons.set(keyOf(p.value), p);
  for (const r of records) {
    if (r.names.length > 1) continue;
    const name = r.names[0];
    if (name && !displaced(r, name.value)) continue;
    const own = [...persons.values()].filter((p) => spelledBy(p.value, r));
    r.names = own.length === 1 && r.emails.length === 1 ? [own[0]!] : [];
  }
}
