/**
 * What every free text of the register is cleaned of before it is stored: control
 * characters (a tab or line break pasted into a one-line field becomes a space), bidi
 * overrides and isolates (they reorder what is displayed: « gnp.exe » shown as « exe.png »).
 * Text made only of invisible characters (zero-width spaces, joiners, soft hyphens) is
 * refused by the schemas: it would look empty while being a value.
 */

// Bidi embeddings, overrides and isolates, the Arabic letter mark and LRM/RLM.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u061C\u200E\u200F]/g;
// C0 and C1 controls and DEL, except tab and line feed (handled per kind of field).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// U+034F (combining grapheme joiner) outside the class: it would combine with its neighbour.
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E\s]|\u034F/g;

/** One-line text: line breaks and tabs become spaces, other controls and bidi marks go. */
export function cleanLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed become spaces
      .replace(/\r\n|[\r\n\t\u2028\u2029\u000B\u000C]/g, ' ')
      .replace(CONTROLS, '')
      .replace(BIDI, '')
  );
}

/** Multi-line text: line breaks kept (as `\n`), tabs kept, other controls and bidi marks go. */
export function cleanLines(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROLS, '')
    .replace(BIDI, '');
}

/** True when the text shows nothing although it is not empty (only invisible characters). */
export function isInvisibleOnly(text: string): boolean {
  return text.length > 0 && text.replace(INVISIBLE, '') === '';
}

export const INVISIBLE_ONLY_MESSAGE =
  'Ce texte ne contient que des caractères invisibles\u00A0: saisissez une valeur lisible ou laissez le champ vide.';
