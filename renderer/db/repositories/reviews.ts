import { refusals } from '../../../shared/domain/findings';
import {
  buildItem,
  checkCanClose,
  checkCanOpen,
  checkDecision,
  habilitationsAddedSinceOpening,
  openCampaign,
  openCampaignFromPortal,
  planClose,
  type DecisionInput,
  type ReviewAnswers,
} from '../../../shared/domain/review';
import type { ReviewCampaign, ReviewItem } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { RuleRefusedError, ValidationError } from '../validation';
import { normaliseProfileCode } from '../../../shared/domain/profiles';

const REVIEW_TABLES = [
  'reviewCampaigns',
  'reviewItems',
  'habilitations',
  'agents',
  'bulletins',
  'quotas',
] as const;

async function bulletinsOf(db: AppDatabase, conventionId: string) {
  return db.bulletins.where('conventionId').equals(conventionId).toArray();
}

/** Opens the year's review: a snapshot of every habilitation active today. */
export function openReview(
  db: AppDatabase,
  actor: Actor,
  input: { conventionId: string; partnerId: string; year: number; today: string },
): Promise<ReviewCampaign> {
  return writeRegister(db, actor, REVIEW_TABLES, async (w) => {
    const campaigns = await db.reviewCampaigns
      .where('conventionId')
      .equals(input.conventionId)
      .toArray();
    const allowed = checkCanOpen(campaigns, input.conventionId, input.year);
    if (!allowed.ok) throw new RuleRefusedError(refusals(allowed));
    const bulletins = await bulletinsOf(db, input.conventionId);
    const habilitations = await db.habilitations
      .where('bulletinId')
      .anyOf(bulletins.map((b) => b.id))
      .toArray();
    const agents = await db.agents.where('organisationId').equals(input.partnerId).toArray();
    const { campaign, items } = openCampaign({
      conventionId: input.conventionId,
      year: input.year,
      campaignId: newId(),
      newItemId: newId,
      habilitations,
      agents,
      bulletins,
      openedBy: actor.name,
      now: actor.now(),
      today: input.today,
    });
    await w.put(
      'reviewCampaigns',
      campaign,
      `Revue ${input.year} ouverte (${items.length} habilitations)`,
    );
    for (const item of items) await w.put('reviewItems', item);
    return campaign;
  });
}

/**
 * Opens the year's review from the portal's list (the last imported one unless `importId`):
 * the register's active habilitations and the accesses only in the portal, each flagged with
 * its difference. Nothing of the register is changed.
 */
export function openReviewFromPortal(
  db: AppDatabase,
  actor: Actor,
  input: {
    conventionId: string;
    partnerId: string;
    year: number;
    today: string;
    importId?: string;
  },
): Promise<ReviewCampaign> {
  return writeRegister(
    db,
    actor,
    [...REVIEW_TABLES, 'portalImports', 'portalDifferences'],
    async (w) => {
      const campaigns = await db.reviewCampaigns
        .where('conventionId')
        .equals(input.conventionId)
        .toArray();
      const allowed = checkCanOpen(campaigns, input.conventionId, input.year);
      if (!allowed.ok) throw new RuleRefusedError(refusals(allowed));
      const imports = await db.portalImports
        .where('conventionId')
        .equals(input.conventionId)
        .toArray();
      const portalImport = input.importId
        ? imports.find((i) => i.id === input.importId)
        : imports.sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1))[0];
      if (!portalImport)
        throw new ValidationError([
          'Importez d’abord la liste des comptes du portail (Rapprochement portail).',
        ]);
      const bulletins = await bulletinsOf(db, input.conventionId);
      const [habilitations, agents, differences] = await Promise.all([
        db.habilitations
          .where('bulletinId')
          .anyOf(bulletins.map((b) => b.id))
          .toArray(),
        db.agents.where('organisationId').equals(input.partnerId).toArray(),
        db.portalDifferences.where('conventionId').equals(input.conventionId).toArray(),
      ]);
      const { campaign, items } = openCampaignFromPortal({
        conventionId: input.conventionId,
        year: input.year,
        campaignId: newId(),
        newItemId: newId,
        habilitations,
        agents,
        bulletins,
        openedBy: actor.name,
        now: actor.now(),
        today: input.today,
        portalImport,
        differences,
      });
      const onlyPortal = items.filter((i) => !i.habilitationId).length;
      await w.put(
        'reviewCampaigns',
        campaign,
        `Revue ${input.year} ouverte depuis la liste du portail « ${portalImport.fileName} » (${items.length} accès, dont ${onlyPortal} seulement dans le portail)`,
      );
      for (const item of items) await w.put('reviewItems', item);
      return campaign;
    },
  );
}

