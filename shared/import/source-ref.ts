/**
 * Where a value was read, said the way the user can find it: « page 3 » in the PDF they
 * opened, « ligne 42 » of the text they pasted — never a line number of a text rebuilt from
 * a PDF, which they never see.
 */

export interface TextOrigin {
  kind: 'pdf' | 'text';
  /** File name, or « texte collé ». */
  name: string;
  /** For a PDF: the page of each line of the text the importer read (1-based pages). */
  linePages?: readonly number[];
  pageCount?: number;
  /** For a PDF: pages that are images (scanned) and could not be read. */
  imagePages?: readonly number[];
}

export const pastedOrigin = (name = 'texte collé'): TextOrigin => ({ kind: 'text', name });

/** The page of a 1-based line of a PDF's text, when known. */
export function pageOfLine(origin: TextOrigin, line: number): number | undefined {
  return origin.kind === 'pdf' ? origin.linePages?.[line - 1] : undefined;
}

/** « page 3 » for a PDF, « ligne 42 » for a text. */
export function sourcePlace(origin: TextOrigin, line: number): string {
  const page = pageOfLine(origin, line);
  return page !== undefined ? `page ${page}` : `ligne ${line}`;
}

/** An excerpt short enough to read beside a field; cells (tabs) shown as spaced. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\t+/g, '  ').replace(/\s+$/, '');
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** « page 3 : « Numéro de SIRET : 267 701 647 00013 » ». */
export function describeSource(origin: TextOrigin, line: number, text: string): string {
  return `${sourcePlace(origin, line)} : « ${excerpt(text)} »`;
}
