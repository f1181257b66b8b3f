/**
 * A spreadsheet as offices really keep it, turned into a header and data rows: a title line,
 * blank lines or a two-line header above the real header row, merged cells, empty columns
 * (trailing or hidden), a totals row at the bottom. The header row is detected from the words
 * it holds (`headerScore`); the user may pick another one.
 *
 * Pure: the caller decodes the file (CSV text, or the cells of an .xlsx) into a grid of strings.
 */
import Papa from 'papaparse';
import { foldText } from '../domain/text';
import { normaliseHeader, type ColumnMapping } from './roster-fields';
import { guessMapping, headerScore, profileColumns } from './roster-mapping';
import {
  cleanNameCell,
  nameEvidence,
  parseLegend,
  parseRosterDate,
  parseYesNo,
  type LegendEntry,
} from './roster-values';

export interface ParsedSheet {
  headers: string[];
  rows: string[][];
  /** The 1-based line (row) number in the file of each data row, for the messages. */
  lines?: number[];
  /** The separator found, for CSV (« ; », « , » or tab). */
  delimiter?: string;
  /** Per data row: struck through in the file (an agent who left, as many offices mark it). */
  struck?: boolean[];
  /** Per data row: hidden in the file (often an agent no longer there, not for sure). */
  hidden?: boolean[];
  /** Per data row: filled grey in the file (a few lines of the list, not a striped table). */
  grey?: boolean[];
  /** A note of the sheet says grey lines are agents who left (« En grisé : agents partis »). */
  greyMeansDeparted?: boolean;
  /** Legend lines of the sheet that explain codes (« ADM MCP : T = titulaire ; U = utilisateur »). */
  legends?: { subject: string; entries: LegendEntry[] }[];
  /** Per data row, when the list spans several sheets: the sheet it comes from. */
  rowSheets?: string[];
}

export interface SheetGrid {
  /** Every line of the sheet (blank ones included, so that indices are the file's lines − 1). */
  grid: string[][];
  /** Column letters (A, B… AA) of the grid's columns as in the file, empty columns removed. */
  columnNames: string[];
  /** Columns hidden in Excel (indices in `grid`). */
  hiddenColumns?: number[];
  /** Lines struck through in Excel (indices in `grid`). */
  struckRows?: number[];
  /** Lines hidden in Excel, by a filter or by hand (indices in `grid`). */
  hiddenRows?: number[];
  /** Lines filled grey in Excel (indices in `grid`). */
  greyRows?: number[];
  delimiter?: string;
  sheetName?: string;
  /**
   * The list's other sheets (« Départs » after « En poste »), appended below the first one's
   * lines with their columns lined up under its header: where each starts in `grid` and its
   * own header line (indices in `grid`). See `appendAgentSheets`.
   */
  parts?: { name: string; start: number; headerRow: number }[];
}

export interface DetectedSheet extends ParsedSheet {
  /** Index in the grid of the header row. */
  headerRow: number;
  /** Lines left out, with why (title line above the header, totals row, empty line). */
  ignored: { line: number; reason: string }[];
  columnNames: string[];
  hiddenColumns: number[];
  /** The group title above each header cell (a two-line header), empty when none. */
  groups: string[];
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** A raw cell as text: what is not already text or a number (a stray object) reads as empty. */
function cellString(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
}

/**
 * Trims every cell, pads the rows to one width and removes the columns that are empty on every
 * line (trailing columns Excel keeps after a deletion, a first empty column).
 */
export function cleanGrid(
  raw: readonly (readonly unknown[])[],
  hidden: readonly number[] = [],
): Omit<SheetGrid, 'delimiter' | 'sheetName'> {
  const width = raw.reduce((w, r) => Math.max(w, r.length), 0);
  const cells = raw.map((r) =>
    Array.from({ length: width }, (_, i) =>
      cellString(r[i])
        .replace(/\u00A0/g, ' ')
        .trim(),
    ),
  );
  const keep: number[] = [];
  for (let c = 0; c < width; c++) if (cells.some((r) => r[c] !== '')) keep.push(c);
  const hiddenSet = new Set(hidden);
  return {
    grid: cells.map((r) => keep.map((c) => r[c]!)),
    columnNames: keep.map(columnLetter),
    hiddenColumns: keep.flatMap((c, i) => (hiddenSet.has(c) ? [i] : [])),
  };
}

const HEADER_SEARCH_LINES = 25;

/**
 * The header row: among the first lines, the one whose cells name the most roster fields
 * (« Nom », « Prénom », « Mail »…), at least two; ties go to the first. Without any such
 * line: the first line with two cells.
 */
export function detectHeaderRow(grid: readonly (readonly string[])[]): number {
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_LINES); i++) {
    const score = headerScore(grid[i]!);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const first = grid.findIndex((r) => r.filter((c) => c !== '').length >= 2);
  return first >= 0
    ? first
    : Math.max(
        0,
        grid.findIndex((r) => !isBlank(r)),
      );
}

