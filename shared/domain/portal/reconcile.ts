/**
 * The reconciliation: the portal's accounts against the register's agents and active
 * habilitations, each difference with the article it touches and what to do. Pure and
 * linear (every lookup goes through a map), for 10,000 accounts against a large register.
 */
import { addDays, addMonths, formatDateFr, type IsoDate } from '../dates';
import { agentName as formatAgentName, formatServiceName, formatCount } from '../format';
import { normaliseProfileCode } from '../profiles';
import { isHabilitationActive } from '../rules/active';
import { isAgentDeparted } from '../rules/agents';
import type { Agent, Bulletin, Habilitation, Quota } from '../schemas';
import { frenchSpacing } from '../text';
import { describeAccount, type PortalAccount, type PortalGrant, type PortalList } from './accounts';
import {
  compareDifferences,
  DIFFERENCE_INFO,
  DIFFERENCE_KINDS,
  type AccountSummary,
  type DifferenceKind,
  type PortalAction,
  type PortalDifference,
} from './differences';
import { indexAgents, matchAccount, type AccountMatch } from './match';

export const DEFAULT_UNUSED_MONTHS = 6;
/** A habilitation granted this recently may simply not be created in the portal yet. */
export const RECENT_GRANT_DAYS = 30;

export interface ReconcileInput {
  list: PortalList;
  /** The partner's agents (departed ones included: they are what rule 4 looks for). */
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  /** The convention's bulletins: only their habilitations are compared. */
  bulletins: readonly Bulletin[];
  quotas: readonly Quota[];
  today: IsoDate;
  unusedMonths?: number;
  recentGrantDays?: number;
  /** The user's answers about uncertain matches: account key → agent id, or null (none). */
  links?: ReadonlyMap<string, string | null>;
}

export interface QuotaComparison {
  serviceCode: string;
  profileCode: string;
  /** Accounts of the portal (active or suspended) holding the profile. */
  portal: number;
  /** Active habilitations of the register. */
  register: number;
  /** The bulletins' maximum (0 when the profile has none: none may be created). */
  quota: number;
}

export interface Reconciliation {
  differences: PortalDifference[];
  matches: Map<string, AccountMatch>;
  counts: Record<DifferenceKind, number>;
  quotas: QuotaComparison[];
  stats: {
    accounts: number;
    activeAccounts: number;
    matched: number;
    registerHabilitations: number;
  };
}

interface RegisterGrant {
  hab: Habilitation;
  serviceCode: string;
  profileCode: string;
}

const say = (s: string) => frenchSpacing(s);

const summaries = new WeakMap<PortalAccount, AccountSummary>();
function summarise(a: PortalAccount): AccountSummary {
  const known = summaries.get(a);
  if (known) return known;
  const summary = buildSummary(a);
  summaries.set(a, summary);
  return summary;
}

function buildSummary(a: PortalAccount): AccountSummary {
  const live = a.grants.filter((g) => g.status !== 'désactivé');
  return {
    key: a.key,
    status: a.status,
    profiles: [...new Set(live.map((g) => g.profileCode))],
    serviceCodes: [...new Set(live.map((g) => g.serviceCode).filter((s): s is string => !!s))],
    ...(a.login ? { login: a.login } : {}),
    ...(a.email ? { email: a.email } : {}),
    ...(a.lastName ? { lastName: a.lastName } : {}),
    ...(a.firstName ? { firstName: a.firstName } : {}),
    ...(a.fullName ? { fullName: a.fullName } : {}),
    ...(a.lastLoginOn ? { lastLoginOn: a.lastLoginOn } : {}),
    ...(a.createdOn ? { createdOn: a.createdOn } : {}),
  };
}

const grantLabel = (g: { profileCode: string; serviceCode?: string | undefined }) =>
  g.serviceCode ? `${g.profileCode} (${formatServiceName(g.serviceCode)})` : g.profileCode;

