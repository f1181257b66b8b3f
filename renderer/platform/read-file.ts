import type { Worksheet } from 'exceljs';
import { normaliseHeader } from '../../shared/backup/roster-fields';
import { guessMapping, profileColumns } from '../../shared/backup/roster-mapping';
import { foldText } from '../../shared/domain/text';
import {
  appendAgentSheets,
  cleanGrid,
  csvGrid,
  detectHeaderRow,
  type SheetGrid,
} from '../../shared/backup/roster-sheet';

export type SheetEncoding = 'utf-8' | 'windows-1252';

/** Windows-1252's bytes 0x80–0x9F (’ œ – € …), which a Latin-1 decoder reads as controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252 (old Excel). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: SheetEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Decoded byte by byte: some runtimes' « windows-1252 » decoder is plain Latin-1.
    let text = '';
    for (const b of bytes)
      text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    return { text, encoding: 'windows-1252' };
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
    // A mail link shown as « Envoyer un mail »: the address it points to.
    const link = (value as { hyperlink?: unknown }).hyperlink;
    if (typeof link === 'string' && /^mailto:[^@\s]+@/i.test(link) && !/@/.test(cellText(v.text)))
      return link.replace(/^mailto:/i, '').replace(/\?.*$/, '');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint'
    ? String(value)
    : '';
}

/** A cell struck through: its font, or every run of its rich text. */
export function isStruck(font: { strike?: boolean } | undefined, value: unknown): boolean {
  if (font?.strike) return true;
  const runs = (value as { richText?: { text: string; font?: { strike?: boolean } }[] } | null)
    ?.richText;
  return (
    Array.isArray(runs) &&
    runs.some((r) => r.text.trim()) &&
    runs.every((r) => !r.text.trim() || r.font?.strike === true)
  );
}

/**
 * A cell filled grey: a solid fill whose red, green and blue are alike, neither near white nor
 * near black, or the theme's white background darkened / black text lightened (Excel's
 * « Blanc, Arrière-plan 1, plus sombre 15 % »).
 */
export function isGreyFill(fill: unknown): boolean {
  const f = fill as
    | {
        type?: string;
        pattern?: string;
        fgColor?: { argb?: string; theme?: number; tint?: number };
      }
    | undefined;
  if (f?.type !== 'pattern' || f.pattern !== 'solid' || !f.fgColor) return false;
  const { argb, theme, tint } = f.fgColor;
  if (typeof argb === 'string' && /^[0-9a-f]{8}$/i.test(argb)) {
    const [r, g, b] = [2, 4, 6].map((i) => parseInt(argb.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    const mean = (r + g + b) / 3;
    return Math.max(r, g, b) - Math.min(r, g, b) <= 16 && mean >= 0x60 && mean <= 0xe8;
  }
  if (typeof tint !== 'number') return false;
  return (theme === 0 && tint <= -0.05) || (theme === 1 && tint >= 0.25);
}

export interface ReadSheet extends SheetGrid {
  encoding?: SheetEncoding;
}

async function readXlsx(bytes: Uint8Array, agentSheets: boolean): Promise<ReadSheet> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new SheetReadError(
      'Ce fichier Excel est illisible (abîmé, protégé par un mot de passe, ou au format .xls ancien : enregistrez-le en .xlsx ou en CSV).',
    );
  }
  // The visible sheet that looks most like a list of agents (its best header line names the
  // most roster fields), the first one on a tie: a « Légende », « Quotas » or « Contacts Caf »
  // sheet is passed over even when it comes first. A hidden sheet (lists for drop-downs) only
  // when nothing else has data.
  const sheets = workbook.worksheets.filter((w) => w.actualRowCount > 0);
  const visible = sheets.filter((w) => w.state === 'visible' || w.state === undefined);
  const candidates = visible.length ? visible : sheets.slice(0, 1);
  if (!candidates.length) throw new SheetReadError('Ce classeur Excel ne contient aucune ligne.');
  const reads: ReadSheet[] = [];
  let best = 0;
  for (const sheet of candidates) {
    if (sheet.rowCount > MAX_ROWS + 50)
      throw new SheetReadError(`Ce fichier a plus de ${MAX_ROWS} lignes : découpez-le.`);
    reads.push(readWorksheet(sheet));
    if (agentListScore(reads[reads.length - 1]!) > agentListScore(reads[best]!))
      best = reads.length - 1;
  }
  // A list kept on several sheets (« En poste », « Départs »): every sheet whose header is of
  // the same kind, in the workbook's order.
  const list = reads.filter(
    (r, i) => i === best || (agentSheets && sameAgentList(reads[best]!, r)),
  );
  if (list.length === 1) return reads[best]!;
  const [first, ...others] = list;
  return appendAgentSheets(
    first!,
    detectHeaderRow(first!.grid),
    others.map((sheet) => ({ sheet, headerRow: detectHeaderRow(sheet.grid) })),
  );
}

