/**
 * PDF bytes from what a builder returns: a pdfmake definition, or a `PaintedPdf` (a definition
 * with blank pages reserved for a long table, painted afterwards by `paintTable`). The same
 * function runs in the app's worker (pdfmake's browser build) and in Node tests (its Node
 * build): the engine is passed in, so this module imports neither.
 */
import { formatCount } from '../domain/format';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FRAME_FOOTER, pageNumberText, type FooterText } from './frame';
import {
  layoutPaintedTable,
  PAINTED_TABLE_STYLE,
  type FontWeight,
  type PaintedTableLayout,
  type PaintedTableSpec,
  type TextMeasure,
} from './painted-table';
import {
  writeTextRuns,
  type PdfKitTextDocument,
  type PdfKitTextFont,
  type TextRun,
} from './pdfkit-text';

/** A document whose long table is painted onto pages pdfmake leaves blank for it. */
export interface PaintedPdf {
  table: PaintedTableSpec;
  /** The pdfmake definition once the table's page count is known (its pages left blank). */
  definition: (tablePages: number) => TDocumentDefinitions;
  /** The font family of the table (one of the documents' registered families). */
  font: string;
  /** The page frame's footer, painted on the table's pages (pdfmake leaves them without). */
  footer: FooterText;
}

export type PdfContent = TDocumentDefinitions | PaintedPdf;

export function isPaintedPdf(content: PdfContent): content is PaintedPdf {
  return typeof (content as PaintedPdf).definition === 'function' && 'table' in content;
}

/** The part of a pdfkit font object used here (pdfkit's `EmbeddedFont`). */
export interface PdfKitFont extends PdfKitTextFont {
  /** pdfkit's per-word shaping cache (glyph ids and advances), when the font keeps one. */
  layoutCache?: Record<string, unknown>;
}

/** The part of pdfmake's pdfkit document used here (pdfkit's drawing API plus pdfmake's fonts). */
export interface PdfKitDocument extends PdfKitTextDocument {
  bufferedPageRange(): { start: number; count: number };
  switchToPage(index: number): unknown;
  /** pdfmake's: its font object for a registered family (parsed once per document). */
  provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
  fillColor(color: string): unknown;
  strokeColor(color: string): unknown;
  lineWidth(width: number): unknown;
  rect(x: number, y: number, w: number, h: number): unknown;
  fill(color?: string): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  stroke(): unknown;
  save(): unknown;
  restore(): unknown;
}

/** What this module needs of pdfmake (`createPdf` of its browser or Node build). */
export interface PdfEngine {
  createPdf(
    definition: TDocumentDefinitions,
    options?: { bufferPages?: boolean },
  ): { getStream(): Promise<unknown>; getBuffer(): Promise<ArrayBufferView> };
  setProgressCallback?(callback: ((progress: number) => void) | undefined): void;
}

const measureFonts = new WeakMap<PdfEngine, Map<string, Promise<Record<FontWeight, PdfKitFont>>>>();

/**
 * The table's fonts for measuring, before its document exists: taken once from a blank
 * pdfmake document (metrics only; the real document embeds its own copy).
 */
async function fontsFor(
  engine: PdfEngine,
  family: string,
): Promise<Record<FontWeight, PdfKitFont>> {
  let byFamily = measureFonts.get(engine);
  if (!byFamily)
    measureFonts.set(
      engine,
      (byFamily = new Map<string, Promise<Record<FontWeight, PdfKitFont>>>()),
    );
  let fonts = byFamily.get(family);
  if (!fonts) {
    fonts = (async () => {
      const doc = (await engine
        .createPdf({ content: [], defaultStyle: { font: family } })
        .getStream()) as PdfKitDocument;
      return {
        normal: doc.provideFont(family, false, false),
        bold: doc.provideFont(family, true, false),
      };
    })();
    fonts.catch(() => byFamily.delete(family));
    byFamily.set(family, fonts);
  }
  return fonts;
}