async function openCampaignOf(db: AppDatabase, campaignId: string): Promise<ReviewCampaign> {
  const campaign = await db.reviewCampaigns.get(campaignId);
  if (!campaign) throw new ValidationError(['Cette revue n’existe plus.']);
  if (campaign.status !== 'open')
    throw new ValidationError(['Cette revue est close : elle ne peut plus être modifiée.']);
  return campaign;
}

export function saveAnswers(db: AppDatabase, actor: Actor, itemId: string, answers: ReviewAnswers) {
  return writeRegister(db, actor, ['reviewItems', 'reviewCampaigns'], async (w) => {
    const item = await db.reviewItems.get(itemId);
    if (!item) throw new ValidationError(['Cet élément de revue n’existe plus.']);
    await openCampaignOf(db, item.campaignId);
    return w.put('reviewItems', { ...item, answers });
  });
}

/** Records a decision after checking it (reason, new profile, quota net of the campaign). */
export function decideItem(
  db: AppDatabase,
  actor: Actor,
  itemId: string,
  decision: DecisionInput,
  today: string,
) {
  return writeRegister(db, actor, REVIEW_TABLES, async (w) => {
    const item = await db.reviewItems.get(itemId);
    if (!item) throw new ValidationError(['Cet élément de revue n’existe plus.']);
    await openCampaignOf(db, item.campaignId);
    const bulletin = await db.bulletins.get(item.snapshot.bulletinId);
    if (!bulletin) throw new ValidationError(['Le bulletin de cette habilitation n’existe plus.']);
    const items = await db.reviewItems.where('campaignId').equals(item.campaignId).toArray();
    const habilitations = await db.habilitations.where('bulletinId').equals(bulletin.id).toArray();
    const quotas = await db.quotas.where('bulletinId').equals(bulletin.id).toArray();
    const verdict = checkDecision({
      item,
      decision,
      items,
      habilitations,
      bulletin,
      quotas,
      today,
    });
    if (!verdict.ok) throw new RuleRefusedError(refusals(verdict));
    const next: ReviewItem = {
      ...item,
      decision: decision.decision,
      newProfileCode:
        decision.decision === 'modifier'
          ? decision.newProfileCode
            ? normaliseProfileCode(decision.newProfileCode)
            : undefined
          : undefined,
      reason: decision.reason?.trim() || undefined,
      decidedBy: actor.name,
      decidedAt: actor.now().toISOString(),
    };
    return w.put(
      'reviewItems',
      next,
      `${item.snapshot.agentName} ${item.snapshot.profileCode} : ${decision.decision}`,
    );
  });
}

/** « Maintenir » for every listed item still undecided (the user confirmed the set). */
export function maintainAll(db: AppDatabase, actor: Actor, itemIds: readonly string[]) {
  return writeRegister(db, actor, ['reviewItems', 'reviewCampaigns'], async (w) => {
    let count = 0;
    const items = await db.reviewItems.bulkGet([...itemIds]);
    const campaignIds = new Set(items.map((i) => i?.campaignId));
    for (const id of campaignIds) if (id) await openCampaignOf(db, id);
    for (const item of items) {
      if (!item || item.decision) continue;
      await w.put('reviewItems', {
        ...item,
        decision: 'maintenir',
        decidedBy: actor.name,
        decidedAt: actor.now().toISOString(),
      });
      count += 1;
    }
    return count;
  });
}

/** Adds the habilitations granted since the opening to the open campaign. */
export function addLateHabilitations(
  db: AppDatabase,
  actor: Actor,
  campaignId: string,
  today: string,
) {
  return writeRegister(db, actor, REVIEW_TABLES, async (w) => {
    const campaign = await openCampaignOf(db, campaignId);
    const bulletins = await bulletinsOf(db, campaign.conventionId);
    const items = await db.reviewItems.where('campaignId').equals(campaignId).toArray();
    const habilitations = await db.habilitations
      .where('bulletinId')
      .anyOf(bulletins.map((b) => b.id))
      .toArray();
    const late = habilitationsAddedSinceOpening(items, habilitations, today);
    let added = 0;
    for (const h of late) {
      const agent = await db.agents.get(h.agentId);
      const bulletin = bulletins.find((b) => b.id === h.bulletinId);
      if (!agent || !bulletin) continue;
      await w.put(
        'reviewItems',
        buildItem({ habilitation: h, agent, bulletin }, { id: newId(), campaignId }, today, true),
      );
      added += 1;
    }
    return added;
  });
}

