/**
 * The yearly review opened from the portal's list (a *reverse* review, contrat art. 2.2.2:
 * « à l'aide des outils proposés dans Mon Compte Partenaire »): its items are the union of
 * the accesses the portal lists and the register's active habilitations, each flagged with
 * the differences the reconciliation found. The raw list is not kept: what the portal has
 * and the register lacks is known from the differences (unknown account, profile only in the
 * portal, departed agent still active…), the rest matched the register.
 */
import { calendarDateInParis } from '../dates';
import { agentName, formatBulletinLabel } from '../format';
import { describeAccount } from '../portal/accounts';
import { DIFFERENCE_INFO, DIFFERENCE_KINDS, type DifferenceKind } from '../portal/differences';
import { normaliseProfileCode } from '../profiles';
import type {
  Agent,
  PortalImport,
  ReviewCampaign,
  ReviewItem,
  ReviewItemPortal,
  StoredPortalDifference,
} from '../schemas';
import { defaultAnswers, openCampaign, sortItems, type OpenCampaignInput } from './opening';

/** Kinds where the portal holds an access (account or profile) the register lacks. */
const PORTAL_ONLY_KINDS: ReadonlySet<DifferenceKind> = new Set([
  'unknown-account',
  'portal-only-profile',
]);
/** Kinds about one habilitation of the register. */
const HABILITATION_KINDS: ReadonlySet<DifferenceKind> = new Set([
  'missing-in-portal',
  'profile-mismatch',
  'service-mismatch',
]);

export interface PortalReviewInput extends OpenCampaignInput {
  /** The imported list the review starts from, and the convention's stored differences. */
  portalImport: PortalImport;
  differences: readonly StoredPortalDifference[];
}

/** « Compte inconnu du registre (traité : à désactiver dans le portail) ». */
export function portalFlagLabel(flag: ReviewItemPortal['differences'][number]): string {
  const label = DIFFERENCE_INFO[flag.kind].label;
  return flag.status === 'open'
    ? label
    : `${label} (${flag.status === 'explained' ? 'expliqué' : 'traité'})`;
}

/**
 * Opens the campaign from the portal's list: the register's active habilitations (as
 * `openCampaign`), each flagged with its differences, plus one item per profile of every
 * access that exists only in the portal (the unknown account included), the register not
 * being touched. The differences considered are those of this list (`lastImportId`).
 */
