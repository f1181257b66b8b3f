/**
 * Resolving a portal difference: the register change it calls for and the difference's status,
 * written in the same journalled transaction.
 */
import { agentName } from '../../../shared/domain/format';
import type { PortalAction } from '../../../shared/domain/portal/differences';
import { isHabilitationActive } from '../../../shared/domain/rules/active';
import type { Agent, Habilitation, StoredPortalDifference } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { ValidationError } from '../validation';
import { PORTAL_REASON as REASON, portalWrites, splitLoose } from './portal-writes';

export interface ResolveInput {
  differenceId: string;
  action: PortalAction;
  today: string;
  /** Required to explain; kept with any other action. */
  note?: string;
  /** The agent chosen among the candidates (confirm-match). */
  agentId?: string;
  /** The bulletin to register a habilitation on, when the service does not say which. */
  bulletinId?: string;
}

/**
 * Resolves a difference: the register change it calls for (agent and habilitation created,
 * habilitation revoked or aligned, login stored on the agent) and the difference's status,
 * in one journalled transaction. Refused with the rule's message when a rule forbids it.
 */
export function resolveDifference(
  db: AppDatabase,
  actor: Actor,
  input: ResolveInput,
): Promise<StoredPortalDifference> {
  const { grant, revoke } = portalWrites(db, actor);
  return writeRegister(
    db,
    actor,
    [
      'portalDifferences',
      'agents',
      'habilitations',
      'bulletins',
      'quotas',
      'conventions',
      'organisations',
    ],
    async (w) => {
      const d = await db.portalDifferences.get(input.differenceId);
      if (!d)
        throw new ValidationError(['Cet écart n’existe plus : réimportez la liste du portail.']);
      if (d.status !== 'open') throw new ValidationError(['Cet écart est déjà traité.']);
      if (!d.actions.includes(input.action))
        throw new ValidationError(['Cette action ne s’applique pas à cet écart.']);
      const note = input.note?.trim();
      if (input.action === 'explain' && !note)
        throw new ValidationError([
          'Expliquez pourquoi l’écart est gardé tel quel (il figurera dans le rapport de revue).',
        ]);
      let agentId = d.agentId;
      const bulletins = await db.bulletins.where('conventionId').equals(d.conventionId).toArray();
      const pickBulletin = (serviceCode: string | undefined) => {
        if (input.bulletinId) return bulletins.find((b) => b.id === input.bulletinId);
        const same = bulletins.filter(
          (b) => !serviceCode || b.serviceCode.toUpperCase() === serviceCode.toUpperCase(),
        );
        return same.length === 1 ? same[0] : bulletins.length === 1 ? bulletins[0] : undefined;
      };

      switch (input.action) {
        case 'register-agent': {
          const a = d.account;
          if (!a)
            throw new ValidationError([
              'Le compte du portail n’est plus connu : réimportez la liste.',
            ]);
          const convention = await db.conventions.get(d.conventionId);
          if (!convention) throw new ValidationError(['La convention n’existe plus.']);
          const [lastName, firstName] = a.lastName
            ? [a.lastName, a.firstName]
            : splitLoose(a.fullName ?? a.login ?? a.email ?? '');
          const agent: Agent = {
            id: newId(),
            organisationId: convention.partnerId,
            lastName: lastName || (a.login ?? 'INCONNU'),
            qualifiedSocialWorker: false,
            portalRole: 'Utilisateur',
            ...(firstName ? { firstName } : {}),
            ...(a.email ? { email: a.email } : {}),
            ...(a.login ? { portalLogin: a.login } : {}),
          };
          await w.put('agents', agent, `${agentName(agent)} (${REASON})`);
          agentId = agent.id;
          for (const code of a.profiles)
            await grant(w, agent, code, pickBulletin(a.serviceCodes[0]), input.today);
          break;
        }
        case 'register-habilitation': {
          const agent = agentId ? await db.agents.get(agentId) : undefined;
          if (!agent || !d.profileCode)
            throw new ValidationError(['L’agent de cet écart n’existe plus.']);
          await grant(w, agent, d.profileCode, pickBulletin(d.serviceCode), input.today);
          break;
        }
        case 'revoke-in-register': {
          const habs = d.habilitationId
            ? [await db.habilitations.get(d.habilitationId)].filter((h): h is Habilitation => !!h)
            : agentId
              ? await db.habilitations.where('agentId').equals(agentId).toArray()
              : [];
          const ids = new Set(bulletins.map((b) => b.id));
          const active = habs.filter(
            (h) => ids.has(h.bulletinId) && isHabilitationActive(h, input.today),
          );
          if (!active.length)
            throw new ValidationError(['Aucune habilitation active à retirer dans le registre.']);
          for (const h of active) await revoke(w, h, input.today, note);
          break;
        }
        case 'align-register': {
          const h = d.habilitationId ? await db.habilitations.get(d.habilitationId) : undefined;
          const agent = agentId ? await db.agents.get(agentId) : undefined;
          if (!h || !agent || !d.profileCode)
            throw new ValidationError(['L’habilitation de cet écart n’existe plus.']);
          await revoke(w, h, input.today, note ?? `Profil ${d.profileCode} dans le portail`);
          await grant(
            w,
            agent,
            d.profileCode,
            bulletins.find((b) => b.id === h.bulletinId),
            input.today,
            h.id,
          );
          break;
        }
        case 'confirm-match': {
          const chosen = input.agentId ?? d.candidateAgentIds?.[0];
          if (!chosen || !(d.candidateAgentIds ?? []).includes(chosen))
            throw new ValidationError(['Choisissez l’agent à qui appartient ce compte.']);
          const agent = await db.agents.get(chosen);
          if (!agent) throw new ValidationError(['Cet agent n’existe plus.']);
          agentId = chosen;
          const login = d.account?.login;
          if (login && agent.portalLogin !== login) {
            await w.put(
              'agents',
              { ...agent, portalLogin: login },
              `${agentName(agent)} : identifiant du portail ${login} (${REASON})`,
            );
          }
          break;
        }
        default:
          break;
      }

      const resolved: StoredPortalDifference = {
        ...d,
        status: input.action === 'explain' ? 'explained' : 'resolved',
        resolution: {
          action: input.action,
          at: actor.now().toISOString(),
          by: actor.name,
          ...(note ? { note } : {}),
          ...(agentId ? { agentId } : {}),
        },
      };
      return w.put(
        'portalDifferences',
        resolved,
        `Écart avec le portail traité : ${d.message.slice(0, 200)}`,
      );
    },
  );
}
