/**
 * The fonts embedded in every document: DejaVu (free licence, `resources/fonts/`), which
 * covers French, « », €, U+00A0 and the ballot boxes ☐ ☒. The same files are registered in
 * the browser (pdfmake's virtual file system) and in Node tests (file paths).
 */
export const FONT_FILES = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSans-Oblique.ttf',
  'DejaVuSansCondensed.ttf',
  'DejaVuSansCondensed-Bold.ttf',
] as const;
export type FontFile = (typeof FONT_FILES)[number];

/** The family every document is set in. */
export const DOCUMENT_FONT = 'DejaVuSans';

export interface FontFamily {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** pdfmake font dictionary; `resolve` maps a file name to what the host needs (VFS key or path). */
export function fontDictionary(
  resolve: (file: FontFile) => string = (f) => f,
): Record<string, FontFamily> {
  return {
    DejaVuSans: {
      normal: resolve('DejaVuSans.ttf'),
      bold: resolve('DejaVuSans-Bold.ttf'),
      italics: resolve('DejaVuSans-Oblique.ttf'),
      bolditalics: resolve('DejaVuSans-Bold.ttf'),
    },
    DejaVuSansCondensed: {
      normal: resolve('DejaVuSansCondensed.ttf'),
      bold: resolve('DejaVuSansCondensed-Bold.ttf'),
      italics: resolve('DejaVuSansCondensed.ttf'),
      bolditalics: resolve('DejaVuSansCondensed-Bold.ttf'),
    },
  };
}

export const CHECKED_BOX = '☒';
export const EMPTY_BOX = '☐';
