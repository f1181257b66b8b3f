import { isValidIsoDate } from '../domain/dates';

const MONTHS = [
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function iso(y: number, m: number, d: number): string | undefined {
  const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : undefined;
}

/**
 * The first date written in `text`: `08/01/2024`, `8.1.2024`, `12 décembre 2023`,
 * `1er janvier 2018`. Undefined when there is none (« le . ./ . ./ » is no date).
 */
export function findFrenchDate(text: string): { iso: string; index: number; match: string } | undefined {
  const numeric = /(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/.exec(text);
  const named = /(?<!\d)(1er|\d{1,2})\s+([\p{L}]+)\s+(\d{4})(?!\d)/iu.exec(text);
  const candidates: { iso: string; index: number; match: string }[] = [];
  if (numeric) {
    const v = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (v) candidates.push({ iso: v, index: numeric.index, match: numeric[0] });
  }
  if (named) {
    const month = MONTHS.indexOf(fold(named[2] ?? ''));
    const day = named[1] === '1er' ? 1 : Number(named[1]);
    const v = month >= 0 ? iso(Number(named[3]), month + 1, day) : undefined;
    if (v) candidates.push({ iso: v, index: named.index, match: named[0] });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0];
}