const TOTAL_WORDS =
  /^(total|totaux|sous total|nombre|nb|effectif|soit|compte|quotas?|reste|restant|disponibles?|places|habilitations? (?:actives|accordees|utilisees|ouvertes))\b/;

const foldWords = (c: string) =>
  foldText(c)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A « Total : 25 » line under the list (« Total agents | 26 | Total habilitations | 29 »): a
 * few cells, each a total word or a number.
 */
export function isTotalsRow(row: readonly string[]): boolean {
  const filled = row.filter((c) => c !== '');
  // its words (a label merged over several cells counts once), the rest numbers or formulas
  const labels = new Set(filled.filter((c) => !/^[\d\s.,:]+$/.test(c) && !/^=/.test(c)));
  if (labels.size === 0 || labels.size > 2) return false;
  // « Agents affichés : | 37 »: one label closed by a colon, then only numbers.
  if (labels.size === 1 && filled.length >= 2 && /:\s*$/.test([...labels][0]!)) return true;
  return [...labels].every((c) => TOTAL_WORDS.test(foldWords(c)));
}

/** A note saying grey lines are agents who left (« En grisé : agents ayant quitté la collectivité »). */
const GREY_DEPARTED =
  /\b(grises?|grisees?|en gris|fond gris|surlignee?s? en gris)\b.*\b(partis?|parties?|depart|departs|quitte|sortis?|sorties?|plus en poste|n est plus|ne sont plus|retraite)\b|\b(partis?|parties?|departs?|sortis?|sorties?)\b.*\b(grises?|grisees?|en gris)\b/;

/** The first line of a signature block under a list. */
const SIGNATURE =
  /^(fait a\b|fait le\b|(?:le|la) (?:president|presidente|vice president|vice presidente|maire|directeur|directrice|responsable|adjointe?)\b|pour le (?:president|maire)\b|signature|signe\b|vu et approuve|certifie|cachet|visa\b)/;

/** First words of a section title or a note written across the table (not an agent). */
const NOTE_WORDS =
  /^(pole|service|services|direction|secteur|antenne|equipe|site|unite|departement|division|mission|document|tableau|liste|mise a jour|maj|mis a jour|nb|nombre|total|soit|source|legende|note|nota|remarque|remarques|attention|rappel|fait le|edite|imprime|extraction|export|agents?|personnel|effectif|confidentiel|ne pas)\b/;

/**
 * A line of one text among agents' lines: a section title merged across the table (« Pôle
 * logement – FSL »), or a note (« Nombre d'agents : 38 », « Document interne – ne pas
 * diffuser »): a digit, a colon, more than four words or a section word. A lone name is kept.
 */
export function isNoteRow(row: readonly string[], typicalFilled: number): boolean {
  const filled = row.filter((c) => c !== '');
  const distinct = new Set(filled);
  if (distinct.size !== 1) return false;
  if (filled.length >= 2) return true; // one value merged over the line
  if (typicalFilled < 3) return false;
  const text = filled[0]!;
  const words = foldWords(text);
  return /\d/.test(text) || /:/.test(text) || words.split(' ').length > 4 || NOTE_WORDS.test(words);
}

/** Words of a name that is no person: a shared, training or test account. */
const ACCOUNT_WORDS = new Set(
  'compte comptes formation test tests essai generique demo demonstration fictif fictive partage service accueil ccas mcp caf utilisateur'.split(
    ' ',
  ),
);
const ACCOUNT_MARK =
  /\b(compte|formation|tests?|essai|generique|demo|demonstration|fictif|fictive)\b/;

