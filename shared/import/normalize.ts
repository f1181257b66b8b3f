/**
 * Normalisation of a convention's text before extraction: line endings, spaces, quotes,
 * ligatures, OCR damage and page-layout debris. It keeps one output line per input line
 * (after line-ending normalisation), so that a line number points at the same line of the
 * normalised text the review screen shows.
 */
import { sideColumnsFromLayout } from './layout-side-columns';
import { editDistance } from './readers/anchors';
import { gridBlanks, tabsFromLayout } from './layout-tables';
import { joinWrappedCells } from './layout-wrapped-cells';
import { spaceGrids } from './layout-space-grid';

/** Latin look-alikes of Cyrillic and Greek letters, as found in OCR or copy-paste damage. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'n',
  л: 'l',
  п: 'n',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
  Υ: 'Y',
};
const NON_LATIN_LOOKALIKE = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'u');

const LIGATURES: Record<string, string> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/** Replaces look-alike letters only inside words that also hold Latin letters. */
function fixMixedScriptWords(line: string): string {
  if (!NON_LATIN_LOOKALIKE.test(line)) return line;
  return line.replace(/[\p{L}]+/gu, (word) => {
    if (!/[A-Za-zÀ-ÿ]/.test(word) || !NON_LATIN_LOOKALIKE.test(word)) return word;
    return [...word].map((c) => HOMOGLYPHS[c] ?? c).join('');
  });
}

