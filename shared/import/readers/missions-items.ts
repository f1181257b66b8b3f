/**
 * The items of a missions list, by the shape of their text: the list marker in front of an
 * item (« ● », « ▪ », « 1) », « a. », « 1 », OCR's « ° », « °_ », « o »), items an OCR or
 * a PDF glued together (« … des familles 2) Accompagnement … », « A ● B »), a table's header
 * row (« Finalités | Description »), and a sentence that lists its missions (« … pour
 * l'instruction des demandes, le suivi des accompagnements et la gestion des impayés »).
 * Nothing is split on a guess: when the parts are not clearly items, the text stays whole.
 */
import type { Paragraph } from './paragraphs';
import { leadingBox } from './tick-boxes';

/** The glyphs a list is bulleted with, and OCR's readings of them (« _ » for a dash). */
const GLYPH = '[-–—•·▪■□◦●○◆◇►▶➢➤➔→✓✔✗*°º¤»>+~_\\uF000-\\uF0FF]';
/** Glyphs never used as a dash inside a sentence: safe to split glued items on. */
const SPLIT_GLYPH = '[•▪■◦●○◆◇►▶➢➤➔✓✔°º\\uF000-\\uF0FF]';

export type MarkerKind = 'glyph' | 'number' | 'letter' | 'roman';

export interface Marker {
  kind: MarkerKind;
  /** The glyph, or the rank of a number or a letter (« b » is 2). */
  key: string;
  rank?: number;
  /** The text after the marker. */
  rest: string;
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

/**
 * The list marker in front of `text`, by shape: a bullet glyph (maybe followed by OCR debris
 * « _ », « . »), « o » before a word, « 1) », « 1. », « 1° », « 1 – », « (1) », a bare « 1 »
 * before a capital, « a. », « a) », « (a) », « ii) ». Undefined when the text starts with none.
 */
export function listMarker(text: string): Marker | undefined {
  const t = text.trimStart();
  let m = new RegExp(`^(${GLYPH})(?:[\\s_.]*(?:${GLYPH}|_))*[\\s_.]*(?=\\S)`, 'u').exec(t);
  // a lone « - 1 » or « -5 % » is a number, not a list
  if (m && !/^[-–—+~]\s*\d/.test(t))
    return { kind: 'glyph', key: m[1]!, rest: t.slice(m[0].length) };
  m = /^o[\s_]+(?=\p{L})/u.exec(t);
  if (m) return { kind: 'glyph', key: 'o', rest: t.slice(m[0].length) };
  // « 1) », « 1. », « 1° », « 1 - », « (1) », « 1/ »; not « 1.2 », « 12 h », « 1er »
  m = /^\(?(\d{1,2})\s*(?:[°º][.)/]?|[.)/]|\s[-–—](?=\s))(?!\d)\s*(?=\S)/.exec(t);
  if (m) return { kind: 'number', key: 'n', rank: Number(m[1]), rest: t.slice(m[0].length) };
  // « 2.1 la gestion du tiers payant … ; », « 2.2 la prévention … »: items numbered under their
  // article's number (a sub-heading, « 8.1 Engagements », starts with a capital and ends bare)
  m = /^(\d{1,2})\.(\d{1,2})\.?\s*(?:[-–—]\s+)?(?=\S)/.exec(t);
  if (m) {
    const rest = t.slice(m[0].length);
    if (/^\p{Ll}/u.test(rest) || /[;,]$/.test(rest.trim()))
      return { kind: 'number', key: `${m[1]}.`, rank: Number(m[2]), rest };
  }
  // a bare number before a capital (« 1 Suivi des impayés »)
  m = /^(\d{1,2})\s+(?=\p{Lu}\p{Ll})/u.exec(t);
  if (m) return { kind: 'number', key: 'n', rank: Number(m[1]), rest: t.slice(m[0].length) };
  m = /^\(?([ivx]{1,4}|[IVX]{1,4})[.)]\s+(?=\S)/.exec(t);
  if (m && ROMAN[m[1]!.toLowerCase()])
    return {
      kind: 'roman',
      key: m[1] === m[1]!.toLowerCase() ? 'i' : 'I',
      rank: ROMAN[m[1]!.toLowerCase()],
      rest: t.slice(m[0].length),
    };
  m = /^\(?([a-zA-Z])[.)]\s+(?=\S)/.exec(t);
  if (m)
    return {
      kind: 'letter',
      key: m[1] === m[1]!.toLowerCase() ? 'a' : 'A',
      rank: m[1]!.toLowerCase().charCodeAt(0) - 96,
      rest: t.slice(m[0].length),
    };
  return undefined;
}

/** `text` without its list markers (« - ° Instruction » → « Instruction »). */
export function stripMarkers(text: string): string {
  let t = text.trim();
  for (let k = 0; k < 3; k++) {
    const m = listMarker(t);
    if (!m || !m.rest) break;
    t = m.rest.trim();
  }
  return t;
}