/**
 * Why a line whose name cells hold no person is not an agent: a model line (« NOM Prénom »,
 * « DUPONT Jean (exemple) ») or a training / shared account (« FORMATION Compte », « Compte
 * test », « GÉNÉRIQUE »). Undefined for a person.
 */
export function placeholderName(names: readonly string[]): string | undefined {
  const text = names.filter((n) => n !== '').join(' ');
  if (!text) return undefined;
  const folded = foldText(text);
  const words = folded
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (!words.length) return undefined;
  if (
    /\b(exemple|example|modele)\b/.test(folded) ||
    words.every((w) => /^(nom|noms|prenom|prenoms|x+)$/.test(w))
  )
    return `ligne d’exemple (« ${text} »), pas un agent`;
  if (words.every((w) => ACCOUNT_WORDS.has(w)) && ACCOUNT_MARK.test(words.join(' ')))
    return `compte de formation, de test ou générique (« ${text} »), pas un agent`;
  return undefined;
}

/**
 * A second header line under a grid of profiles (« Action sociale | Commissions FSL » under
 * « T1 | T13 »): the profile columns hold words that are no answer (no cross, yes/no or date),
 * and every other filled cell repeats the title above it (merged down).
 */
export function isSubHeaderRow(
  row: readonly string[],
  headerCells: readonly string[],
  profileCols: readonly number[],
): boolean {
  const isProfile = new Set(profileCols);
  let labels = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c]!;
    if (!v) continue;
    if (isProfile.has(c)) {
      if (parseRosterDate(v) || parseYesNo(v) !== undefined || !/\p{L}{3}/u.test(v)) return false;
      labels += 1;
    } else if (v !== (headerCells[c] ?? '')) return false;
  }
  return labels >= 2;
}

/**
 * The header and the data rows for a chosen header row. Blank lines are dropped; lines above
 * the header are named (a title, the first line of a two-line header); a totals row is
 * dropped and named. A header cell left empty (merged over several columns, or no title) is
 * named after the cell above it, else « Colonne C ». Also left out and named: a second header
 * line under a grid of profiles, model lines and training accounts, and, for a list on several
 * sheets (`parts`), each other sheet's title and header lines. Legend lines are kept in
 * `legends` (the role codes they explain).
 */
