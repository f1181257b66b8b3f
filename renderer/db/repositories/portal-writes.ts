/**
 * The register writes a portal difference's resolution makes: a habilitation granted (checked
 * against the bulletin's quotas) or revoked, with the reconciliation as its reason.
 */
import { agentName } from '../../../shared/domain/format';
import { refusals } from '../../../shared/domain/findings';
import { normaliseProfileCode } from '../../../shared/domain/profiles';
import { checkGrant } from '../../../shared/domain/rules/quota';
import type { Agent, Habilitation } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import type { Actor, RegisterWriter } from '../register-writer';
import { RuleRefusedError, ValidationError } from '../validation';

export const PORTAL_REASON = 'Rapprochement avec la liste du portail';
const REASON = PORTAL_REASON;

/** The grant and revoke writes, bound to the database and the acting user. */
export function portalWrites(db: AppDatabase, actor: Actor) {
  return { grant, revoke };

  async function grant(
    w: RegisterWriter,
    agent: Agent,
    code: string,
    bulletin: { id: string; serviceCode: string } | undefined,
    today: string,
    replacing?: string,
  ) {
    if (!bulletin)
      throw new ValidationError([
        `Choisissez le bulletin d’adhésion sur lequel enregistrer le profil ${code}.`,
      ]);
    const full = await db.bulletins.get(bulletin.id);
    if (!full) throw new ValidationError(['Ce bulletin d’adhésion n’existe plus.']);
    const [quotas, habilitations] = await Promise.all([
      db.quotas.where('bulletinId').equals(full.id).toArray(),
      db.habilitations.where('bulletinId').equals(full.id).toArray(),
    ]);
    const others = replacing ? habilitations.filter((h) => h.id !== replacing) : habilitations;
    const refused = refusals(
      checkGrant({
        bulletin: full,
        quotas,
        habilitations: others,
        agentId: agent.id,
        agentName: agentName(agent),
        profileCode: code,
        today,
      }),
    );
    if (refused.length) throw new RuleRefusedError(refused);
    const h: Habilitation = {
      id: newId(),
      agentId: agent.id,
      bulletinId: full.id,
      profileCode: normaliseProfileCode(code),
      grantedOn: today,
      grantedBy: actor.name,
      justification: `${REASON} : le profil existe dans le portail.`,
      appliedInPortalOn: today,
    };
    await w.put('habilitations', h, `${h.profileCode} accordé à ${agentName(agent)} (${REASON})`);
  }

  async function revoke(
    w: RegisterWriter,
    h: Habilitation,
    today: string,
    note: string | undefined,
  ) {
    const revokedOn = h.grantedOn > today ? h.grantedOn : today;
    await w.put(
      'habilitations',
      { ...h, revokedOn, revocationReason: note ? `${REASON} : ${note}` : REASON },
      `${h.profileCode} retiré (${REASON})`,
    );
  }
}

/** « DUPONT Marie » / « Marie Dupont » when the export has one name column. */
export function splitLoose(full: string): [string, string | undefined] {
  const words = full.trim().split(/\s+/);
  const caps = words.filter((w) => w === w.toUpperCase() && /\p{L}/u.test(w));
  if (caps.length && caps.length < words.length)
    return [caps.join(' '), words.filter((w) => !caps.includes(w)).join(' ')];
  return [full.trim(), undefined];
}
