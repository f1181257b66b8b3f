/**
 * A paragraph view of the lines: sentences broken anywhere (OCR, PDF text layers, narrow
 * columns) are joined back, up to a blank line, a heading, a table row or a list bullet;
 * a word hyphenated at the end of a line is joined. Every paragraph keeps the offsets of
 * its lines, so that a match in the paragraph points back at a source line.
 */

export interface Paragraph {
  text: string;
  /** 0-based indexes of the source lines, in order. */
  lines: number[];
  /** Offset in `text` where each source line's contribution starts. */
  offsets: number[];
}

export interface Paragraphs {
  list: Paragraph[];
  /** The wrap width (see `wrapped`). */
  width: number;
  /** Paragraph index of each line (-1 for a blank line). */
  byLine: Int32Array;
}

// « Art. 12 – Engagements », « Art. 9.1. - Engagements », « Art. 1er. - Objet », « 3 – Modification », « 3.2 – Procédure », « 3.2. Procédure »; not a numbered list item (« 1. Mme X », « 1) Calcul »)
// (a phone number « 02.40.12.34.57. Pour … » starting a wrapped line is no numbered heading)
const HEADING =
  /^(?:art[il1|!]c[il1|!][eé]|annexe|chapitre|titre)\s*[\dIVXlO]|^art\.\s*\d+(?:er)?(?:\.\d+)*\.?\s*[-–:]\s*\p{Lu}|^\d+\s*[-–]\s+\p{Lu}|^(?!0\d(?:[\s.]?\d{2}){4})\d+(?:\.\d+)+\.?\s*[-–.)]?\s+\p{Lu}|^bulletin d/iu;
// (« + » and « » »: an OCR's reading of a round bullet)
const BULLET = /^(?:[-–•·▪■◦*]|[o+»]\s|\d+[.)°]\s|\(?[a-z]\)\s|[ivx]{1,4}\)\s)/;

/** A line that starts a field of its own (a label), never the tail of a wrapped one. */
const LABEL_START =
  /^(?:repr[ée]sent|dont le si[èe]ge|num[ée]ro|n\s?[°º]|siret|ci\s*[-–]?\s*apr[èe]s|t[ée]l[ée]?|courriel|m[ée]l\b|e-?mail|fait\s|pour\s|et\s*:?$|le pr[ée]sent|la pr[ée]sente|il est convenu|partenaire\s*:|convention\s+n)/i;

