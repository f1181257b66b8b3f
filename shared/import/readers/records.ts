/**
 * Reads the records of a contacts table whatever its layout: one row per line with tabs,
 * one cell per line (role, name, e-mail, phone on successive lines), or cells joined by
 * single spaces. Every piece is classified by its shape — e-mail, French phone, role label,
 * person name (« NOM Prénom », « Prénom NOM », with or without civility) — and a role label
 * opens a record. A record that receives two different names is ambiguous: it is reported,
 * never filled with a guess.
 */
import type { ContactRole, Side } from '../../domain/schemas/vocabulary';
import { fold } from '../text-tools';
import { type Piece, personName, piecesOfCell } from './records-pieces';
import { ROLE_PHRASES, roleLabel } from './records-roles';
import { bodySide } from './body-side';

export { ROLE_PHRASES, type RoleHit, roleLabel } from './records-roles';
export {
  cellPersonName,
  personName,
  type Piece,
  type PieceKind,
  piecesOfCell,
  severalPersons,
} from './records-pieces';
export {
  hasWrappedCells,
  joinLabelsAroundRows,
  joinNamesAboveRows,
  joinTitleLines,
  joinWrappedLabels,
  joinWrappedNames,
  readWrappedRecords,
} from './records-wrapped';

export interface ContactRecord {
  role: ContactRole;
  /** Line of the role label. */
  index: number;
  names: Piece[];
  emails: string[];
  phones: string[];
  corrected: boolean;
  /** The role label is plural (« Administrateurs »). */
  plural?: boolean;
  /** Further roles the same person holds (« Responsable sécurité et DPO »). */
  also?: ContactRole[];
  /** The side the record itself names (« Administrateur (Caf) », a form's heading). */
  side?: Side;
  /** The source line (0-based) of each e-mail and phone, where the reader knows it. */
  detailLines?: Map<string, number>;
}

/** A record opened by a role piece (its further roles and side with it). */
function opened(p: Piece, index: number): ContactRecord {
  return {
    role: p.role!,
    index,
    names: [],
    emails: [],
    phones: [],
    corrected: !!p.corrected,
    plural: pluralLabel(p.value),
    ...(p.also?.length ? { also: p.also } : {}),
    ...(p.side ? { side: p.side } : {}),
  };
}
/** « Administrateurs », « Délégués … »: a role label in the plural. */
const pluralLabel = (label: string) => /^\p{L}{4,}[sx](?![\p{L}])/u.test(label.trim());

/** First words of the role labels (« responsable », « delegue », « guichet »…). */
const ROLE_HEADS = new Set(
  ROLE_PHRASES.flatMap((r) => r.phrases.map((p) => p.split(' ')[0]!)).filter((w) => w.length > 4),
);

const DETAIL_END = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:(?:\+|00)33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/g;

/**
 * Two rows run into one line (a PDF row whose cell wrapped, joined with the next): after an
 * e-mail or a phone, a role label starts the next record. The cell is cut there.
 */
export function splitAtNextRole(cell: string): string[] {
  for (const m of cell.matchAll(DETAIL_END)) {
    const end = m.index + m[0].length;
    const rest = cell.slice(end).replace(/^[\s/,;–-]+/, '');
    if (rest && /^\p{Lu}/u.test(rest) && roleLabel(rest))
      return [cell.slice(0, end).trim(), ...splitAtNextRole(rest)];
  }
  return [cell];
}

/**
 * The records of a table region. A line with several tab-separated cells holding a role is
 * a record by itself (whatever the order of its cells); otherwise pieces flow into the
 * record opened by the last role label.
 */
