/**
 * Reads the text layer of a PDF with pdfjs, page by page, and rebuilds its text (paragraphs,
 * table rows, see shared/import/pdf-layout) with the page of every line. The pdfjs module is
 * passed in, so that the app uses its local worker build and tests the Node (legacy) build.
 */
import { layoutPdfPages } from '../../../shared/import/pdf-layout';
import type { PdfTextItem } from '../../../shared/import/pdf-geometry';
import {
  countLetters,
  damagedMessage,
  ENCRYPTED_MESSAGE,
  isMostlyImage,
  NO_TEXT_MESSAGE,
  SPARSE_PAGE_LETTERS,
  type PdfSource,
} from '../../../shared/import/pdf-source';

interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  getViewport(options: { scale: number }): { width: number; height: number };
  getOperatorList?(): Promise<{ fnArray: number[] }>;
  cleanup?(): void;
}

interface PdfJsLike {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<PdfPageLike>;
      destroy(): Promise<void>;
    }>;
  };
  OPS?: Record<string, number>;
}

export { NO_TEXT_MESSAGE };

/** The PDF has no text layer at all: a scan. */
export class PdfWithoutTextError extends Error {
  constructor() {
    super(NO_TEXT_MESSAGE);
    this.name = 'PdfWithoutTextError';
  }
}

/** The PDF could not be opened (damaged, not a PDF, protected): the message says what to do. */
export class PdfUnreadableError extends Error {
  constructor(
    message: string,
    readonly reason: 'encrypted' | 'damaged',
  ) {
    super(message);
    this.name = 'PdfUnreadableError';
  }
}

const isTextItem = (item: unknown): item is PdfTextItem =>
  typeof item === 'object' &&
  item !== null &&
  typeof (item as PdfTextItem).str === 'string' &&
  Array.isArray((item as PdfTextItem).transform);

async function hasImage(
  page: PdfPageLike,
  ops: Record<string, number> | undefined,
): Promise<boolean> {
  if (!page.getOperatorList || !ops) return true;
  const images = new Set(
    [
      ops.paintImageXObject,
      ops.paintInlineImageXObject,
      ops.paintImageMaskXObject,
      ops.paintImageXObjectRepeat,
    ].filter((n) => n !== undefined),
  );
  const list = await page.getOperatorList();
  return list.fnArray.some((fn) => images.has(fn));
}

function unreadable(e: unknown, name: string): PdfUnreadableError {
  const kind = e instanceof Error ? e.name : '';
  if (kind === 'PasswordException') return new PdfUnreadableError(ENCRYPTED_MESSAGE, 'encrypted');
  return new PdfUnreadableError(damagedMessage(name), 'damaged');
}

/**
 * The text of the PDF and the page of each line. Throws PdfWithoutTextError for a scan
 * without text, PdfUnreadableError for a damaged or protected file.
 */
export async function readPdf(
  pdfjs: PdfJsLike,
  bytes: Uint8Array,
  name = 'document.pdf',
): Promise<PdfSource> {
  let doc: Awaited<ReturnType<PdfJsLike['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
    }).promise;
  } catch (e) {
    throw unreadable(e, name);
  }
  try {
    const pages: { items: PdfTextItem[]; width: number; height: number }[] = [];
    const imagePages: number[] = [];
    let letters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const items = (await page.getTextContent()).items.filter(isTextItem);
      const pageLetters = items.reduce((sum, item) => sum + countLetters(item.str), 0);
      letters += pageLetters;
      // a page with almost no text: a scanned page (with a stamp) or a blank page
      if (pageLetters < SPARSE_PAGE_LETTERS && (await hasImage(page, pdfjs.OPS)))
        imagePages.push(n);
      pages.push({ items, width: viewport.width, height: viewport.height });
      page.cleanup?.();
    }
    if (letters < 2) throw new PdfWithoutTextError();
    const lines = layoutPdfPages(pages);
    return {
      text: lines.map((l) => l.text).join('\n'),
      linePages: lines.map((l) => l.page),
      pageCount: doc.numPages,
      imagePages,
      letters,
    };
  } catch (e) {
    // pdf.js says what went wrong in the file by the error's name; anything else is ours
    if (e instanceof Error && /Exception$|FormatError/.test(e.name)) throw unreadable(e, name);
    throw e;
  } finally {
    await doc.destroy();
  }
}

/** The text of the PDF alone (lines joined with « \n »). */
export async function readPdfText(pdfjs: PdfJsLike, bytes: Uint8Array): Promise<string> {
  return (await readPdf(pdfjs, bytes)).text;
}

export { isMostlyImage };
