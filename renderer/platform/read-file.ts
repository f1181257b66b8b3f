import { cleanGrid, csvGrid, type SheetGrid } from '../../shared/backup/roster-sheet';

export type SheetEncoding = 'utf-8' | 'windows-1252';

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252 (old Excel). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: SheetEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export class SheetReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetReadError';
  }
}

const MAX_ROWS = 20_000;

/**
 * Refused before anything is parsed: 20 000 agents fit in about 4 MB of CSV (less in .xlsx);
 * a 50 MB file is not a roster and would freeze the page while being parsed.
 */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;

const megabytes = (n: number) =>
  `${(n / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00A0Mo`;

/** Throws the French refusal when a file is over the cap (call with `File.size` before reading it). */
export function checkSheetSize(size: number): void {
  if (size > MAX_SHEET_BYTES) {
    throw new SheetReadError(
      `Ce fichier pèse ${megabytes(size)}, plus que les ${megabytes(MAX_SHEET_BYTES)} qu’une liste d’agents peut peser\u00A0: ce n’est sans doute pas la bonne liste. Enregistrez seulement la feuille des agents (en .xlsx ou CSV), puis réessayez.`,
    );
  }
}

/** The text of an exceljs cell value (dates as yyyy-mm-dd, formulas by their result, errors empty). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
  if (typeof value === 'object') {
    const v = value as {
      result?: unknown;
      text?: unknown;
      richText?: { text: string }[];
      error?: unknown;
      formula?: unknown;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.error !== undefined) return '';
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint'
    ? String(value)
    : '';
}

export interface ReadSheet extends SheetGrid {
  encoding?: SheetEncoding;
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSheet> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new SheetReadError(
      'Ce fichier Excel est illisible (abîmé, protégé par un mot de passe, ou au format .xls ancien : enregistrez-le en .xlsx ou en CSV).',
    );
  }
  // The first visible sheet with data (a hidden sheet often holds lists for drop-downs).
  const sheets = workbook.worksheets.filter((w) => w.actualRowCount > 0);
  const sheet = sheets.find((w) => w.state === 'visible' || w.state === undefined) ?? sheets[0];
  if (!sheet) throw new SheetReadError('Ce classeur Excel ne contient aucune ligne.');
  if (sheet.rowCount > MAX_ROWS + 50)
    throw new SheetReadError(`Ce fichier a plus de ${MAX_ROWS} lignes : découpez-le.`);
  const rows: string[][] = [];
  // Every line, blank ones included, so that line numbers are the sheet's. A merged cell gives
  // its value to each cell it covers (a « Service » merged down over its agents).
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  }
  const hidden: number[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) if (sheet.getColumn(c).hidden) hidden.push(c - 1);
  return { ...cleanGrid(rows, hidden), sheetName: sheet.name };
}

/** Reads a .csv or .xlsx file into a grid of text. Throws `SheetReadError` (French). */
export async function readSheet(name: string, bytes: Uint8Array): Promise<ReadSheet> {
  checkSheetSize(bytes.byteLength);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let sheet: ReadSheet;
  if (isZip || /\.xlsx$/i.test(name)) {
    sheet = await readXlsx(bytes);
  } else if (/\.xls$/i.test(name)) {
    throw new SheetReadError(
      'Le format .xls (Excel 97-2003) n’est pas lu : dans Excel, « Enregistrer sous » au format .xlsx ou CSV.',
    );
  } else {
    const { text, encoding } = decodeCsvBytes(bytes);
    sheet = { ...csvGrid(text), encoding };
  }
  if (!sheet.grid.some((r) => r.some((c) => c !== '')))
    throw new SheetReadError('Ce fichier est vide.');
  if (sheet.grid.length > MAX_ROWS)
    throw new SheetReadError(`Ce fichier a plus de ${MAX_ROWS} lignes : découpez-le.`);
  return sheet;
}
