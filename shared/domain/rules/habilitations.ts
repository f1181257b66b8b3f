/**
 * Rules on a single habilitation: dates, the T1 profile reserved to qualified social workers,
 * and granting to someone who has left.
 */
import { ARTICLES } from '../articles';
import { formatDateFr, type IsoDate } from '../dates';
import { decide, type Decision, type Finding } from '../findings';
import { agentName } from '../format';
import type { Agent, Habilitation, Profile } from '../schemas';
import { frenchSpacing } from '../text';
import { isHabilitationActive, sameProfileCode } from './active';
import { isAgentDeparted } from './agents';

/** Revocation before grant → refused (the same day is allowed). */
export function validateHabilitationDates(
  h: Pick<Habilitation, 'grantedOn' | 'revokedOn'>,
): Decision {
  const findings: Finding[] = [];
  if (h.revokedOn && h.revokedOn < h.grantedOn) {
    findings.push({
      code: 'habilitation-revoked-before-granted',
      severity: 'refus',
      article: '',
      message: frenchSpacing(
        `La date de retrait (${formatDateFr(h.revokedOn)}) est antérieure à la date d’attribution (${formatDateFr(h.grantedOn)}). Corrigez l’une des deux dates.`,
      ),
    });
  }
  return decide(findings);
}

/** Does the catalogue reserve this profile to qualified social workers (T1)? */
export function profileRequiresQualifiedSocialWorker(
  profileCode: string,
  profiles: readonly Profile[],
): boolean {
  return profiles.some(
    (p) => sameProfileCode(p.code, profileCode) && p.requiresQualifiedSocialWorker,
  );
}

/** A warning (not a refusal) when a T1-like profile goes to an agent not marked qualified. */
export function qualificationFinding(
  h: Pick<Habilitation, 'id' | 'profileCode'>,
  agent: Pick<Agent, 'id' | 'firstName' | 'lastName' | 'qualifiedSocialWorker'>,
  profiles: readonly Profile[],
): Finding | null {
  if (agent.qualifiedSocialWorker || !profileRequiresQualifiedSocialWorker(h.profileCode, profiles))
    return null;
  const code = h.profileCode.trim().toUpperCase();
  return {
    code: 'habilitation-unqualified',
    severity: 'attention',
    article: ARTICLES.habilitations,
    target: h.id ? { entity: 'habilitation', id: h.id } : { entity: 'agent', id: agent.id },
    message: frenchSpacing(
      `Le profil ${code} est réservé aux travailleurs sociaux diplômés (bulletin d’adhésion Cdap), or ${agentName(agent)} n’est pas indiqué(e) comme travailleur social diplômé. Vérifiez sa qualification ou choisissez un autre profil (principe de moindre affectation, contrat art. 2.2).`,
    ),
  };
}

/**
 * Everything to say before saving a habilitation (except quotas: see `checkGrant`):
 * revocation before grant → refused; T1 to a non-qualified agent → warning; an active
 * habilitation for an agent who has left → warning.
 */
export function validateHabilitation(input: {
  habilitation: Pick<Habilitation, 'id' | 'grantedOn' | 'revokedOn' | 'profileCode'>;
  agent: Agent;
  profiles: readonly Profile[];
  today: IsoDate;
}): Decision {
  const { habilitation: h, agent, profiles, today } = input;
  const findings = [...validateHabilitationDates(h).findings];
  const q = qualificationFinding(h, agent, profiles);
  if (q) findings.push(q);
  if (isHabilitationActive(h, today) && isAgentDeparted(agent, today)) {
    findings.push({
      code: 'habilitation-agent-departed',
      severity: 'attention',
      article: ARTICLES.partnerCommitments,
      target: { entity: 'agent', id: agent.id },
      message: frenchSpacing(
        `${agentName(agent)} est parti(e) le ${formatDateFr(agent.departedOn)} : une habilitation active ne doit pas lui être laissée. Enregistrez une date de retrait (conv. art. 9.2).`,
      ),
    });
  }
  return decide(findings);
}

/** Warnings for every active habilitation with a T1-like profile held by a non-qualified agent. */
export function qualificationFindings(input: {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  profiles: readonly Profile[];
  today: IsoDate;
}): Finding[] {
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const findings: Finding[] = [];
  for (const h of input.habilitations) {
    if (!isHabilitationActive(h, input.today)) continue;
    const a = agents.get(h.agentId);
    if (!a) continue;
    const f = qualificationFinding(h, a, input.profiles);
    if (f) findings.push(f);
  }
  return findings;
}