const PARTY_CUE =
  /^(?:entre|et)(?:\s+(?:d['’]\s*(?:une|autre)\s+part|les soussign[ée]s))?\s*[,:]?$/i;

/**
 * « 3. MISSIONS DU PARTENAIRE (article 8 de la convention) », « 6) ANNEXE 1 – INTERLOCUTEURS »,
 * « IV. CONTRAT DE SERVICES »:
 * a numbered line in capitals (what stands between rule lines in some packs) is a heading.
 * Its words before any bracket are upper case, two letters or more in all.
 */
export function isNumberedCapsHeading(line: string): boolean {
  const m = /^(?:\d{1,2}|[IVX]{1,5})\s*[.)–-]\s+(\p{Lu}[^(]*)/u.exec(line);
  if (!m || line.length > 120) return false;
  const head = m[1]!.trim();
  const letters = head.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}{2}/u.test(head);
}

export const isHeadingLine = (line: string) => HEADING.test(line) || isNumberedCapsHeading(line);

/** « Périmètre : … », « Mission n° 2 : », « Téléphone fixe : »: a short label, a colon. */
export const KEY_VALUE = /^\p{Lu}[\p{L}\d'’ /.°º()-]{0,38}?\s?:(?:\s|$)/u;

/**
 * A tab inside a line separates table cells; the tab after a list bullet (« -\tCalcul … », as
 * Word saves a bulleted list as text) does not, and the item's wrapped tail joins it.
 */
const cellTab = (line: string) =>
  line.replace(/^\s*(?:[-–•·▪■◦*o]|\d+[.)°])\t+/, '').includes('\t');

/** A line that a sentence goes on from: long, not ended by punctuation. */
function continues(prev: string, next: string, wide: number): boolean {
  if (!next || cellTab(prev) || next.includes('\t')) return false;
  if (BULLET.test(next) || HEADING.test(next) || isNumberedCapsHeading(next)) return false;
  // « Entre d'une part, » / « Et d'autre part : » introduce a party, they are no sentence of it
  if (PARTY_CUE.test(prev) || PARTY_CUE.test(next)) return false;
  if (/\p{L}-$/u.test(prev)) return true;
  // (« …, représentée par » / « Madame X, Directrice »: a line ending on a word no sentence
  // ends with goes on, whatever the next one starts with)
  if (/(?:^|\s)(?:par|de|du|des|à|au|aux|et|ou|pour|sur|avec|dont|sa|son|ses)$/i.test(prev))
    return true;
  if (/^\p{Ll}/u.test(next))
    return (
      !/[.;!?]$/.test(prev) || /^(?:et|ou|de|du|des|la|le|les|à|au|aux|en|par|pour)\b/.test(next)
    );
  if (HEADING.test(prev) || isNumberedCapsHeading(prev) || isNumberedCapsHeading(next))
    return false;
  // « Nom : … » after « Fonction : … »: a labelled line starts a field of its own
  if (KEY_VALUE.test(next) || startsApart(prev, next)) return false;
  return wrapped(prev, next, wide);
}

/**
 * A line broken by a wrap at width `wide`: it is unfinished and the next line's first word
 * would not have fitted on it (how a greedy line-breaker decides).
 */
export function wrapped(prev: string, next: string, wide: number): boolean {
  if (!prev || !next || cellTab(prev) || next.includes('\t') || /[.:;!?»"]$/.test(prev))
    return false;
  if (/\p{L}-$/u.test(prev)) return true;
  const firstWord = /^\S+/.exec(next)?.[0] ?? '';
  return prev.length + 1 + firstWord.length > wide;
}

/** The wrap width of the text: 90 % of its usual long line (no less than 30 characters). */
function fullWidth(lines: readonly string[]): number {
  const lengths = lines
    .filter((l) => l.length > 0 && !l.includes('\t'))
    .map((l) => l.length)
    .sort((a, b) => a - b);
  // too few lines to tell a wrap width
  if (lengths.length < 20) return Infinity;
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? lengths[lengths.length - 1]!;
  return Math.max(30, Math.round(p90 * 0.9));
}

export function buildParagraphs(lines: readonly string[]): Paragraphs {
  const wide = fullWidth(lines);
  const list: Paragraph[] = [];
  const byLine = new Int32Array(lines.length).fill(-1);
  let cur: Paragraph | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) {
      cur = undefined;
      continue;
    }
    const prev = cur ? (lines[cur.lines[cur.lines.length - 1]!] ?? '') : '';
    if (cur && continues(prev, line, wide)) {
      if (/\p{L}-$/u.test(cur.text)) {
        // « accompa-\ngnement »: the hyphen goes; « Anne-\nEmilie »: it stays
        if (/\p{Ll}-$/u.test(cur.text) && /^\p{Ll}/u.test(line)) cur.text = cur.text.slice(0, -1);
      } else cur.text += ' ';
      cur.offsets.push(cur.text.length);
      cur.text += line;
      cur.lines.push(i);
    } else {
      cur = { text: line, lines: [i], offsets: [0] };
      list.push(cur);
    }
    byLine[i] = list.length - 1;
  }
  return { list, byLine, width: wide };
}

/** The source line holding offset `at` of a paragraph. */
export function lineOf(p: Paragraph, at: number): number {
  let k = 0;
  while (k + 1 < p.offsets.length && p.offsets[k + 1]! <= at) k++;
  return p.lines[k]!;
}

/** Paragraphs whose first line lies in [from, to). */
export function paragraphsIn(ps: Paragraphs, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  let last = -1;
  for (let i = Math.max(0, from); i < to && i < ps.byLine.length; i++) {
    const k = ps.byLine[i]!;
    if (k < 0 || k === last) continue;
    last = k;
    if (ps.list[k]!.lines[0]! >= from) out.push(ps.list[k]!);
  }
  return out;
}

/** A street address's first words: « 12 rue … », « Place de la Mairie », « Hôtel de Ville – … ». */
export const STREET_START =
  /^(?:\d{1,4}\s?(?:bis|ter)?[\s,]+)?(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|chemin|quai|cours|impasse|route|square|esplanade|parvis|h[ôo]tel de ville|h[ôo]tel du d[ée]partement|mairie|cs|bp|tsa)(?!\p{L})/iu;

/**
 * The next line starts a line of its own, not the tail of a wrap: a street address, or a line
 * in lower and upper case under a line in capitals (a name in capitals, then its address).
 */
function startsApart(prev: string, next: string): boolean {
  if (/^[\p{Lu}\d]/u.test(next) && STREET_START.test(next)) return true;
  // « Représenté(e) par … » with its capital starts the representative's line
  if (/^Repr[ée]sent[ée]/u.test(next)) return true;
  const caps = (t: string) => /\p{Lu}{3}/u.test(t) && t === t.toUpperCase();
  return caps(prev) && /^\p{Lu}/u.test(next) && !caps(next) && /\p{Ll}{2}/u.test(next);
}

/**
 * Line `i` with the lines a wrap broke off it (not the lower-case continuations a paragraph
 * takes): a labelled line whose value went on to the next line reads whole.
 */
export function softLine(
  lines: readonly string[],
  ps: Paragraphs,
  i: number,
): { text: string; last: number; offsets: number[]; lines: number[] } {
  let text = lines[i] ?? '';
  let last = i;
  const offsets = [0];
  const idx = [i];
  const opens = (l: string) =>
    HEADING.test(l) || BULLET.test(l) || LABEL_START.test(l) || KEY_VALUE.test(l);
  while (
    last + 1 < lines.length &&
    idx.length < 4 &&
    wrapped(lines[last] ?? '', lines[last + 1] ?? '', ps.width) &&
    !opens(lines[last + 1] ?? '') &&
    !startsApart(lines[last] ?? '', lines[last + 1] ?? '')
  ) {
    if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(lines[last + 1] ?? '')) text = text.slice(0, -1);
    else if (!/\p{L}-$/u.test(text)) text += ' ';
    last++;
    offsets.push(text.length);
    idx.push(last);
    text += lines[last] ?? '';
  }
  return { text, last, offsets, lines: idx };
}

/** Runs of non-empty lines joined (a sentence goes on up to a blank line, whatever the wrap). */
export function blocksOfLines(lines: readonly string[], from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (!line) {
      cur = undefined;
      continue;
    }
    if (!cur) {
      cur = { text: '', lines: [], offsets: [] };
      out.push(cur);
    } else cur.text += ' ';
    cur.offsets.push(cur.text.length);
    cur.lines.push(i);
    cur.text += line;
  }
  return out;
}
