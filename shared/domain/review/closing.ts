/**
 * Closing the yearly review: its checks, the changes it makes to the roster, and the decisions
 * still to apply in « Mon Compte Partenaire ». Pure functions.
 */
import { ARTICLES } from '../articles';
import type { IsoDate } from '../dates';
import { decide, type Decision, type Finding } from '../findings';
import type { Habilitation, ReviewCampaign, ReviewItem } from '../schemas';
import { frenchSpacing } from '../text';
import { DECISION_LABELS } from './decisions';

/** Closing needs every item decided and every commitment answered. */
export function checkCanClose(campaign: ReviewCampaign, items: readonly ReviewItem[]): Decision {
  const findings: Finding[] = [];
  if (campaign.status !== 'open') {
    findings.push({
      code: 'review-not-open',
      severity: 'refus',
      article: ARTICLES.review,
      message: 'Cette revue est déjà close.',
    });
  }
  const undecided = items.filter((i) => !i.decision).length;
  if (undecided > 0) {
    findings.push({
      code: 'review-undecided',
      severity: 'refus',
      article: ARTICLES.review,
      message: frenchSpacing(
        undecided === 1
          ? 'Une habilitation n’a pas encore de décision : décidez-la avant de clore la revue.'
          : `${undecided} habilitations n’ont pas encore de décision : décidez-les avant de clore la revue.`,
      ),
    });
  }
  const unanswered = campaign.checklist.filter((c) => !c.answer).length;
  if (unanswered > 0) {
    findings.push({
      code: 'review-checklist',
      severity: 'refus',
      article: ARTICLES.partnerCommitments,
      message: frenchSpacing(
        `${unanswered === 1 ? 'Un engagement' : `${unanswered} engagements`} de la liste de contrôle ${unanswered === 1 ? 'n’a' : 'n’ont'} pas de réponse (Oui, Non ou Sans objet).`,
      ),
    });
  }
  return decide(findings);
}

export interface ClosePlan {
  /** Habilitations to save: revocations, and the new ones of « modifier ». */
  habilitations: Habilitation[];
  /** Items updated with the id of the habilitation created for them. */
  items: ReviewItem[];
}

/** The changes closing makes to the roster, all dated `closedOn`. */
export function planClose(input: {
  items: readonly ReviewItem[];
  habilitations: readonly Habilitation[];
  closedOn: IsoDate;
  closedBy: string;
  newId: () => string;
}): ClosePlan {
  const byId = new Map(input.habilitations.map((h) => [h.id, h]));
  const habilitations: Habilitation[] = [];
  const items: ReviewItem[] = [];
  for (const item of input.items) {
    if (item.decision !== 'supprimer' && item.decision !== 'modifier') continue;
    const current = item.habilitationId ? byId.get(item.habilitationId) : undefined;
    if (!current || current.revokedOn) continue;
    const reason = item.reason?.trim() || DECISION_LABELS[item.decision];
    habilitations.push({
      ...current,
      revokedOn: input.closedOn,
      revocationReason: `Revue annuelle : ${reason}`,
    });
    if (item.decision === 'modifier' && item.newProfileCode) {
      const id = input.newId();
      habilitations.push({
        id,
        agentId: current.agentId,
        bulletinId: current.bulletinId,
        profileCode: item.newProfileCode.trim().toUpperCase(),
        grantedOn: input.closedOn,
        grantedBy: input.closedBy,
        justification: `Revue annuelle (remplace ${current.profileCode}) : ${reason}`,
      });
      items.push({ ...item, newHabilitationId: id });
    }
  }
  return { habilitations, items };
}

/** Decisions of closed reviews not yet confirmed as applied in « Mon Compte Partenaire ». */
export function itemsToApplyInPortal(
  items: readonly ReviewItem[],
  closedCampaignIds: ReadonlySet<string>,
): ReviewItem[] {
  return items.filter(
    (i) =>
      closedCampaignIds.has(i.campaignId) &&
      (i.decision === 'supprimer' || i.decision === 'modifier') &&
      !i.appliedInPortalOn,
  );
}
