/**
 * Text helpers shared by every rule: accent-insensitive folding for comparisons and search,
 * and French typography (non-breaking spaces) for the messages shown to users.
 */

/** U+00A0, the only non-breaking space we emit (U+202F is missing from the PDF fonts). */
export const NBSP = '\u00A0';

/**
 * Folds text for comparison: lower case, no accents, œ/æ expanded, typographic apostrophes
 * and every kind of space made plain, runs of spaces collapsed, trimmed.
 * `foldText('  Pôle  Solidarité ')` → `'pole solidarite'`.
 */
export function foldText(input: string | undefined | null): string {
  if (!input) return '';
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

/**
 * Applies French spacing to a message written with ordinary spaces: the space before
 * « : ; ! ? » and inside « » becomes a non-breaking space (and one is added when missing
 * inside guillemets). Colons inside words or numbers (`9:30`, `https://`) are left alone.
 */
export function frenchSpacing(message: string): string {
  return message
    .replace(/[ \u202F\u00A0]+([:;!?»])/g, `${NBSP}$1`)
    .replace(/«[ \u202F\u00A0]*/g, `«${NBSP}`)
    .replace(/([^\s\u00A0])»/g, `$1${NBSP}»`);
}

/** Wraps a value in French quotation marks with non-breaking spaces: « value ». */
export function guillemets(value: string): string {
  return `«${NBSP}${value}${NBSP}»`;
}

/**
 * Lists French typography mistakes in a message (used by tests on every rule message):
 * an ordinary or narrow space before « : ; ! ? », or inside « ».
 */
export function frenchTypographyIssues(message: string): string[] {
  const issues: string[] = [];
  if (/[ \u202F][:;!?]/.test(message)) issues.push('espace ordinaire avant : ; ! ?');
  if (/«(?!\u00A0)/.test(message) || /(?<!\u00A0)»/.test(message)) {
    issues.push('guillemets sans espace insécable');
  }
  if (message.includes('\u202F')) issues.push('espace fine U+202F');
  return issues;
}
