/**
 * The reconciliation's per-agent step: for each agent the portal lists, a departure with an
 * open account, accounts in double, unused accounts, and the portal's profiles against the
 * register's active habilitations (service or profile not the same, a profile on one side
 * only); then the register's habilitations of the agents the portal does not list.
 */
import { formatDateFr } from '../dates';
import { formatServiceName } from '../format';
import { isAgentDeparted } from '../rules/agents';
import type { Agent } from '../schemas';
import { describeAccount, type PortalAccount, type PortalGrant } from './accounts';
import type { AccountMatching } from './reconcile-accounts';
import {
  grantLabel,
  summarise,
  type ReconcileContext,
  type RegisterGrant,
} from './reconcile-context';

export function compareAgents(ctx: ReconcileContext, matching: AccountMatching): void {
  const { input, today, idx, agentName, add, art } = ctx;
  const { list } = input;
  const { unusedMonths, unusedBefore, recentSince, onlyService, registerByAgent } = ctx;
  const { accountsByAgent, onHold } = matching;

  // Agents seen in the portal: departures, profiles, services, unused accounts, duplicates.
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
}