export function sheetFromGrid(sheet: SheetGrid, headerRow: number): DetectedSheet {
  const { grid, columnNames } = sheet;
  const ignored: DetectedSheet['ignored'] = [];
  const parts = (sheet.parts ?? []).filter((p) => p.start > headerRow);
  const partOf = (i: number) => [...parts].reverse().find((p) => i >= p.start);
  const firstEnd = parts[0]?.start ?? grid.length;
  const excerpt = (row: readonly string[]) =>
    [...new Set(row.filter((c) => c !== ''))].join(' ').slice(0, 80);
  for (let i = 0; i < Math.min(headerRow, firstEnd); i++) {
    if (!isBlank(grid[i]!))
      ignored.push({ line: i + 1, reason: `au-dessus des titres (« ${excerpt(grid[i]!)} »)` });
  }
  const headerCells = grid[headerRow] ?? [];
  // A title merged over the whole table above the header (« CCAS de X — agents habilités
  // CDAP ») is no group title: its words would turn « Départ » into an end of habilitation.
  const aboveRow = headerRow > 0 ? grid[headerRow - 1]! : [];
  const aboveTexts = new Set(aboveRow.filter((c) => c !== ''));
  const titleAbove =
    aboveTexts.size === 1 && headerCells.every((h, c) => !h || (aboveRow[c] ?? '') !== '');
  const groups = headerCells.map((h, c) => {
    const above = aboveRow[c] ?? '';
    return h && above !== h && !titleAbove ? above : '';
  });
  const headers = headerCells.map((h, c) => {
    if (h) return h;
    for (let i = headerRow - 1; i >= 0 && i >= headerRow - 2; i--)
      if (grid[i]![c]) return grid[i]![c]!;
    return `Colonne ${columnNames[c] ?? columnLetter(c)}`;
  });
  const guessed = guessMapping(headers, sheet.hiddenColumns ?? [], groups);
  const profileCols = profileColumns(headers, guessed).map((p) => p.col);
  const nameCols = [guessed.lastName, guessed.firstName, guessed.fullName].filter(
    (c): c is number => c !== undefined,
  );
  const rows: string[][] = [];
  const lines: number[] = [];
  const rowSheets: string[] = [];
  const struckRows = new Set(sheet.struckRows ?? []);
  let dataSeen = false;
  let signature = false;
  for (let i = headerRow + 1; i < grid.length; i++) {
    const row = grid[i]!;
    if (isBlank(row)) continue;
    const part = partOf(i);
    if (part && i <= part.headerRow) {
      const own = i - part.start + 1;
      ignored.push({
        line: i + 1,
        reason:
          i === part.headerRow
            ? `titres des colonnes de la feuille « ${part.name} » (sa ligne ${own})`
            : `feuille « ${part.name} », ligne ${own}, au-dessus des titres (« ${excerpt(row)} »)`,
      });
      continue;
    }
    // The header repeated (a list printed on several pages and pasted together).
    if (row.every((c, k) => c === (headerCells[k] ?? ''))) {
      ignored.push({ line: i + 1, reason: 'titres des colonnes répétés' });
      continue;
    }
    if (!dataSeen && isSubHeaderRow(row, headerCells, profileCols)) {
      ignored.push({
        line: i + 1,
        reason: `second titre des colonnes (libellés des profils : « ${excerpt(profileCols.map((c) => row[c] ?? ''))} »)`,
      });
      continue;
    }
    const placeholder = nameCols.length
      ? placeholderName(nameCols.map((c) => row[c] ?? ''))
      : undefined;
    if (placeholder) {
      ignored.push({ line: i + 1, reason: placeholder });
      continue;
    }
    const texts = new Set(row.filter((c) => c !== ''));
    // A signature under the table (« Fait à X, le … », « Le Président du CCAS », his name):
    // from its first line on, every line of one text is part of it, not an agent. Two or
    // three signatures side by side (« Visa de l'administrateur : | Visa du directeur : ») too.
    const signs = [...texts].every((t) => SIGNATURE.test(foldWords(t)));
    if (
      dataSeen &&
      ((texts.size === 1 && (signature || signs)) || (texts.size <= 3 && texts.size > 1 && signs))
    ) {
      signature = true;
      ignored.push({ line: i + 1, reason: `bloc de signature (« ${excerpt(row)} »)` });
      continue;
    }
    // One text after a blank line under the agents, outside the name columns: a note below
    // the table, not the next line of the last agent.
    if (
      dataSeen &&
      texts.size === 1 &&
      nameCols.length &&
      nameCols.every((c) => (row[c] ?? '') === '') &&
      isBlank(grid[i - 1] ?? [])
    ) {
      ignored.push({ line: i + 1, reason: `texte sous le tableau (« ${excerpt(row)} »)` });
      continue;
    }
    dataSeen = true;
    rows.push([...row]);
    lines.push(i + 1);
    rowSheets.push(part?.name ?? sheet.sheetName ?? '');
  }
  // Totals anywhere, and section titles or notes among the agents' lines.
  const counts = rows.map((r) => r.filter((c) => c !== '').length).sort((a, b) => a - b);
  const typical = counts[Math.floor(counts.length / 2)] ?? 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    const reason = isTotalsRow(row)
      ? 'ligne de total'
      : isNoteRow(row, typical)
        ? `intertitre ou note (« ${row.find((c) => c !== '')!.slice(0, 60)} »)`
        : undefined;
    if (!reason) continue;
    rows.splice(i, 1);
    rowSheets.splice(i, 1);
    ignored.push({ line: lines.splice(i, 1)[0]!, reason });
  }
  ignored.sort((a, b) => a.line - b.line);
  splitMergedNameHeader(headers, headerCells, rows, guessed);
  // Legends: a line of one text (merged, or in one cell) anywhere in the sheet.
  const legends: NonNullable<ParsedSheet['legends']> = [];
  for (const row of grid) {
    const texts = [...new Set(row.filter((c) => c !== ''))];
    const legend = texts.length === 1 ? parseLegend(texts[0]!) : undefined;
    if (legend) legends.push(legend);
  }
  const struck = lines.map((l) => struckRows.has(l - 1));
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const hidden = lines.map((l) => hiddenRows.has(l - 1));
  // Grey lines tell something only when they are some of the list: a table striped grey one
  // line in two (no two grey lines together), or grey nearly all over, says nothing.
  const greyRows = new Set(sheet.greyRows ?? []);
  const greyAll = lines.map((l) => greyRows.has(l - 1));
  const greyCount = greyAll.filter(Boolean).length;
  const striped = greyCount * 3 >= lines.length && greyAll.every((g, i) => !g || !greyAll[i + 1]);
  const grey = !striped && greyCount * 5 <= lines.length * 3 ? greyAll : [];
  const greyMeansDeparted =
    grey.some(Boolean) && grid.some((r) => r.some((c) => GREY_DEPARTED.test(foldWords(c))));
  return {
    headers,
    rows,
    lines,
    ...(struck.some(Boolean) ? { struck } : {}),
    ...(hidden.some(Boolean) ? { hidden } : {}),
    ...(grey.some(Boolean) ? { grey } : {}),
    ...(greyMeansDeparted ? { greyMeansDeparted } : {}),
    ...(legends.length ? { legends } : {}),
    ...(parts.length ? { rowSheets } : {}),
    headerRow,
    ignored,
    columnNames,
    groups,
    hiddenColumns: sheet.hiddenColumns ?? [],
    ...(sheet.delimiter ? { delimiter: sheet.delimiter } : {}),
  };
}

