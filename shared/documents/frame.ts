/**
 * The page frame shared by every PDF: A4, black and white, DejaVu embedded, and on every page
 * a footer with the partner's name, « Convention n° … », « Page x / y » and « Généré le … ».
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT } from './fonts';
import { generatedLine, type DocumentMeta } from './meta';
import { normalizeDocumentText, normalizeSpaces, valueOrBlank } from './text';

export interface FrameOptions {
  title: string;
  subject?: string;
  orientation?: 'portrait' | 'landscape';
  /** Left, top, right, bottom, in points. */
  margins?: [number, number, number, number];
  /**
   * Pages in this orientation belong to a painted table (`pdf-render.ts`), which paints their
   * footer with its rows: pdfmake leaves them without one.
   */
  paintedOrientation?: 'portrait' | 'landscape';
}

/** The text of a page's footer. */
export interface FooterText {
  identity: string;
  generated: string;
}

export function frameFooterText(meta: DocumentMeta): FooterText {
  return {
    identity: normalizeSpaces(frameIdentity(meta)),
    generated: generatedLine(meta),
  };
}

/** « Page 3 / 12 » */
export function pageNumberText(page: number, count: number): string {
  return `Page ${page} / ${count}`;
}

/** The footer's geometry, shared by pdfmake's footer and the painted tables' pages. */
export const FRAME_FOOTER = {
  /** From the top of the bottom margin to the rule. */
  ruleOffset: 16,
  ruleWidth: 0.5,
  /** From the rule to the first line of text. */
  textGap: 4,
  fontSize: 8,
  color: '#333333',
} as const;

export const BASE_STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 10, italics: true, margin: [0, 0, 0, 12] },
  heading: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 5] },
  label: { fontSize: 10 },
  value: { fontSize: 10, bold: true },
  small: { fontSize: 8.5 },
  note: { fontSize: 9, italics: true },
  tableHeader: { bold: true, fontSize: 9.5, fillColor: '#e6e6e6' },
  frame: { fontSize: FRAME_FOOTER.fontSize, color: FRAME_FOOTER.color },
};

/** « CCAS de Lieusaint — Convention n° 2023-267 701 647 » */
export function frameIdentity(meta: DocumentMeta): string {
  return `${valueOrBlank(meta.partnerName)} — Convention n° ${valueOrBlank(meta.conventionNumber)}`;
}

/** Wraps a document's content in the common frame. The result is ready for pdfmake. */
export function withPageFrame(
  meta: DocumentMeta,
  content: Content,
  options: FrameOptions,
): TDocumentDefinitions {
  const margins = options.margins ?? [56, 48, 56, 64];
  const { identity, generated } = frameFooterText(meta);
  const pageWidth = options.orientation === 'landscape' ? 841.89 : 595.28;
  const ruleWidth = pageWidth - margins[0] - margins[2];
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: options.orientation ?? 'portrait',
    pageMargins: margins,
    info: {
      title: options.title,
      ...(options.subject ? { subject: options.subject } : {}),
      ...(meta.generatedBy ? { author: meta.generatedBy } : {}),
      creator: 'Convention MCP',
      producer: 'Convention MCP',
      // Fixed to the original generation: a regenerated PDF has the same bytes.
      creationDate: new Date(meta.generatedAt),
    },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 10, lineHeight: 1.2, color: '#000000' },
    styles: BASE_STYLES,
    // The page size comes with each page: a landscape section gets a rule as wide as it.
    footer: (
      currentPage: number,
      pageCount: number,
      pageSize?: { width: number; orientation?: string },
    ) =>
      options.paintedOrientation && pageSize?.orientation === options.paintedOrientation
        ? null
        : {
            margin: [margins[0], FRAME_FOOTER.ruleOffset, margins[2], 0],
            stack: [
              {
                canvas: [
                  {
                    type: 'line',
                    x1: 0,
                    y1: 0,
                    x2: pageSize ? pageSize.width - margins[0] - margins[2] : ruleWidth,
                    y2: 0,
                    lineWidth: FRAME_FOOTER.ruleWidth,
                  },
                ],
              },
              {
                columns: [
                  { text: identity, style: 'frame', width: '*' },
                  {
                    text: pageNumberText(currentPage, pageCount),
                    style: 'frame',
                    width: 'auto',
                    alignment: 'right',
                  },
                ],
                margin: [0, FRAME_FOOTER.textGap, 0, 0],
              },
              { text: generated, style: 'frame' },
            ],
          },
    content,
  };
  return normalizeDocumentText(definition);
}
