/**
 * A quota row written on one line with spaces (no tabs), its profile's label in it:
 * « T13 Commissions FSL 3 », « Consultation des dossiers (T1) ........ 2 » (the code in
 * brackets), « Prestataires services sociaux 1 » (the catalogue's label only, no code),
 * « ET Action sociale 3 » (a code OCR misread, which the label names). The label is matched
 * to the catalogue exactly (folded); a code is corrected only when the label confirms it,
 * and a code the label contradicts (« Tl Commissions FSL 2 ») is no quota: the row is flagged.
 */
import { KNOWN_PROFILES, profileByLabel, profileCode, splitCode } from './bulletin-quotas';
import { COUNT, countValue } from './bulletin-quota-words';

/** A count in words ending the row (« … Action sociale deux », « … 2 (deux) »). */
const WORDS_AT_END = new RegExp(`\\s(${COUNT})$`, 'iu');

export type SpacedRow =
  | {
      code: string;
      max: number;
      corrected: boolean;
      /** How the profile was told: its code (maybe with a label that agrees), or its label only. */
      by: 'code' | 'label' | 'bracket' | 'code-and-label';
    }
  | { illegible: true };

const UNIT = /\s*(?:acc[èe]s|utilisateurs?|habilitations?|agents?|personnes?|postes?)\.?$/i;

/** A profile's label in a row: letters, spaces, brackets, apostrophes, commas and dashes, no digit. */
const LABEL = /^\(?[\p{L}][\p{L}\s,'’()./&-]*$/u;

/**
 * The row a line holds, or undefined when the line is not of that shape (it is then left to
 * the table's other readers: « T1 3 », « T1 », one cell per line). `bare` is for a line read
 * outside any table header: the label must then be a word list of eight words at most.
 */
export function spacedRow(line: string, checkCatalogue: boolean): SpacedRow | undefined {
  // (two cells apart by a tab, or a dot leader the text turned into one: label, number)
  const cells = line.split('\t').filter((c) => c.trim());
  if (cells.length > 2) return undefined;
  const t = cells
    .join(' ')
    .trim()
    .replace(/^[-–•*▪●]\s*/u, '')
    .replace(UNIT, '')
    // (« deux (2) », « trois »: the count in digits)
    .replace(WORDS_AT_END, (all: string, count: string) => {
      const n = /\p{L}/u.test(count) ? countValue(count) : undefined;
      return n === undefined || Number.isNaN(n) ? all : ` ${n}`;
    });
  // the number ends the row, dots or spaces before it (« … (T1) ........ 2 »)
  const m = /^(.*?\p{L}.*?)[\s.…_]*\s(\d{1,3})$|^(.*?\p{L}.*?\))[\s.…_]*(\d{1,3})$/u.exec(t);
  if (!m) return undefined;
  const body = (m[1] ?? m[3] ?? '').replace(/[\s.…_:–-]+$/, '').trim();
  const max = Number(m[2] ?? m[4]);
  if (!body) return undefined;
  const known = (code: string) => !checkCatalogue || KNOWN_PROFILES.has(code);
  // « Consultation des dossiers (T1) »: the code in brackets after a label of the partner's own
  const bracket = /\(\s*(T\s?[0-9lIO|]{1,2})\s*\)/.exec(body);
  if (bracket) {
    const head = profileCode(bracket[1]!);
    const label = body.replace(bracket[0], ' ').replace(/\s+/g, ' ').trim();
    if (!head || !known(head.code) || !LABEL.test(label)) return { illegible: true };
    const named = profileByLabel(label);
    if (named && named !== head.code) return { illegible: true };
    return { code: head.code, max, corrected: head.corrected, by: 'bracket' };
  }
  // « Prestataires services sociaux 1 »: the catalogue's label, no code
  const whole = profileByLabel(body);
  if (whole) return { code: whole, max, corrected: false, by: 'label' };
  const head = splitCode(profileCode(`${body} ${max}`), false);
  if (head) {
    const label = head.rest
      .replace(/\s*\d{1,3}$/, '')
      .replace(/^[\s:–-]+/, '')
      .trim();
    // « T1 3 »: no label, the table's other readers read it
    if (!label || !LABEL.test(label) || label.split(/\s+/).length > 12) return undefined;
    const named = profileByLabel(label);
    if (named && named !== head.code) return { illegible: true };
    if (!known(head.code)) return { illegible: true };
    return {
      code: head.code,
      max,
      corrected: head.corrected,
      by: named ? 'code-and-label' : 'code',
    };
  }
  // « ET Action sociale 3 »: a short token where the code should be, then a catalogue label
  const damaged = /^(\S{1,3})\s+(.+)$/u.exec(body);
  if (damaged && /^[\p{Lu}\d|!([7]/u.test(damaged[1]!)) {
    const named = profileByLabel(damaged[2]!);
    if (named && known(named)) return { code: named, max, corrected: true, by: 'label' };
  }
  return undefined;
}

/** A row read outside any header: its label must be short, or the catalogue's. */
export function bareRow(line: string, checkCatalogue: boolean): SpacedRow | undefined {
  const r = spacedRow(line, checkCatalogue);
  if (!r || 'illegible' in r) return r;
  if (r.by !== 'code') return r;
  // a code and a label the catalogue does not know: a row only when the label is a few words
  const words = line.trim().split(/\s+/).length;
  return words <= 10 ? r : undefined;
}
