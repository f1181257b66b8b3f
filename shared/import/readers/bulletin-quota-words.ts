/**
 * Quotas written in words: « deux », « deux (2) », « 2 (deux) », « dix-huit », « vingt et un »,
 * in a table's number cell or in a sentence (« trois habilitations au profil T1 », « à une (1)
 * pour le profil T13 », « le profil T5 est limité à deux accès »). A count whose words and
 * digits disagree (« deux (3) ») is no count: the caller flags it.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
};

/** A number in words, zero to fifty-nine (« dix-sept », « vingt et un », « trente-deux »). */
export const NUMBER_WORD =
  '(?:(?:dix|vingt|trente|quarante|cinquante)(?:[-\\s](?:et[-\\s])?(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|onze))?|z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize)';

/** A count: digits, words, or both, one in brackets (« deux (2) », « 2 (deux) »). */
export const COUNT = `(?:\\d{1,3}(?:\\s*\\(\\s*${NUMBER_WORD}\\s*\\))?|${NUMBER_WORD}(?:\\s*\\(\\s*\\d{1,3}\\s*\\))?)`;

/** The value of a number written in words, or undefined. */
export function wordValue(words: string): number | undefined {
  const t = words
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[-\s]+/g, ' ')
    .replace(/ et /, ' ');
  const parts = t.split(' ');
  if (parts.length > 2) return undefined;
  const first = UNITS[parts[0]!];
  if (first === undefined) return undefined;
  if (parts.length === 1) return first;
  const second = UNITS[parts[1]!];
  if (second === undefined) return undefined;
  // « dix-sept » to « dix-neuf », « vingt et un » to « cinquante-neuf »
  if (first === 10 ? second < 7 || second > 9 : first < 20 || second < 1 || second > 9)
    return undefined;
  return first + second;
}

const WHOLE = new RegExp(`^${COUNT}$`, 'iu');

/**
 * The value of a count cell or phrase (« deux », « deux (2) », « 2 (deux) », « 12 »); undefined
 * when it is none, `NaN` when its words and digits disagree.
 */
export function countValue(text: string): number | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!WHOLE.test(t)) return undefined;
  const digits = /\d{1,3}/.exec(t)?.[0];
  const words = t.replace(/[\d()]/g, ' ').trim();
  const fromWords = words ? wordValue(words) : undefined;
  if (words && fromWords === undefined) return undefined;
  if (digits !== undefined && fromWords !== undefined && Number(digits) !== fromWords) return NaN;
  return digits !== undefined ? Number(digits) : fromWords;
}

/** What a quota counts, between the number and the profile. */
const UNIT = '(?:acc[èe]s|habilitations?|utilisateurs?|agents?|comptes?|postes?|personnes?)';
const CODE = '(T\\s?\\d{1,2})(?![\\p{L}\\d])';
/** A profile's label after its code, in quotes or brackets (« T1 « Action sociale » »). */
const LABEL_AFTER =
  '(?:\\s*(?:[«"(][^»")]{0,80}[»")]|[–-]\\s*[\\p{L}\' ]{3,60}?(?=\\s*[:,]|\\s+(?:est|sont)\\b)))?';

const COUNT_THEN_PROFILE = new RegExp(
  // (« Une seule habilitation est accordée, au profil T2 », « Deux (2) agents peuvent être
  // habilités au profil T1 », « un seul agent (1) peut être habilité au profil T13 »)
  `(?<![\\p{L}\\d])(${COUNT})\\s*(?:seule?s?\\s+)?(?:${UNIT}\\s+)?(?:\\(\\s*\\d{1,3}\\s*\\)\\s*)?(?:(?:est|sont|peut|peuvent)\\s+(?:[êe]tre\\s+)?(?:accord|ouvert|attribu|autoris|pr[ée]vu|habilit)\\p{L}*\\s*,?\\s*)?(?:(?:au\\s+titre\\s+du|au|pour\\s+le|sur\\s+le|du|en)\\s+)?profils?\\s+${CODE}`,
  'giu',
);
const PROFILE_THEN_COUNT = new RegExp(
  `profils?\\s+${CODE}${LABEL_AFTER}\\s*(?::\\s*|,\\s*|(?:est|sont)\\s+(?:fix[ée]e?s?|limit[ée]e?s?|port[ée]e?s?)\\s+[àa]\\s+|(?:se voit attribuer|dispose de|b[ée]n[ée]ficie de)\\s+)(${COUNT})(?![\\p{L}\\d])\\s*(?:${UNIT})?`,
  'giu',
);

export interface SentenceQuota {
  code: string;
  max: number;
  /** Offset of the pair in the text. */
  at: number;
}

/**
 * The profile-and-count pairs of a sentence: « … à trois (3) pour le profil T1 « Action
 * sociale » et à une (1) pour le profil T13 … », « deux accès au profil T5 », « le profil T2
 * est limité à quatre accès ». A pair whose count is self-contradictory is returned with `max`
 * NaN (to be flagged); a profile given two different counts is too.
 */
export function sentenceQuotas(text: string): SentenceQuota[] {
  const pairs: SentenceQuota[] = [];
  for (const m of text.matchAll(COUNT_THEN_PROFILE))
    pairs.push({ code: codeOf(m[2]!), max: countValue(m[1]!) ?? NaN, at: m.index });
  for (const m of text.matchAll(PROFILE_THEN_COUNT))
    pairs.push({ code: codeOf(m[1]!), max: countValue(m[2]!) ?? NaN, at: m.index });
  const byCode = new Map<string, SentenceQuota>();
  for (const p of pairs.sort((a, b) => a.at - b.at)) {
    const seen = byCode.get(p.code);
    if (!seen) byCode.set(p.code, p);
    else if (seen.max !== p.max) byCode.set(p.code, { ...seen, max: NaN });
  }
  return [...byCode.values()];
}

const codeOf = (code: string) => `T${Number(code.replace(/\D/g, ''))}`;