export function readRecords(
  lines: readonly string[],
  from: number,
  to: number,
  unreadRows: number[] = [],
): ContactRecord[] {
  const records: ContactRecord[] = [];
  let cur: ContactRecord | undefined;
  /** The « Suppléant » column's index, under a « Titulaire ⇥ Suppléant » header. */
  let deputyColumn: number | undefined;
  /** The side a merged « Partie » cell gave, and its row's count of cells. */
  let sideColumn: { side: Side; cells: number } | undefined;
  const add = (r: ContactRecord, p: Piece) => {
    if (p.kind === 'name' && !r.names.some((n) => n.value === p.value)) r.names.push(p);
    else if (p.kind === 'email' && !r.emails.includes(p.value)) {
      r.emails.push(p.value);
      (r.detailLines ??= new Map()).set(p.value, p.index);
    } else if (p.kind === 'phone' && !r.phones.includes(p.value)) {
      r.phones.push(p.value);
      (r.detailLines ??= new Map()).set(p.value, p.index);
      if (p.corrected) r.corrected = true;
    }
  };
  for (let i = from; i < to; i++) {
    let line = lines[i] ?? '';
    if (!line) continue;
    // an e-mail cut after a hyphen at the end of the line
    const next = lines[i + 1] ?? '';
    if (/[\w.]-$/.test(line) && /^[^\s@]+@/.test(next) && i + 1 < to) {
      line = line + next;
      i++;
    }
    let cells = joinNameCells(
      line
        .split('\t')
        .map((c) => c.trim())
        .filter(Boolean),
    ).flatMap(splitAtNextRole);
    // « Fonction ⇥ Titulaire ⇥ Suppléant »: each row's last column is its deputy
    const heads = cells.map((c) => fold(c).trim());
    if (heads.some((h) => /^titulaires?$/.test(h))) {
      const k = heads.findIndex((h) => /^suppleant(?:e|s|es)?$/.test(h));
      deputyColumn = k > 0 ? k : undefined;
      cur = undefined;
      continue;
    }
    let deputy: string | undefined;
    if (deputyColumn !== undefined && cells.length > deputyColumn && roleLabel(cells[0]!)) {
      deputy = cells[deputyColumn];
      cells = cells.slice(0, deputyColumn);
    }
    // « Téléphone » alone under rows already read: a column an OCR gave after the table, its
    // values in order with no row to tell whose they are; no record takes them
    if (cells.length === 1 && records.length && DETAIL_HEADER.test(fold(cells[0]!))) {
      cur = undefined;
      unreadRows.push(i);
      continue;
    }
    const pieces = rowPieces(cells, i);
    // a « Partie » column merged over a side's rows (« Caf de l'Yonne ⇥ Administrateur ⇥ … »
    // then « Responsable sécurité ⇥ … »): the rows under its first, a cell short, keep its side
    const columnSide = cells.length >= 3 ? sideColumnCell(cells[0]!) : undefined;
    if (columnSide) sideColumn = { side: columnSide, cells: cells.length };
    else if (sideColumn && cells.length >= sideColumn.cells) sideColumn = undefined;
    else if (sideColumn && roleLabel(cells[0]!)) {
      const { side } = sideColumn;
      for (const p of pieces) if (p.kind === 'role' && !p.side) p.side = side;
    }
    const role = pieces.find((p) => p.kind === 'role');
    if (cells.length >= 2 && role && pieces.filter((p) => p.kind === 'role').length === 1) {
      // « Délégué à la protection des données ⇥ Anaïs TESSIER » then « DPO mutualisée ⇥
      // dpo@… ⇥ 05 … »: the same role again, naming nobody, under a row that has its name but
      // no details, is that person's job title and details (a name cell of two lines)
      if (
        cur &&
        cur.role === role.role &&
        cur.names.length > cur.emails.length &&
        cur.names.length > cur.phones.length &&
        !pieces.some((p) => p.kind === 'name') &&
        pieces.some((p) => p.kind === 'email' || p.kind === 'phone')
      ) {
        for (const p of pieces) if (p !== role) add(cur, p);
        continue;
      }
      cur = opened(role, i);
      records.push(cur);
      for (const p of pieces) if (p !== role) add(cur, p);
      // (the administrator's deputy in the « Suppléant » column; another role has none to give)
      if (deputy && role.role === 'administrateur') {
        const d: ContactRecord = {
          role: 'administrateur-suppleant',
          index: i,
          names: [],
          emails: [],
          phones: [],
          corrected: false,
          ...(role.side ? { side: role.side } : {}),
        };
        records.push(d);
        for (const p of piecesOfCell(deputy, i)) add(d, p);
      } else if (deputy) unreadRows.push(i);
      continue;
    }
    // a row whose first cell begins like a role label but does not read as one (« Responsable
    // ⇥ « ⇥ Mon ⇥ Compte … », a role cut by a PDF): its pieces belong to a record that
    // could not be read, never to the record above
    // (« CorrespondantI&L (CIL) ⇥ X ⇥ x@… ⇥ 05 … »: an OCR glued the label's words; a first
    // cell of words that is no role, no person and no detail, with a person's details after it)
    // (only when a record above would take them: after a flagged row they go nowhere already)
    const unreadLabel =
      !!cur &&
      cells.length >= 3 &&
      !role &&
      /^\p{L}/u.test(cells[0]!) &&
      piecesOfCell(cells[0]!, i).every((p) => p.kind === 'other') &&
      pieces.some((p) => p.kind === 'email' || p.kind === 'phone');
    if (
      cells.length >= 2 &&
      !role &&
      (unreadLabel || ROLE_HEADS.has(fold(cells[0]!.split(/\s+/)[0] ?? '').replace(/[^a-z]/g, '')))
    ) {
      // the role cell wrapped (« Délégué à la protection des » / « données … »): read it whole
      const wrappedRole = roleLabel(
        [
          cells[0],
          ...lines.slice(i + 1, Math.min(to, i + 3)).map((l) => l.split('\t')[0] ?? ''),
        ].join(' '),
      );
      if (wrappedRole) {
        cur = {
          role: wrappedRole.role,
          index: i,
          names: [],
          emails: [],
          phones: [],
          corrected: wrappedRole.corrected,
        };
        records.push(cur);
        for (const p of cells.slice(1).flatMap((c) => piecesOfCell(c, i))) add(cur, p);
        continue;
      }
      cur = undefined;
      unreadRows.push(i);
      continue;
    }
    // a line bringing another e-mail to a record that has one, with no label: a row whose label
    // could not be read (a wrapped or damaged label), never the record above's
    const email = pieces.find((p) => p.kind === 'email');
    if (
      !role &&
      cur &&
      !cur.plural &&
      email &&
      cur.emails.length &&
      !cur.emails.includes(email.value)
    ) {
      cur = undefined;
      unreadRows.push(i);
      continue;
    }
    for (const p of pieces) {
      if (p.kind === 'role') {
        cur = opened(p, i);
        records.push(cur);
      } else if (cur) add(cur, p);
    }
  }
  return records;
}