/** Portal fields: a contacts sheet has names and e-mails too, seldom these. */
const PORTAL_FIELDS = ['profileCode', 'grantedOn', 'portalRole', 'portalLogin'] as const;

/** A sheet that keeps past changes (« Historique », « Journal »): its names are in sentences. */
const HISTORY = /\b(historiques?|journal|versions?|modifications?|suivi des modifications)\b/;

/**
 * Another sheet of the same list of agents (« Départs » beside « En poste »): its header names
 * a person (a last name or one name column) and a portal field (profile, grant date, role,
 * login, or a profile grid), half of the fields it names are named by the main sheet's header
 * too, and it is no history (by its name or a « Modification » column). A cover page, a sheet
 * of code lists or of Caf contacts does not qualify.
 */
export function sameAgentList(main: SheetGrid, other: SheetGrid): boolean {
  if (!other.grid.length || HISTORY.test(foldText(other.sheetName ?? ''))) return false;
  const theirHeader = other.grid[detectHeaderRow(other.grid)] ?? [];
  if (theirHeader.some((h) => HISTORY.test(normaliseHeader(h)))) return false;
  const theirs = guessMapping(theirHeader);
  const ours = guessMapping(main.grid[detectHeaderRow(main.grid)] ?? []);
  if (theirs.lastName === undefined && theirs.fullName === undefined) return false;
  const portal =
    PORTAL_FIELDS.some((f) => theirs[f] !== undefined) ||
    profileColumns(theirHeader, theirs).length > 0;
  if (!portal) return false;
  const fields = Object.keys(theirs) as (keyof typeof theirs)[];
  const shared = fields.filter((f) => ours[f] !== undefined).length;
  return shared * 2 >= fields.length && shared >= 2;
}

/**
 * How much a sheet looks like the list of agents: the fields its header line names, the
 * portal's (profile, grant date, role, login) counting double — a contacts sheet has names and
 * e-mails too, seldom profiles.
 */
export function agentListScore(sheet: SheetGrid): number {
  if (!sheet.grid.length) return 0;
  const mapping = guessMapping(sheet.grid[detectHeaderRow(sheet.grid)] ?? []);
  const portal = ['profileCode', 'grantedOn', 'portalRole', 'portalLogin'] as const;
  return Object.keys(mapping).length + portal.filter((f) => mapping[f] !== undefined).length;
}

function readWorksheet(sheet: Worksheet): ReadSheet {
  const rows: string[][] = [];
  const struckRows: number[] = [];
  const hiddenRows: number[] = [];
  const greyRows: number[] = [];
  // Every line, blank ones included, so that line numbers are the sheet's. A merged cell gives
  // its value to each cell it covers (a « Service » merged down over its agents).
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    let filled = 0;
    let struck = 0;
    let grey = 0;
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      const text = cellText(cell.value).trim();
      cells.push(text);
      if (!text) continue;
      filled += 1;
      if (isStruck(cell.font, cell.value)) struck += 1;
      if (isGreyFill(cell.fill)) grey += 1;
    }
    // A line struck through (most of its filled cells): how many offices mark a departure.
    if (filled > 0 && struck * 2 > filled) struckRows.push(r - 1);
    if (filled > 0 && row.hidden) hiddenRows.push(r - 1);
    // A line filled grey (most of its filled cells): some offices mark a departure so.
    if (filled > 0 && grey * 2 > filled) greyRows.push(r - 1);
    rows.push(cells);
  }
  const hidden: number[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) if (sheet.getColumn(c).hidden) hidden.push(c - 1);
  return {
    ...cleanGrid(rows, hidden),
    ...(struckRows.length ? { struckRows } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(greyRows.length ? { greyRows } : {}),
    sheetName: sheet.name,
  };
}

/**
 * Reads a .csv or .xlsx file into a grid of text. Throws `SheetReadError` (French). With
 * `agentSheets` (the roster import), a list of agents kept on several sheets is read whole
 * (see `sameAgentList`); else only the sheet that looks most like it.
 */
export async function readSheet(
  name: string,
  bytes: Uint8Array,
  options: { agentSheets?: boolean } = {},
): Promise<ReadSheet> {
  checkSheetSize(bytes.byteLength);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let sheet: ReadSheet;
  // A LibreOffice sheet (.ods): a zip too, whose first entry names its OpenDocument type.
  const openDocument =
    isZip && new TextDecoder('latin1').decode(bytes.subarray(30, 90)).includes('opendocument');
  if (openDocument || /\.ods$/i.test(name)) {
    throw new SheetReadError(
      'Le format .ods (LibreOffice) n’est pas lu : dans LibreOffice, « Enregistrer sous » au format Excel 2007-365 (.xlsx) ou CSV.',
    );
  }
  if (isZip || /\.xlsx$/i.test(name)) {
    sheet = await readXlsx(bytes, !!options.agentSheets);
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
