import { z } from 'zod';
import './french-errors';
import { frenchSpacing } from '../text';
import { cleanLine, cleanLines, INVISIBLE_ONLY_MESSAGE, isInvisibleOnly } from './clean-text';
import { normaliseUserName, USER_NAME_MAX } from '../user-name';

/** Dates outside this range are typing mistakes (0100, 9999), never a convention's date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const YEAR_RANGE_MESSAGE = `Date hors des limites plausibles (entre ${MIN_YEAR} et ${MAX_YEAR}).`;

/** A calendar date `YYYY-MM-DD` (no time, no zone): how every convention date is stored. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'Cette date n’existe pas.')
  .refine((s) => {
    const y = Number(s.slice(0, 4));
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }, YEAR_RANGE_MESSAGE);

/** An instant, ISO 8601 with zone (`new Date().toISOString()`). */
export const isoDateTime = z.iso.datetime({ offset: true }).refine((s) => {
  const y = Number(s.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
}, YEAR_RANGE_MESSAGE);

/** Generated identifiers: printable, no spaces. */
export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(
    // eslint-disable-next-line no-control-regex -- no control or invisible character in an id
    /^[^\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+$/,
    'Identifiant invalide.',
  );

export interface TextOptions {
  /** Keeps line breaks (descriptions, reasons, notes); one-line fields turn them into spaces. */
  multiline?: boolean;
}

/** Text options of a field that keeps its line breaks. */
export const LINES = { multiline: true } as const satisfies TextOptions;

/** A free text, cleaned (controls, bidi overrides), trimmed, capped; refused when only invisible. */
function text(max: number, options: TextOptions) {
  return z
    .string()
    .overwrite(options.multiline ? cleanLines : cleanLine)
    .trim()
    .max(max)
    .refine((s) => !isInvisibleOnly(s), INVISIBLE_ONLY_MESSAGE);
}

/** Optional free text: absent and empty string both mean « not filled ». */
export const optText = (max = 500, options: TextOptions = {}) => text(max, options).optional();
export const reqText = (max = 500, options: TextOptions = {}) =>
  text(max, options).min(1, 'Ce champ est obligatoire.');

export const email = z.email('Adresse mél invalide.').max(254);
export const optEmail = z.union([email, z.literal('')]).optional();

/** The name of the person using this workstation, written in the journal with every change. */
export { USER_NAME_MAX };
export const userNameSchema = z
  .string()
  .overwrite(normaliseUserName)
  .min(1, 'Indiquez votre prénom et votre nom.')
  .max(USER_NAME_MAX, frenchSpacing(`Ce nom est trop long : ${USER_NAME_MAX} caractères au plus.`))
  .refine((s) => !isInvisibleOnly(s), INVISIBLE_ONLY_MESSAGE);

export { jsonValue, jsonValueProblem, MAX_JSON_DEPTH, type JsonValue } from './json-value';
export { cleanLine, cleanLines, isInvisibleOnly } from './clean-text';
