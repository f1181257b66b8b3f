/**
 * A tiny document model (titles, paragraphs, lists, tables) rendered both to pdfmake and to
 * Word (.docx), so that the PDF and the editable file say exactly the same thing.
 */
import type { Content } from 'pdfmake/interfaces';
import { normalizeSpaces } from './text';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'bullets'; items: Run[][] }
  | { type: 'table'; header: string[]; rows: string[][]; widths: number[] }
  /** Blocks kept together on one page (a heading with what it introduces, an operative part). */
  | { type: 'keep'; blocks: Block[] };

export const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

const pdfRuns = (runs: readonly Run[]) =>
  runs.map((r) => ({
    text: normalizeSpaces(r.text),
    bold: r.bold ?? false,
    italics: r.italic ?? false,
  }));

/** pdfmake content of the blocks. */
export function blocksToPdf(blocks: readonly Block[]): Content[] {
  return blocks.map((b): Content => {
    switch (b.type) {
      case 'title':
        return { text: b.text, style: 'title' };
      case 'subtitle':
        return { text: b.text, style: 'subtitle' };
      case 'heading':
        return { text: b.text, style: 'heading' };
      case 'paragraph':
        // A paragraph never breaks across pages (the page frame would cut a sentence).
        return {
          unbreakable: true,
          stack: [{ text: pdfRuns(b.runs), margin: [0, 0, 0, 6], alignment: 'justify' }],
        };
      case 'keep':
        return { unbreakable: true, stack: blocksToPdf(b.blocks) };
      case 'bullets':
        return { ul: b.items.map((item) => ({ text: pdfRuns(item) })), margin: [0, 0, 0, 6] };
      case 'table':
        return {
          margin: [0, 2, 0, 8],
          table: {
            headerRows: 1,
            widths: b.widths.map((w) => (w === 0 ? '*' : w)),
            body: [
              b.header.map((h) => ({ text: h, style: 'tableHeader' })),
              ...b.rows.map((r) => r.map((c) => ({ text: normalizeSpaces(c), fontSize: 9.5 }))),
            ],
          },
          layout: {
            hLineWidth: () => 0.5,
            vLineWidth: () => 0.5,
            paddingTop: () => 3,
            paddingBottom: () => 3,
          },
        };
    }
  });
}
