/**
 * The contacts annex as a grid of roles and sides: « Rôle ⇥ Caf du Nord ⇥ Association … »,
 * then « Administrateur ⇥ Mehdi BOUAZZA x@… 03 … ⇥ Julien CARLIER y@… 03 … », one column per
 * side (the national model's own layout). Each cell is one person of that side for the row's
 * role; « – » or an empty cell is nobody.
 */
import type { Side } from '../../domain/schemas/vocabulary';
import { fold } from '../text-tools';
import { bodySide } from './body-side';
import type { ContactRecord } from './records';
import { piecesOfCell } from './records-pieces';
import { roleLabels } from './records-roles';

const ROLE_COLUMN = /^(?:r[ôo]les?|fonctions?|qualit[ée]s?|interlocuteurs?|contacts?)$/i;

/** The side a header cell names: « Caf du Nord », « La Caisse », « Partenaire », « CCAS de X ». */
function headerSide(cell: string): Side | undefined {
  // (« À la Caf », « Chez le partenaire », « Pour la Caf », « Côté partenaire »)
  const f = fold(cell)
    .trim()
    .replace(/[’`]/g, "'")
    .replace(/^(?:a|chez|pour|cote|du cote de|aupres de)\s+(?=\S)/, '');
  if (/^(?:la\s+)?caisse\b/.test(f)) return 'caf';
  if (/^(?:le\s+|la\s+|l'\s?)?(?:structure|organisme|centre)\b/.test(f)) return 'partner';
  return bodySide(f);
}

/** The sides of the header's columns after the role's, or undefined when it is no such header. */
function headerSides(cells: readonly string[]): Side[] | undefined {
  if (cells.length < 2 || cells.length > 3 || !ROLE_COLUMN.test(cells[0]!.trim())) return undefined;
  const sides = cells.slice(1).map(headerSide);
  // (« Rôle ⇥ Caf du Nord » with the partner's title wrapped above and below the row: the
  // other column is the other side)
  if (sides.length === 1) {
    if (!sides[0]) return undefined;
    return [sides[0], sides[0] === 'caf' ? 'partner' : 'caf'];
  }
  // « Rôle ⇥ Caf de la Seine-Saint-Denis ⇥ Mission locale Bondy » or « … ⇥ Var Habitat »: one
  // column names a side, the other a body of its own name, the other side
  const [a, b] = [sides[0], sides[1]];
  const named = (k: number) => /\p{L}{2}/u.test(cells[k + 1] ?? '');
  if (a && !b && named(1)) return [a, a === 'caf' ? 'partner' : 'caf'];
  if (!a && b && named(0)) return [b === 'caf' ? 'partner' : 'caf', b];
  if (!a || !b || a === b) return undefined;
  return [a, b];
}

const EMPTY = /^[–—-]?$/;

export function readSideGrid(
  lines: readonly string[],
  from: number,
  to: number,
): ContactRecord[] | undefined {
  let sides: Side[] | undefined;
  let start = -1;
  for (let i = from; i < to && !sides; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('\t')) continue;
    sides = headerSides(line.split('\t').map((c) => c.trim()));
    start = i + 1;
  }
  if (!sides) return undefined;
  const out: ContactRecord[] = [];
  let rows = 0;
  for (let i = start; i < to; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('\t')) continue;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length !== sides.length + 1) continue;
    const role = roleLabels(cells[0]!);
    if (!role) continue;
    rows++;
    cells.slice(1).forEach((cell, k) => {
      if (EMPTY.test(cell)) return;
      const pieces = piecesOfCell(cell, i);
      const record: ContactRecord = {
        role: role.role,
        index: i,
        names: pieces.filter((p) => p.kind === 'name'),
        emails: pieces.filter((p) => p.kind === 'email').map((p) => p.value),
        phones: pieces.filter((p) => p.kind === 'phone').map((p) => p.value),
        corrected: role.corrected || pieces.some((p) => p.corrected),
        ...(role.also.length ? { also: role.also } : {}),
        side: sides[k]!,
      };
      if (record.names.length || record.emails.length || record.phones.length) out.push(record);
    });
  }
  return rows >= 2 ? out : undefined;
}
