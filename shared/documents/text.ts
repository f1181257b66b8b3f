/**
 * Text rules every document follows: French typography with the only non-breaking space the
 * embedded fonts are sure to have (U+00A0), and a line to fill by hand for every empty
 * value — never a placeholder such as « SAISIR LE NOM ».
 */
import { frenchSpacing, NBSP } from '../domain/text';

/** The line printed instead of an empty value, long enough to write on. */
export const BLANK_LINE = '………………………………………………';
/** A shorter line, for a date or a place. */
export const SHORT_BLANK_LINE = '………………………';

/** U+202F (narrow no-break space, from `Intl.NumberFormat('fr-FR')`) and U+2009 → U+00A0. */
export function normalizeSpaces(text: string): string {
  return frenchSpacing(text.replace(/[\u202F\u2009\u2007]/g, NBSP));
}

/** The value as printed: trimmed and normalised, or the line to fill when it is empty. */
export function valueOrBlank(value: string | undefined | null, blank: string = BLANK_LINE): string {
  const text = normalizeSpaces(value ?? '')
    .replace(/\s+/g, (s) => (s.includes(NBSP) ? NBSP : ' '))
    .trim();
  return text.length > 0 ? text : blank;
}

/** True when a value will be printed as a line to fill. */
export function isBlank(value: string | undefined | null): boolean {
  return !value || value.trim().length === 0;
}

/** Applies `normalizeSpaces` to every string of a document definition, deeply. */
export function normalizeDocumentText<T>(node: T): T {
  if (typeof node === 'string') return normalizeSpaces(node) as T;
  if (Array.isArray(node)) return (node as unknown[]).map((n) => normalizeDocumentText(n)) as T;
  if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = normalizeDocumentText(v);
    return out as T;
  }
  return node;
}
