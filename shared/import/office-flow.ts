/**
 * The text of a word-processing document laid out the way the importer reads a pasted text:
 * one line per paragraph (a manual line break starts a new line), a table row as one line with
 * its cells joined by tabs, a blank line before and after each table. A cell's paragraphs,
 * breaks and tabs become spaces (a tab there would start a new cell), and a table nested in a
 * cell gives its text to that cell. Both readers (docx-text, odt-text) drive this builder, so
 * a .docx and an .odt of the same document give the same text.
 */

/**
 * Repeated or spanned cells stop adding columns past this (an .odt may repeat an empty cell a
 * thousand times); the cells a file writes one by one are always kept.
 */
export const MAX_ROW_CELLS = 64;
/** A row repeated more than this (an .odt's number-rows-repeated) is cut. */
export const MAX_ROW_REPEAT = 64;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Marks a paragraph's end inside a cell (a character no document text holds). */
const PARAGRAPH = '\u2029';

/**
 * « La Caf ⇥ Caisse …¶2 place …¶Représentée par : M. X¶Qualité : Directeur », « La Caisse …
 * ⇥ Organisme visé …¶1 rue …¶Représentée par M. X, Directeur¶ci-après « la Caf » »: a row of a
 * party's label or name and a cell of its paragraphs (one of them a « Label : value » field,
 * its representative or its « ci-après »).
 * Its lines: the label, then each paragraph, as the same form typed would read; undefined for
 * any other row.
 */
export function formRow(
  cells: readonly string[],
  paragraphs: readonly string[][],
): string[] | undefined {
  if (cells.length !== 2) return undefined;
  const [head, body] = [paragraphs[0] ?? [], paragraphs[1] ?? []];
  if (head.length !== 1 || head[0]!.length > 80 || /\d|@/.test(head[0]!)) return undefined;
  // (a field « Qualité : … », or the party's « Représentée par … » / « ci-après … »)
  const partyLine = (p: string) =>
    /^[^:\d@]{2,40}?\s?:\s*\S/.test(p) ||
    /^(?:repr[ée]sent[ée]e?s?\s+par|ci-?\s?apr[èe]s)\b/i.test(p);
  if (body.length < 3 || !body.some(partyLine)) return undefined;
  return [head[0]!, ...body];
}

export class OfficeTextFlow {
  private readonly lines: string[] = [];
  private paragraph = '';
  /** Open tables: 1 is a table in the body, 2 and more are nested in a cell. */
  private depth = 0;
  private row: string[] | undefined;
  /** The paragraphs of each cell of the current row (see `formRow`). */
  private rowParagraphs: string[][] = [];
  private cell: string | undefined;
  /** A separator is due before the next text of the current cell. */
  private cellGap = false;

  private get inCell() {
    return this.depth > 0 && this.cell !== undefined;
  }

  /** Text of the current paragraph or cell. */
  text(s: string): void {
    if (!s) return;
    if (this.inCell) {
      const piece = s.replace(/[\t\r\n]/g, ' ');
      if (this.cellGap && this.cell && !/\s$/.test(this.cell) && !/^\s/.test(piece))
        this.cell += ' ';
      this.cellGap = false;
      this.cell += piece;
    } else if (this.depth === 0) this.paragraph += s.replace(/\r/g, '');
    // text in a table but outside any cell (malformed) is dropped
  }

  /** A tab character of a run: a tab in a paragraph, a space in a cell. */
  tab(): void {
    if (this.inCell) this.gap();
    else this.text('\t');
  }

  /** A manual line break: a new line in a paragraph, a space in a cell. */
  lineBreak(): void {
    if (this.inCell) this.paragraphGap();
    else this.text('\n');
  }

  /** The end of a paragraph: one line (even an empty one), or a space inside a cell. */
  endParagraph(): void {
    if (this.depth > 0) {
      this.paragraphGap();
      return;
    }
    for (const line of this.paragraph.split('\n')) this.lines.push(line.trimEnd());
    this.paragraph = '';
  }

  startTable(): void {
    if (this.depth === 0) {
      if (this.paragraph) this.endParagraph();
      this.blank();
    } else this.gap();
    this.depth++;
  }

  startRow(): void {
    if (this.depth === 1) {
      this.row = [];
      this.rowParagraphs = [];
      this.cell = undefined;
    } else this.gap();
  }

  startCell(): void {
    if (this.depth === 1) {
      this.cell = '';
      this.cellGap = false;
    } else this.gap();
  }

  /**
   * The end of a cell. `span`: the columns it covers (a merged cell gives empty cells after its
   * text, so the columns stay aligned with the other rows); `repeat`: the same cell written once
   * for several columns (an .odt's number-columns-repeated).
   */
  endCell(span = 1, repeat = 1): void {
    if (this.depth !== 1) {
      this.gap();
      return;
    }
    const row = (this.row ??= []);
    const raw = this.cell ?? '';
    const text = oneLine(raw.replaceAll(PARAGRAPH, ' '));
    this.rowParagraphs[row.length] = raw.split(PARAGRAPH).map(oneLine).filter(Boolean);
    this.cell = undefined;
    // the cell itself is always kept; its copies and the columns it spans stop at the cap
    for (let r = 0; r < Math.max(1, repeat) && (r === 0 || row.length < MAX_ROW_CELLS); r++) {
      row.push(text);
      for (let s = 1; s < span && row.length < MAX_ROW_CELLS; s++) row.push('');
    }
  }

  /** The end of a row: its cells tab-joined on one line; an empty row gives no line. */
  endRow(repeat = 1): void {
    if (this.depth !== 1) {
      this.gap();
      return;
    }
    if (this.cell !== undefined) this.endCell();
    const cells = this.row ?? [];
    this.row = undefined;
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    if (!cells.length) return;
    const form = formRow(cells, this.rowParagraphs);
    if (form) {
      this.blank();
      this.lines.push(...form);
      this.blank();
      return;
    }
    const line = cells.join('\t');
    for (let r = 0; r < Math.min(Math.max(1, repeat), MAX_ROW_REPEAT); r++) this.lines.push(line);
  }

  endTable(): void {
    if (this.depth === 0) return;
    if (this.depth === 1) {
      if (this.row) this.endRow();
      this.depth = 0;
      this.blank();
    } else {
      this.depth--;
      this.gap();
    }
  }

  /** The text built so far (an open paragraph or table is closed first). */
  result(): string {
    while (this.depth > 0) this.endTable();
    if (this.paragraph) this.endParagraph();
    return this.lines.join('\n');
  }

  private gap(): void {
    if (this.inCell) this.cellGap = true;
  }

  /** A paragraph's end or a line break inside a cell: kept apart for `formRow`. */
  private paragraphGap(): void {
    if (this.inCell && this.depth === 1) {
      if (this.cell && !this.cell.endsWith(PARAGRAPH)) this.cell += PARAGRAPH;
      this.cellGap = false;
    } else this.gap();
  }

  private blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
}