/**
 * A name title merged over two columns (« Agent » over the last name and the first name, with
 * no second header line): the two columns are titled « Nom » and « Prénom » in the order the
 * rows tell (the words in capitals, the e-mail, else usual first names). Left as it is when
 * nothing tells the order.
 */
export function splitMergedNameHeader(
  headers: string[],
  headerCells: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): void {
  // The first of two equal titles that alone name a whole name (« Agent », « Nom et prénom »),
  // neither column used by a field other than a name.
  const c = headerCells.findIndex(
    (h, k) => h !== '' && headerCells[k + 1] === h && guessMapping([h]).fullName === 0,
  );
  if (c < 0) return;
  const names = [mapping.lastName, mapping.firstName, mapping.fullName];
  const others = (Object.keys(mapping) as (keyof ColumnMapping)[])
    .filter((f) => f !== 'lastName' && f !== 'firstName' && f !== 'fullName')
    .map((f) => mapping[f]);
  if (others.includes(c) || others.includes(c + 1)) return;
  if (names.some((n) => n !== undefined && n !== c && n !== c + 1)) return;
  const strong = { 'last-first': 0, 'first-last': 0 };
  const weak = { 'last-first': 0, 'first-last': 0 };
  for (const row of rows) {
    const a = row[c] ?? '';
    const b = row[c + 1] ?? '';
    if (!a || !b) continue;
    const e = nameEvidence(`${a} ${b}`, mapping.email !== undefined ? row[mapping.email] : '');
    // Only a split between the two cells counts (« LE GALL » + « Anne » is two words first).
    if (!e || (e.order === 'last-first' ? e.lastName : e.firstName) !== cleanNameCell(a)) continue;
    (e.weak ? weak : strong)[e.order] += 1;
  }
  const votes = strong['last-first'] + strong['first-last'] ? strong : weak;
  if (votes['last-first'] === votes['first-last']) return;
  const lastFirst = votes['last-first'] > votes['first-last'];
  headers[c] = lastFirst ? 'Nom' : 'Prénom';
  headers[c + 1] = lastFirst ? 'Prénom' : 'Nom';
}

/**
 * A list of agents kept on several sheets (« En poste », then « Départs »): the other sheets'
 * lines appended below the first one's, each column put under the first sheet's column of the
 * same title (or the same guessed field), a column only they have (« Date de départ ») added
 * at the right with its title on the header line. `headerRows` are each sheet's header line.
 */
