/**
 * Reads the text layer of a PDF with pdfjs, page by page, and rebuilds its lines (items
 * joined by their y position, see shared/import/pdf-lines). The pdfjs module is passed in,
 * so that the app uses its local worker build and tests the Node (legacy) build.
 */
import { hasText, pageItemsToLines, type PdfTextItem } from '../../../shared/import/pdf-lines';

interface PdfJsLike {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export const NO_TEXT_MESSAGE =
  'Ce PDF ne contient pas de texte (document scanné ?) : il n’a pas de couche texte à lire. Passez-le dans un logiciel de reconnaissance de caractères (OCR), ou collez le texte de la convention.';

export class PdfWithoutTextError extends Error {
  constructor() {
    super(NO_TEXT_MESSAGE);
    this.name = 'PdfWithoutTextError';
  }
}

const isTextItem = (item: unknown): item is PdfTextItem =>
  typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);

/** The text of the PDF, lines joined with « \n », pages one after the other. */
export async function readPdfText(pdfjs: PdfJsLike, bytes: Uint8Array): Promise<string> {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageItemsToLines(content.items.filter(isTextItem)));
    }
    if (!hasText(pages)) throw new PdfWithoutTextError();
    return pages.map((lines) => lines.join('\n')).join('\n');
  } finally {
    await doc.destroy();
  }
}
