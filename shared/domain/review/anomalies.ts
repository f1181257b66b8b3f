/**
 * What makes a review item need a decision of its own: the register or the answers show an
 * anomaly (departed, shared account, function changed, over quota), or the answers suggest
 * something else than « Maintenir ». « Maintenir les N affichées » skips those items and
 * says which, to be decided one by one; closing warns when a departed agent is maintained.
 */
import { formatNumber, formatCount } from '../format';
import { DIFFERENCE_INFO } from '../portal/differences';
import { compareProfileCodes } from '../profiles';
import { isHabilitationActive } from '../rules/active';
import { isAgentDeparted, looksLikeSharedAccount } from '../rules/agents';
import type { Agent, Habilitation, Quota, ReviewItem } from '../schemas';
import { foldText, frenchSpacing } from '../text';
import { DECISION_LABELS, suggestDecision } from './decisions';

export type ItemAnomalyCode =
  'departed' | 'shared-account' | 'function-changed' | 'over-quota' | 'portal' | 'suggestion';

export interface ItemAnomaly {
  code: ItemAnomalyCode;
  /** Short French label for the table and the skipped list (« agent parti »). */
  label: string;
}

export interface AnomalyContext {
  /** The agents as they are now (the item's snapshot is what they were at opening). */
  agents: ReadonlyMap<string, Agent>;
  /** « bulletinId|PROFILE » of the profiles over their quota (or not provided by the bulletin). */
  overQuota: ReadonlySet<string>;
  today: string;
}

const profileKey = (bulletinId: string, profileCode: string) =>
  `${bulletinId}|${profileCode.trim().toUpperCase()}`;

/** The bulletin profiles whose active habilitations exceed the quota (none given = 0). */
export function profilesOverQuota(
  habilitations: readonly Habilitation[],
  quotas: readonly Quota[],
  today: string,
): Set<string> {
  const used = new Map<string, number>();
  for (const h of habilitations) {
    if (!isHabilitationActive(h, today)) continue;
    const k = profileKey(h.bulletinId, h.profileCode);
    used.set(k, (used.get(k) ?? 0) + 1);
  }
  const max = new Map(quotas.map((q) => [profileKey(q.bulletinId, q.profileCode), q.max]));
  return new Set([...used].filter(([k, n]) => n > (max.get(k) ?? 0)).map(([k]) => k));
}

export function anomalyContext(input: {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  quotas: readonly Quota[];
  today: string;
}): AnomalyContext {
  return {
    agents: new Map(input.agents.map((a) => [a.id, a])),
    overQuota: profilesOverQuota(input.habilitations, input.quotas, input.today),
    today: input.today,
  };
}

/** Every reason why this item must not be maintained in bulk. */
export function itemAnomalies(item: ReviewItem, ctx: AnomalyContext): ItemAnomaly[] {
  const out: ItemAnomaly[] = [];
  const agent = item.snapshot.agentId ? ctx.agents.get(item.snapshot.agentId) : undefined;
  const a = item.answers;
  if (a.stillInOrganisation === false || (agent && isAgentDeparted(agent, ctx.today))) {
    out.push({ code: 'departed', label: 'agent parti' });
  }
  if (a.personalAccount === false || (agent && looksLikeSharedAccount(agent).shared)) {
    out.push({ code: 'shared-account', label: 'compte partagé' });
  }
  const functionNow = agent?.function;
  if (
    a.sameFunction === false ||
    (agent && foldText(functionNow) !== foldText(item.snapshot.agentFunction))
  ) {
    out.push({ code: 'function-changed', label: 'changement de fonction' });
  }
  if (ctx.overQuota.has(profileKey(item.snapshot.bulletinId, item.snapshot.profileCode))) {
    out.push({
      code: 'over-quota',
      label: `quota ${item.snapshot.profileCode.toUpperCase()} dépassé`,
    });
  }
  // A review opened from the portal's list: the differences still open, and an access the
  // register does not have, are decided one by one.
  if (item.portal && !item.portal.inRegister)
    out.push({ code: 'portal', label: 'portail : absent du registre' });
  for (const f of item.portal?.differences ?? []) {
    if (f.status === 'open')
      out.push({
        code: 'portal',
        label: `portail : ${DIFFERENCE_INFO[f.kind].label.toLowerCase()}`,
      });
  }
  const suggestion = suggestDecision(a);
  if (suggestion && suggestion.decision !== 'maintenir' && out.length === 0) {
    out.push({ code: 'suggestion', label: `suggestion : ${DECISION_LABELS[suggestion.decision]}` });
  }
  return out;
}

