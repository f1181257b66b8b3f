import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, toExcelCsv } from './csv';

describe('toExcelCsv', () => {
  it('writes a BOM, « ; » separators and CRLF, quoting what needs it', () => {
    const csv = toExcelCsv(
      ['NOM', 'Prénom', 'Motif'],
      [
        ['BENALI', 'Karim', 'Départ; mutation'],
        ['COFFI', 'Sandrine', 'Il a dit "oui"'],
      ],
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toContain('NOM;Prénom;Motif\r\n');
    expect(csv).toContain('BENALI;Karim;"Départ; mutation"\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' });
    expect(parsed.data[2]).toEqual(['COFFI', 'Sandrine', 'Il a dit "oui"']);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = toExcelCsv(['a'], [['=HYPERLINK("x")'], ['-2+3'], ['@SUM(A1)'], ['ok']]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain("'-2+3");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain('\r\nok\r\n');
  });

  it('writes empty cells for missing values', () => {
    expect(toExcelCsv(['a', 'b'], [[undefined, null]])).toBe(`${CSV_BOM}a;b\r\n;\r\n`);
  });
});
