/**
 * Signatures: « Fait à <lieu>, le <date> », glued (« Faità Melun »), garbled (« Fa1t à »),
 * with « en deux exemplaires » in between, or with the date stamped on a line of its own
 * just below (lower confidence the farther it is). « À Lille, le 11 mai 2017 » counts when
 * dated. A blank date (« le . ./ . ./ ») is no date: it is not looked for elsewhere.
 */
import type { Confidence } from '../types';
import { findDateTolerant } from '../dates';
import { isPlaceholder } from '../text-tools';
import { foldLoose, ocrWords, wordsOf } from './anchors';
import { type Candidate, type Ctx, unread } from './context';
import { lineOf } from './paragraphs';

export interface SignatureRead {
  index: number;
  place?: Candidate<string>;
  date?: Candidate<string>;
}

// « Fait à », its OCR readings (« Fa1t »), « Établi à », « Signé à »
// (« Fait, en deux exemplaires, à », « Fait en double exemplaire à », « … originaux »)
const DONE_AT =
  /^[\s"*•-]*(f[a@4][il1|!]t|[ée]tablie?s?|sign[ée]e?s?)\s*,?\s*(?:en\s+(?:un|deux|trois|quatre|double|triple|\d+)\s+exemplaires?(?:\s+originaux)?\s*,?\s*)?(?:(au|aux)\s+(?=[A-ZÀ-Ý])|[àaâá@](?=[\s\p{Lu}]))\s*(.*)$/iu;
// « à Lyon, le 12 mars 2024 », « à Lyon le 12 mars 2024 »
const AT_DATED =
  /^[\s"*-]*[àÀaA]\s+(\p{Lu}[\p{L}' -]{1,40}?)(?:\s*,\s*(?:le\s+)?|\s+le\s+)(.*\d{4}.*)$/u;
/** « Fait le 12 mars 2024, à Lyon »: the date before the place, turned into « Fait à Lyon, le … ». */
const DONE_ON_AT =
  /^[\s"*•-]*(?:fait|[ée]tabli|sign[ée])e?s?\s*,?\s+le\s+(.{6,30}?)\s*,?\s+[àa]\s+(\p{Lu}[\p{L}' -]{1,40}?)\s*[.,]?$/iu;
const PARTICLES = new Set([
  'sur',
  'sous',
  'en',
  'de',
  'la',
  'le',
  'les',
  'du',
  'des',
  'lès',
  'lez',
  'et',
  'aux',
  'au',
]);

/** « MELUN » → « Melun », « BOULOGNE-SUR-MER » → « Boulogne-sur-Mer »; mixed case is kept. */
export function prettyPlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .replace(/[\p{L}]+/gu, (w, offset: number) =>
      offset > 0 && PARTICLES.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
    );
}

/** The place at the start of `rest` (« Melun, le … », « MELUN le … », « Rouen en deux … »). */
/** The whole text in one string (once per document). */
const texts = new WeakMap<readonly string[], string>();
function allText(lines: readonly string[]): string {
  let t = texts.get(lines);
  if (t === undefined) texts.set(lines, (t = lines.join('\n')));
  return t;
}

function placeOf(
  rest: string,
  known?: ReadonlySet<string>,
  text?: string,
): { place?: string; after: string } {
  // (« Rouen endeux exemplaires »: OCR glued « en » to « deux »)
  const m =
    /^([\p{L}][\p{L}' -]*?)(?=\s*[,(]|\s+le\b|\s+en\b|\s+en(?:deux|trois|double)\b|\s*$|\s+\d)(.*)$/iu.exec(
      rest,
    );
  if (!m) return { after: rest };
  let place = (m[1] ?? '').replace(/[\s-]+$/, '').trim();
  // « Fait à Lillele 11 mai 2017 »: « le » glued to the place before the date, when the
  // document spells the place without it elsewhere (« LILLE CEDEX ») and with it only here
  const glued = /^(\p{L}{3,})le$/iu.exec(place);
  if (glued && known && text !== undefined && /^\s+\d/.test(m[2] ?? '')) {
    const times = (w: string) =>
      foldLoose(text).match(new RegExp(`(?<![\\p{L}])${foldLoose(w)}(?![\\p{L}])`, 'gu'))?.length ??
      0;
    if (known.has(foldLoose(glued[1]!)) && times(place) === 1) place = glued[1]!;
  }
  if (!place || place.length > 40 || isPlaceholder(place) || /^(le|la|les)$/i.test(place))
    return { after: m[2] ?? '' };
  return { place, after: m[2] ?? '' };
}

// « Lunel, le 4 avril 2016 » / « Le 12/10/2020, à Nantes »: a whole cell, place and date only
const PLACE_DATED = /^(\p{Lu}[\p{L}' -]{1,40}?)\s*,\s*le\s+(.{6,24})$/u;
const DATED_AT = /^[lL]e\s+(.{6,24}?)\s*,?\s+[àÀaA]\s+(\p{Lu}[\p{L}' -]{1,40}?)\s*[.,]?$/u;
const NOT_A_PLACE =
  /^(?:article|annexe|convention|contrat|page|pour|date|sign|fait|vu|d[ée]lib|s[ée]ance|le|la|les)\b/iu;

/**
 * A signature with no « Fait à »: a line (or, in a two-column signature table, its first
 * cell that reads) made only of a place and a full date, in either order. Gives « Place, date ».
 */
export function bareSignature(line: string): string | undefined {
  for (const cell of line.split(/\t| {3,}/)) {
    const c = cell.trim();
    const a = PLACE_DATED.exec(c);
    const b = a ? undefined : DATED_AT.exec(c);
    const place = a?.[1] ?? b?.[2];
    const date = a?.[2] ?? b?.[1];
    if (!place || !date || NOT_A_PLACE.test(place)) continue;
    const d = findDateTolerant(date);
    // the date is the whole rest of the cell (no sentence around it)
    if (!d || date.replace(/[\s.]+$/, '').length - (d.index + d.match.length) > 1 || d.index > 1)
      continue;
    return `${place}, ${date}`;
  }
  return undefined;
}

// « 18/03/2024 », « le 18 mars 2024 », « Le : 18/03/2024 », « Date : 18/03/2024 »
const DATE_ONLY = /^(?:(?:le|date)\s*:\s*|le\s+)?[\d\p{L} ./-]{6,24}$/iu;

/** A text that is a date and nothing else (a full stop aside). */
function dateAlone(text: string): boolean {
  const d = findDateTolerant(text);
  return (
    !!d && !(text.slice(0, d.index) + text.slice(d.index + d.match.length)).replace(/[\s.]/g, '')
  );
}

/**
 * A signature line with its layout undone: « Fait en deux exemplaires – Lieu, le … » (a dash
 * for « à »), each party's block in a cell ending « À Lieu, le … » (that cell's end), or the
 * parties' places side by side, « À Auxerre, ⇥ À Auxerre, » (the first column: `sideBySide`,
 * the dates further down in the same column; only for a line read alone, not a paragraph).
 */
function undoLayout(raw: string, oneLine: boolean): { line: string; sideBySide: boolean } {
  let line = raw.replace(
    /^(\s*fait\s*,?\s+en\s+(?:deux|trois|quatre|double|triple|\d+)\s+exemplaires?(?:\s+originaux)?)\s*[–—-]\s*(?=\p{Lu})/iu,
    '$1 à ',
  );
  if (!DONE_AT.test(line) && !AT_DATED.test(line)) {
    for (const cell of line.split('\t')) {
      const tail =
        /^\s*pour\s+(?:la|le|l')\s*\S[^\t]*?\s([àÀ]\s+\p{Lu}[\p{L}' -]{1,40}?,?\s+le\s+.{6,30})$/iu.exec(
          cell,
        );
      if (tail && findDateTolerant(tail[1]!)) {
        line = tail[1]!;
        break;
      }
    }
  }
  const cells = line.split('\t');
  const sideBySide =
    oneLine &&
    cells.length >= 2 &&
    cells.every((c) => /^\s*(?:fait\s+)?[àÀ]\s+\p{Lu}[\p{L}' -]{1,40},?\s*(?:le\s*)?$/iu.test(c));
  return { line: sideBySide ? cells[0]!.trim() : line, sideBySide };
}

export function readSignature(ctx: Ctx, i: number, limit: number): SignatureRead | undefined {
  // « Fait en deux exemplaires, / à Bordeaux, / le 3 mai 2021 »: the paragraph, mapped back
  const par = ctx.paragraphs.list[ctx.paragraphs.byLine[i] ?? -1];
  const joined =
    par &&
    par.lines[0] === i &&
    par.lines.length > 1 &&
    par.text.length <= 160 &&
    !par.text.includes('\t');
  const laidOut = undoLayout(joined ? par.text : (ctx.lines[i] ?? ''), !joined);
  let line = laidOut.line;
  const { sideBySide } = laidOut;
  const dateFirst = DONE_ON_AT.exec(line);
  if (dateFirst && findDateTolerant(dateFirst[1]!))
    line = `Fait à ${dateFirst[2]}, le ${dateFirst[1]}`;
  const lineAt = (offset: number) => (joined ? lineOf(par, offset) : i);
  let rest: string;
  let corrected = false;
  let confidence: Confidence = 'high';
  const m = DONE_AT.exec(line);
  if (m) {
    // « Fait à : Tarbes » (a form's label and its colon)
    rest = (m[3] ?? '').replace(/^:\s*/, '');
    // « Fait au Mans », « Fait aux Abymes »: the article belongs to the place's name
    const article = m[2]?.toLowerCase();
    if (article && /^\p{Lu}/u.test(rest)) rest = `${article === 'au' ? 'Le' : 'Les'} ${rest}`;
    // (« Établi en deux exemplaires à Mulhouse », « Signé à Pau »: other words for « Fait »)
    corrected = /^f/i.test(m[1] ?? '') && !/^fait$/i.test(m[1] ?? '');
  } else {
    const a = AT_DATED.exec(line);
    // « Signé pour la Caf : Frédéric SABATIER, le 04/10/2021 », « Signé par X le … »: a date, no place
    const signedOn = /^sign[ée]e?s?\s+(?:pour|par)\b[^\t]{0,80}[,\s]le\s+(.{6,30})$/i.exec(line);
    if (a && findDateTolerant(a[2] ?? '')) rest = `${a[1]}, ${a[2]}`;
    else if (signedOn && dateAlone(signedOn[1]!)) {
      const d = findDateTolerant(signedOn[1]!)!;
      return {
        index: i,
        date: {
          value: d.iso,
          index: i,
          confidence: 'medium',
          ...(d.corrected ? { corrected: true } : {}),
        },
      };
    } else {
      // (« Le 12 mars 2024 » / « à Lyon »: the two lines of one paragraph)
      const bare = bareSignature(ctx.lines[i] ?? '') ?? (joined ? bareSignature(line) : undefined);
      // (« À Auxerre, »: the place alone, its date further down the column)
      const placeOnly = sideBySide ? line.replace(/^\s*(?:fait\s+)?[àÀ]\s+/iu, '') : undefined;
      if (!bare && !placeOnly) return undefined;
      rest = bare ?? placeOnly!;
    }
    confidence = 'medium';
  }
  const out: SignatureRead = { index: i };
  // « Grenob1e »: OCR digits inside the place's words
  const restWords = ocrWords(rest, wordsOf(ctx.lines));
  if (restWords.corrected) {
    rest = restWords.text;
    corrected = true;
  }
  const { place, after } = placeOf(rest, wordsOf(ctx.lines), allText(ctx.lines));
  if (place)
    out.place = {
      value: prettyPlace(place),
      index: i,
      confidence,
      ...(corrected ? { corrected } : {}),
    };
  const date = findDateTolerant(after);
  if (date) {
    out.date = {
      value: date.iso,
      index: lineAt(line.length - after.length + date.index),
      confidence,
      ...(corrected || date.corrected ? { corrected: true } : {}),
    };
  } else if (/^[\s,]*(?:le)?[\s,]*$/i.test(after)) {
    // « Fait à Melun, le » and the date stamped below
    let seen = 0;
    for (let k = (joined ? par.lines[par.lines.length - 1]! : i) + 1; k < limit && seen < 4; k++) {
      const next = sideBySide ? (ctx.lines[k] ?? '').split('\t')[0]!.trim() : (ctx.lines[k] ?? '');
      if (!next) continue;
      seen++;
      if (!DATE_ONLY.test(next)) continue;
      const d = findDateTolerant(next);
      if (!d) continue;
      out.date = {
        value: d.iso,
        index: k,
        confidence: seen === 1 ? 'medium' : 'low',
        note:
          seen === 1
            ? 'Date lue sur la ligne sous « Fait à ».'
            : 'Date lue quelques lignes sous « Fait à » : vérifiez.',
        ...(d.corrected ? { corrected: true } : {}),
      };
      break;
    }
    // « 12 mars 2024 » or « Date : 12/03/2024 » just above « Fait à Lyon »
    if (!out.date && !/\ble\s*,?\s*$/i.test(after)) out.date = dateAbove(ctx, i);
  } else if (/\d/.test(after) && !isPlaceholder(after) && !/\.\s?\/|_{2,}/.test(after)) {
    unread(ctx, 'signature-date', 'la date de signature', i);
  }
  if (
    !place &&
    !out.date &&
    rest.trim() &&
    !isPlaceholder(rest) &&
    /\p{L}{3}/u.test(rest) &&
    !/^[\s.,…_]*(?:le)?[\s.,…_/]*$/u.test(rest)
  ) {
    unread(ctx, 'signature', 'le lieu de signature (« Fait à »)', i);
  }
  return out.place || out.date ? out : undefined;
}

/**
 * A date alone on one of the two non-empty lines above a « Fait à » that gives none (within
 * three lines, a blank one allowed).
 */
function dateAbove(ctx: Ctx, i: number): Candidate<string> | undefined {
  let seen = 0;
  for (let k = i - 1; k >= 0 && k >= i - 3 && seen < 2; k--) {
    const prev = ctx.lines[k] ?? '';
    if (!prev) continue;
    seen++;
    if (!DATE_ONLY.test(prev)) continue;
    const d = findDateTolerant(prev);
    if (!d) continue;
    return {
      value: d.iso,
      index: k,
      confidence: 'medium',
      note: 'Date lue sur la ligne au-dessus de « Fait à » : vérifiez.',
      ...(d.corrected ? { corrected: true } : {}),
    };
  }
  return undefined;
}

/** « Signé électroniquement par », « [signature électronique – 02/04/2025] », « eSign ». */
const E_SIGNATURE = /sign[ée]e?s?\s+[ée]lectroniquement|signature\s+[ée]lectronique|\be-?sign/i;

const E_PLACE =
  /[Ss]ign[ée]e?s?\s+[ée]lectroniquement\s+(?:par\s+[^,]{2,60},?\s+)?[àa]\s+(\p{Lu}[\p{L}' -]{1,40}?)(?:\s*,|\s+le\b|\s*$)/u;

/**
 * A block signed electronically has no « Fait à »: each party's stamp dates its signature,
 * on the stamp's line or the few lines under it. The block binds from the last of them.
 */
function electronicSignature(ctx: Ctx, from: number, to: number): SignatureRead | undefined {
  let latest: { iso: string; index: number; corrected: boolean } | undefined;
  for (let i = from; i < to; i++) {
    if (!E_SIGNATURE.test(ctx.lines[i] ?? '')) continue;
    for (let k = i; k < Math.min(to, i + 4); k++) {
      // every date of the line (two stamps side by side)
      let rest = ctx.lines[k] ?? '';
      for (let d = findDateTolerant(rest); d; d = findDateTolerant(rest)) {
        if (!latest || d.iso > latest.iso)
          latest = { iso: d.iso, index: k, corrected: !!d.corrected };
        rest = rest.slice(d.index + Math.max(1, d.match.length));
      }
    }
  }
  if (!latest) return undefined;
  // (« Signé électroniquement à Carcassonne le 22/05/2025 »: the stamp may name its place)
  const at = E_PLACE.exec(ctx.lines[latest.index] ?? '');
  return {
    index: latest.index,
    ...(at
      ? {
          place: {
            value: prettyPlace(at[1]!),
            index: latest.index,
            confidence: 'medium' as const,
            note: 'Lieu de la signature électronique (la dernière des parties) : vérifiez.',
          },
        }
      : {}),
    date: {
      value: latest.iso,
      index: latest.index,
      confidence: 'medium',
      note: 'Date de la signature électronique (la dernière des parties) : vérifiez.',
      ...(latest.corrected ? { corrected: true } : {}),
    },
  };
}

/** Every signature in [from, to); an electronic one when no other gives a date. */
export function signaturesIn(ctx: Ctx, from: number, to: number): SignatureRead[] {
  const out: SignatureRead[] = [];
  for (let i = from; i < to; i++) {
    const s = readSignature(ctx, i, to);
    if (s) out.push(s);
  }
  if (!out.some((s) => s.date)) {
    const e = electronicSignature(ctx, from, to);
    if (e) out.push(e);
  }
  return out;
}
