/**
 * Missions written as a table: which cell of a row is the mission. A table may number its
 * rows in a first column (« N° », « Réf. »: « 1 », « M2 », « a ») and give the legal basis of
 * each mission in a column of its own (« Fondement », « Base légale »: « Art. L.264-1 CASF »,
 * « L.131-1 », « Règlement intérieur du FSL »): neither is part of the mission. The header row
 * says which column is which when there is one; otherwise the cells are told by their shape,
 * and a cell is dropped only when it is clearly a reference or a legal basis and another cell
 * is left.
 */
import { COLUMN_TITLE, rowCells } from './missions-items';

export type ColumnRole = 'ref' | 'legal' | 'mission' | 'other';

const REF_TITLE =
  /^(?:n\s?[°º]|no\.?|num[ée]ro|num\.|r[ée]f\.?|r[ée]f[ée]rence|rang|code|#|item|ordre)$/iu;
const LEGAL_TITLE =
  /^(?:fondements?(?:\s+(?:juridiques?|l[ée]gale?s?|r[ée]glementaires?))?|bases?\s+(?:l[ée]gale|juridique|r[ée]glementaire)s?|cadres?\s+(?:l[ée]gal|juridique|r[ée]glementaire)s?|textes?(?:\s+de\s+r[ée]f[ée]rence|\s+applicables?)?|r[ée]f[ée]rences?\s+(?:l[ée]gales?|juridiques?|r[ée]glementaires?|des\s+textes)|r[ée]f\.?\s+(?:l[ée]gales?|juridiques?|r[ée]glementaires?))$/iu;
const MISSION_TITLE =
  /^(?:missions?|intitul[ée]s?(?:\s+de\s+la\s+mission)?|libell[ée]s?(?:\s+de\s+la\s+mission)?|d[ée]signations?(?:\s+de\s+la\s+mission)?|missions?\s+(?:exerc[ée]es?|concern[ée]es?|vis[ée]es?|du\s+partenaire))$/iu;

/** The role of each column of a header row (« Réf. ⇥ Mission ⇥ Fondement »). */
export function columnRoles(header: readonly string[]): ColumnRole[] {
  return header.map((c) => {
    const t = c.trim().replace(/['’]/g, "'").replace(/\s+/g, ' ');
    if (REF_TITLE.test(t)) return 'ref';
    if (LEGAL_TITLE.test(t)) return 'legal';
    if (MISSION_TITLE.test(t)) return 'mission';
    return 'other';
  });
}

/** A cell that numbers a row: « 1 », « 3. », « M2 », « A », « b) », « II », « 1.2 ». */
export function isRefCell(cell: string): boolean {
  const t = cell.trim();
  return (
    /^(?:[A-Z]{1,3}\s?[-.]?\s?)?\d{1,3}(?:\.\d{1,2})?[a-z]?\s*[.)°º]?$/.test(t) ||
    /^\(?[a-zA-Z][.)]?$/.test(t) ||
    /^[IVX]{1,5}[.)]?$/.test(t)
  );
}

/**
 * A cell that gives a mission's legal basis: « Art. L.264-1 CASF », « L. 131-1 », « Code de
 * l'action sociale », « Loi n° 2007-290 », « Règlement intérieur du FSL », « Décret … ».
 */
export function isLegalCell(cell: string): boolean {
  const t = cell.trim();
  if (!t || t.length > 120) return false;
  return (
    /^(?:art(?:icle)?s?\b\.?|[LRD]\s?\.?\s?\d{3}|code\b|loi\b|d[ée]crets?\b|arr[êe]t[ée]s?\b|r[èe]glements?\b|circulaires?\b|ordonnances?\b|d[ée]lib[ée]rations?\b)/iu.test(
      t,
    ) || /^(?:CASF|CSS|CCH|CGCT|CSP)\b/.test(t)
  );
}

/**
 * The mission a table row holds, its reference and legal-basis cells left out; undefined when
 * the row holds nothing else. With the header's roles and as many cells as the header, the
 * columns say it; otherwise the cells' shapes do.
 */
export function missionOfRow(cells: readonly string[], roles?: readonly ColumnRole[]): string {
  if (roles && roles.length === cells.length) {
    const mission = roles.indexOf('mission');
    if (mission >= 0) return cells[mission]!;
    const kept = cells.filter((_, k) => roles[k] !== 'ref' && roles[k] !== 'legal');
    if (kept.length) return kept.join(' | ');
  }
  let kept = [...cells];
  // a number in the first cell, as long as a cell with words follows
  if (kept.length >= 2 && isRefCell(kept[0]!) && /\p{L}{3}/u.test(kept.slice(1).join(' ')))
    kept = kept.slice(1);
  // legal bases from the end, while a cell that is none is left
  while (kept.length >= 2 && isLegalCell(kept[kept.length - 1]!) && !isLegalCell(kept[0]!))
    kept = kept.slice(0, -1);
  return kept.join(' | ');
}

/**
 * Whether a row's wrapped tail can only belong to its mission: the row has all its cells, and
 * every other cell is the row's number (a legal basis or another column could be what wrapped).
 */
export function onlyMissionWraps(cells: readonly string[], roles?: readonly ColumnRole[]): boolean {
  if (roles) {
    return (
      roles.length === cells.length &&
      roles.every((r) => r === 'ref' || r === 'mission') &&
      roles.filter((r) => r === 'mission').length === 1
    );
  }
  return cells.length === 2 && isRefCell(cells[0]!);
}

/** Column titles one after the other, apart by spaces (a header an OCR or a PDF joined). */
const SPACED_TITLES = new RegExp(
  `^(?:${COLUMN_TITLE.source.slice(1, -1)})(?:\\s+(?:${COLUMN_TITLE.source.slice(1, -1)}))+$`,
  'iu',
);

/**
 * A row of column titles only (« Réf. ⇥ Mission ⇥ Fondement », or « Réf. Mission Fondement »
 * with spaces): a header, whatever row comes next (a PDF may give the next row's number on a
 * line of its own).
 */
export function isTitleRow(text: string): boolean {
  const cells = rowCells(text);
  if (!cells) {
    const t = text.trim().replace(/['’]/g, "'");
    return t.length <= 80 && SPACED_TITLES.test(t) && /\bmissions?\b/i.test(t);
  }
  return (
    cells.every((c) => COLUMN_TITLE.test(c.replace(/['’]/g, "'"))) &&
    columnRoles(cells).some((r) => r !== 'other')
  );
}

/**
 * A legal basis an OCR or a PDF joined to the end of its mission (« Domiciliation des personnes
 * sans domicile stable Art. L.264-1 CASF », « Aide sociale légale L. 131-1 CASF »): the mission
 * without it. Only an article reference standing apart (not in brackets) is cut.
 */
export function withoutLegalTail(text: string): string {
  const m =
    /^(.{8,}?\p{L}[\p{L}.)]*)\s+(?:[Aa]rt(?:icle)?s?\.?\s*)?[LRD]\s?\.?\s?\d{3,4}(?:-\d+)*(?:\s+(?:et\s+suivants|du\s+)?\s*(?:CASF|CSS|CCH|CGCT|CSP|code\b[^,;]{0,60}))?$/u.exec(
      text.trim(),
    );
  return m ? m[1]! : text;
}
