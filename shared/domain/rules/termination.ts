/**
 * Termination (conv. art. 17.2): by registered letter; it takes effect on the date asked,
 * never less than 3 months after the letter is received. « 3 months after » uses `addMonths`
 * (end of month clamped): received 30/11/2024 → earliest 28/02/2025; received 30/11/2023 →
 * earliest 29/02/2024; received 31/05 → 31/08. The earliest date itself is accepted.
 */
import { ARTICLES } from '../articles';
import { addMonths, formatDateFr, type IsoDate } from '../dates';
import { decide, type Decision, type Finding } from '../findings';
import type { Convention } from '../schemas';
import { frenchSpacing } from '../text';

export const TERMINATION_NOTICE_MONTHS = 3;

export function earliestTerminationDate(letterReceivedOn: IsoDate): IsoDate {
  return addMonths(letterReceivedOn, TERMINATION_NOTICE_MONTHS);
}

export function checkTermination(t: { letterReceivedOn: IsoDate; effectiveOn: IsoDate }): Decision {
  const earliest = earliestTerminationDate(t.letterReceivedOn);
  const findings: Finding[] = [];
  if (t.effectiveOn < earliest) {
    findings.push({
      code: 'termination-too-early',
      severity: 'refus',
      article: ARTICLES.termination,
      message: frenchSpacing(
        `La résiliation ne peut pas prendre effet le ${formatDateFr(t.effectiveOn)} : elle prend effet au plus tôt 3 mois après la réception du courrier recommandé (reçu le ${formatDateFr(t.letterReceivedOn)}), soit le ${formatDateFr(earliest)} (conv. art. 17.2).`,
      ),
    });
  }
  return decide(findings);
}

/**
 * What the dashboard says about a recorded termination: ending soon (attention), ended
 * (alerte), or recorded with a date the convention does not allow (alerte).
 */
export function terminationFindings(convention: Convention, today: IsoDate): Finding[] {
  const t = convention.termination;
  if (!t) return [];
  const target = { entity: 'convention' as const, id: convention.id };
  const check = checkTermination(t);
  if (!check.ok) {
    return check.findings.map((f) => ({
      ...f,
      severity: 'alerte' as const,
      code: 'termination-invalid',
      target,
    }));
  }
  const ended = t.effectiveOn <= today;
  return [
    {
      code: ended ? 'termination-effective' : 'termination-pending',
      severity: ended ? 'alerte' : 'attention',
      article: ARTICLES.termination,
      target,
      message: frenchSpacing(
        ended
          ? `La convention est résiliée depuis le ${formatDateFr(t.effectiveOn)} : les habilitations « Mon Compte Partenaire » ne doivent plus être utilisées (conv. art. 17.2).`
          : `La convention est résiliée à compter du ${formatDateFr(t.effectiveOn)} (courrier reçu le ${formatDateFr(t.letterReceivedOn)}). Prévoyez le retrait des habilitations à cette date (conv. art. 17.2).`,
      ),
    },
  ];
}