export function fontMeasure(fonts: Record<FontWeight, PdfKitFont>): TextMeasure {
  return {
    width: (text, weight, size) => fonts[weight].widthOfString(text, size),
    lineHeight: (weight, size) => fonts[weight].lineHeight(size),
  };
}

/**
 * Lays out a painted document's long table with the measuring fonts, before the document is
 * asked for: every word of it is shaped then (pdfkit keeps the shaping per font object, and
 * the measuring fonts live as long as the engine), so that the document itself, built later
 * from the same rows, only reads that cache. Nothing else is kept; other content: nothing.
 */
export async function measurePaintedTable(engine: PdfEngine, content: PdfContent): Promise<void> {
  if (!isPaintedPdf(content)) return;
  layoutPaintedTable(content.table, fontMeasure(await fontsFor(engine, content.font)));
}

const toBytes = (view: ArrayBufferView) =>
  new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();

/** Renders a definition or a painted document; `options.onProgress` gets 0 → 1. */
export async function renderPdf(
  engine: PdfEngine,
  content: PdfContent,
  options: PaintOptions = {},
): Promise<Uint8Array> {
  const { onProgress } = options;
  if (!isPaintedPdf(content)) {
    engine.setProgressCallback?.((p) => onProgress?.(p));
    try {
      return toBytes(await engine.createPdf(content).getBuffer());
    } finally {
      engine.setProgressCallback?.(undefined);
    }
  }
  const fonts = await fontsFor(engine, content.font);
  const layout = layoutPaintedTable(content.table, fontMeasure(fonts));
  engine.setProgressCallback?.((p) => onProgress?.(0.4 * p));
  try {
    const output = engine.createPdf(content.definition(layout.pages.length), { bufferPages: true });
    const doc = (await output.getStream()) as PdfKitDocument;
    reuseShaping(fonts, doc, content.font);
    paintTable(doc, layout, content.font, content.footer, {
      ...options,
      onProgress: (p) => onProgress?.(0.4 + 0.55 * p),
    });
    const bytes = toBytes(await output.getBuffer());
    onProgress?.(1);
    return bytes;
  } finally {
    engine.setProgressCallback?.(undefined);
  }
}

/**
 * Measuring the table shaped every word of it already (pdfkit caches each word's glyph ids
 * and advances per font object); the document's own copy of the same font file would shape
 * them all again while painting — most of the painting time. Glyph ids are the font file's,
 * so the document's font can read the measuring font's cache; each document still embeds its
 * own subset. Without such a cache (another pdfkit) nothing is shared and nothing changes.
 */
function reuseShaping(
  measuring: Record<FontWeight, PdfKitFont>,
  doc: PdfKitDocument,
  family: string,
): void {
  for (const [weight, bold] of [
    ['normal', false],
    ['bold', true],
  ] as const) {
    const target = doc.provideFont(family, bold, false);
    const source = measuring[weight];
    if (target.layoutCache && source.layoutCache && target !== source) {
      target.layoutCache = Object.assign(source.layoutCache, target.layoutCache);
    }
  }
}

/**
 * The pages reserved for the table: the document's pages in the table's orientation that
 * differ from the rest (the report's detail is its only landscape run). Anything else is a
 * builder error, reported rather than painted over the wrong pages.
 */
export function reservedPages(doc: PdfKitDocument, layout: PaintedTableLayout): number[] {
  const { start, count } = doc.bufferedPageRange();
  const wantLandscape = layout.page.width > layout.page.height;
  const found: number[] = [];
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    if (doc.page.width > doc.page.height === wantLandscape) found.push(i);
  }
  const contiguous = found.every((p, i) => i === 0 || p === found[i - 1]! + 1);
  if (found.length !== layout.pages.length || !contiguous) {
    throw new Error(
      `Mise en page du tableau : ${formatCount(layout.pages.length, 'page attendue', 'pages attendues')}, ${formatCount(found.length, 'page réservée trouvée', 'pages réservées trouvées')}.`,
    );
  }
  return found;
}

