/**
 * Opening the yearly reverse review of habilitations (contrat art. 2.2.2): it starts from the
 * habilitations that exist and asks, for each, whether it is still justified.
 * Pure functions: the repository runs them inside its transactions.
 */
import { ARTICLES } from '../articles';
import type { IsoDate } from '../dates';
import { decide, type Decision, type Finding } from '../findings';
import { agentName, formatBulletinLabel } from '../format';
import { isHabilitationActive } from '../rules/active';
import { isAgentDeparted, looksLikeSharedAccount } from '../rules/agents';
import type { Agent, Bulletin, Habilitation, ReviewCampaign, ReviewItem } from '../schemas';
import { frenchSpacing } from '../text';
import { emptyChecklist } from './checklist';
import type { ReviewAnswers } from './decisions';

/** One open campaign at a time per convention; a closed year is not reopened. */
export function checkCanOpen(
  campaigns: readonly Pick<ReviewCampaign, 'conventionId' | 'status' | 'year'>[],
  conventionId: string,
  year: number,
): Decision {
  const findings: Finding[] = [];
  const mine = campaigns.filter((c) => c.conventionId === conventionId);
  if (mine.some((c) => c.status === 'open')) {
    findings.push({
      code: 'review-already-open',
      severity: 'refus',
      article: ARTICLES.review,
      message:
        'Une revue est déjà en cours pour cette convention : terminez-la avant d’en ouvrir une autre.',
    });
  }
  if (mine.some((c) => c.status === 'closed' && c.year === year)) {
    findings.push({
      code: 'review-year-closed',
      severity: 'refus',
      article: ARTICLES.review,
      message: frenchSpacing(`La revue ${year} a déjà été close. Choisissez une autre année.`),
    });
  }
  return decide(findings);
}

/** What the register already tells: a departed agent, a shared-looking account. */
export function defaultAnswers(agent: Agent, today: IsoDate): ReviewAnswers {
  const answers: ReviewAnswers = {};
  if (isAgentDeparted(agent, today)) answers.stillInOrganisation = false;
  if (looksLikeSharedAccount(agent).shared) answers.personalAccount = false;
  return answers;
}

export interface ItemSeed {
  habilitation: Habilitation;
  agent: Agent;
  bulletin: Bulletin;
}

/** The item for one habilitation: what it was at opening, and the answers already known. */
export function buildItem(
  seed: ItemSeed,
  ids: { id: string; campaignId: string },
  today: IsoDate,
  addedAfterOpening = false,
): ReviewItem {
  const { habilitation: h, agent, bulletin } = seed;
  return {
    id: ids.id,
    campaignId: ids.campaignId,
    habilitationId: h.id,
    snapshot: {
      agentId: agent.id,
      agentName: agentName(agent),
      agentFunction: agent.function,
      agentService: agent.service,
      bulletinId: bulletin.id,
      bulletinLabel: formatBulletinLabel(bulletin),
      profileCode: h.profileCode,
      grantedOn: h.grantedOn,
    },
    answers: defaultAnswers(agent, today),
    addedAfterOpening,
  };
}

const itemCollator = new Intl.Collator('fr', { numeric: true });

/** Sorts in place by a key computed once per item (40,000 items in a large office). */
export function sortItems(items: ReviewItem[], key: (i: ReviewItem) => string): void {
  const keys = new Map(items.map((i) => [i, key(i)]));
  items.sort((a, b) => itemCollator.compare(keys.get(a)!, keys.get(b)!));
}

/** What opening a review needs: the register's habilitations and who opens it, when. */
export interface OpenCampaignInput {
  conventionId: string;
  year: number;
  campaignId: string;
  newItemId: () => string;
  habilitations: readonly Habilitation[];
  agents: readonly Agent[];
  bulletins: readonly Bulletin[];
  openedBy: string;
  now: Date;
  today: IsoDate;
}

/** The opening snapshot: every habilitation active on the opening day. */
export function openCampaign(input: OpenCampaignInput): {
  campaign: ReviewCampaign;
  items: ReviewItem[];
} {
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const bulletins = new Map(input.bulletins.map((b) => [b.id, b]));
  const items: ReviewItem[] = [];
  for (const h of input.habilitations) {
    const agent = agents.get(h.agentId);
    const bulletin = bulletins.get(h.bulletinId);
    if (!agent || !bulletin || !isHabilitationActive(h, input.today)) continue;
    items.push(
      buildItem(
        { habilitation: h, agent, bulletin },
        { id: input.newItemId(), campaignId: input.campaignId },
        input.today,
      ),
    );
  }
  sortItems(items, (i) => {
    const a = i.snapshot.agentId ? agents.get(i.snapshot.agentId) : undefined;
    return `${a?.lastName ?? ''} ${a?.firstName ?? ''} ${i.snapshot.profileCode}`;
  });
  return {
    campaign: {
      id: input.campaignId,
      conventionId: input.conventionId,
      year: input.year,
      status: 'open',
      openedAt: input.now.toISOString(),
      openedBy: input.openedBy,
      checklist: emptyChecklist(),
    },
    items,
  };
}

/** Active habilitations created after the opening, not yet in the campaign. */
export function habilitationsAddedSinceOpening(
  items: readonly ReviewItem[],
  habilitations: readonly Habilitation[],
  today: IsoDate,
): Habilitation[] {
  const known = new Set(items.map((i) => i.habilitationId));
  return habilitations.filter((h) => !known.has(h.id) && isHabilitationActive(h, today));
}