export function saveChecklist(
  db: AppDatabase,
  actor: Actor,
  campaignId: string,
  checklist: ReviewCampaign['checklist'],
) {
  return writeRegister(db, actor, ['reviewCampaigns'], async (w) => {
    const campaign = await openCampaignOf(db, campaignId);
    return w.put('reviewCampaigns', { ...campaign, checklist });
  });
}

/**
 * Closes the review and applies its decisions to the roster in one transaction: revocations
 * dated today with their reason, and for « modifier » the old habilitation revoked and the
 * new one created. The caller takes a safety backup first.
 */
export function closeReview(db: AppDatabase, actor: Actor, campaignId: string, today: string) {
  return writeRegister(db, actor, REVIEW_TABLES, async (w) => {
    const campaign = await openCampaignOf(db, campaignId);
    const items = await db.reviewItems.where('campaignId').equals(campaignId).toArray();
    const allowed = checkCanClose(campaign, items);
    if (!allowed.ok) throw new RuleRefusedError(refusals(allowed));
    const habilitations = await db.habilitations.bulkGet(
      items.flatMap((i) => (i.habilitationId ? [i.habilitationId] : [])),
    );
    const plan = planClose({
      items,
      habilitations: habilitations.filter((h) => h !== undefined),
      closedOn: today,
      closedBy: actor.name,
      newId,
    });
    for (const h of plan.habilitations) await w.put('habilitations', h);
    for (const item of plan.items) await w.put('reviewItems', item);
    return w.put(
      'reviewCampaigns',
      { ...campaign, status: 'closed', closedAt: actor.now().toISOString(), closedBy: actor.name },
      `Revue ${campaign.year} close`,
    );
  });
}

/** The decision was applied in « Mon Compte Partenaire » on `on`: record it everywhere. */
export function confirmAppliedInPortal(db: AppDatabase, actor: Actor, itemId: string, on: string) {
  return writeRegister(db, actor, ['reviewItems', 'habilitations'], async (w) => {
    const item = await db.reviewItems.get(itemId);
    if (!item) throw new ValidationError(['Cet élément de revue n’existe plus.']);
    await w.put('reviewItems', { ...item, appliedInPortalOn: on }, 'Appliqué dans le portail');
    const old = item.habilitationId ? await db.habilitations.get(item.habilitationId) : undefined;
    if (old?.revokedOn) await w.put('habilitations', { ...old, revocationAppliedInPortalOn: on });
    if (item.newHabilitationId) {
      const created = await db.habilitations.get(item.newHabilitationId);
      if (created) await w.put('habilitations', { ...created, appliedInPortalOn: on });
    }
    return true;
  });
}

/** The items of a campaign in the order of the roster: NOM, prénom, then profile. */
export async function campaignItems(db: AppDatabase, campaignId: string): Promise<ReviewItem[]> {
  const items = await db.reviewItems.where('campaignId').equals(campaignId).toArray();
  const agents = await db.agents.bulkGet([
    ...new Set(items.flatMap((i) => (i.snapshot.agentId ? [i.snapshot.agentId] : []))),
  ]);
  const byId = new Map(agents.filter((a) => a !== undefined).map((a) => [a.id, a]));
  const key = (i: ReviewItem) => {
    const a = i.snapshot.agentId ? byId.get(i.snapshot.agentId) : undefined;
    return a
      ? `${a.lastName} ${a.firstName ?? ''} ${i.snapshot.profileCode}`
      : `${i.snapshot.agentName} ${i.snapshot.profileCode}`;
  };
  return items.sort((x, y) => key(x).localeCompare(key(y), 'fr', { numeric: true }));
}

/** Decisions of closed reviews still waiting to be applied in the portal. */
export async function pendingPortalItems(
  db: AppDatabase,
  conventionId: string,
): Promise<ReviewItem[]> {
  const closed = await db.reviewCampaigns
    .where('conventionId')
    .equals(conventionId)
    .filter((c) => c.status === 'closed')
    .primaryKeys();
  if (closed.length === 0) return [];
  return db.reviewItems
    .where('campaignId')
    .anyOf(closed)
    .filter(
      (i) => (i.decision === 'supprimer' || i.decision === 'modifier') && !i.appliedInPortalOn,
    )
    .toArray();
}