/** The marker that would open the next item after `m` (« 2) » after « 1) », « b. » after « a. »). */
function nextMarker(m: Marker): RegExp | undefined {
  const n = (m.rank ?? 0) + 1;
  switch (m.kind) {
    case 'number':
      return new RegExp(`\\s\\(?${n}\\s*[.)°º/]\\s+(?=\\p{Lu})`, 'u');
    case 'letter': {
      const c = String.fromCharCode(96 + n);
      return new RegExp(`\\s\\(?${m.key === 'a' ? c : c.toUpperCase()}[.)]\\s+(?=\\p{Lu})`, 'u');
    }
    case 'glyph':
      return new RegExp(SPLIT_GLYPH, 'u').test(m.key)
        ? new RegExp(`\\s${m.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s_]+(?=\\p{L})`, 'u')
        : undefined;
    default:
      return undefined;
  }
}

/**
 * An item holding the next item(s) glued to its end (two bullets on one line, a wrapped item
 * whose next item starts on the same line): « A ● B », « A familles 2) B ». Split only on the
 * item's own glyph, or on the next number or letter of its own sequence.
 */
export function splitGlued(text: string): string[] {
  const out: string[] = [];
  let m = listMarker(text);
  if (!m) return [text.trim()];
  let rest = m.rest;
  for (let guard = 0; guard < 12; guard++) {
    const next = nextMarker(m);
    const hit = next?.exec(rest);
    // the glued part must itself read as an item (a word, then more)
    if (!hit || hit.index < 6) break;
    out.push(rest.slice(0, hit.index).trim());
    const tail = rest.slice(hit.index).trim();
    const nm = listMarker(tail);
    if (!nm) {
      rest = tail;
      break;
    }
    m = nm.kind === m.kind ? nm : m;
    rest = nm.rest;
  }
  out.push(rest.trim());
  return out.filter(Boolean);
}

/**
 * A paragraph the paragraph view made of several items: a line inside it starts with a list
 * marker (« a. Gestion … » under « 3) Domiciliation … »). Cut at those lines; a line is
 * taken as an item's start only when its marker is clear (not a bare number in a sentence).
 */
export function splitAtMarkers(p: Paragraph): Paragraph[] {
  if (p.lines.length < 2) return [p];
  const cuts = [0];
  for (let k = 1; k < p.lines.length; k++) {
    const piece = p.text.slice(p.offsets[k], p.offsets[k + 1] ?? p.text.length);
    const m = listMarker(piece);
    // (a tick box opens an option of its own: « [l Instruction … » under « [x] Calcul … »)
    if (leadingBox(piece)) cuts.push(k);
    else if (m && (m.kind !== 'number' || /^\(?\d{1,2}\s*[.)°º]/.test(piece.trimStart())))
      cuts.push(k);
    else if (m && m.kind === 'number' && listMarker(p.text)?.kind === 'number') cuts.push(k);
  }
  if (cuts.length === 1) return [p];
  return cuts.map((from, c) => {
    const to = cuts[c + 1] ?? p.lines.length;
    const start = p.offsets[from]!;
    const end = to < p.lines.length ? p.offsets[to]! : p.text.length;
    return {
      text: p.text.slice(start, end).trim(),
      lines: p.lines.slice(from, to),
      offsets: p.offsets.slice(from, to).map((o) => o - start),
    };
  });
}

/** The cells of a table row: « a | b », « a ⇥ b » (undefined for a line that is no row). */
export function rowCells(text: string): string[] | undefined {
  const t = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = (t.includes('\t') ? t.split(/\t+/) : t.split(/\s+\|\s+|\s*\|\s*/)).map((c) =>
    c.trim(),
  );
  return cells.length >= 2 && cells.every(Boolean) ? cells : undefined;
}

/** The words a column of such a table is titled with (« Finalités », « Service concerné »). */
export const COLUMN_TITLE =
  /^(?:(?:n[°o]|r[ée]f(?:[ée]rences?|s)?\.?|code|type|nature|intitul[ée]|libell[ée]|domaines?|objet|objectifs?|missions?|finalit[ée]s?|descriptions?|descriptifs?|activit[ée]s?|dispositifs?|publics?|services?|b[ée]n[ée]ficiaires?|observations?|commentaires?|pr[ée]cisions?|d[ée]tails?|cadre|base l[ée]gale|fondement)(?:\s+(?:concern[ée]e?s?|vis[ée]e?s?|utilisat(?:eur|rice)s?|juridiques?|l[ée]gale?s?|de la mission|du service))?)$/iu;

/** A column title shortened with a dot: « Réf. », « Obs. ». */
const ABBREVIATION = /^\p{L}{1,4}\.$/u;

/**
 * A table's header row among missions (« Finalités | Description », « Missions ⇥ Service
 * concerné »): the first row of a table (the paragraph before is no row of as many cells)
 * whose next row has as many cells, every cell short (no more than four words, no digit, no
 * sentence punctuation) and one of them a column's title.
 */
