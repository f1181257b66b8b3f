/**
 * Subcontractor notice (conv. art. 14): a provider must be announced to the CAF at least
 * 6 months before it starts. shared/domain has the constant and the dashboard alert but no
 * check for a form, so this small pure helper answers « is this start date allowed? » with
 * the French message to show next to the field.
 */
import { ARTICLES } from '../../../shared/domain/articles';
import {
  addMonths,
  formatDateFr,
  isValidIsoDate,
  type IsoDate,
} from '../../../shared/domain/dates';
import { SUBCONTRACTOR_NOTICE_MONTHS } from '../../../shared/domain/deadlines';
import { frenchSpacing } from '../../../shared/domain/text';

export function earliestSubcontractorStart(notifiedOn: IsoDate): IsoDate {
  return addMonths(notifiedOn, SUBCONTRACTOR_NOTICE_MONTHS);
}

export type SubcontractorCheck =
  | { ok: true; earliest: IsoDate }
  | { ok: false; earliest: IsoDate; message: string; article: string };

/** `undefined` while either date is missing or invalid. */
export function checkSubcontractorStart(
  notifiedOn: string,
  startOn: string,
): SubcontractorCheck | undefined {
  if (!isValidIsoDate(notifiedOn) || !isValidIsoDate(startOn)) return undefined;
  const earliest = earliestSubcontractorStart(notifiedOn);
  if (startOn >= earliest) return { ok: true, earliest };
  return {
    ok: false,
    earliest,
    article: ARTICLES.subcontractors,
    message: frenchSpacing(
      `Début trop proche de l’annonce : un prestataire annoncé à la Caf le ${formatDateFr(notifiedOn)} ne peut commencer qu’à partir du ${formatDateFr(earliest)} (6 mois, conv. art. 14).`,
    ),
  };
}
