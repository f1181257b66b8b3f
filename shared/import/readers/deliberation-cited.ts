/**
 * The deliberation a convention cites in a sentence, most often where the partner's
 * representative is said to sign by its authority (« …, dûment habilité par la délibération
 * du conseil d'administration du CIAS n° 2022-18 du 24 mai 2022 », « autorisé par délibération
 * du conseil municipal en date du 30 juin 2015 »): the body, the number and the date written
 * in that citation. A deliberation merely cited (« VU la délibération … portant délégation »)
 * is not the one that authorises the signature and is not read.
 */
import { findDateTolerant } from '../dates';
import { fold } from '../text-tools';
import type { ConventionExtraction } from '../types';
import { at, type Ctx, unread } from './context';
import { lineOf } from './paragraphs';

/** The deliberating bodies, in the order they are tried (the longer name first). */
const BODIES: { words: RegExp; name: string }[] = [
  {
    words: /^commission permanente(?: du conseil (?:departemental|regional))?/,
    name: 'Commission permanente',
  },
  { words: /^conseil d'administration/, name: "Conseil d'administration" },
  { words: /^conseil municipal/, name: 'Conseil municipal' },
  { words: /^conseil communautaire/, name: 'Conseil communautaire' },
  { words: /^bureau communautaire/, name: 'Bureau communautaire' },
  { words: /^conseil metropolitain/, name: 'Conseil métropolitain' },
  { words: /^conseil departemental/, name: 'Conseil départemental' },
  { words: /^comite syndical/, name: 'Comité syndical' },
];

/** The body a text names at its start (folded text), with the social action centre it belongs to. */
export function bodyAt(folded: string): { name: string; length: number } | undefined {
  for (const b of BODIES) {
    const m = b.words.exec(folded);
    if (!m) continue;
    let name = b.name;
    if (b.name === 'Commission permanente' && /conseil departemental/.test(m[0]))
      name = 'Commission permanente du Conseil départemental';
    const of = /^\s+(?:du|de la)\s+(ccas|cias|centre (inter)?communal d'action sociale)\b/.exec(
      folded.slice(m[0].length),
    );
    if (b.name === "Conseil d'administration" && of)
      name += of[1] === 'cias' || of[2] ? ' du CIAS' : ' du CCAS';
    return { name, length: m[0].length + (of?.[0].length ?? 0) };
  }
  return undefined;
}

/**
 * « habilité par la délibération », « autorisé par délibération », « en vertu de la
 * délibération »; or a deliberation followed by what it authorises (« la délibération … du
 * 27 janvier 2026 autorisant le Président à signer la convention »).
 */
const CUE =
  /\b(?:habilite?e?s?|autorise?e?s?|mandate?e?s?|en vertu d[e'])\s*(?:a\s+(?:signer|cet\s+effet)\s+)?(?:par\s+)?(?:la\s+|une\s+)?(?:deliberation|decision)\b|\b(?:habilite?e?s?|autorise?e?s?)\s+a\s+signer\b[^.;]{0,80}?\bpar\s+(?:la\s+|une\s+)?deliberation\b|\brepresentee?\s+par\b[^.;]{0,160}?\bvu\s+(?:la\s+)?deliberation\b|\b(?:deliberation|decision)\b(?=[^.;]{0,200}\bautorisant\b[^.;]{0,80}\bsign)|\bconformement\s+a\s+(?:la\s+|une\s+)?(?:deliberation|decision)\b|\bhabilitation\s+a\s+signer\b[^.;]{0,20}?\b(?:deliberation|decision)\b|\bpar\s+(?:la\s+)?deliberation\b(?=[^.;]{0,40}?\s(?:du|de la)\s+(?:conseil|comite|bureau|commission)\b)|(?:^|[.;]\s+)vu\s+la\s+deliberation\b(?![^.;]*\b(?:portant|delegations?|election|installation|budget)\b)/g;

/** « n° CP 2024-05-112 », « n° 2022-18 »: the number written in the citation. */
const NUMBER = /\bn\s*[°º*o]\s*:?\s*((?:[A-Z]{1,4}\s(?=\d))?[A-Z0-9][\w./-]*\d[\w./-]*)/i;

/** The body a citation names: at its start, or after a « du » / « de la » further on. */
export function bodyIn(text: string): { name: string; length: number } | undefined {
  const f = fold(text);
  const head = bodyAt(f.trim().replace(/^(?:du|de la|de l'|de son|de sa)\s+/, ''));
  if (head) return head;
  // (« la décision de son Conseil d'administration du 12 mars 2025 »)
  for (const m of f.matchAll(/(?:^|\s)(?:du|de la|de l'|de son|de sa)\s+/g)) {
    const b = bodyAt(f.slice(m.index + m[0].length));
    if (b) return b;
  }
  return undefined;
}

/**
 * The deliberation a convention cites. A « Vu la délibération … » inside a deliberation's own
 * text cites an earlier one: only the paragraphs outside the deliberation blocks are read.
 */
export function citedDeliberation(
  ctx: Ctx,
  outside: (line: number) => boolean = () => true,
): ConventionExtraction['deliberation'] {
  const note = 'Lu dans la phrase qui cite la délibération : vérifiez.';
  for (const p of ctx.paragraphs.list) {
    if (!outside(p.lines[0]!)) continue;
    // folding keeps the offsets (one character for one)
    const folded = fold(p.text);
    if (folded.length !== p.text.length) continue;
    for (const m of folded.matchAll(CUE)) {
      const from = m.index + m[0].length;
      // the citation: up to the end of the sentence, or the next clause
      const rest = p.text.slice(from);
      const stop =
        /[.;]\s|[.;]$|,\s*(?:ci-?\s*apr[èe]s|d'une part|d'autre part)|\s-\s|\s[–—]\s|\sautorisant\b/i.exec(
          rest,
        );
      const text = rest.slice(0, Math.min(stop?.index ?? rest.length, 220));
      // (« n° 2024-011 du conseil d'administration du CIAS … », « n° … en date du … du comité
      // syndical »: the body after the number or the date)
      const body = bodyIn(text);
      const number = NUMBER.exec(text);
      const date = findDateTolerant(text.replace(NUMBER, ' '));
      // a deliberation named by its body alone is a mention: it must be identified (date or number)
      if (!date && !number?.[1]) continue;
      const line = lineOf(p, from);
      const out: ConventionExtraction['deliberation'] = {};
      if (body) out.body = at(ctx, line, body.name, 'medium', note);
      // « n° 21- » ending its paragraph: the rest of the number went elsewhere (a column
      // the OCR interleaved, a page break); a half number is no number
      const cut =
        number?.[1] &&
        /[-/]$/.test(number[1]) &&
        number.index + number[0].length >= text.trimEnd().length;
      if (cut) unread(ctx, 'deliberation', 'le numéro de la délibération (coupé)', line);
      else if (number?.[1])
        out.number = at(
          ctx,
          lineOf(p, from + number.index),
          number[1].replace(/[.,-]+$/, ''),
          'medium',
          note,
        );
      if (date) out.date = at(ctx, line, date.iso, 'medium', note, date.corrected);
      return out;
    }
  }
  return {};
}
