import { describe, expect, it } from 'vitest';
import {
  A4,
  layoutColumns,
  layoutPaintedTable,
  PAINTED_TABLE_STYLE as ST,
  wrapText,
  type PaintedTableSpec,
  type TextMeasure,
} from '../../../shared/documents/painted-table';

/** Every character 5 pt wide (bold 6 pt) whatever the size; natural line height = size. */
const measure: TextMeasure = {
  width: (text, weight) => text.length * (weight === 'bold' ? 6 : 5),
  lineHeight: (_weight, size) => size,
};
const width5 = (s: string) => s.length * 5;

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Marie DUPONT', 100, ['Marie DUPONT']],
    ['wraps between words', 'Agent d’accueil social', 60, ['Agent', 'd’accueil', 'social']],
    ['keeps as many words as fit', 'aa bb cc dd', 25, ['aa bb', 'cc dd']],
    ['collapses runs of spaces', 'aa    bb', 100, ['aa bb']],
    ['cuts a word wider than the column', 'abcdefghij', 20, ['abcd', 'efgh', 'ij']],
    ['keeps explicit line breaks', 'Départ\nde l’agent', 100, ['Départ', 'de l’agent']],
    ['gives no line for an empty cell', '', 100, []],
    ['gives no line for blanks only', '   ', 100, []],
  ])('%s', (_label, text, max, expected) => {
    expect(wrapText(text, max, width5)).toEqual(expected);
  });

  it('never gives a line wider than the column unless a single character is', () => {
    const text = 'Conseillère en économie sociale et familiale, référente RSA pour le secteur nord';
    for (const max of [12, 30, 57, 80, 200]) {
      for (const line of wrapText(text, max, width5))
        expect(width5(line) <= max || line.length === 1).toBe(true);
      expect(wrapText(text, max, width5).join(' ').replace(/\s+/g, '')).toBe(
        text.replace(/\s+/g, ''),
      );
    }
  });
});

describe('layoutColumns', () => {
  it('gives the star column what fixed columns and paddings leave', () => {
    const cols = layoutColumns([100, '*', 50], 40, 400);
    expect(cols.map((c) => c.x)).toEqual([40, 40 + 100 + 16, 40 + 100 + 16 + 218 + 16]);
    expect(cols[1]!.width).toBe(400 - 150 - 32);
  });

  it('shares the rest between several star columns', () => {
    const cols = layoutColumns(['*', '*'], 0, 216);
    expect(cols.map((c) => c.width)).toEqual([100, 100]);
  });
});

const spec = (rows: string[][], over: Partial<PaintedTableSpec> = {}): PaintedTableSpec => ({
  heading: '4. Détail',
  header: ['Nom', 'Motif'],
  rows,
  widths: [100, '*'],
  orientation: 'landscape',
  margins: [40, 40, 40, 60],
  ...over,
});

describe('layoutPaintedTable', () => {
  const bodyLine = ST.bodySize * ST.lineHeightFactor;
  const oneLineRow = bodyLine + 2 * ST.paddingY;

  it('puts the heading and the header on the first page, then the rows below them', () => {
    const layout = layoutPaintedTable(spec([['A', 'x']]), measure);
    expect(layout.page).toEqual({ width: A4.height, height: A4.width });
    const [page] = layout.pages;
    expect(page!.headingY).toBe(40 + ST.headingGapBefore);
    const headingBlock =
      ST.headingGapBefore + ST.headingSize * ST.lineHeightFactor + ST.headingGapAfter;
    expect(page!.headerY).toBeCloseTo(40 + headingBlock);
    expect(page!.rows[0]!.y).toBeCloseTo(page!.headerY + layout.header.height);
    expect(page!.rows[0]!.height).toBeCloseTo(oneLineRow);
  });

  it('makes a row as tall as its longest cell', () => {
    const layout = layoutPaintedTable(
      spec([['A', 'aa bb cc dd ee ff gg']], { widths: [100, 40] }),
      measure,
    );
    const row = layout.pages[0]!.rows[0]!;
    expect(row.cells[1]!.length).toBeGreaterThan(1);
    expect(row.height).toBeCloseTo(row.cells[1]!.length * bodyLine + 2 * ST.paddingY);
  });

  it('starts a new page, header repeated and no heading, when the next row does not fit', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`Agent ${i}`, 'Maintenu']);
    const layout = layoutPaintedTable(spec(rows), measure);
    expect(layout.pages.length).toBeGreaterThan(3);
    const bottom = A4.width - 60;
    layout.pages.forEach((page, i) => {
      expect(page.headingY === undefined).toBe(i > 0);
      if (i > 0) expect(page.headerY).toBe(40);
      for (const row of page.rows) expect(row.y + row.height).toBeLessThanOrEqual(bottom + 1e-9);
      expect(page.rows[0]!.y).toBeCloseTo(page.headerY + layout.header.height);
    });
    // Every row once, in order.
    expect(layout.pages.flatMap((p) => p.rows.map((r) => r.cells[0]![0]))).toEqual(
      rows.map((r) => r[0]),
    );
    // A page is full: one more row would not have fitted.
    const first = layout.pages[0]!;
    expect(first.bottom + oneLineRow).toBeGreaterThan(bottom);
  });

  it('cuts a row taller than a whole page to what fits, ending with an ellipsis', () => {
    const long = Array.from({ length: 400 }, (_, i) => `mot${i}`).join(' ');
    const layout = layoutPaintedTable(
      spec(
        [
          ['A', 'court'],
          ['B', long],
          ['C', 'court'],
        ],
        { widths: [100, 40] },
      ),
      measure,
    );
    const rows = layout.pages.flatMap((p) => p.rows);
    expect(rows.map((r) => r.cells[0]![0])).toEqual(['A', 'B', 'C']);
    const tall = rows[1]!;
    expect(tall.cells[1]!.at(-1)).toMatch(/ …$/);
    const page = layout.pages.find((p) => p.rows.includes(tall))!;
    expect(tall.y + tall.height).toBeLessThanOrEqual(A4.width - 60 + 1e-9);
    expect(page.rows[0]).toBe(tall);
  });

  it('has one page, with its header, for a table without rows', () => {
    const layout = layoutPaintedTable(spec([]), measure);
    expect(layout.pages).toHaveLength(1);
    expect(layout.pages[0]!.rows).toEqual([]);
  });

  it('wraps header cells in bold', () => {
    const layout = layoutPaintedTable(
      spec([], { header: ['Nom', 'Appliqué dans le portail le'], widths: [100, 60] }),
      measure,
    );
    expect(layout.header.cells[1]).toEqual(['Appliqué', 'dans le', 'portail le']);
    expect(layout.header.height).toBeCloseTo(
      3 * ST.headerSize * ST.lineHeightFactor + 2 * ST.paddingY,
    );
  });

  it('refuses a width list that does not match the header', () => {
    expect(() => layoutPaintedTable(spec([], { widths: [100] }), measure)).toThrow(
      /one width per header cell/,
    );
  });
});
