/**
 * Habilitations « à régulariser »: asked for (an imported list, at onboarding) but refused by
 * the rules — profile not in the bulletin, quota reached, T1 for an agent not marked
 * qualified. The agent is kept; the request waits on the agent until it is granted (once the
 * rules allow it) or dismissed.
 */
import { ARTICLES } from '../articles';
import { formatDateFr, type IsoDate } from '../dates';
import { decide, refusals, type Decision, type Finding } from '../findings';
import { agentName, formatBulletinLabel } from '../format';
import type {
  Agent,
  Bulletin,
  Habilitation,
  PendingHabilitation,
  Profile,
  Quota,
} from '../schemas';
import { frenchSpacing } from '../text';
import { isAgentDeparted } from './agents';
import { qualificationFinding } from './habilitations';
import { checkGrant } from './quota';

export interface GrantContext {
  bulletin: Bulletin;
  quotas: readonly Quota[];
  habilitations: readonly Habilitation[];
  profiles: readonly Profile[];
  today: IsoDate;
}

/**
 * What refuses a habilitation asked for in bulk (an imported list): the grant rules
 * (`checkGrant`: no quota, quota reached, already held) and, because nobody confirms each
 * row, a T1-like profile for an agent not marked as a qualified social worker (a warning in
 * the grant dialog, where the user sees it and decides).
 */
export function checkBulkGrant(
  agent: Pick<Agent, 'id' | 'lastName' | 'firstName' | 'qualifiedSocialWorker'>,
  profileCode: string,
  ctx: GrantContext,
): Decision {
  const decision = checkGrant({
    bulletin: ctx.bulletin,
    quotas: ctx.quotas,
    habilitations: ctx.habilitations,
    agentId: agent.id,
    agentName: agentName(agent),
    profileCode,
    today: ctx.today,
  });
  const findings = [...decision.findings];
  const q = qualificationFinding({ id: '', profileCode }, agent, ctx.profiles);
  if (q) findings.push({ ...q, severity: 'refus', target: { entity: 'agent', id: agent.id } });
  return decide(findings);
}

/** The request kept on the agent for a refused decision (the first refusal gives the reason). */
export function pendingFromRefusal(input: {
  id: string;
  bulletinId: string;
  profileCode: string;
  decision: Decision;
  requestedOn: IsoDate;
  inPortal?: boolean;
  source?: string;
}): PendingHabilitation {
  const refused = refusals(input.decision);
  const main = refused[0];
  return {
    id: input.id,
    bulletinId: input.bulletinId,
    profileCode: input.profileCode,
    requestedOn: input.requestedOn,
    reason: refused.map((f) => f.message).join(' ') || 'Refusée par les règles de la convention.',
    ...(main?.article ? { article: main.article } : {}),
    ...(main?.code ? { code: main.code } : {}),
    ...(input.inPortal ? { inPortal: true } : {}),
    ...(input.source ? { source: input.source } : {}),
  };
}

/** Every pending request of the agents, on the bulletins given (one convention's). */
export function pendingOf(
  agents: readonly Agent[],
  bulletinIds: ReadonlySet<string>,
): { agent: Agent; pending: PendingHabilitation }[] {
  const out: { agent: Agent; pending: PendingHabilitation }[] = [];
  for (const agent of agents) {
    if (agent.purgedAt) continue;
    for (const pending of agent.pendingHabilitations ?? []) {
      if (bulletinIds.has(pending.bulletinId)) out.push({ agent, pending });
    }
  }
  return out;
}

/**
 * One dashboard alert per agent with habilitations à régulariser. An alert (not a warning)
 * when the habilitation already exists in the portal: it breaks the bulletin today.
 */
export function pendingHabilitationFindings(input: {
  agents: readonly Agent[];
  bulletins: readonly Bulletin[];
  today: IsoDate;
}): Finding[] {
  const bulletins = new Map(input.bulletins.map((b) => [b.id, b]));
  const byAgent = new Map<Agent, PendingHabilitation[]>();
  for (const { agent, pending } of pendingOf(input.agents, new Set(bulletins.keys()))) {
    if (isAgentDeparted(agent, input.today)) continue;
    const list = byAgent.get(agent) ?? [];
    list.push(pending);
    byAgent.set(agent, list);
  }
  const findings: Finding[] = [];
  for (const [agent, list] of byAgent) {
    const inPortal = list.some((p) => p.inPortal);
    const what = list
      .map((p) => {
        const b = bulletins.get(p.bulletinId);
        return `${p.profileCode}${b ? `, bulletin ${formatBulletinLabel(b)}` : ''}`;
      })
      .join(' ; ');
    const reasons = [...new Set(list.map((p) => p.reason))].join(' ');
    findings.push({
      code: 'habilitation-pending',
      severity: inPortal ? 'alerte' : 'attention',
      article: list[0]!.article ?? ARTICLES.quota,
      target: { entity: 'agent', id: agent.id },
      message: frenchSpacing(
        `Habilitation à régulariser pour ${agentName(agent)} (${what}), demandée le ${formatDateFr(list[0]!.requestedOn)}${inPortal ? ', déjà créée dans le portail' : ''} : ${reasons} Accordez-la quand la règle le permet, ou abandonnez la demande (Agents et habilitations, filtre « À régulariser »).`,
      ),
    });
  }
  return findings;
}