export function openCampaignFromPortal(input: PortalReviewInput): {
  campaign: ReviewCampaign;
  items: ReviewItem[];
} {
  const importId = input.portalImport.id;
  const opened = openCampaign(input);
  const items = opened.items.map((i): ReviewItem => ({
    ...i,
    portal: { importId, inPortal: true, inRegister: true, differences: [] },
  }));
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const byHabilitation = new Map(items.map((i) => [i.habilitationId, i]));
  const byAgent = new Map<string, ReviewItem[]>();
  for (const i of items) {
    const id = i.snapshot.agentId!;
    const list = byAgent.get(id);
    if (list) list.push(i);
    else byAgent.set(id, [i]);
  }
  const flag = (item: ReviewItem, d: StoredPortalDifference) => {
    const p = item.portal!;
    if (p.differences.some((f) => f.id === d.id)) return;
    p.differences.push({ id: d.id, kind: d.kind, status: d.status });
    if (d.kind === 'missing-in-portal') p.inPortal = false;
  };
  const accountItems = new Map<string, ReviewItem>();
  const importDay = calendarDateInParis(input.portalImport.importedAt);
  const bulletinFor = (serviceCode: string | undefined) =>
    input.bulletins.find(
      (b) => serviceCode && b.serviceCode.toUpperCase() === serviceCode.toUpperCase(),
    ) ?? input.bulletins[0];
  /** One item per profile of an access only in the portal (one with « — » when it lists none). */
  const portalOnly = (d: StoredPortalDifference, profiles: readonly string[]) => {
    const a = d.account!;
    const agent = agentOf(d);
    const bulletin = bulletinFor(d.serviceCode ?? a.serviceCodes[0]);
    if (!bulletin) return;
    for (const code of profiles.length ? profiles : ['—']) {
      const key = `${a.key}|${code}`;
      let item = accountItems.get(key);
      if (!item) {
        item = {
          id: input.newItemId(),
          campaignId: input.campaignId,
          snapshot: {
            ...(agent ? { agentId: agent.id } : {}),
            agentName: agent ? agentName(agent) : describeAccount(a),
            agentFunction: agent?.function,
            agentService: agent?.service,
            bulletinId: bulletin.id,
            bulletinLabel: formatBulletinLabel(bulletin),
            profileCode: code,
            grantedOn: a.createdOn ?? importDay,
          },
          answers: agent ? defaultAnswers(agent, input.today) : {},
          addedAfterOpening: false,
          portal: { importId, inPortal: true, inRegister: false, differences: [], account: a },
        };
        accountItems.set(key, item);
      }
      flag(item, d);
    }
  };
  function agentOf(d: StoredPortalDifference): Agent | undefined {
    const id = d.agentId ?? d.resolution?.agentId;
    return id ? agents.get(id) : undefined;
  }

  const mine = input.differences
    .filter((d) => d.conventionId === input.conventionId && d.lastImportId === importId)
    .sort((a, b) => DIFFERENCE_KINDS.indexOf(a.kind) - DIFFERENCE_KINDS.indexOf(b.kind));
  for (const d of mine) {
    const agent = agentOf(d);
    const agentItems = agent ? (byAgent.get(agent.id) ?? []) : [];
    if (PORTAL_ONLY_KINDS.has(d.kind)) {
      // Per profile: registered since (agent and habilitation created from the portal), the
      // register's item; otherwise an item of its own.
      const code = d.profileCode ? normaliseProfileCode(d.profileCode) : undefined;
      const profiles =
        d.kind === 'portal-only-profile' && code
          ? [code]
          : (d.account?.profiles.map(normaliseProfileCode) ?? (code ? [code] : []));
      for (const p of profiles.length ? profiles : ['—']) {
        const registered = agentItems.filter(
          (i) => normaliseProfileCode(i.snapshot.profileCode) === p,
        );
        if (registered.length) registered.forEach((i) => flag(i, d));
        else if (d.account) portalOnly(d, p === '—' ? [] : [p]);
      }
    } else if (HABILITATION_KINDS.has(d.kind)) {
      const item = d.habilitationId ? byHabilitation.get(d.habilitationId) : undefined;
      if (item) flag(item, d);
      else {
        // Aligned since: the new habilitation carries the portal's profile.
        const code = d.profileCode ? normaliseProfileCode(d.profileCode) : undefined;
        agentItems
          .filter((i) => code && normaliseProfileCode(i.snapshot.profileCode) === code)
          .forEach((i) => flag(i, d));
      }
    } else if (d.kind !== 'over-quota') {
      // About the agent or the account: every access of the agent, or the account itself.
      if (agentItems.length) agentItems.forEach((i) => flag(i, d));
      else if (d.account && d.account.status !== 'désactivé') portalOnly(d, d.account.profiles);
    }
  }

  const all = [...items, ...accountItems.values()];
  sortItems(all, (i) => {
    const a = i.snapshot.agentId ? agents.get(i.snapshot.agentId) : undefined;
    return a
      ? `${a.lastName} ${a.firstName ?? ''} ${i.snapshot.profileCode}`
      : `${i.snapshot.agentName} ${i.snapshot.profileCode}`;
  });
  return { campaign: { ...opened.campaign, portalImportId: importId }, items: all };
}

/** How many items of the review are flagged with each kind of difference. */
export function portalFlagCounts(
  items: readonly ReviewItem[],
): Partial<Record<DifferenceKind, number>> {
  const counts: Partial<Record<DifferenceKind, number>> = {};
  for (const i of items)
    for (const f of new Set(i.portal?.differences.map((d) => d.kind)))
      counts[f] = (counts[f] ?? 0) + 1;
  return counts;
}
