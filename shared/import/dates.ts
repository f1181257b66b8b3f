import { isValidIsoDate } from '../domain/dates';
import { editDistance, ocrDigits } from './readers/anchors';

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];
const ABBREVIATIONS: Record<string, number> = {
  janv: 1,
  jan: 1,
  fevr: 2,
  fev: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function iso(y: number, m: number, d: number): string | undefined {
  const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : undefined;
}

/** A month written in full, abbreviated (« déc. ») or with one OCR slip (« déccmbre »). */
function monthOf(word: string): { month: number; corrected: boolean } | undefined {
  const w = fold(word).replace(/\.$/, '');
  const exact = MONTHS.indexOf(w);
  if (exact >= 0) return { month: exact + 1, corrected: false };
  if (ABBREVIATIONS[w]) return { month: ABBREVIATIONS[w], corrected: false };
  if (w.length < 5) return undefined;
  const near = MONTHS.findIndex((m) => m.length >= 5 && editDistance(w, m) <= 1);
  return near >= 0 ? { month: near + 1, corrected: true } : undefined;
}

export interface FoundDate {
  iso: string;
  index: number;
  match: string;
  /** Read through OCR digit or month corrections. */
  corrected?: boolean;
}

/**
 * The first date written in `text`: `08/01/2024`, `8.1.2024`, `12 décembre 2023`,
 * `1er janvier 2018`, `8 janv. 2024`. Undefined when there is none (« le . ./ . ./ » is no date).
 */
export function findFrenchDate(text: string): FoundDate | undefined {
  const numeric = /(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/.exec(text);
  const named = /(?<!\d)(1er|1\s?er|\d{1,2})\s+([\p{L}]+\.?)\s+(\d{4})(?!\d)/iu.exec(text);
  const candidates: FoundDate[] = [];
  if (numeric) {
    const v = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (v) candidates.push({ iso: v, index: numeric.index, match: numeric[0] });
  }
  if (named) {
    const month = monthOf(named[2] ?? '');
    const day = /^1\s?er$/.test(named[1] ?? '') ? 1 : Number(named[1]);
    const v = month ? iso(Number(named[3]), month.month, day) : undefined;
    if (v)
      candidates.push({
        iso: v,
        index: named.index,
        match: named[0],
        ...(month?.corrected ? { corrected: true } : {}),
      });
  }
  const words = dateInWords(text);
  if (words) candidates.push(words);
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0];
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  premier: 1,
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
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
  mil: 1000,
  et: 0,
};

/** « vingt-neuf », « deux mille seize », « quatre-vingt-dix-sept »: the number the words say. */
export function numberInWords(words: readonly string[]): number | undefined {
  let total = 0;
  let cur = 0;
  let prev = '';
  for (const w of words) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return undefined;
    if (w === 'mille' || w === 'mil') {
      total += (cur || 1) * 1000;
      cur = 0;
    } else if (w === 'cent' || w === 'cents') cur = (cur || 1) * 100;
    else if ((w === 'vingt' || w === 'vingts') && prev === 'quatre') cur += 80 - 4;
    else cur += v;
    prev = w;
  }
  return words.length ? total + cur : undefined;
}

/**
 * « le vingt-neuf septembre deux mille seize », « le 3 février deux mille vingt-quatre », « le
 * premier mars 2016 »: a date written in words (an older or a notarial style), its day or its
 * year or both in letters.
 */
function dateInWords(text: string): FoundDate | undefined {
  const tokens = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => ({
    word: fold(m[0]),
    at: m.index,
    end: m.index + m[0].length,
  }));
  const joined = (a: number, b: number) =>
    /^[\s-]+$/.test(text.slice(tokens[a]!.end, tokens[b]!.at));
  for (let k = 1; k < tokens.length - 1; k++) {
    const month = MONTHS.indexOf(tokens[k]!.word) + 1;
    if (!month) continue;
    // the day: the number words just before the month (or its digits)
    let first = k;
    while (
      first > 0 &&
      first > k - 4 &&
      NUMBER_WORDS[tokens[first - 1]!.word] !== undefined &&
      joined(first - 1, first)
    )
      first--;
    const before = tokens[k - 1]!.word;
    const dayDigits = first === k && /^\d{1,2}$|^1er$/.test(before) && joined(k - 1, k);
    const day = dayDigits
      ? Number.parseInt(before, 10)
      : numberInWords(tokens.slice(first, k).map((t) => t.word));
    // the year: the number words just after it (or its digits)
    let last = k;
    while (
      last < tokens.length - 1 &&
      last < k + 7 &&
      NUMBER_WORDS[tokens[last + 1]!.word] !== undefined &&
      joined(last, last + 1)
    )
      last++;
    const yearDigits = last === k && /^\d{4}$/.test(tokens[k + 1]!.word);
    const year = yearDigits
      ? Number(tokens[k + 1]!.word)
      : numberInWords(tokens.slice(k + 1, last + 1).map((t) => t.word));
    if (dayDigits && yearDigits) continue;
    if (!day || !year || year < 1990 || year > 2099) continue;
    const start = dayDigits ? k - 1 : first;
    const end = yearDigits ? k + 1 : last;
    const v = iso(year, month, day);
    if (v)
      return {
        iso: v,
        index: tokens[start]!.at,
        match: text.slice(tokens[start]!.at, tokens[end]!.end),
      };
  }
  return undefined;
}

/** Like findFrenchDate, then again with OCR look-alikes read as digits (« O8/0l/2O24 »). */
export function findDateTolerant(text: string): FoundDate | undefined {
  // a stamp with spaced digits: « 2 6 JUIN 2019 », « 0 8 / 0 1 / 2 0 2 4 »
  const spaced = text
    .replace(/(?<![\d])(\d) (\d)(?=\s*(?:[/.-]|\p{L}{3}))/gu, '$1$2')
    .replace(/(?<![\d])(\d) (\d) (\d) (\d)(?![\d])/g, '$1$2$3$4');
  if (spaced !== text) {
    const d = findFrenchDate(spaced);
    if (d) return { ...d, corrected: true };
  }
  const plain = findFrenchDate(text);
  // (« l8 mars »: the day's first digit read as a letter glued to it, not the day « 8 »)
  const glued = plain && /(?:^|[^\p{L}\d])[lI|!O]$/u.test(text.slice(0, plain.index));
  if (plain && !glued) return plain;
  const fixed = ocrDigits(text);
  const again = fixed.corrected ? findFrenchDate(fixed.text) : undefined;
  if (again) return { ...again, corrected: true };
  if (plain) return plain;
  // a month name with a digit for a letter (« avri1 », « ju1n », « 0ctobre »), « rn » for
  // « m » (« rnars », « rnai »)
  const month = text
    .replace(/(?<=\p{L})[1|](?=\p{L}|[\s,.]|$)/gu, 'l')
    .replace(/(?<![\p{L}\d])0(?=\p{Ll}{3})/gu, 'o')
    .replace(/(?<![\p{L}])rn(?=a(?:rs|i)\b)|(?<=\p{L})rn(?=bre\b)/gu, 'm');
  if (month === text) return undefined;
  const named = findFrenchDate(month);
  return named ? { ...named, corrected: true } : undefined;
}
