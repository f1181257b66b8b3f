/**
 * The yearly reverse review of habilitations (contrat art. 2.2.2): it starts from the
 * habilitations that exist and asks, for each, whether it is still justified.
 * Pure functions: the repository runs them inside its transactions.
 */
import { ARTICLES } from '../articles';
import { calendarDateInParis, formatDateFr, type IsoDate } from '../dates';
import { decide, type Decision, type Finding } from '../findings';
import { agentName, formatBulletinLabel } from '../format';
import { isHabilitationActive, sameProfileCode } from '../rules/active';
import { isAgentDeparted, looksLikeSharedAccount } from '../rules/agents';
import { checkGrant } from '../rules/quota';
import type { Agent, Bulletin, Habilitation, Quota, ReviewCampaign, ReviewItem } from '../schemas';
import { frenchSpacing } from '../text';
import { emptyChecklist } from './checklist';

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
      message: 'Une revue est déjà en cours pour cette convention : terminez-la avant d’en ouvrir une autre.',
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
export function openCampaign(input: OpenCampaignInput): { campaign: ReviewCampaign; items: ReviewItem[] } {
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const bulletins = new Map(input.bulletins.map((b) => [b.id, b]));
  const items: ReviewItem[] = [];
  for (const h of input.habilitations) {
    const agent = agents.get(h.agentId);
    const bulletin = bulletins.get(h.bulletinId);
    if (!agent || !bulletin || !isHabilitationActive(h, input.today)) continue;
    items.push(buildItem({ habilitation: h, agent, bulletin }, { id: input.newItemId(), campaignId: input.campaignId }, input.today));
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

export interface Suggestion {
  decision: ReviewDecision;
  why: string;
}

/** What the answers point to; the user decides. Undefined while nothing decisive is known. */
export function suggestDecision(answers: ReviewAnswers): Suggestion | undefined {
  if (answers.stillInOrganisation === false) {
    return { decision: 'supprimer', why: 'La personne a quitté la structure : l’habilitation doit être retirée (conv. art. 9.2).' };
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
      ? { decision: 'maintenir', why: 'Fonction modifiée mais profil toujours nécessaire : maintenir en le justifiant.' }
      : { decision: 'maintenir', why: 'Toujours présente, même mission, compte personnel : l’habilitation reste justifiée.' };
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
      .filter((i) => i.id !== exceptItemId && (i.decision === 'supprimer' || i.decision === 'modifier'))
      .map((i) => i.habilitationId),
  );
  const result = habilitations.filter((h) => isHabilitationActive(h, today) && !leaving.has(h.id));
  for (const i of items) {
    if (i.id === exceptItemId || i.decision !== 'modifier' || !i.newProfileCode || !i.snapshot.agentId) continue;
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
        message: frenchSpacing(`Le nouveau profil doit être différent de ${code} : sinon, choisissez « Maintenir ».`),
      });
    } else {
      const grant = checkGrant({
        bulletin: input.bulletin,
        quotas: input.quotas,
        habilitations: habilitationsAfterDecisions(input.habilitations, input.items, item.id, today),
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

export interface Progress {
  decided: number;
  total: number;
  byBulletin: { bulletinId: string; label: string; decided: number; total: number }[];
}

export function reviewProgress(items: readonly ReviewItem[]): Progress {
  const by = new Map<string, { bulletinId: string; label: string; decided: number; total: number }>();
  let decided = 0;
  for (const i of items) {
    const entry = by.get(i.snapshot.bulletinId) ?? {
      bulletinId: i.snapshot.bulletinId,
      label: i.snapshot.bulletinLabel,
      decided: 0,
      total: 0,
    };
    entry.total += 1;
    if (i.decision) {
      entry.decided += 1;
      decided += 1;
    }
    by.set(i.snapshot.bulletinId, entry);
  }
  return { decided, total: items.length, byBulletin: [...by.values()] };
}

/** Closing needs every item decided and every commitment answered. */
export function checkCanClose(campaign: ReviewCampaign, items: readonly ReviewItem[]): Decision {
  const findings: Finding[] = [];
  if (campaign.status !== 'open') {
    findings.push({ code: 'review-not-open', severity: 'refus', article: ARTICLES.review, message: 'Cette revue est déjà close.' });
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
export function itemsToApplyInPortal(items: readonly ReviewItem[], closedCampaignIds: ReadonlySet<string>): ReviewItem[] {
  return items.filter(
    (i) =>
      closedCampaignIds.has(i.campaignId) &&
      (i.decision === 'supprimer' || i.decision === 'modifier') &&
      !i.appliedInPortalOn,
  );
}

export interface CampaignCounts {
  reviewed: number;
  maintenir: number;
  modifier: number;
  supprimer: number;
  /** Profile → number of reviewed habilitations with that profile. */
  byProfile: Record<string, number>;
}

export function campaignCounts(items: readonly ReviewItem[]): CampaignCounts {
  const counts: CampaignCounts = { reviewed: items.length, maintenir: 0, modifier: 0, supprimer: 0, byProfile: {} };
  for (const i of items) {
    if (i.decision) counts[i.decision] += 1;
    const p = i.snapshot.profileCode;
    counts.byProfile[p] = (counts.byProfile[p] ?? 0) + 1;
  }
  return counts;
}

/** This year's counts next to the previous closed review's, for the history screen. */
export function compareWithPrevious(
  current: readonly ReviewItem[],
  previous: readonly ReviewItem[] | undefined,
): { current: CampaignCounts; previous: CampaignCounts | undefined } {
  return { current: campaignCounts(current), previous: previous ? campaignCounts(previous) : undefined };
}

/** « Revue 2026 ouverte le 23/11/2026 par … » */
export function describeCampaign(c: ReviewCampaign): string {
  const opened = formatDateFr(calendarDateInParis(c.openedAt));
  const from = c.portalImportId ? ' depuis la liste du portail' : '';
  return c.status === 'open'
    ? `Revue ${c.year} ouverte${from} le ${opened} par ${c.openedBy}`
    : `Revue ${c.year} close le ${c.closedAt ? formatDateFr(calendarDateInParis(c.closedAt)) : ''} par ${c.closedBy ?? ''}`;
}
