/** The PDF's section « 3 bis »: the portal's list, the counts per kind, each difference. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { calendarDateInParis, formatDateFr } from '../../domain/dates';
import {
  PORTAL_DIFFERENCE_HEADER,
  PORTAL_KIND_HEADER,
  PORTAL_PDF_MAX_ROWS,
  REVIEW_REPORT_PORTAL_SECTION,
} from './headings';
import { keyValue, n } from './pdf-helpers';
import type { ReviewReportSnapshot } from './schema';

/** « 3 bis. Rapprochement avec la liste du portail »: the list, the counts, each difference. */
export function portalSectionContent(p: NonNullable<ReviewReportSnapshot['portal']>): Content[] {
  const shown = p.differences.slice(0, PORTAL_PDF_MAX_ROWS);
  const header = (cells: readonly string[]) =>
    cells.map((h) => ({ text: h, style: 'tableHeader' }));
  return [
    { text: REVIEW_REPORT_PORTAL_SECTION, style: 'heading' },
    {
      text: 'La revue est partie des comptes que le portail « Mon Compte Partenaire » liste réellement (revue inverse, contrat art. 2.2.2), comparés au registre.',
      margin: [0, 0, 0, 4],
    },
    keyValue([
      ['Liste du portail', p.fileName],
      ['Importée le', `${formatDateFr(calendarDateInParis(p.importedAt))} par ${p.importedBy}`],
      [
        'Comptes lus',
        `${n(p.accounts)} (${n(p.activeAccounts)} actifs ou suspendus, ${n(p.matched)} rapprochés d’un agent)`,
      ],
      ['Accès seulement dans le portail', n(p.portalOnlyItems)],
    ]),
    {
      text: [{ text: 'Empreinte SHA-256 du fichier : ' }, { text: p.sha256, fontSize: 8 }],
      margin: [0, 2, 0, 6],
    },
    p.kinds.length === 0
      ? { text: 'Aucun écart entre la liste du portail et le registre.', style: 'note' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 78, 62, 48, 60, 62],
            body: [
              header(PORTAL_KIND_HEADER),
              ...p.kinds.map((k): TableCell[] => [
                k.label,
                k.article,
                { text: n(k.found), alignment: 'right' },
                { text: n(k.resolved), alignment: 'right' },
                { text: n(k.explained), alignment: 'right' },
                { text: n(k.open), alignment: 'right' },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
    ...(shown.length
      ? [
          { text: 'Traitement de chaque écart', bold: true, margin: [0, 8, 0, 2] } as Content,
          {
            table: {
              headerRows: 1,
              widths: [95, '*', 150, 70, 52],
              body: [
                header(PORTAL_DIFFERENCE_HEADER),
                ...shown.map((d) => [
                  d.label,
                  d.subject,
                  d.outcome,
                  d.by ?? '',
                  d.on ? formatDateFr(d.on) : '',
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
            fontSize: 8,
          } as Content,
          ...(p.differences.length > shown.length
            ? [
                {
                  text: `… et ${n(p.differences.length - shown.length)} autres écarts, tous dans le tableau CSV.`,
                  style: 'note',
                } as Content,
              ]
            : []),
        ]
      : []),
  ];
}