export function appendAgentSheets(
  first: SheetGrid,
  firstHeader: number,
  others: readonly { sheet: SheetGrid; headerRow: number }[],
): SheetGrid {
  const grid = first.grid.map((r) => [...r]);
  const columnNames = [...first.columnNames];
  const header = grid[firstHeader] ?? [];
  const width = () => columnNames.length;
  const struckRows = [...(first.struckRows ?? [])];
  const hiddenRows = [...(first.hiddenRows ?? [])];
  const greyRows = [...(first.greyRows ?? [])];
  const parts: NonNullable<SheetGrid['parts']> = [];
  for (const { sheet, headerRow } of others) {
    const theirs = sheet.grid[headerRow] ?? [];
    const fields = guessMapping(theirs);
    const ours = guessMapping(header);
    const target = theirs.map((h, c) => {
      const title = normaliseHeader(h);
      const same = header.findIndex((x) => title !== '' && normaliseHeader(x) === title);
      if (same >= 0) return same;
      const field = (Object.keys(fields) as (keyof typeof fields)[]).find((f) => fields[f] === c);
      return field && ours[field] !== undefined ? ours[field] : -1;
    });
    target.forEach((t, c) => {
      if (t >= 0 || !sheet.grid.some((r) => (r[c] ?? '') !== '')) return;
      target[c] = width();
      columnNames.push(`${sheet.sheetName ?? ''}!${sheet.columnNames[c] ?? columnLetter(c)}`);
      for (const r of grid) r.push('');
      header[target[c]] = theirs[c]!;
    });
    const start = grid.length;
    parts.push({
      name: sheet.sheetName ?? `feuille ${parts.length + 2}`,
      start,
      headerRow: start + headerRow,
    });
    for (const r of sheet.grid) {
      const row = Array.from({ length: width() }, () => '');
      r.forEach((v, c) => {
        if (target[c]! >= 0 && v !== '') row[target[c]!] = v;
      });
      grid.push(row);
    }
    for (const i of sheet.struckRows ?? []) struckRows.push(start + i);
    for (const i of sheet.hiddenRows ?? []) hiddenRows.push(start + i);
    for (const i of sheet.greyRows ?? []) greyRows.push(start + i);
  }
  for (const r of grid) while (r.length < width()) r.push('');
  return {
    ...first,
    grid,
    columnNames,
    ...(struckRows.length ? { struckRows } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(greyRows.length ? { greyRows } : {}),
    ...(parts.length ? { parts } : {}),
  };
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The separator used on most of the first lines (a title line has none). */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  let best: string = ';';
  let bestLines = 0;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const withIt = counts.filter((n) => n > 0).length;
    const total = counts.reduce((a, b) => a + b, 0);
    if (withIt > bestLines || (withIt === bestLines && total > bestCount)) {
      best = d;
      bestLines = withIt;
      bestCount = total;
    }
  }
  return best;
}

/** CSV text (« ; », « , » or tab, detected) as a grid. */
export function csvGrid(text: string): SheetGrid {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean);
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const rows = result.data
    .filter((r) => Array.isArray(r))
    .map((r) => r.map((c) => String(c ?? '')));
  // Papaparse gives a last empty line for the final newline.
  while (rows.length && isBlank(rows[rows.length - 1]!)) rows.pop();
  return { ...cleanGrid(rows), delimiter };
}

/** CSV text as header and rows, the header row detected under any title lines (see `sheetFromGrid`). */
export function readCsvSheet(text: string): DetectedSheet {
  const grid = csvGrid(text);
  return sheetFromGrid(grid, detectHeaderRow(grid.grid));
}

/**
 * CSV text, the first non-empty line taken as the headers, every other non-empty line a row
 * (blank lines dropped): for readers that find their header line themselves (the portal
 * account export). The roster import uses `readCsvSheet`.
 */
export function parseCsvText(text: string): ParsedSheet {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const delimiter = counts.sort((a, b) => b.n - a.n)[0]!.n > 0 ? counts[0]!.d : ';';
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' });
  const all = result.data.filter(
    (r) => Array.isArray(r) && r.some((c) => String(c ?? '').trim() !== ''),
  );
  const [headers = [], ...rows] = all.map((r) => r.map((c) => String(c ?? '')));
  return { headers, rows, delimiter };
}
