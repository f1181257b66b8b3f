/** The rows of the detailed table (section 4), shared by the PDF and the CSV. */
import { formatDateFr } from '../../domain/dates';
import type { ReviewReportSnapshot } from './schema';

export type DetailRow = ReviewReportSnapshot['rows'][number];

/**
 * The cells of the detailed table, in `REVIEW_TABLE_HEADER` order, for the PDF and the CSV;
 * `notApplied` is what the last cell says while the decision is not yet in the portal.
 */
export function detailRows(
  s: ReviewReportSnapshot,
  notApplied: (r: DetailRow) => string,
): string[][] {
  return s.rows.map((r) => [
    r.name,
    r.function ?? '',
    r.service ?? '',
    r.profile,
    formatDateFr(r.grantedOn),
    r.decision,
    r.reason ?? '',
    r.decidedBy ?? '',
    r.appliedOn ? formatDateFr(r.appliedOn) : notApplied(r),
  ]);
}
