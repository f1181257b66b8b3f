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
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0];
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
  if (plain) return plain;
  const fixed = ocrDigits(text);
  const again = fixed.corrected ? findFrenchDate(fixed.text) : undefined;
  if (again) return { ...again, corrected: true };
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
