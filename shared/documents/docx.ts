/**
 * Word (.docx) rendering of the block model, with the `docx` library: an editable file the
 * secretariat pastes into its own template. Same text as the PDF, same page frame in the
 * footer (partner, convention number, page x / y, generation date).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Run } from './blocks';
import { frameIdentity } from './frame';
import { generatedLine, type DocumentMeta } from './meta';
import { normalizeSpaces } from './text';

/** A font every Windows workstation has (the PDF embeds DejaVu; Word never embeds it). */
export const DOCX_FONT = 'Arial';
const FONT = DOCX_FONT;
export const DOCX_LANGUAGE = 'fr-FR';
const language = { value: DOCX_LANGUAGE };

const runs = (items: readonly Run[]) =>
  items.map(
    (r) =>
      new TextRun({
        text: normalizeSpaces(r.text),
        bold: r.bold,
        italics: r.italic,
        font: FONT,
        language,
      }),
  );

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [
            new TextRun({ text: normalizeSpaces(text), bold, font: FONT, size: 19, language }),
          ],
        }),
      ],
      borders: { top: border, bottom: border, left: border, right: border },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

/** One block as Word paragraphs; `keep` chains them with « keep with next ». */
function blockToDocx(b: Block, keepNext = false): (Paragraph | Table)[] {
  const keep = keepNext ? { keepNext: true, keepLines: true } : {};
  switch (b.type) {
    case 'title':
      // The document's one level-1 heading.
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          children: runs([{ text: b.text, bold: true }]),
          ...keep,
        }),
      ];
    case 'subtitle':
      return [
        new Paragraph({
          children: runs([{ text: b.text, italic: true }]),
          spacing: { after: 200 },
          ...keep,
        }),
      ];
    case 'heading':
      // A heading is never left alone at the bottom of a page.
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: runs([{ text: b.text, bold: true }]),
          keepNext: true,
          keepLines: true,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(b.runs),
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          keepLines: true,
          ...keep,
        }),
      ];
    case 'bullets':
      return b.items.map(
        (item) => new Paragraph({ children: runs(item), bullet: { level: 0 }, ...keep }),
      );
    case 'table':
      return [table(b.header, b.rows), new Paragraph({ children: [], ...keep })];
    case 'keep':
      return b.blocks.flatMap((inner, i) =>
        blockToDocx(inner, keepNext || i < b.blocks.length - 1),
      );
  }
}

export function blocksToDocx(
  meta: DocumentMeta,
  blocks: readonly Block[],
  title: string,
): Document {
  const children = blocks.flatMap((b) => blockToDocx(b));
  const footerText = (text: string) =>
    new TextRun({ text: normalizeSpaces(text), font: FONT, size: 16, language });
  const heading = (size: number) => ({
    run: { font: FONT, size, bold: true, color: '000000', language },
    paragraph: { spacing: { before: 240, after: 120 } },
  });
  return new Document({
    title,
    creator: meta.generatedBy ?? 'Convention MCP',
    lastModifiedBy: meta.generatedBy ?? 'Convention MCP',
    description: `${title} — produit par Convention MCP`,
    subject: title,
    // Styles name only fonts Windows has; the language makes Word check French spelling.
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, language } },
        heading1: heading(32),
        heading2: heading(24),
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  footerText(`${frameIdentity(meta)} — Page `),
                  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 16 }),
                  footerText(' / '),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 16 }),
                ],
              }),
              new Paragraph({ children: [footerText(generatedLine(meta))] }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
