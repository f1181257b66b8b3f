/**
 * Rules on agents: consistent dates, departures (conv. art. 9.2: a departed user is revoked
 * at once) and accounts that look shared (conv. art. 9.2: never share a habilitation).
 */
import { ARTICLES } from '../articles';
import { formatDateFr, isPast, type IsoDate } from '../dates';
import { looksLikeSharedEmail, looksLikeSharedName } from '../email-heuristics';
import { decide, type Decision, type Finding } from '../findings';
import { agentName, formatBulletinLabel } from '../format';
import { compareProfileCodes } from '../profiles';
import type { Agent, Bulletin, Habilitation } from '../schemas';
import { frenchSpacing, guillemets } from '../text';
import { isHabilitationActive } from './active';

/** Departure before arrival → refused. The same day is allowed (a one-day mission). */
export function validateAgent(agent: Pick<Agent, 'arrivedOn' | 'departedOn'>): Decision {
  const findings: Finding[] = [];
  if (agent.arrivedOn && agent.departedOn && agent.departedOn < agent.arrivedOn) {
    findings.push({
      code: 'agent-departure-before-arrival',
      severity: 'refus',
      article: '',
      message: frenchSpacing(
        `La date de départ (${formatDateFr(agent.departedOn)}) est antérieure à la date d’arrivée (${formatDateFr(agent.arrivedOn)}). Corrigez l’une des deux dates.`,
      ),
    });
  }
  return decide(findings);
}

/** Departed = a departure date strictly before today (on the day itself the agent is present). */
export function isAgentDeparted(agent: Pick<Agent, 'departedOn'>, today: IsoDate): boolean {
  return agent.departedOn !== undefined && isPast(agent.departedOn, today);
}

/**
 * One alert per departed agent who still holds active habilitations, listing them
 * (profile and bulletin).
 */
export function departedAgentFindings(input: {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  bulletins?: readonly Bulletin[];
  today: IsoDate;
}): Finding[] {
  const { today } = input;
  const bulletinLabels = new Map(
    (input.bulletins ?? []).map((b) => [b.id, formatBulletinLabel(b)]),
  );
  const activeByAgent = new Map<string, Habilitation[]>();
  for (const h of input.habilitations) {
    if (!isHabilitationActive(h, today)) continue;
    const list = activeByAgent.get(h.agentId);
    if (list) list.push(h);
    else activeByAgent.set(h.agentId, [h]);
  }
  const findings: Finding[] = [];
  for (const a of input.agents) {
    if (!isAgentDeparted(a, today)) continue;
    const active = activeByAgent.get(a.id);
    if (!active || active.length === 0) continue;
    const what = active
      .slice()
      .sort((x, y) => compareProfileCodes(x.profileCode, y.profileCode))
      .map((h) => {
        const label = bulletinLabels.get(h.bulletinId);
        return label ? `${h.profileCode}, bulletin ${label}` : h.profileCode;
      })
      .join(' ; ');
    const n = active.length;
    findings.push({
      code: 'agent-departed-with-habilitation',
      severity: 'alerte',
      article: ARTICLES.partnerCommitments,
      target: { entity: 'agent', id: a.id },
      message: frenchSpacing(
        `${agentName(a)} est parti(e) le ${formatDateFr(a.departedOn)} mais garde ${n} habilitation${n > 1 ? 's' : ''} active${n > 1 ? 's' : ''} (${what}). Retirez-${n > 1 ? 'les' : 'la'} dans « Mon Compte Partenaire », puis enregistrez la date de retrait (conv. art. 9.2).`,
      ),
    });
  }
  return findings;
}

export interface SharedAccountVerdict {
  shared: boolean;
  /** Why, in French, e.g. `pas de prénom`, `adresse mél « accueil@… »`. */
  reasons: string[];
}

/**
 * Does this agent look like a shared account? A shared-looking e-mail, no first name, or a
 * last name such as « Accueil », « Service social », « Pôle … », « Secrétariat ».
 */
export function looksLikeSharedAccount(
  agent: Pick<Agent, 'lastName' | 'firstName' | 'email'>,
): SharedAccountVerdict {
  const reasons: string[] = [];
  const name = looksLikeSharedName(agent.lastName);
  if (name.shared) reasons.push(`nom ${guillemets(agent.lastName.trim())}`);
  if (!agent.firstName || agent.firstName.trim() === '') reasons.push('pas de prénom');
  if (looksLikeSharedEmail(agent.email).shared) reasons.push(`adresse mél ${agent.email ?? ''}`);
  return { shared: reasons.length > 0, reasons };
}

/**
 * A warning per present agent (not departed, not purged) that looks like a shared account.
 */
export function sharedAccountFindings(agents: readonly Agent[], today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  for (const a of agents) {
    if (a.purgedAt || isAgentDeparted(a, today)) continue;
    const v = looksLikeSharedAccount(a);
    if (!v.shared) continue;
    findings.push({
      code: 'agent-shared-account',
      severity: 'attention',
      article: ARTICLES.partnerCommitments,
      target: { entity: 'agent', id: a.id },
      message: frenchSpacing(
        `L’agent ${guillemets(agentName(a))} ressemble à un compte partagé (${v.reasons.join(', ')}). Une habilitation ne doit jamais être partagée entre plusieurs personnes : enregistrez une personne par agent, avec son adresse mél individuelle (conv. art. 9.2).`,
      ),
    });
  }
  return findings;
}
