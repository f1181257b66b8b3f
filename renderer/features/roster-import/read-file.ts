import { parseCsvText, type ParsedSheet } from '../../../shared/backup/roster-import';

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

function isoFromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The text of an exceljs cell value (dates as yyyy-mm-dd, formulas by their result). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoFromDate(value);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[]; hyperlink?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ParsedSheet> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch {
    throw new SheetReadError('Ce fichier Excel est illisible (abîmé, protégé par un mot de passe, ou au format .xls ancien : enregistrez-le en .xlsx ou en CSV).');
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw new SheetReadError('Ce classeur Excel ne contient aucune ligne.');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => cellText(v).trim()));
  });
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const [headers = [], ...data] = padded;
  return { headers, rows: data };
}

/** Reads a .csv or .xlsx file into headers and rows of text. Throws `SheetReadError` (French). */
export async function readSheet(name: string, bytes: Uint8Array): Promise<ParsedSheet & { encoding?: SheetEncoding }> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let sheet: ParsedSheet & { encoding?: SheetEncoding };
  if (isZip || /\.xlsx$/i.test(name)) {
    sheet = await readXlsx(bytes);
  } else if (/\.xls$/i.test(name)) {
    throw new SheetReadError('Le format .xls (Excel 97-2003) n’est pas lu : dans Excel, « Enregistrer sous » au format .xlsx ou CSV.');
  } else {
    const { text, encoding } = decodeCsvBytes(bytes);
    sheet = { ...parseCsvText(text), encoding };
  }
  if (!sheet.headers.length) throw new SheetReadError('Ce fichier est vide.');
  if (sheet.rows.length > MAX_ROWS) throw new SheetReadError(`Ce fichier a plus de ${MAX_ROWS} lignes : découpez-le.`);
  return sheet;
}
