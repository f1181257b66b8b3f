/** The review report as a PDF: pdfmake's sections around the painted detailed table. */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT } from '../fonts';
import { frameFooterText, withPageFrame } from '../frame';
import type { PaintedPdf } from '../pdf-render';
import { normalizeSpaces } from '../text';
import { detailRows } from './detail-table';
import { REVIEW_REPORT_SECTIONS, REVIEW_TABLE_HEADER } from './headings';
import { attestationContent, commitmentsContent } from './pdf-attestation';
import { portalSectionContent } from './pdf-portal';
import {
  bulletinsContent,
  identificationContent,
  reviewReportTitle,
  summaryContent,
} from './pdf-summary';
import type { ReviewReportSnapshot } from './schema';

const REPORT_MARGINS = [40, 40, 40, 60] as const;

/**
 * The report: pdfmake lays out sections 1–3, 5 and 6; the detailed table (section 4, one row
 * per habilitation, thousands in a department) is painted onto the landscape pages pdfmake
 * reserves for it, its header repeated on each.
 */
export function buildReviewReportPdf(s: ReviewReportSnapshot): PaintedPdf {
  return {
    font: DOCUMENT_FONT,
    table: {
      heading: REVIEW_REPORT_SECTIONS[3],
      header: REVIEW_TABLE_HEADER,
      rows: detailRows(s, (r) => (r.decision === 'Maintenu' ? '—' : 'À appliquer')).map((row) =>
        row.map(normalizeSpaces),
      ),
      widths: [95, 95, 70, 35, 52, 70, '*', 70, 62],
      orientation: 'landscape',
      margins: REPORT_MARGINS,
    },
    definition: (tablePages) => reviewReportDefinition(s, tablePages),
    footer: frameFooterText(s.meta),
  };
}

/** Blank landscape pages for the painted table; pdfmake still puts the page frame on them. */
function reservedTablePages(count: number): Content[] {
  return Array.from({ length: count }, (_, i): Content =>
    i === 0
      ? { text: '', pageBreak: 'before', pageOrientation: 'landscape' }
      : { text: '', pageBreak: 'before' },
  );
}

function reviewReportDefinition(s: ReviewReportSnapshot, tablePages: number): TDocumentDefinitions {
  const content: Content[] = [
    ...identificationContent(s),
    ...summaryContent(s),
    ...bulletinsContent(s),
    ...(s.portal ? portalSectionContent(s.portal) : []),
    ...reservedTablePages(tablePages),
    ...commitmentsContent(s),
    ...attestationContent(s),
  ];
  return withPageFrame(s.meta, content, {
    title: reviewReportTitle(s),
    subject: 'Revue annuelle des habilitations',
    margins: [...REPORT_MARGINS],
    paintedOrientation: 'landscape',
  });
}
