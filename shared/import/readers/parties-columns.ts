/**
 * The two parties printed side by side (the CAF's block in one column, the partner's in the
 * other, as a text laid out with spaces gives them: « Caisse d'allocations familiales de X
 * ⎵⎵⎵⎵ Commune de Y », then both addresses, both representatives on the same lines). Each
 * line is cut at the right column's start (where most lines' second piece begins); the two
 * columns are then read one after the other as blocks (the CAF's first), each value pointing
 * at its own line. Read on the text as written (before spaces are collapsed), line for line.
 */
import { foldLoose } from './anchors';
import { cafName } from './party-text';

interface Piece {
  text: string;
  start: number;
  end: number;
}

function piecesOf(line: string): Piece[] {
  // (a tab counts as a wide gap: its pieces stand apart)
  const out: Piece[] = [];
  for (const m of line.replace(/\t/g, '    ').matchAll(/\S+(?: {1,2}\S+)*/g))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** « LA CAF », « Pour le partenaire », « Pour la commune »: a column head naming its side. */
const SIDE_HEAD =
  /^(?:pour\s+)?(?:(?:la\s+)?(caf|caisse d'allocations familiales)|(?:le\s+|la\s+|l')?(?:partenaire|commune|ville|mairie|ccas|cias|collectivite|communaute(?: de communes| d'agglomeration)?|association|structure|epci))\s*:?$/i;

/**
 * « ENTRE ⎵⎵⎵ ET », « Entre : ⎵⎵⎵ Et : », « Pour le partenaire ⇥ Pour la Caf »: the head over
 * the two columns.
 */
export function isSidesHead(raw: string): boolean {
  const p = piecesOf(raw);
  if (p.length !== 2) return false;
  const [a, b] = [foldLoose(p[0]!.text).trim(), foldLoose(p[1]!.text).trim()];
  if (
    /^entre\b(?:\s*(?:d'une part|les soussignes))?\W*$/i.test(a) &&
    /^et\b(?:\s*d'autre part)?\W*$/i.test(b)
  )
    return true;
  // one head names the Caf, the other another body
  const sa = SIDE_HEAD.exec(a);
  const sb = SIDE_HEAD.exec(b);
  return !!sa && !!sb && !!sa[1] !== !!sb[1];
}

const PARTNER_WORDS =
  /\b(?:commune|ville|mairie|ccas|cias|c\.c\.a\.s|centre (?:inter)?communal|communaute|metropole|syndicat|departement|conseil departemental|association|etablissement|sivu|sivom|epci)\b/;

export interface SideColumns {
  /** The CAF's column then the partner's: each cell with its line. */
  caf: { text: string; index: number }[];
  partner: { text: string; index: number }[];
  /** The last line of the two columns (inclusive). */
  last: number;
}

/** The start of the right column: the column most lines' second piece starts at. */
function rightColumn(raw: readonly string[], from: number, to: number): number | undefined {
  const votes = new Map<number, number>();
  for (let k = from; k < to; k++) {
    const p = piecesOf(raw[k] ?? '');
    if (p.length !== 2 || p[1]!.start - p[0]!.end < 3) continue;
    votes.set(p[1]!.start, (votes.get(p[1]!.start) ?? 0) + 1);
  }
  // (a column may start a space or two off on a line: the votes of neighbours add up)
  let best: [number, number] | undefined;
  for (const [at] of votes) {
    let n = 0;
    for (const [other, v] of votes) if (Math.abs(other - at) <= 2) n += v;
    if (!best || n > best[1] || (n === best[1] && at < best[0])) best = [at, n];
  }
  return best && best[1] >= 3 ? best[0] : undefined;
}

/**
 * A line cut at the right column's start; undefined when a piece crosses it. Two pieces apart
 * are the two cells wherever they stand (a long name reaches into the gap).
 */
function spaceCells(line: string, gap: number): [string, string] | undefined {
  const pieces = piecesOf(line);
  if (pieces.length === 2 && pieces[0]!.end < gap + 4 && pieces[1]!.start > gap - 8)
    return [pieces[0]!.text, pieces[1]!.text];
  const l: string[] = [];
  const r: string[] = [];
  for (const p of pieces) {
    if (p.end <= gap - 2) l.push(p.text);
    else if (p.start >= gap - 2) r.push(p.text);
    else return undefined;
  }
  return [l.join(' '), r.join(' ')];
}

/** « left ⇥ right », « ⇥ right » (the left cell empty); undefined for three cells or more. */
function tabCells(line: string): [string, string] | undefined {
  const cells = line.split(/\t+/).map((c) => c.trim());
  if (cells.length > 2) return undefined;
  return [cells[0] ?? '', cells[1] ?? ''];
}

/**
 * The two parties side by side in the lines from `from` (the first non-empty line after the
 * opening sentence or the « ENTRE / ET » head), up to a blank line, a heading or a line that
 * fits no column; undefined when the lines are not two columns, one the CAF's and the other
 * a partner's.
 */
export function sideColumns(raw: readonly string[], from: number): SideColumns | undefined {
  let start = from;
  while (start < raw.length && start < from + 3 && !(raw[start] ?? '').trim()) start++;
  let end = start;
  while (end < raw.length && end < start + 20 && (raw[end] ?? '').trim()) end++;
  // (« La Caisse …, représentée par … ⇥ Le Centre hospitalier …, représenté par … »: one row
  // of a table, each party's paragraph in its cell)
  const row =
    end - start <= 2
      ? raw
          .slice(start, end)
          .findIndex((l) => tabCells(l)?.every((c) => c.length >= 60 && /repr[ée]sent/i.test(c)))
      : -1;
  const paragraphs = row >= 0;
  if (paragraphs) {
    start += row;
    end = start + 1;
  }
  if (end - start < 3 && !paragraphs) return undefined;
  // cells apart by tabs (a table pasted as text), or by a column of spaces
  const tabbed = paragraphs || raw.slice(start, end).filter((l) => /\S\t+\S/.test(l)).length >= 3;
  const gap = tabbed ? 0 : rightColumn(raw, start, end);
  if (gap === undefined) return undefined;
  const left: { text: string; index: number }[] = [];
  const right: { text: string; index: number }[] = [];
  let last = start - 1;
  for (let k = start; k < end; k++) {
    const cells = tabbed ? tabCells(raw[k] ?? '') : spaceCells(raw[k] ?? '', gap);
    if (!cells) break;
    const [l, r] = cells;
    if (l) left.push({ text: l, index: k });
    if (r) right.push({ text: r, index: k });
    last = k;
  }
  if (left.length < (paragraphs ? 1 : 2) || right.length < (paragraphs ? 1 : 2)) return undefined;
  // « Organisme :⇥La Caisse … », « Siège :⇥… »: a form's labels and values, no two parties
  const labels = (cells: { text: string }[]) => cells.filter((c) => /:\s*$/.test(c.text)).length;
  if (labels(left) >= 2 || labels(right) >= 2) return undefined;
  const named = (cells: { text: string }[]) => cells.some((c) => cafName(c.text));
  const partnerish = (cells: { text: string }[]) =>
    cells.some((c) => PARTNER_WORDS.test(foldLoose(c.text)));
  if (named(left) && !named(right) && partnerish(right)) return { caf: left, partner: right, last };
  if (named(right) && !named(left) && partnerish(left)) return { caf: right, partner: left, last };
  return undefined;
}

/** « Dénomination », « Adresse », « N° SIRET »: a row's label in a parties grid. */
const GRID_LABEL = /^[\p{L}°'’ .()/-]{2,40}$/u;
const EMPTY_CELL = /^(?:[-–—/]|n[ée]ant|sans objet)?$/i;
const REPRESENTED =
  /^(?:repr[ée]sent[ée]{0,2}(?:\(e\))?\s+par|repr[ée]sentant(?:e|\(e\))?(?:\s+l[ée]gal(?:e|\(e\))?)?|signataire)$/i;
/** The labels a party's block reads; another row (« Habilitation à signer ») is no part of it. */
const BLOCK_LABEL =
  /^(?:n°\s*)?(?:adresse|si[èe]ge|siret|siren|t[ée]l|courriel|m[ée]l\b|e-?mail|contact|statut|forme juridique)/i;
const QUALITY = /^(?:qualit[ée]|fonction|titre)$/i;
const NAME_LABEL = /^(?:d[ée]nomination|nom|raison sociale|organisme|structure|intitul[ée])$/i;

/**
 * The two parties as a grid of labels and sides: « ⇥ La Caf ⇥ Le partenaire », then
 * « Dénomination ⇥ Caisse … ⇥ Commune de Saujon », « Adresse ⇥ … ⇥ … », « Représentée par ⇥
 * M. X ⇥ M. Y », « Qualité ⇥ Directeur ⇥ Maire »: each side's column made the labelled lines of
 * a block (« Dénomination : … », « Représentée par M. X, Directeur »), each at its row's line.
 * Undefined when the line at `at` is no such grid's head.
 */
export function labelGrid(raw: readonly string[], at: number): SideColumns | undefined {
  const head = (raw[at] ?? '').split('\t').map((c) => c.trim());
  if (head.length !== 3 || head[0]!.length > 30) return undefined;
  const sides = head.slice(1).map((c) => SIDE_HEAD.exec(foldLoose(c)));
  if (!sides[0] || !sides[1] || !!sides[0][1] === !!sides[1][1]) return undefined;
  const cafFirst = !!sides[0][1];
  const caf: { text: string; index: number }[] = [];
  const partner: { text: string; index: number }[] = [];
  let last = at;
  for (let k = at + 1; k < raw.length && k < at + 20; k++) {
    const cells = (raw[k] ?? '').split('\t').map((c) => c.trim());
    if (cells.length !== 3 || !GRID_LABEL.test(cells[0]!)) break;
    const label = cells[0]!.replace(/\s*:$/, '');
    const [left, right] = [cells[1]!, cells[2]!];
    for (const [value, column] of [
      [left, cafFirst ? caf : partner],
      [right, cafFirst ? partner : caf],
    ] as const) {
      if (EMPTY_CELL.test(value)) continue;
      const prev = column[column.length - 1];
      // (« Qualité ⇥ Directeur » goes with the row above naming the person)
      if (QUALITY.test(label) && prev && /^repr/i.test(prev.text)) {
        prev.text = `${prev.text}, ${value}`;
        continue;
      }
      if (!NAME_LABEL.test(label) && !REPRESENTED.test(label) && !QUALITY.test(label)) {
        if (!BLOCK_LABEL.test(label)) continue;
      }
      column.push({
        // (the body's name opens its block, as in columns side by side)
        text: NAME_LABEL.test(label)
          ? value
          : REPRESENTED.test(label)
            ? `Représenté par ${value}`
            : `${label} : ${value}`,
        index: k,
      });
    }
    last = k;
  }
  if (caf.length < 2 || partner.length < 2) return undefined;
  return { caf, partner, last };
}

/** Where a party's cell, its lines joined into one, goes on with its next piece. */
const CELL_PIECE =
  /\s+(?=repr[ée]sent[ée]{0,2}s?\s+par\b|(?:n°\s*)?siret\b|t[ée]l(?:[ée]phone)?\b\.?|\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|route|all[ée]e|impasse|quai|cours|square|esplanade|rond-point|parvis|promenade)\b|(?:bp|cs|tsa)\s*\d)/giu;

/**
 * The two parties as rows of a table whose first cell names the side: « La Caf ⇥ Caisse … 7
 * avenue de Provence, 05000 GAP représentée par M. X, Directeur », « Le partenaire ⇥ Union … »,
 * a row going on below with its first cell empty (« ⇥ SIRET : … »). A PDF or a Word file joins
 * the cell's lines: the cell is cut again before its address, identifiers and representative,
 * and each side's pieces read as its block. Undefined when the line at `at` opens no such rows.
 */
export function sideRows(raw: readonly string[], at: number): SideColumns | undefined {
  const groups: { side: 'caf' | 'partner'; cells: { text: string; index: number }[] }[] = [];
  let last = at - 1;
  for (let k = at; k < raw.length && k < at + 12; k++) {
    const line = raw[k] ?? '';
    if (!line.trim()) break;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length !== 2 || !cells[1]) break;
    const head = cells[0] ? SIDE_HEAD.exec(foldLoose(cells[0])) : undefined;
    if (cells[0] && !head) break;
    if (head) groups.push({ side: head[1] ? 'caf' : 'partner', cells: [] });
    const group = groups[groups.length - 1];
    if (!group) break;
    group.cells.push({ text: cells[1], index: k });
    last = k;
  }
  const caf = groups.find((g) => g.side === 'caf');
  const partner = groups.find((g) => g.side === 'partner');
  if (groups.length !== 2 || !caf || !partner) return undefined;
  const pieces = (cells: { text: string; index: number }[]) =>
    cells.flatMap((c) =>
      c.text
        .split(CELL_PIECE)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((text) => ({ text, index: c.index })),
    );
  // (each side's cell holds its party: the Caf's name, a representative)
  if (
    !cafName(caf.cells[0]!.text) ||
    !caf.cells.concat(partner.cells).some((c) => /repr[ée]sent/i.test(c.text))
  )
    return undefined;
  return { caf: pieces(caf.cells), partner: pieces(partner.cells), last };
}
