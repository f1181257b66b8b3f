/**
 * Names folded for matching a portal account to an agent: accents, case, hyphens and
 * apostrophes ignored (« Le Guéhennec » = « LE-GUEHENNEC »), and keys that survive an
 * inverted NOM / prénom or a compound name written in part.
 */
import { foldText } from '../text';

/** `Jean-Pierre  D'Almeida` → `jean pierre d almeida`. */
export function foldName(input: string | undefined | null): string {
  if (!input) return '';
  // Plain ASCII (most names in an export) needs no Unicode normalisation.
  const folded = /^[\x20-\x7e]*$/.test(input) ? input.toLowerCase() : foldText(input);
  return folded
    .replace(/[-'.,_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** NOM and prénom folded, as one key (`dupont|marie`). */
export function exactNameKey(lastName: string | undefined, firstName: string | undefined): string {
  const last = foldName(lastName);
  return last ? `${last}|${foldName(firstName)}` : '';
}

/** Every word of the name, sorted: the same for « DUPONT Marie » and « Marie DUPONT ». */
export function wordSetKey(...parts: (string | undefined)[]): string {
  const words = parts.flatMap((p) => foldName(p).split(' ')).filter(Boolean);
  return words.sort().join(' ');
}

/** The words of a name. */
export function nameWords(...parts: (string | undefined)[]): string[] {
  return parts.flatMap((p) => foldName(p).split(' ')).filter(Boolean);
}