/** OCR confusions that are safe to repair whatever the document. */
function fixOcr(line: string): string {
  return (
    line
      // « I' » for « l' » before a lower-case letter (« I'article », « I'allocataire »)
      .replace(/(^|[\s("'])I'(?=[a-zàâäéèêëîïôöûüùçœ])/g, "$1l'")
      // « |5 » for « 5 »: a bar glued to a number
      .replace(/(^|[\s\t(:])\|(?=\d)/g, '$1')
      .replace(/(?<=\d)\|(?=$|[\s\t)])/g, '')
      // (look-alikes inside profile codes and numbers are read by the readers, which mark
      // the value « texte corrigé »; the line itself stays as the OCR gave it)
      // ç read as g: only in words where the g form is not French (« Frangois », « frangaise »)
      .replace(
        /\b([Ff]ran|FRAN)g(ois|oise|ais|aise|aises)\b/g,
        (_m, head: string, tail: string) => `${head}ç${tail}`,
      )
      .replace(/\bFRANG(OIS|OISE|AIS|AISE|AISES)\b/g, 'FRANÇ$1')
      // « Atticle 9 », « Aticle 3 »: a heading's first word one letter off « Article »
      .replace(/^([A-Za-z|!1]{6,8})(?=\s*\d)/, (w: string) =>
        !/^articles?$/.test(w.toLowerCase()) && editDistance(w.toLowerCase(), 'article') === 1
          ? (w.match(/[A-Z]/g)?.length ?? 0) > w.length / 2
            ? 'ARTICLE'
            : 'Article'
          : w,
      )
  );
}

const TOC_DEBRIS = /Erreur\s*!\s*Signet non d[ée]fini\.?/gi;
const PAGE_DEBRIS = [
  /^\s*page\s+\d+(\s*(sur|\/)\s*\d+)?\s*$/i,
  /^\s*\d+\s*\/\s*\d+\s*$/,
  /^\s*-\s*\d+\s*-\s*$/,
  /^\s*[_=~.·•-]{3,}\s*$/,
];
const HEADING_START =
  /^(Article|Annexe|Pr[ée]ambule|Sommaire|R[ée]siliation|Les interlocuteurs|Chapitre|Titre|Partie|\d+(\.\d+)*\s*[-–—.])/i;
const TOC_TAIL = /(\.{3,}|…+)\s*\d{0,3}\s*$|\t\s*\d{1,3}\s*$/;

function isTocLine(line: string, inSummary: boolean): boolean {
  // (an entry names its heading: « 3 ⇥ – ⇥ – ⇥ 1 », a grid's row of numbers, names nothing)
  if (!/\p{L}{2}/u.test(line)) return false;
  // a Word table of contents whose bookmarks broke: the entry ends with the error message
  if (/Erreur\s*!\s*Signet non d[ée]fini/i.test(line)) {
    return HEADING_START.test(line.trim()) || inSummary;
  }
  // (not a quota row of a bulletin, its profile's code in brackets: « Consultation (T1) …… 2 »,
  // or opening the row: « T1 Action sociale ……… 3 »)
  // (« horaires ..... du lundi au jeudi 8h30-12h30 »: a typed form's value after its leader
  // ends with a figure too; an entry's tail is its page number alone)
  if (
    /(?:\.{4,}|…{2,})[\s.…]*(?:p(?:age|\.)?\s*)?[\dOolI]{1,3}\s*$/.test(line) &&
    !/\(\s*T\s?\d{1,2}\s*\)/.test(line) &&
    !/^\s*(?:[-–•*]\s*)?(?:profils?\s+)?T\s?\d{1,2}(?![\p{L}\d])/iu.test(line)
  )
    return true;
  if (!TOC_TAIL.test(line)) return false;
  return inSummary || HEADING_START.test(line.trim());
}

/** Splits on any line ending: \r\n, \r, \n, form feed, Unicode line/paragraph separators. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\f|\u2028|\u2029/);
}

const BAR = '[|│┃║¦]';
/** A rule of a drawn table: « |---|:--:| », « +-----+----+ », « ├────┼───┤ », « ===== ». */
const TABLE_RULE = new RegExp(
  `^\\s*(?:${BAR}|[+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬])?(?:\\s*[-=─━═:]{2,}\\s*(?:${BAR}|[+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬]))*\\s*[-=─━═:]{2,}\\s*(?:${BAR}|[+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬])?\\s*$`,
  'u',
);
const EDGE_BAR = new RegExp(`^\\s*${BAR}|${BAR}\\s*$`, 'gu');
const CELL_BAR = new RegExp(`\\s*${BAR}\\s*`, 'gu');

/**
 * A row of a table drawn with bars (« | Rôle | Nom | », « │ T1 │ 4 │ ») becomes a row of
 * tab-separated cells, the way the readers take a table; a rule line becomes blank. A bar
 * inside a word (OCR « |e » for « le ») is no cell border: a row is a line framed by bars,
 * or with at least two bars standing apart between words, or opened by a bar with two more.
 */
export function pipeTableRow(line: string): string {
  if (!/[|│┃║¦+─━═┼├]/u.test(line)) return line;
  if (TABLE_RULE.test(line) && /[|│┃║¦+┼├┌└╔╠╚]/u.test(line)) return '';
  const framed =
    new RegExp(`^\\s*${BAR}.*${BAR}\\s*$`, 'u').test(line) &&
    (line.match(new RegExp(BAR, 'gu'))?.length ?? 0) >= 2;
  const apart = (line.match(new RegExp(`(?<=\\s)${BAR}(?=\\s)`, 'gu'))?.length ?? 0) >= 2;
  // « |Administrateur  |Sophie HEBERT | s.h@… |02 33 … »: an OCR or a typist left the row's
  // last border out; three bars, the first one opening the line
  const opened =
    new RegExp(`^\\s*${BAR}\\s*[^\\s${BAR.slice(1, -1)}]`, 'u').test(line) &&
    (line.match(new RegExp(BAR, 'gu'))?.length ?? 0) >= 3;
  if (!framed && !apart && !opened) return line;
  return line.replace(EDGE_BAR, '').trim().replace(CELL_BAR, '\t');
}

/** Normalises one line (no line structure involved). */
export function normalizeLine(raw: string): string {
  let line = raw
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    // a Symbol or Wingdings bullet copied out of a PDF comes as a private-use character ()
    .replace(/[\uF000-\uF0FF]/g, '•')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002-\u2006\u3000]/g, ' ')
    .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[’‘‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/«\s*/g, '"')
    .replace(/\s*»/g, '"')
    .replace(/[‐‑‒]/g, '-')
    .replace(/[—―]/g, '–')
    .replace(/\*\*/g, '');
  line = fixMixedScriptWords(line);
  // A document exported to Markdown: « ## Article 8 - Missions » is a heading, « * item » a
  // bullet, as they would read in the Word file it came from.
  line = line.replace(/^\s{0,3}#{1,6}[ \t]+(?=\S)/, '').replace(/^(\s*)[*+][ \t]+(?=\S)/, '$1• ');
  line = pipeTableRow(line);
  // « o⇥Mme X – fonction », « 1.⇥M. Y »: a Word list item pasted as text, its marker followed
  // by a tab; one tab only, so no row of a table
  line = line.replace(/^(\s*(?:[-–•·▪■◦*§o]|\d{1,2}[.)°]))\t(?=[^\t]+$)/u, '$1 ');
  line = fixOcr(line);
  // « Administrateur ........ Mme X ........ 04 … »: dotted leaders between the cells of a
  // typed form are column separators (a table of contents, « Article 3 ........ 7 », gives
  // « Article 3 ⇥ 7 », still read as one)
  // (a blank form, « Fait à ........, le ..../..../20.. », keeps its dots: no cell between
  // two leaders says anything)
  const cells = line.split(/\.{4,}|…{2,}/);
  if (cells.length >= 3 && cells.slice(1, -1).some((c) => /\p{L}{3}/u.test(c)))
    line = line.replace(/\s*(?:\.{4,}|…{2,})\s*/g, '\t');
  // (« adresse électronique ........ x@caf32.caf.fr », « délai de prise en charge .... 72
  // heures »: a label, its leader, its value; not « Article 3 ........ 7 » nor a blank « Nom ....... »)
  else if (
    cells.length === 2 &&
    /^\s*\p{L}[\p{L}\s'’().-]{1,40}$/u.test(cells[0]!) &&
    /\p{L}{2}|@|\d{2}\D?\d{2}/u.test(cells[1]!)
  )
    line = line.replace(/\s*(?:\.{4,}|…{2,})\s*/, '\t');
  // spaces: runs collapse to one; tabs (column separators) are kept, without spaces around
  line = line
    .replace(/ {2,}/g, ' ')
    .replace(/ *\t[\t ]*/g, '\t')
    .replace(/^[ \t]+|[ \t]+$/g, '');
  // an avenant quoting the article it puts in place (« « Article 8 – Missions du partenaire »):
  // the heading without its opening quote
  line = line.replace(/^"\s*(?=(?:article|art\.|annexe)\s)/i, '');
  // an emphasised line (« *Certifie … *»)
  line = line.replace(/^\*(?=\S)(.*\S)\*$/, '$1');
  return line;
}

/**
 * The normalised lines of a document. Page-break debris (« Page 3 sur 12 », rules) and
 * table-of-contents lines are blanked rather than removed, so that line numbers stay those
 * of the text as split.
 */
/** « > », « >> », « > > » opening a line of a quoted e-mail. */
const QUOTE_MARK = /^(?:>\s?)+/;

/**
 * A convention pasted into an e-mail and quoted by the replies: when a good part of the text's
 * lines carry quote marks, they go (each line keeps its place, so sources stay right).
 */
function withoutEmailQuotes(lines: string[]): string[] {
  const filled = lines.filter((l) => l.trim());
  const quoted = filled.filter((l) => QUOTE_MARK.test(l.trimStart())).length;
  if (quoted < 20 || quoted < filled.length * 0.3) return lines;
  return lines.map((l) => l.trimStart().replace(QUOTE_MARK, ''));
}

export function normalizeLines(text: string): string[] {
  // (a grid drawn with bars, « | Nombre | | 1 | », is made tab cells before its empty cells are
  // marked: collapsing runs of tabs later would move its numbers under other codes)
  // (so is a cell wrapped onto a row of its own put back, while its row still has its places)
  const lines = gridBlanks(
    joinWrappedCells(
      tabsFromLayout(spaceGrids(sideColumnsFromLayout(withoutEmailQuotes(splitLines(text))))).map(
        pipeTableRow,
      ),
    ),
  ).map(normalizeLine);
  let inSummary = false;
  return lines.map((line) => {
    if (/^(Sommaire|Table des mati[èe]res)\s*:?$/i.test(line)) {
      inSummary = true;
      return line;
    }
    if (inSummary && line && !isTocLine(line, true)) inSummary = false;
    if (isTocLine(line, inSummary)) return '';
    line = line.replace(TOC_DEBRIS, '').trim();
    if (PAGE_DEBRIS.some((re) => re.test(line))) return '';
    return line;
  });
}

export function normalizeText(text: string): string {
  return normalizeLines(text).join('\n');
}
