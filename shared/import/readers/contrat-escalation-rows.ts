/**
 * Escalation tables: a header row naming its columns, and the person a row names (name,
 * side, function, phone, e-mail).
 */
import type { Side } from '../../domain/schemas/vocabulary';
import { findEmails, findPhones, fold } from '../text-tools';
import { isHeadingLine } from './paragraphs';
import { personName } from './records';
import { bodySide } from './body-side';

// (« Pour Ie partenaire », « Pour 1a Caf »: the article's « l » misread by OCR, or glued to
// « Pour »: « Pourla Caf », « Pourle partenaire »)
export const CAF_CUE =
  /\b(?:pour\s*[lI1|]a\s*caf|c[ôo]t[ée]\s*caf|chez\s*[lI1|]a\s*caf|de [lI1|]a caf\s*:)/i;
export const PARTNER_CUE =
  /\b(?:pour|c[ôo]t[ée]|chez)(?:\s*(?:[lI1|]e|[lI1|]a|[lI1|]')\s*|\s+)(?:partenaire|commune|ville|mairie|ccas|cias|epci|communaut[ée]|structure|collectivit[ée]|organisme|association|[ée]tablissement|office|bailleur|d[ée]partement|syndicat|mission locale|udaf|centre social)/i;

const CAF_CUE_START = new RegExp(`^(?:${CAF_CUE.source})`, 'i');
const PARTNER_CUE_START = new RegExp(`^(?:${PARTNER_CUE.source})`, 'i');

/** The side a text's opening cue names (« Pour la Caf … », « Pour le CCAS … »), if it opens with one. */
export function sideCueAtStart(text: string): Side | undefined {
  if (CAF_CUE_START.test(text)) return 'caf';
  return PARTNER_CUE_START.test(text) ? 'partner' : undefined;
}

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
    /^(?:le\s+|la\s+)?(?:partenaire|ccas|cias|commune|ville|mairie|epci|communaute de communes|communaute d'agglomeration|metropole|departement|conseil departemental|syndicat|association)\b/.test(
      f,
    ) &&
    f.split(/\s+/).length <= 6
  )
    return 'partner';
  // (« le Centre hospitalier d'Auxerre », « l'Office public de l'habitat »: another body's name)
  return f.split(/\s+/).length <= 8 && !/[@\d]/.test(f) ? bodySide(cell) : undefined;
}

export type Column = 'level' | 'side' | 'function' | 'name' | 'phone' | 'email' | 'other';

