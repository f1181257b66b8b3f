/** The PDF's first page: title, « 1. Identification », « 2. Synthèse », « 3. Habilitations par bulletin ». */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDateFr } from '../../domain/dates';
import { formatSiret } from '../../domain/format';
import { BLANK_LINE, valueOrBlank } from '../text';
import { REVIEW_REPORT_SECTIONS } from './headings';
import { fr, keyValue, n } from './pdf-helpers';
import type { ReviewReportSnapshot } from './schema';

export function reviewReportTitle(s: ReviewReportSnapshot): string {
  return `Revue inverse des habilitations « Mon Compte Partenaire » — année ${s.year}`;
}

/** The title and section 1: the partner, the CAF, the convention, the dates of the review. */
export function identificationContent(s: ReviewReportSnapshot): Content[] {
  return [
    { text: reviewReportTitle(s), style: 'title' },
    {
      text: 'Preuve de la réalisation de la revue annuelle, transmise à la Caf (contrat de services, art. 2.2.2).',
      style: 'subtitle',
    },
    { text: REVIEW_REPORT_SECTIONS[0], style: 'heading' },
    keyValue([
      ['Partenaire', valueOrBlank(s.partner.name)],
      ['SIRET', s.partner.siret ? formatSiret(s.partner.siret) : BLANK_LINE],
      ['Caf', valueOrBlank(s.caf.name)],
      ['Convention n°', valueOrBlank(s.meta.conventionNumber)],
      ['Revue ouverte le', fr(s.openedOn)],
      ['Revue close le', fr(s.closedOn)],
      ['Conduite par', valueOrBlank(s.conductedBy)],
      [
        'Revue précédente',
        s.previousReviewOn
          ? `close le ${formatDateFr(s.previousReviewOn)}`
          : 'aucune revue enregistrée',
      ],
    ]),
  ];
}

/** Section 2: the decisions counted, and the anomalies found and fixed. */
export function summaryContent(s: ReviewReportSnapshot): Content[] {
  return [
    { text: REVIEW_REPORT_SECTIONS[1], style: 'heading' },
    keyValue([
      ['Habilitations revues', n(s.summary.reviewed)],
      ['Maintenues', n(s.summary.maintained)],
      ['Modifiées', n(s.summary.modified)],
      ['Supprimées', n(s.summary.revoked)],
      ['Utilisateurs concernés', n(s.summary.users)],
    ]),
    {
      margin: [0, 6, 0, 0],
      table: {
        headerRows: 1,
        widths: ['*', 80, 80],
        body: [
          [
            { text: 'Anomalies', style: 'tableHeader' },
            { text: 'Constatées', style: 'tableHeader', alignment: 'right' },
            { text: 'Corrigées', style: 'tableHeader', alignment: 'right' },
          ],
          ...s.summary.anomalies.map((a): TableCell[] => [
            a.label,
            { text: n(a.found), alignment: 'right' },
            { text: n(a.fixed), alignment: 'right' },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

/** Section 3: per bulletin, each profile's quota and active habilitations before and after. */
export function bulletinsContent(s: ReviewReportSnapshot): Content[] {
  return [
    { text: REVIEW_REPORT_SECTIONS[2], style: 'heading' },
    ...(s.bulletins.length === 0
      ? [{ text: 'Aucun bulletin.', style: 'note' } as Content]
      : s.bulletins.flatMap((b): Content[] => [
          { text: b.label, bold: true, margin: [0, 4, 0, 2] },
          {
            table: {
              headerRows: 1,
              widths: ['*', 90, 110, 110],
              body: [
                ['Profil', 'Quota', 'Actives avant la revue', 'Actives après la revue'].map(
                  (h) => ({ text: h, style: 'tableHeader' }),
                ),
                ...b.rows.map((r) => [
                  r.profileCode,
                  r.quota === null ? 'aucun' : n(r.quota),
                  n(r.before),
                  n(r.after),
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
          },
        ])),
  ];
}