export function isHeaderRow(text: string, next: string | undefined, prev?: string): boolean {
  const cells = rowCells(stripMarkers(text));
  if (!cells) return false;
  // the next row may open with its number (« 1 ⇥ Instruction … » under « N° ⇥ Mission »): the
  // number is then a cell, not a list marker
  const nextCounts =
    next === undefined ? [] : [rowCells(next)?.length, rowCells(stripMarkers(next))?.length];
  if (!nextCounts.includes(cells.length)) return false;
  if (prev !== undefined && rowCells(stripMarkers(prev))?.length === cells.length) return false;
  return (
    cells.every(
      // an abbreviated title (« Réf. ») ends with its dot; a sentence's end is no title
      (c) =>
        c.split(/\s+/).length <= 4 &&
        !/\d/.test(c) &&
        (!/[.;:!?]$/.test(c) || ABBREVIATION.test(c)),
    ) && cells.some((c) => COLUMN_TITLE.test(c.replace(/['’]/g, "'")))
  );
}

/**
 * A title over the list, not a mission: « Liste des missions », « Les missions », « Missions
 * exercées », « Finalités de l'accès » (its head word names the list itself).
 */
export function isListTitle(text: string): boolean {
  const t = stripMarkers(text).replace(/[\s:.]+$/, '');
  if (t.split(/\s+/).length > 7) return false;
  return /^(?:(?:la\s+)?liste\s+des\s+|les\s+)?(?:missions?|finalit[ée]s?|objet|objectifs?|description|d[ée]signation)(?:\s+(?:du|des|de\s+l['’]|de\s+la|exerc[ée]es?|vis[ée]es?|concern[ée]es?|suivantes?|poursuivies?|d['’]acc[eè]s|de\s+l['’]acc[eè]s|du\s+partenaire|partenaires?|autoris[ée]es?)\b.*)?$/iu.test(
    t,
  );
}

/** A part of a listing sentence that opens like an item: a determiner, then a word. */
const ITEM_START =
  /^(?:l['’]|le\s|la\s|les\s|un\s|une\s|du\s|des\s|de\s+la\s|de\s+l['’]|au\s|aux\s|à\s+la\s|à\s+l['’])\s*\p{L}{3}/iu;

/**
 * A sentence listing several missions after its lead (« Le partenaire accède aux données pour
 * l'instruction des demandes d'aides, le suivi des accompagnements et la gestion des
 * impayés. »): the items, or undefined when the parts are not clearly items (each must open
 * with a determiner and hold two words or more; no part may be a bare complement such as
 * « d'énergie »).
 */
export function proseItems(sentence: string): string[] | undefined {
  const t = sentence.trim().replace(/[\s.;]+$/, '');
  if (t.includes('\t')) return undefined;
  // « … des missions suivantes : l'instruction …, l'instruction … et la domiciliation … »
  const announced = /\b(?:suivante?s|ci-?\s?apr[èe]s|ci-?\s?dessous)\s*:\s*/iu.exec(t);
  if (announced && t.indexOf(':', announced.index + announced[0].length) < 0 && !t.includes(';'))
    return listedParts(
      t.slice(announced.index + announced[0].length).replace(/\.\s+\p{Lu}.*$/u, ''),
    );
  if (/[;:]/.test(t)) return undefined;
  // the lead ends at « pour », « à savoir », « notamment », « dans le cadre de » (any of them:
  // « … pour ses agents pour l'instruction … » lists after the second)
  const LEAD =
    /\b(?:pour|à savoir|notamment|en vue de|dans le cadre de|au titre de|afin d['’]assurer)\s+(?=\S)/giu;
  for (const lead of t.matchAll(LEAD)) {
    if (lead.index < 8) continue;
    const parts = listedParts(t.slice(lead.index + lead[0].length));
    if (parts) return parts;
  }
  return undefined;
}

function listedParts(list: string): string[] | undefined {
  const comma = list.split(/\s*,\s*/);
  if (comma.length < 2) return undefined;
  const last = comma.pop()!;
  // (« …, et la domiciliation … »: a comma before the last « et »)
  const alone = /^(?:et|ainsi que)\s+(.+)$/iu.exec(last);
  if (alone && comma.length >= 2) {
    const parts = [...comma, alone[1]!].map((p) => p.trim());
    return parts.every((p) => ITEM_START.test(p) && p.split(/\s+/).length >= 2 && p.length <= 160)
      ? parts
      : undefined;
  }
  const et =
    /^(.+?)\s+(?:et|ainsi que)\s+(?=(?:l['’]|le\s|la\s|les\s|du\s|des\s|de\s+la\s|de\s+l['’]|au\s|aux\s))(.+)$/iu.exec(
      last,
    );
  if (!et) return undefined;
  const parts = [...comma, et[1]!, et[2]!].map((p) => p.trim());
  if (!parts.every((p) => ITEM_START.test(p) && p.split(/\s+/).length >= 2 && p.length <= 160))
    return undefined;
  return parts;
}
