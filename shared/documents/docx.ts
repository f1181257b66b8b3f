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

const FONT = 'DejaVu Sans';

const runs = (items: readonly Run[]) =>
  items.map((r) => new TextRun({ text: normalizeSpaces(r.text), bold: r.bold, italics: r.italic, font: FONT }));

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text: normalizeSpaces(text), bold, font: FONT, size: 19 })] })],
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

export function blocksToDocx(meta: DocumentMeta, blocks: readonly Block[], title: string): Document {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'title':
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs([{ text: b.text, bold: true }]) }));
        break;
      case 'subtitle':
        children.push(new Paragraph({ children: runs([{ text: b.text, italic: true }]), spacing: { after: 200 } }));
        break;
      case 'heading':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs([{ text: b.text, bold: true }]) }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: runs(b.runs), alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } }));
        break;
      case 'bullets':
        for (const item of b.items) children.push(new Paragraph({ children: runs(item), bullet: { level: 0 } }));
        break;
      case 'table':
        children.push(table(b.header, b.rows));
        children.push(new Paragraph({ children: [] }));
        break;
    }
  }
  const footerText = (text: string) => new TextRun({ text: normalizeSpaces(text), font: FONT, size: 16 });
  return new Document({
    title,
    creator: meta.generatedBy ?? 'Convention MCP',
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
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