export function reconcile(input: ReconcileInput): Reconciliation {
  const { today, list } = input;
  const unusedMonths = input.unusedMonths ?? DEFAULT_UNUSED_MONTHS;
  const recentDays = input.recentGrantDays ?? RECENT_GRANT_DAYS;
  const idx = indexAgents(input.agents);
  const names = new Map<string, string>();
  const agentName = (a: Agent) => {
    let n = names.get(a.id);
    if (n === undefined) names.set(a.id, (n = formatAgentName(a)));
    return n;
  };
  const serviceOf = new Map(input.bulletins.map((b) => [b.id, b.serviceCode.trim().toUpperCase()]));
  const services = [...new Set(serviceOf.values())];
  const onlyService = services.length === 1 ? services[0] : undefined;
  const differences: PortalDifference[] = [];
  const add = (
    kind: DifferenceKind,
    key: string,
    message: string,
    actions: PortalAction[],
    extra: Partial<PortalDifference> = {},
  ) => {
    const info = DIFFERENCE_INFO[kind];
    differences.push({
      key: `${kind}|${key}`,
      kind,
      severity: info.severity,
      article: info.article,
      message: say(message),
      actions,
      ...extra,
    });
  };
  const art = (kind: DifferenceKind) => `(${DIFFERENCE_INFO[kind].article})`;

  // Register side: active habilitations of the convention, by agent.
  const registerByAgent = new Map<string, RegisterGrant[]>();
  let registerCount = 0;
  for (const h of input.habilitations) {
    const serviceCode = serviceOf.get(h.bulletinId);
    if (!serviceCode || h.purgedAt || !isHabilitationActive(h, today) || !idx.agents.has(h.agentId))
      continue;
    registerCount++;
    const list = registerByAgent.get(h.agentId) ?? [];
    list.push({ hab: h, serviceCode, profileCode: normaliseProfileCode(h.profileCode) });
    registerByAgent.set(h.agentId, list);
  }

  // Portal side: each account matched.
  const matches = new Map<string, AccountMatch>();
  const accountsByAgent = new Map<string, PortalAccount[]>();
  const onHold = new Set<string>();
  let activeAccounts = 0;
  let matched = 0;
  for (const a of list.accounts) {
    const live = a.status !== 'désactivé';
    if (live) activeAccounts++;
    const m = matchAccount(a, idx, input.links?.get(a.key));
    matches.set(a.key, m);
    const who = describeAccount(a);
    const summary = summarise(a);
    if (m.kind === 'matched') {
      matched++;
      const l = accountsByAgent.get(m.agentId) ?? [];
      l.push(a);
      accountsByAgent.set(m.agentId, l);
      if (m.conflict && live) {
        const agent = idx.agents.get(m.agentId)!;
        const other = m.conflict.otherAgentId ? idx.agents.get(m.conflict.otherAgentId) : undefined;
        const via = m.by === 'login' ? `l’identifiant ${a.login}` : `le mél ${a.email}`;
        add(
          'login-conflict',
          a.key,
          `Le compte ${who} porte ${via}, enregistré pour ${agentName(agent)}, mais un autre nom${other ? ` (celui de ${agentName(other)})` : ''}. Un compte ne doit servir qu’à une seule personne ${art('login-conflict')} : vérifiez à qui il est et corrigez le portail ou le registre.`,
          ['explain'],
          {
            account: summary,
            agentId: agent.id,
            ...(other ? { candidateAgentIds: [other.id] } : {}),
          },
        );
      }
    } else if (m.kind === 'proposed') {
      if (!live) continue;
      onHold.add(m.agentId);
      const agent = idx.agents.get(m.agentId)!;
      const why =
        m.why === 'inverted'
          ? 'NOM et prénom inversés'
          : m.why === 'partial'
            ? 'nom composé écrit en partie'
            : `cet agent a déjà l’identifiant ${agent.portalLogin ?? ''}`;
      add(
        'match-to-confirm',
        a.key,
        `Le compte ${who} ressemble à ${agentName(agent)} (${why}). Confirmez ou écartez ce rapprochement : rien n’est appliqué sans votre accord.`,
        ['confirm-match', 'reject-match'],
        { account: summary, agentId: agent.id, candidateAgentIds: [agent.id] },
      );
    } else if (m.kind === 'ambiguous') {
      if (!live) continue;
      for (const id of m.candidates) onHold.add(id);
      const names = m.candidates.map((id) => agentName(idx.agents.get(id)!)).join(', ');
      const by =
        m.by === 'name' ? 'le même nom' : m.by === 'email' ? 'le même mél' : 'le même identifiant';
      add(
        'ambiguous-match',
        a.key,
        `Le compte ${who} peut appartenir à plusieurs agents qui ont ${by} (${names}). Choisissez lequel : l’application ne devine pas.`,
        ['confirm-match', 'reject-match'],
        { account: summary, candidateAgentIds: [...m.candidates] },
      );
    } else if (live) {
      const grants = a.grants.filter((g) => g.status !== 'désactivé');
      const profiles = grants.length ? grants.map(grantLabel).join(', ') : 'aucun profil';
      const last = a.lastLoginOn ? `, dernière connexion le ${formatDateFr(a.lastLoginOn)}` : '';
      add(
        'unknown-account',
        a.key,
        `Le compte ${who} (${profiles}${last}) est ${a.status === 'suspendu' ? 'suspendu' : 'actif'} dans le portail mais inconnu du registre. Une habilitation ne se donne qu’aux agents placés sous votre responsabilité ${art('unknown-account')} : enregistrez l’agent et son habilitation, ou faites désactiver le compte.`,
        ['register-agent', 'mark-deactivate-in-portal', 'explain'],
        { account: summary, ...(grants[0] ? { profileCode: grants[0].profileCode } : {}) },
      );
    }
  }

  // Agents seen in the portal: departures, profiles, services, unused accounts, duplicates.
  const unusedBefore = addMonths(today, -unusedMonths);
  const recentSince = addDays(today, -recentDays);
  for (const [agentId, accounts] of accountsByAgent) {
    const agent = idx.agents.get(agentId)!;
    const name = agentName(agent);
    const liveAccounts = accounts.filter((a) => a.status !== 'désactivé');
    if (isAgentDeparted(agent, today) && liveAccounts.length) {
      const active = liveAccounts.some((a) => a.status === 'actif');
      const acc = liveAccounts.find((a) => a.status === 'actif') ?? liveAccounts[0]!;
      add(
        'departed-active',
        agentId,
        `${name} est parti(e) le ${formatDateFr(agent.departedOn)} mais son compte ${acc.login ?? describeAccount(acc)} est encore ${active ? 'actif' : 'suspendu'} dans le portail. Une habilitation se retire dès le départ ${art('departed-active')} : désactivez le compte dans le portail et retirez ses habilitations du registre.`,
        ['mark-deactivate-in-portal', 'revoke-in-register', 'explain'],
        { account: summarise(acc), agentId, ...(active ? {} : { severity: 'attention' as const }) },
      );
      continue;
    }
    if (liveAccounts.length > 1) {
      add(
        'duplicate-account',
        agentId,
        `${name} a ${liveAccounts.length} comptes ouverts dans le portail (${liveAccounts.map((a) => a.login ?? describeAccount(a)).join(', ')}). Limitez le nombre d’accès ${art('duplicate-account')} : faites désactiver les comptes en trop.`,
        ['mark-deactivate-in-portal', 'explain'],
        { account: summarise(liveAccounts[1]!), agentId },
      );
    }
    for (const a of liveAccounts) {
      if (a.status !== 'actif' || !list.has.lastLogin) continue;
      const last = a.lastLoginOn;
      const stale = last ? last < unusedBefore : !!a.createdOn && a.createdOn < unusedBefore;
      if (!stale) continue;
      add(
        'unused-account',
        a.key,
        `${name} ne s’est pas connecté(e) au portail ${last ? `depuis le ${formatDateFr(last)}` : `depuis la création du compte le ${formatDateFr(a.createdOn)}`} (plus de ${unusedMonths} mois). Moindre affectation et nombre d’accès limité ${art('unused-account')} : retirez l’habilitation si elle n’est plus utile, ou expliquez pourquoi la garder.`,
        ['revoke-in-register', 'mark-deactivate-in-portal', 'explain'],
        { account: summarise(a), agentId },
      );
    }
    compareGrants(agent, liveAccounts, liveAccounts.length === 0);
  }

  function compareGrants(agent: Agent, accounts: PortalAccount[], allDisabled: boolean) {
    const name = agentName(agent);
    const portal: (PortalGrant & { account: PortalAccount })[] = accounts.flatMap((a) =>
      a.grants
        .filter((g) => g.status !== 'désactivé')
        .map((g) => ({ ...g, serviceCode: g.serviceCode ?? onlyService, account: a })),
    );
    const register = [...(registerByAgent.get(agent.id) ?? [])];
    const take = <T>(arr: T[], pred: (x: T) => boolean) => {
      const i = arr.findIndex(pred);
      return i < 0 ? undefined : arr.splice(i, 1)[0];
    };
    const sameService = (g: { serviceCode?: string | undefined }, r: RegisterGrant) =>
      !g.serviceCode || g.serviceCode === r.serviceCode;
    const leftPortal: typeof portal = [];
    for (const g of portal)
      if (!take(register, (r) => r.profileCode === g.profileCode && sameService(g, r)))
        leftPortal.push(g);
    const unpaired: typeof portal = [];
    for (const g of leftPortal) {
      const r = take(register, (x) => x.profileCode === g.profileCode);
      if (r) {
        add(
          'service-mismatch',
          `${agent.id}|${g.profileCode}`,
          `${name} a le profil ${g.profileCode} sur le service ${formatServiceName(g.serviceCode ?? '')} dans le portail, sur ${formatServiceName(r.serviceCode)} dans le registre ${art('service-mismatch')}. Alignez l’un sur l’autre.`,
          ['mark-change-in-portal', 'explain'],
          {
            account: summarise(g.account),
            agentId: agent.id,
            habilitationId: r.hab.id,
            profileCode: g.profileCode,
            registerProfileCode: r.profileCode,
            bulletinId: r.hab.bulletinId,
            ...(g.serviceCode ? { serviceCode: g.serviceCode } : {}),
          },
        );
        continue;
      }
      const other = take(register, (x) => sameService(g, x));
      if (other) {
        add(
          'profile-mismatch',
          `${agent.id}|${other.hab.id}`,
          `${name} a le profil ${g.profileCode} dans le portail et ${other.profileCode} dans le registre ${art('profile-mismatch')}. Alignez le registre sur le portail, ou faites modifier le profil dans le portail.`,
          ['align-register', 'mark-change-in-portal', 'explain'],
          {
            account: summarise(g.account),
            agentId: agent.id,
            habilitationId: other.hab.id,
            profileCode: g.profileCode,
            registerProfileCode: other.profileCode,
            bulletinId: other.hab.bulletinId,
            ...(g.serviceCode ? { serviceCode: g.serviceCode } : {}),
          },
        );
        continue;
      }
      unpaired.push(g);
    }
    for (const g of unpaired) {
      add(
        'portal-only-profile',
        `${agent.id}|${g.serviceCode ?? ''}|${g.profileCode}`,
        `${name} a le profil ${grantLabel(g)} dans le portail, absent du registre ${art('portal-only-profile')}. Enregistrez l’habilitation, ou faites-la désactiver dans le portail.`,
        ['register-habilitation', 'mark-deactivate-in-portal', 'explain'],
        {
          account: summarise(g.account),
          agentId: agent.id,
          profileCode: g.profileCode,
          ...(g.serviceCode ? { serviceCode: g.serviceCode } : {}),
        },
      );
    }
    for (const r of register) missing(agent, r, allDisabled);
  }

  function missing(agent: Agent, r: RegisterGrant, disabled: boolean) {
    const h = r.hab;
    const recent = !h.appliedInPortalOn && h.grantedOn >= recentSince;
    const what = `L’habilitation ${r.profileCode} (${formatServiceName(r.serviceCode)}) de ${agentName(agent)}, accordée le ${formatDateFr(h.grantedOn)},`;
    const message = disabled
      ? `${what} est active dans le registre mais le compte est désactivé dans le portail ${art('missing-in-portal')} : retirez-la du registre.`
      : recent
        ? `${what} n’est pas encore dans le portail ${art('missing-in-portal')} : créez-la dans le portail.`
        : `${what} est absente du portail ${art('missing-in-portal')}${h.appliedInPortalOn ? ` (notée créée le ${formatDateFr(h.appliedInPortalOn)})` : ''} : retirez-la du registre si elle n’existe plus, ou créez-la dans le portail.`;
    add(
      'missing-in-portal',
      h.id,
      message,
      recent && !disabled
        ? ['mark-create-in-portal', 'revoke-in-register', 'explain']
        : ['revoke-in-register', 'mark-create-in-portal', 'explain'],
      {
        agentId: agent.id,
        habilitationId: h.id,
        registerProfileCode: r.profileCode,
        bulletinId: h.bulletinId,
      },
    );
  }

  // Register habilitations of agents the portal does not list at all.
  for (const [agentId, grants] of registerByAgent) {
    if (accountsByAgent.has(agentId) || onHold.has(agentId)) continue;
    for (const r of grants) missing(idx.agents.get(agentId)!, r, false);
  }

  // Per service and profile: the portal's accounts against the bulletins' quotas.
  const quotaRows = compareQuotas();
  function compareQuotas(): QuotaComparison[] {
    const rows = new Map<string, QuotaComparison>();
    const row = (serviceCode: string, profileCode: string) => {
      const k = `${serviceCode}|${profileCode}`;
      let r = rows.get(k);
      if (!r) rows.set(k, (r = { serviceCode, profileCode, portal: 0, register: 0, quota: 0 }));
      return r;
    };
    for (const q of input.quotas) {
      const s = serviceOf.get(q.bulletinId);
      if (s) row(s, normaliseProfileCode(q.profileCode)).quota += q.max;
    }
    for (const grants of registerByAgent.values())
      for (const g of grants) row(g.serviceCode, g.profileCode).register++;
    for (const a of list.accounts) {
      if (a.status === 'désactivé') continue;
      const seen = new Set<string>();
      for (const g of a.grants) {
        const s = g.serviceCode ?? onlyService;
        if (
          g.status === 'désactivé' ||
          !s ||
          !services.includes(s) ||
          seen.has(`${s}|${g.profileCode}`)
        )
          continue;
        seen.add(`${s}|${g.profileCode}`);
        row(s, g.profileCode).portal++;
      }
    }
    return [...rows.values()].sort(
      (a, b) =>
        a.serviceCode.localeCompare(b.serviceCode) ||
        a.profileCode.localeCompare(b.profileCode, 'fr', { numeric: true }),
    );
  }
  for (const q of quotaRows) {
    if (q.portal <= q.quota) continue;
    add(
      'over-quota',
      `${q.serviceCode}|${q.profileCode}`,
      q.quota === 0
        ? `Le portail compte ${formatCount(q.portal, 'compte')} au profil ${q.profileCode} (${formatServiceName(q.serviceCode)}) alors que le bulletin n’en prévoit aucun ${art('over-quota')}. Faites désactiver ces comptes ou demandez un avenant à la Caf.`
        : `Le portail compte ${q.portal} comptes au profil ${q.profileCode} (${formatServiceName(q.serviceCode)}) pour un quota de ${q.quota} ${art('over-quota')}. Faites désactiver les comptes en trop ou demandez un avenant à la Caf.`,
      ['explain'],
      { profileCode: q.profileCode, serviceCode: q.serviceCode },
    );
  }

  differences.sort(compareDifferences);
  const counts = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, 0])) as Record<
    DifferenceKind,
    number
  >;
  for (const d of differences) counts[d.kind]++;
  return {
    differences,
    matches,
    counts,
    quotas: quotaRows,
    stats: {
      accounts: list.accounts.length,
      activeAccounts,
      matched,
      registerHabilitations: registerCount,
    },
  };
}