const SURNAME_CELL = /^(?:\p{Lu}[\p{Lu}'’-]*)(?:\s+\p{Lu}[\p{Lu}'’-]*){0,2}$/u;
const GIVEN_CELL = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?$/u;

/**
 * « NOM ⇥ Prénom » in two columns (« DUCHÊNE ⇥ Aurélie »), or « Prénom ⇥ NOM »: one person
 * when neither cell is one alone and together they read as a name.
 */
export function joinNameCells(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < cells.length; k++) {
    const a = cells[k]!;
    const b = cells[k + 1];
    if (b !== undefined && !personName(a) && !personName(b) && !roleLabel(a) && !roleLabel(b)) {
      // (the name is « Prénom NOM » whichever column comes first)
      const joined = SURNAME_CELL.test(a) && GIVEN_CELL.test(b) ? `${b} ${a}` : undefined;
      const reversed = GIVEN_CELL.test(a) && SURNAME_CELL.test(b) ? `${a} ${b}` : undefined;
      const name = joined ?? reversed;
      if (name && a.length >= 2 && b.length >= 2 && personName(name)) {
        out.push(name);
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A phone or e-mail column's header alone on its line. */
const DETAIL_HEADER =
  /^(?:telephones?|tel\.?|n° de telephone|courriels?|mels?|e-?mails?|messagerie|adresses? (?:mel|mail|electronique)s?)\s*:?$/;

const FORM_FIELD =
  /^(?:fonction|qualite|nom(?:,? (?:et )?prenom)?|prenom|adresse (?:mel|mail|electronique)|mel|courriel|e-mail|telephone(?:\(s\)|s)?|tel\.?)\s*:?$/;

/**
 * The pieces of a row's cells. When the first cell is a role label, a role label in a later
 * cell before any e-mail or phone is the person's job title (« RSSI – Ville de X » in a
 * « Service / qualité » column), not a second row.
 */
function rowPieces(cells: readonly string[], index: number): Piece[] {
  // « Caf ⇥ Administrateur ⇥ GERARD Sandrine ⇥ … », « CCAS ⇥ Administrateur suppléant ⇥ … »:
  // a first column saying whose person the row is; the row's role takes that side
  // (« CAF – Responsable Mon Compte Partenaire ⇥ … », « Association – Administrateur ⇥ … »:
  // the side and the role in one cell)
  const glued = cells.length >= 2 ? /^(.{2,20}?)\s*[–—-]\s+(\S.*)$/.exec(cells[0]!) : null;
  const gluedSide = glued ? sideCell(glued[1]!) : undefined;
  const side = gluedSide ?? (cells.length >= 3 ? sideColumnCell(cells[0]!) : undefined);
  if (side) {
    const rest = rowPieces(gluedSide ? [glued![2]!, ...cells.slice(1)] : cells.slice(1), index);
    return rest.map((p) => (p.kind === 'role' && !p.side ? { ...p, side } : p));
  }
  const per = cells.map((c) => piecesOfCell(c, index));
  // « Fonction ⇥ CIL mutualisé – Centre de gestion »: a form's field and its value, the
  // person's job title, no role of a new row
  if (cells.length >= 2 && FORM_FIELD.test(fold(cells[0]!).trim()))
    return per.flatMap((pieces, k) => (k > 0 ? pieces.filter((p) => p.kind !== 'role') : pieces));
  if (cells.length < 2 || !per[0]!.some((p) => p.kind === 'role')) return per.flat();
  let detail = false;
  return per.flatMap((pieces, k) => {
    const kept = k > 0 && !detail ? pieces.filter((p) => p.kind !== 'role') : pieces;
    if (pieces.some((p) => p.kind === 'email' || p.kind === 'phone')) detail = true;
    return kept;
  });
}

/**
 * A « Partie » column's cell: a side's name (« Caf », « CCAS »), or a body's name (« Caf de
 * l'Yonne », « Centre hospitalier d'Auxerre ») that holds no role, e-mail or phone.
 */
export function sideColumnCell(cell: string): Side | undefined {
  const exact = sideCell(cell);
  if (exact) return exact;
  if (cell.length > 60 || /@|\d{2}/.test(cell) || roleLabel(cell)) return undefined;
  return bodySide(cell);
}

/** A table cell that is only a side's name: « Caf », « La Caisse », « CCAS », « Partenaire ». */
export function sideCell(cell: string): Side | undefined {
  const f = fold(cell).trim();
  if (/^(?:la\s+)?(?:caf|caisse)$/.test(f)) return 'caf';
  if (
    /^(?:le\s+|la\s+|l'\s?)?(?:partenaire|ccas|cias|commune|mairie|ville|epci|structure|collectivite|etablissement|association|organisme|departement|cd)$/.test(
      f.replace(/[’`]/g, "'"),
    )
  )
    return 'partner';
  return undefined;
}
