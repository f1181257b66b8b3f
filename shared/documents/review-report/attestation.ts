/** Who signs the review report's attestation, and the sentence they sign. */
import { valueOrBlank } from '../text';
import type { ReviewReportSnapshot } from './schema';

export const signatoryOf = (s: ReviewReportSnapshot) =>
  s.attestation?.signatoryName?.trim() || s.conductedBy;

/** « Je soussigné(e) Véronique DJIRE, administrateur « Mon Compte Partenaire » du CCAS de Lieusaint, atteste … ». */
export function attestationSentence(s: ReviewReportSnapshot): string {
  const a = s.attestation;
  const role =
    a?.signatoryRole === 'Administrateur suppléant' ? 'administrateur suppléant' : 'administrateur';
  const partner = a ? a.partnerPhrase : `de ${valueOrBlank(s.partner.name)}`;
  const sep = partner.startsWith('pour') ? ', ' : ' ';
  return `Je soussigné(e) ${valueOrBlank(signatoryOf(s))}, ${role} « Mon Compte Partenaire »${sep}${partner}, atteste avoir réalisé la revue inverse des habilitations pour l’année ${s.year} et en transmettre le résultat à la Caf.`;
}
