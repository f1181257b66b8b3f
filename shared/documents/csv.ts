import Papa from 'papaparse';

/** Excel (French locale) opens a UTF-8 CSV right only with a BOM and « ; » separators. */
export const CSV_BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by spreadsheet software: prefix it
// so that imported data can never execute (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function safeCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : (JSON.stringify(value) ?? '');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV file for Excel in French: BOM, « ; », CRLF, every cell quoted when needed. */
export function toExcelCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const body = Papa.unparse(
    {
      fields: header.map(safeCell),
      data: rows.map((r) => r.map(safeCell)),
    },
    { delimiter: ';', newline: '\r\n', quotes: false },
  );
  return `${CSV_BOM}${body}\r\n`;
}
