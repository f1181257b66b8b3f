/** The PDF's last page: « 5. Engagements du partenaire » (the checklist) and « 6. Attestation ». */
import type { Content } from 'pdfmake/interfaces';
import { formatDateFr } from '../../domain/dates';
import { CHECKLIST_ANSWER_LABELS } from '../../domain/review';
import { CHECKED_BOX, EMPTY_BOX } from '../fonts';
import { SHORT_BLANK_LINE, valueOrBlank } from '../text';
import { attestationSentence, signatoryOf } from './attestation';
import { REVIEW_REPORT_SECTIONS } from './headings';
import type { ReviewReportSnapshot } from './schema';

function answerBoxes(answer: string | undefined): string {
  return (['oui', 'non', 'sans-objet'] as const)
    .map((a) => `${answer === a ? CHECKED_BOX : EMPTY_BOX} ${CHECKLIST_ANSWER_LABELS[a]}`)
    .join('   ');
}

/** Section 5, on a new portrait page after the landscape table. */
export function commitmentsContent(s: ReviewReportSnapshot): Content[] {
  return [
    {
      text: REVIEW_REPORT_SECTIONS[4],
      style: 'heading',
      pageBreak: 'before',
      pageOrientation: 'portrait',
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 170, 120],
        body: [
          ['Engagement (conv. art. 9.2, contrat art. 2 à 5)', 'Réponse', 'Commentaire'].map(
            (h) => ({ text: h, style: 'tableHeader' }),
          ),
          ...s.checklist.map((c) => [c.label, answerBoxes(c.answer), c.comment ?? '']),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

/** Section 6: the sentence, place and date, and the two signature boxes. */
export function attestationContent(s: ReviewReportSnapshot): Content[] {
  return [
    { text: REVIEW_REPORT_SECTIONS[5], style: 'heading' },
    {
      text: attestationSentence(s),
      margin: [0, 0, 0, 10],
    },
    {
      text: `Fait à ${s.attestation?.place?.trim() || SHORT_BLANK_LINE}, le ${s.attestation?.date ? formatDateFr(s.attestation.date) : SHORT_BLANK_LINE}`,
      margin: [0, 0, 0, 14],
    },
    {
      columns: [
        {
          stack: [
            { text: 'L’administrateur « Mon Compte Partenaire »', bold: true },
            { text: valueOrBlank(signatoryOf(s)), margin: [0, 4, 0, 0] },
            { text: 'Signature :', margin: [0, 6, 0, 0] },
            { canvas: [{ type: 'rect', x: 0, y: 4, w: 220, h: 70, lineWidth: 0.5 }] },
          ],
        },
        {
          stack: [
            { text: 'Le représentant légal du partenaire', bold: true },
            {
              text: `${valueOrBlank(s.partner.representativeName)}${s.partner.representativeTitle ? `, ${s.partner.representativeTitle}` : ''}`,
              margin: [0, 4, 0, 0],
            },
            { text: 'Signature :', margin: [0, 6, 0, 0] },
            { canvas: [{ type: 'rect', x: 0, y: 4, w: 220, h: 70, lineWidth: 0.5 }] },
          ],
        },
      ],
      columnGap: 20,
    },
  ];
}