export interface BulkMaintainPlan {
  /** Items that can be maintained together. */
  maintain: ReviewItem[];
  /** Items left to be decided one by one, with why. */
  skipped: { item: ReviewItem; anomalies: ItemAnomaly[] }[];
}

/** « Maintenir les N affichées »: only undecided items with no anomaly nor other suggestion. */
export function planBulkMaintain(
  items: readonly ReviewItem[],
  ctx: AnomalyContext,
): BulkMaintainPlan {
  const plan: BulkMaintainPlan = { maintain: [], skipped: [] };
  for (const item of items) {
    if (item.decision) continue;
    const anomalies = itemAnomalies(item, ctx);
    if (anomalies.length) plan.skipped.push({ item, anomalies });
    else plan.maintain.push(item);
  }
  return plan;
}

/** « 3 habilitations laissées à décider une par une : Karim BENALI (agent parti), … ». */
export function describeSkipped(plan: BulkMaintainPlan, max = 10): string | undefined {
  const n = plan.skipped.length;
  if (n === 0) return undefined;
  const list = plan.skipped
    .slice(0, max)
    .map(
      (s) =>
        `${s.item.snapshot.agentName} ${s.item.snapshot.profileCode} (${s.anomalies.map((a) => a.label).join(', ')})`,
    )
    .join(' ; ');
  const more = n > max ? ` ; et ${formatCount(n - max, 'autre')}` : '';
  return frenchSpacing(
    `${n === 1 ? 'Une habilitation est laissée' : `${formatNumber(n)} habilitations sont laissées`} à décider une par une, car ${n === 1 ? 'elle présente' : 'elles présentent'} une anomalie ou une suggestion : ${list}${more}.`,
  );
}

/** Warnings before closing: a departed agent whose habilitation is « Maintenu ». */
export function closeWarnings(items: readonly ReviewItem[], ctx: AnomalyContext): string[] {
  return items
    .filter(
      (i) => i.decision === 'maintenir' && itemAnomalies(i, ctx).some((a) => a.code === 'departed'),
    )
    .map((i) =>
      frenchSpacing(
        `${i.snapshot.agentName} a quitté la structure mais son habilitation ${i.snapshot.profileCode} est « Maintenu » : une habilitation doit être retirée au départ de la personne (conv. art. 9.2). Revoyez cette décision avant de clore.`,
      ),
    );
}

/** The other profiles a « Modifier » can choose: provided by the bulletin (quota > 0). */
export function otherProfilesForItem(item: ReviewItem, quotas: readonly Quota[]): string[] {
  const current = item.snapshot.profileCode.trim().toUpperCase();
  return quotas
    .filter(
      (q) =>
        q.bulletinId === item.snapshot.bulletinId &&
        q.max > 0 &&
        q.profileCode.trim().toUpperCase() !== current,
    )
    .map((q) => q.profileCode)
    .sort(compareProfileCodes);
}

/** Why the « Nouveau profil » list is empty, and what to do. */
export function noOtherProfileMessage(item: ReviewItem, quotas: readonly Quota[]): string {
  const provided = quotas
    .filter((q) => q.bulletinId === item.snapshot.bulletinId && q.max > 0)
    .map((q) => `${q.profileCode} (${formatNumber(q.max)})`);
  return frenchSpacing(
    `Le bulletin ${item.snapshot.bulletinLabel} ne prévoit aucun autre profil que ${item.snapshot.profileCode}${provided.length ? ` (quotas : ${provided.join(', ')})` : ''} : il n’y a donc pas d’autre profil à choisir. Pour en attribuer un autre, demandez à la Caf un avenant au bulletin d’adhésion (conv. art. 17.3). En attendant, maintenez l’habilitation si la mission la justifie, ou supprimez-la.`,
  );
}
