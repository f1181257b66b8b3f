/** The review report's CSV: the detailed table, then the portal reconciliation if any. */
import { calendarDateInParis, formatDateFr } from '../../domain/dates';
import { toExcelCsv } from '../csv';
import { detailRows } from './detail-table';
import {
  PORTAL_CSV_HEADING,
  PORTAL_DIFFERENCE_HEADER,
  PORTAL_KIND_HEADER,
  REVIEW_TABLE_HEADER,
} from './headings';
import type { ReviewReportSnapshot } from './schema';

/** The detailed table as CSV for Excel (UTF-8 with BOM, « ; »). */
export function buildReviewReportCsv(s: ReviewReportSnapshot): string {
  return toExcelCsv(
    [...REVIEW_TABLE_HEADER],
    [...detailRows(s, () => ''), ...(s.portal ? portalCsvRows(s.portal) : [])],
  );
}

/** The reconciliation section under the detailed table, after an empty line. */
function portalCsvRows(p: NonNullable<ReviewReportSnapshot['portal']>): string[][] {
  return [
    [],
    [PORTAL_CSV_HEADING],
    ['Liste du portail', p.fileName],
    ['Importée le', formatDateFr(calendarDateInParis(p.importedAt)), p.importedBy],
    ['Empreinte SHA-256', p.sha256],
    ['Comptes lus', String(p.accounts)],
    ['Actifs ou suspendus', String(p.activeAccounts)],
    ['Rapprochés d’un agent', String(p.matched)],
    ['Accès seulement dans le portail', String(p.portalOnlyItems)],
    [],
    [...PORTAL_KIND_HEADER],
    ...p.kinds.map((k) => [
      k.label,
      k.article,
      String(k.found),
      String(k.resolved),
      String(k.explained),
      String(k.open),
    ]),
    [],
    [...PORTAL_DIFFERENCE_HEADER],
    ...p.differences.map((d) => [
      d.label,
      d.subject,
      d.outcome,
      d.by ?? '',
      d.on ? formatDateFr(d.on) : '',
    ]),
  ];
}
