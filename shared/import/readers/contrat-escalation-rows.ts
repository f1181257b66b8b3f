/**
 * Escalation tables: a header row naming its columns, and the person a row names (name,
 * side, function, phone, e-mail).
 */
import type { Side } from '../../domain/schemas/vocabulary';
import { findEmails, findPhones, fold } from '../text-tools';
import { personName } from './records';

export interface Person {
  index: number;
  side?: Side;
  name: string;
  function?: string;
  phone?: string;
  email?: string;
}

/** « Caf », « CAF de la Sarthe », « CCAS », « Commune », « Partenaire » alone in a cell: the side it names. */
export function structureSide(cell: string): Side | undefined {
  const f = fold(cell).trim();
  if (/^(?:la\s+)?(?:caf|caisse d'allocations familiales)\b/.test(f) && f.split(/\s+/).length <= 6)
    return 'caf';
  if (
    /^(?:le\s+|la\s+)?(?:partenaire|ccas|cias|commune|ville|mairie|epci|communaute de communes|metropole)\b/.test(
      f,
    ) &&
    f.split(/\s+/).length <= 6
  )
    return 'partner';
  return undefined;
}

export type Column = 'level' | 'side' | 'function' | 'name' | 'phone' | 'email' | 'other';

/** What a header cell announces (« Niveau », « Structure », « Fonction », « Nom », « Téléphone », « Mél »). */
function columnOf(cell: string): Column | undefined {
  const f = fold(cell)
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!f) return undefined;
  if (/^(?:niveau|ordre|rang|etape|priorite|no|n)(?: d(?:e l)? ?escalade)?$/.test(f))
    return 'level';
  if (/^(?:structure|partie|organisme|cote|entite|institution)$/.test(f)) return 'side';
  if (/^(?:fonction|qualite|poste|titre|role|service)s?$/.test(f)) return 'function';
  if (
    /^(?:nom|nom prenom|prenom nom|nom et prenom|prenom et nom|interlocuteur|contact|personne|identite)s?$/.test(
      f,
    )
  )
    return 'name';
  if (
    /^(?:telephone|tel|tel fixe|tel portable|portable|numero|coordonnees telephoniques)s?$/.test(f)
  )
    return 'phone';
  if (
    /^(?:mel|mail|e mail|email|courriel|adresse (?:mel|mail|e mail|electronique|courriel))s?$/.test(
      f,
    )
  )
    return 'email';
  return undefined;
}

/** A header row: at least two cells that name columns, one of them the name. */
export function escalationHeader(line: string): Column[] | undefined {
  const cells = line.split('\t').map((c) => c.trim());
  const cols = cells.map((c) => columnOf(c));
  if (cols.filter(Boolean).length < 2 || !cols.includes('name')) return undefined;
  return cols.map((c) => c ?? 'other');
}

/** A level or order cell (« 1 », « Niveau 2 », « N2 », « 1er »): never a function. */
const LEVEL_CELL = /^(?:(?:niveau|ordre|rang|n°?|étape)\s*)?\d{1,2}(?:er|e|ème|°)?(?:\s*niveau)?$/i;

/** A table row « 1 | Julie FAVRE | Administratrice locale | 04 … », its columns named by `header` when known. */
export function personInRow(line: string, header?: Column[]): Omit<Person, 'index'> | undefined {
  const raw = line.split('\t').map((c) => c.trim());
  if (header && raw.length === header.length) {
    const cell = (k: Column) => raw.filter((_, j) => header[j] === k).filter(Boolean);
    const name = cell('name')
      .map((c) => personName(c))
      .find(Boolean);
    if (name) {
      const phone =
        [...cell('phone'), ...cell('other')].flatMap(findPhones)[0] ?? raw.flatMap(findPhones)[0];
      const email = raw.flatMap(findEmails)[0];
      const side = cell('side').map(structureSide).find(Boolean);
      const fn = cell('function').find(
        (c) => /\p{L}{3}/u.test(c) && !findPhones(c).length && !findEmails(c).length,
      );
      return {
        name,
        ...(side ? { side } : {}),
        ...(fn ? { function: fn } : {}),
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
      };
    }
  }
  const cells = raw.filter(Boolean);
  const nameCell = cells.find((c) => personName(c));
  if (!nameCell) return undefined;
  const name = personName(nameCell)!;
  const phone = cells.flatMap(findPhones)[0];
  const email = cells.flatMap(findEmails)[0];
  // a « Structure » cell (« Caf », « CCAS », « Commune ») says the side; it is no function
  const sideCell = cells.find((c) => c !== nameCell && structureSide(c));
  const side = sideCell ? structureSide(sideCell) : undefined;
  const fn = cells.find(
    (c) =>
      c !== nameCell &&
      c !== sideCell &&
      !LEVEL_CELL.test(c) &&
      /\p{L}{3}/u.test(c) &&
      !findPhones(c).length &&
      !findEmails(c).length,
  );
  return {
    name,
    ...(side ? { side } : {}),
    ...(fn ? { function: fn } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}