/** What a header cell announces (« Niveau », « Structure », « Fonction », « Nom », « Téléphone », « Mél »). */
export function columnOf(cell: string): Column | undefined {
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
// (« 1 – Caf », « 2 (partenaire) »: the side written with the level)
const LEVEL_CELL =
  /^(?:(?:niveau|ordre|rang|n°?|étape)\s*)?\d{1,2}(?:er|e|ème|°)?(?:\s*niveau)?(?:\s*(?:[-–—:]\s*|\(\s*)[\p{L} '’]{3,40}?\)?)?$/iu;

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
  // « Partenaire Nadia BOUZIDI », « Caf Hervé LACOSTE »: the side cell run into the name's
  const cells = joinSplitNames(
    raw.filter(Boolean).flatMap((c) => {
      const m = /^(\S+)\s+(.+)$/.exec(c);
      return m && !personName(c) && structureSide(m[1]!) && personName(m[2]!)
        ? [m[1]!, m[2]!]
        : [c];
    }),
  );
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

/**
 * An escalation table given column by column (PDF text, OCR): « Niveau », its cells, « Partie »,
 * its cells, « Interlocuteur », … one cell per line. The rows are rebuilt by rank only when
 * every column has as many cells; « Nom, fonction » cells give the function. `undefined` when
 * the lines are no such table, `unread` when they are one whose columns disagree.
 */
export function escalationColumns(
  lines: readonly string[],
  from: number,
  to: number,
): { rows: { index: number; line: string; header: Column[] }[] } | 'unread' | undefined {
  const columns: { kind: Column; cells: number[] }[] = [];
  // « Niveau / Nom / Fonction / Téléphone », one header word a line with no cell between them:
  // a header ROW given one cell per line, its rows follow the same way (not this shape)
  const heads = lines
    .slice(from, to)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .filter((l) => l.length <= 40 && !/\d/.test(l) && columnOf(l));
  if (heads.length === 2) return undefined;
  let k = from;
  for (; k < to; k++) {
    const line = (lines[k] ?? '').trim();
    if (!line) continue;
    if (line.includes('\t') || isHeadingLine(line) || /^fait\s+[àa]\s/i.test(line)) break;
    // (a header word alone: « Niveau 2 » is a cell)
    const kind = line.length <= 40 && !/\d/.test(line) ? columnOf(line) : undefined;
    const cur = columns[columns.length - 1];
    if (kind && (!cur || cur.cells.length > 0)) {
      if (columns.some((c) => c.kind === kind)) break;
      columns.push({ kind, cells: [] });
      continue;
    }
    if (!cur) return undefined;
    // the last column stops when it has as many cells as the first
    if (columns.length > 1 && cur.cells.length === columns[0]!.cells.length) break;
    cur.cells.push(k);
  }
  if (columns.length < 2 || !columns.some((c) => c.kind === 'name')) return undefined;
  const n = columns[0]!.cells.length;
  if (n === 0 || columns.some((c) => c.cells.length !== n)) return 'unread';
  const rows: { index: number; line: string; header: Column[] }[] = [];
  const named = columns.some((c) => c.kind === 'function');
  for (let r = 0; r < n; r++) {
    const header: Column[] = [];
    const cells: string[] = [];
    for (const c of columns) {
      const cell = (lines[c.cells[r]!] ?? '').trim().replace(/^[–—-]$/, '');
      // « Corinne MARTIN, administratrice locale »: the name, then its function
      const comma = c.kind === 'name' && !named ? cell.indexOf(',') : -1;
      if (comma > 0) {
        header.push('name', 'function');
        cells.push(cell.slice(0, comma).trim(), cell.slice(comma + 1).trim());
      } else {
        header.push(c.kind);
        cells.push(cell);
      }
    }
    const index = columns.find((c) => c.kind === 'name')!.cells[r]!;
    rows.push({ index, line: cells.join('\t'), header });
  }
  return { rows };
}

/** « Mme Valérie ⇥ HUSSON »: a PDF cut a name cell between the first name and the surname. */
function joinSplitNames(cells: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    const next = cells[k + 1];
    if (
      next &&
      /^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\p{Lu}[\p{Ll}'’-]+$/u.test(c) &&
      /^\p{Lu}[\p{Lu}'’ -]+$/u.test(next) &&
      next.length <= 30
    ) {
      out.push(`${c} ${next}`);
      k++;
    } else out.push(c);
  }
  return out;
}

/**
 * The second line of an escalation row whose cells held two lines each (« Responsable du pôle ⇥
 * valerie.husson@… »): a function, a phone or an e-mail, and no person, rank or side.
 */
export function rowContinuation(
  line: string,
): { function?: string; phone?: string; email?: string } | undefined {
  const cells = line
    .split('\t')
    .map((c) => c.trim())
    .filter(Boolean);
  if (!cells.length || LEVEL_CELL.test(cells[0]!)) return undefined;
  if (cells.some((c) => personName(c) || structureSide(c))) return undefined;
  const phone = cells.flatMap(findPhones)[0];
  const email = cells.flatMap(findEmails)[0];
  const fn = cells.find(
    (c) =>
      /^\p{Lu}[\p{L}'’ ,()-]{2,80}$/u.test(c) && !findPhones(c).length && !findEmails(c).length,
  );
  if (!phone && !email && !fn) return undefined;
  return {
    ...(fn ? { function: fn } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}