/** Options of `paintTable`; `batchText: false` draws every text with pdfkit's `text()` (tests). */
export interface PaintOptions {
  onProgress?: (fraction: number) => void;
  batchText?: boolean;
}

/** Draws the heading, the header on every page, the rows and their rules, and each page's footer. */
export function paintTable(
  doc: PdfKitDocument,
  layout: PaintedTableLayout,
  family: string,
  footer: FooterText,
  options: PaintOptions = {},
): void {
  const st = PAINTED_TABLE_STYLE;
  const batch = options.batchText ?? true;
  const fonts = {
    normal: doc.provideFont(family, false, false),
    bold: doc.provideFont(family, true, false),
  };
  const pages = reservedPages(doc, layout);
  const range = doc.bufferedPageRange();
  const width = layout.right - layout.left;
  const footerTop = layout.page.height - layout.spec.margins[3] + FRAME_FOOTER.ruleOffset;
  const footerLine = fonts.normal.lineHeight(FRAME_FOOTER.fontSize) * st.lineHeightFactor;

  const cellRuns = (cells: string[][], top: number, lineHeight: number, runs: TextRun[]) => {
    cells.forEach((lines, c) => {
      const x = layout.columns[c]!.x;
      lines.forEach((text, l) => runs.push({ text, x, top: top + st.paddingY + l * lineHeight }));
    });
    return runs;
  };
  const rules = (ys: number[], lineWidth: number, color: string) => {
    if (!ys.length) return;
    doc.lineWidth(lineWidth);
    doc.strokeColor(color);
    for (const y of ys) {
      doc.moveTo(layout.left, y);
      doc.lineTo(layout.right, y);
    }
    doc.stroke();
  };

  layout.pages.forEach((page, index) => {
    doc.switchToPage(pages[index]!);
    doc.save();
    doc.fillColor(st.headerFill);
    doc.rect(layout.left, page.headerY, width, layout.header.height);
    doc.fill(st.headerFill);

    doc.fillColor('#000000');
    const bold = cellRuns(layout.header.cells, page.headerY, layout.lineHeight.header, []);
    writeTextRuns(doc, fonts.bold, st.headerSize, bold, batch);
    if (page.headingY !== undefined) {
      writeTextRuns(
        doc,
        fonts.bold,
        st.headingSize,
        [{ text: layout.spec.heading, x: layout.left, top: page.headingY }],
        batch,
      );
    }
    const body: TextRun[] = [];
    for (const row of page.rows) cellRuns(row.cells, row.y, layout.lineHeight.body, body);
    writeTextRuns(doc, fonts.normal, st.bodySize, body, batch);

    const separators = page.rows.slice(1).map((r) => r.y);
    if (index < layout.pages.length - 1 && page.rows.length) separators.push(page.bottom);
    rules(separators, st.rowRuleWidth, st.rowRuleColor);
    rules([page.headerY + layout.header.height], st.headerRuleWidth, st.headerRuleColor);

    // The page frame's footer, as pdfmake draws it on the other pages (frame.ts).
    rules([footerTop], FRAME_FOOTER.ruleWidth, '#000000');
    const textTop = footerTop + FRAME_FOOTER.textGap;
    const number = pageNumberText(pages[index]! - range.start + 1, range.count);
    doc.fillColor(FRAME_FOOTER.color);
    writeTextRuns(
      doc,
      fonts.normal,
      FRAME_FOOTER.fontSize,
      [
        { text: footer.identity, x: layout.left, top: textTop },
        {
          text: number,
          x: layout.right - fonts.normal.widthOfString(number, FRAME_FOOTER.fontSize),
          top: textTop,
        },
        { text: footer.generated, x: layout.left, top: textTop + footerLine },
      ],
      batch,
    );
    doc.restore();
    options.onProgress?.((index + 1) / layout.pages.length);
  });
}
