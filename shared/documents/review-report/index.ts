/**
 * « Rapport de revue annuelle des habilitations » (FORMS.md §2): the proof of the reverse
 * review sent to the CAF (contrat art. 2.2.2). Portrait pages for the summary, the detailed
 * table in landscape with its header repeated on every page, the checklist, the attestation.
 */
export { attestationSentence } from './attestation';
export { buildReviewReportCsv } from './csv';
export {
  PORTAL_CSV_HEADING,
  PORTAL_DIFFERENCE_HEADER,
  PORTAL_KIND_HEADER,
  PORTAL_PDF_MAX_ROWS,
  REVIEW_REPORT_PORTAL_SECTION,
  REVIEW_REPORT_SECTIONS,
  REVIEW_TABLE_HEADER,
} from './headings';
export { buildReviewReportPdf } from './pdf';
export { portalReportSection } from './portal-section';
export {
  reviewReportSnapshotSchema,
  type ReviewReportInput,
  type ReviewReportSnapshot,
} from './schema';
export { buildReviewReportSnapshot, checkReviewReport, reviewReportFileName } from './snapshot';
