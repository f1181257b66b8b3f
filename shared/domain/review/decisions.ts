/**
 * The decision on each item of the yearly review (contrat art. 2.2.2): its labels, what the
 * answers suggest, and the checks before it is recorded. Pure functions.
 */
import { ARTICLES } from '../articles';
import type { IsoDate } from '../dates';
import { decide, type Decision, type Finding } from '../findings';
import { isHabilitationActive, sameProfileCode } from '../rules/active';
import { checkGrant } from '../rules/quota';
import type { Bulletin, Habilitation, Quota, ReviewItem } from '../schemas';
import { frenchSpacing } from '../text';

export type ReviewDecision = NonNullable<ReviewItem['decision']>;
export type ReviewAnswers = ReviewItem['answers'];

export const DECISION_LABELS: Record<ReviewDecision, string> = {
  maintenir: 'Maintenir',
  modifier: 'Modifier',
  supprimer: 'Supprimer',
};

/** « Maintenu », « Modifié → T2 », « Supprimé »: how the report and the tables say it. */
export function decisionOutcome(item: Pick<ReviewItem, 'decision' | 'newProfileCode'>): string {
  switch (item.decision) {
    case 'maintenir':
      return 'Maintenu';
    case 'modifier':
      return `Modifié → ${item.newProfileCode ?? '?'}`;
    case 'supprimer':
      return 'Supprimé';
    default:
      return 'À décider';
  }
}

export interface Suggestion {
  decision: ReviewDecision;
  why: string;
}

/** What the answers point to; the user decides. Undefined while nothing decisive is known. */
export function suggestDecision(answers: ReviewAnswers): Suggestion | undefined {
  if (answers.stillInOrganisation === false) {
    return {
      decision: 'supprimer',
      why: 'La personne a quitté la structure : l’habilitation doit être retirée (conv. art. 9.2).',
    };
  }
  if (answers.personalAccount === false) {
    return {
      decision: 'supprimer',
      why: 'Le compte n’est pas personnel : une habilitation ne doit jamais être partagée (conv. art. 9.2).',
    };
  }
  if (answers.profileStillNeeded === false) {
    return {
      decision: 'modifier',
      why: 'La mission ne nécessite plus ce profil : choisissez le profil juste nécessaire, ou supprimez l’habilitation (principe de moindre affectation).',
    };
  }
  if (answers.stillInOrganisation && answers.personalAccount && answers.profileStillNeeded) {
    return answers.sameFunction === false
      ? {
          decision: 'maintenir',
          why: 'Fonction modifiée mais profil toujours nécessaire : maintenir en le justifiant.',
        }
      : {
          decision: 'maintenir',
          why: 'Toujours présente, même mission, compte personnel : l’habilitation reste justifiée.',
        };
  }
  return undefined;
}

/**
 * The habilitations as they will be once every decision of the campaign is applied
 * (revocations, and the new profiles of « modifier »), except `exceptItemId`'s own.
 */
function habilitationsAfterDecisions(
  habilitations: readonly Habilitation[],
  items: readonly ReviewItem[],
  exceptItemId: string,
  today: IsoDate,
): Habilitation[] {
  const leaving = new Set(
    items
      .filter(
        (i) => i.id !== exceptItemId && (i.decision === 'supprimer' || i.decision === 'modifier'),
      )
      .map((i) => i.habilitationId),
  );
  const result = habilitations.filter((h) => isHabilitationActive(h, today) && !leaving.has(h.id));
  for (const i of items) {
    if (
      i.id === exceptItemId ||
      i.decision !== 'modifier' ||
      !i.newProfileCode ||
      !i.snapshot.agentId
    )
      continue;
    result.push({
      id: `pending:${i.id}`,
      agentId: i.snapshot.agentId,
      bulletinId: i.snapshot.bulletinId,
      profileCode: i.newProfileCode,
      grantedOn: today,
    });
  }
  return result;
}

export interface DecisionInput {
  decision: ReviewDecision;
  newProfileCode?: string;
  reason?: string;
}

/**
 * Checks a decision before it is recorded: a reason for « modifier » and « supprimer »; for
 * « modifier », another profile that the bulletin provides, within its quota counted net of
 * the revocations decided in the same campaign (contrat art. 2.2.1).
 */
export function checkDecision(input: {
  item: ReviewItem;
  decision: DecisionInput;
  items: readonly ReviewItem[];
  habilitations: readonly Habilitation[];
  bulletin: Bulletin;
  quotas: readonly Quota[];
  today: IsoDate;
}): Decision {
  const { item, decision, today } = input;
  const findings: Finding[] = [];
  if (decision.decision !== 'maintenir' && !decision.reason?.trim()) {
    findings.push({
      code: 'review-reason-required',
      severity: 'refus',
      article: ARTICLES.review,
      message: `Indiquez le motif de la décision « ${DECISION_LABELS[decision.decision]} ».`,
    });
  }
  if (decision.decision === 'modifier' && !item.habilitationId) {
    findings.push({
      code: 'review-portal-only-modify',
      severity: 'refus',
      article: ARTICLES.review,
      message: frenchSpacing(
        'Cet accès existe dans le portail mais pas dans le registre : « Maintenir » (puis enregistrez-le dans le registre) ou « Supprimer » (à désactiver dans le portail).',
      ),
    });
  } else if (decision.decision === 'modifier') {
    const code = decision.newProfileCode?.trim().toUpperCase();
    if (!code) {
      findings.push({
        code: 'review-new-profile-required',
        severity: 'refus',
        article: ARTICLES.review,
        message: 'Choisissez le nouveau profil.',
      });
    } else if (sameProfileCode(code, item.snapshot.profileCode)) {
      findings.push({
        code: 'review-same-profile',
        severity: 'refus',
        article: ARTICLES.review,
        message: frenchSpacing(
          `Le nouveau profil doit être différent de ${code} : sinon, choisissez « Maintenir ».`,
        ),
      });
    } else {
      const grant = checkGrant({
        bulletin: input.bulletin,
        quotas: input.quotas,
        habilitations: habilitationsAfterDecisions(
          input.habilitations,
          input.items,
          item.id,
          today,
        ),
        agentId: item.snapshot.agentId ?? '',
        agentName: item.snapshot.agentName,
        profileCode: code,
        today,
      });
      findings.push(...grant.findings);
    }
  }
  return decide(findings.map((f) => ({ ...f, message: frenchSpacing(f.message) })));
}
