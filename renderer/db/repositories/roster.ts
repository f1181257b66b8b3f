import { refusals } from '../../../shared/domain/findings';
import { checkGrant } from '../../../shared/domain/rules/quota';
import { validateAgent } from '../../../shared/domain/rules/agents';
import { validateHabilitationDates } from '../../../shared/domain/rules/habilitations';
import { agentName } from '../../../shared/domain/format';
import type { Agent, Habilitation } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor, type EditBase } from '../register-writer';
import { RuleRefusedError, ValidationError } from '../validation';
import { normaliseProfileCode } from '../../../shared/domain/profiles';

/** Saves an agent; `base` (an edit) refuses it when the agent changed or went meanwhile. */
export async function saveAgent(db: AppDatabase, actor: Actor, agent: Agent, base?: EditBase) {
  const refused = refusals(validateAgent(agent));
  if (refused.length) throw new RuleRefusedError(refused);
  return writeRegister(db, actor, ['agents'], (w) =>
    w.put('agents', agent, agentName(agent), base && { label: 'Cet agent', ...base }),
  );
}

export function addAgent(db: AppDatabase, actor: Actor, fields: Omit<Agent, 'id'>) {
  return saveAgent(db, actor, { ...fields, id: newId() });
}

/** Only an agent with no habilitation, past or present, may be deleted (the record stays). */
export function removeAgent(db: AppDatabase, actor: Actor, id: string) {
  return writeRegister(db, actor, ['agents', 'habilitations'], async (w) => {
    const count = await db.habilitations.where('agentId').equals(id).count();
    if (count > 0) {
      throw new ValidationError([
        'Cet agent a des habilitations dans le registre : enregistrez plutôt sa date de départ.',
      ]);
    }
    return w.remove('agents', id);
  });
}

export interface GrantInput {
  agentId: string;
  bulletinId: string;
  profileCode: string;
  grantedOn: string;
  grantedBy?: string;
  justification?: string;
  appliedInPortalOn?: string;
  /** The habilitation « à régulariser » this grant resolves: removed from the agent in the same write. */
  pendingId?: string;
}

/**
 * Grants a habilitation. The quota and duplicate checks run inside the write transaction,
 * on the rows as they are at that moment, so two windows cannot both take the last place.
 */
export function grantHabilitation(
  db: AppDatabase,
  actor: Actor,
  input: GrantInput,
  today: string,
): Promise<Habilitation> {
  return writeRegister(db, actor, ['habilitations', 'quotas', 'bulletins', 'agents'], async (w) => {
    const [bulletin, agent] = await Promise.all([
      db.bulletins.get(input.bulletinId),
      db.agents.get(input.agentId),
    ]);
    if (!bulletin) throw new ValidationError(['Ce bulletin d’adhésion n’existe plus.']);
    if (!agent) throw new ValidationError(['Cet agent n’existe plus.']);
    const [quotas, habilitations] = await Promise.all([
      db.quotas.where('bulletinId').equals(bulletin.id).toArray(),
      db.habilitations.where('bulletinId').equals(bulletin.id).toArray(),
    ]);
    const decision = checkGrant({
      bulletin,
      quotas,
      habilitations,
      agentId: agent.id,
      agentName: agentName(agent),
      profileCode: input.profileCode,
      today,
    });
    const refused = refusals(decision);
    if (refused.length) throw new RuleRefusedError(refused);
    const { pendingId, ...fields } = input;
    const habilitation: Habilitation = {
      ...fields,
      id: newId(),
      profileCode: normaliseProfileCode(input.profileCode),
    };
    const saved = await w.put(
      'habilitations',
      habilitation,
      `${habilitation.profileCode} accordé à ${agentName(agent)}`,
    );
    if (pendingId) {
      await w.put(
        'agents',
        withoutPending(agent, pendingId),
        `${habilitation.profileCode} régularisé pour ${agentName(agent)}`,
      );
    }
    return saved;
  });
}

function withoutPending(agent: Agent, pendingId: string): Agent {
  const { pendingHabilitations = [], ...rest } = agent;
  const left = pendingHabilitations.filter((p) => p.id !== pendingId);
  return left.length ? { ...rest, pendingHabilitations: left } : rest;
}

/** Drops a habilitation « à régulariser » (it will not be granted); the journal keeps it. */
export function dismissPendingHabilitation(
  db: AppDatabase,
  actor: Actor,
  agentId: string,
  pendingId: string,
) {
  return writeRegister(db, actor, ['agents'], async (w) => {
    const agent = await db.agents.get(agentId);
    const pending = agent?.pendingHabilitations?.find((p) => p.id === pendingId);
    if (!agent || !pending)
      throw new ValidationError(['Cette habilitation à régulariser n’existe plus.']);
    return w.put(
      'agents',
      withoutPending(agent, pendingId),
      `${pending.profileCode} à régulariser abandonné pour ${agentName(agent)}`,
    );
  });
}

export function revokeHabilitation(
  db: AppDatabase,
  actor: Actor,
  id: string,
  revokedOn: string,
  reason: string,
  base?: EditBase,
) {
  return writeRegister(db, actor, ['habilitations'], async (w) => {
    const h = await db.habilitations.get(id);
    if (!h) throw new ValidationError(['Cette habilitation n’existe plus.']);
    const next: Habilitation = { ...h, revokedOn, revocationReason: reason.trim() || undefined };
    const refused = refusals(validateHabilitationDates(next));
    if (refused.length) throw new RuleRefusedError(refused);
    return w.put(
      'habilitations',
      next,
      `${h.profileCode} retiré`,
      base && { label: 'Cette habilitation', ...base },
    );
  });
}

/** Records that the change was really made in « Mon Compte Partenaire ». */
export function markAppliedInPortal(
  db: AppDatabase,
  actor: Actor,
  id: string,
  on: string,
  which: 'grant' | 'revocation',
  base?: EditBase,
) {
  return writeRegister(db, actor, ['habilitations'], async (w) => {
    const h = await db.habilitations.get(id);
    if (!h) throw new ValidationError(['Cette habilitation n’existe plus.']);
    const next =
      which === 'grant'
        ? { ...h, appliedInPortalOn: on }
        : { ...h, revocationAppliedInPortalOn: on };
    return w.put(
      'habilitations',
      next,
      'Appliqué dans le portail',
      base && { label: 'Cette habilitation', ...base },
    );
  });
}

/**
 * Edits grant details (dates, who, justification, portal dates). Agent, bulletin and profile
 * are kept as stored: changing them is a new grant, with its quota check.
 */
export function updateHabilitation(
  db: AppDatabase,
  actor: Actor,
  edited: Habilitation,
  base?: EditBase,
) {
  return writeRegister(db, actor, ['habilitations'], async (w) => {
    const stored = await db.habilitations.get(edited.id);
    if (!stored) throw new ValidationError(['Cette habilitation n’existe plus.']);
    const next: Habilitation = {
      ...edited,
      agentId: stored.agentId,
      bulletinId: stored.bulletinId,
      profileCode: stored.profileCode,
    };
    const refused = refusals(validateHabilitationDates(next));
    if (refused.length) throw new RuleRefusedError(refused);
    return w.put(
      'habilitations',
      next,
      undefined,
      base && { label: 'Cette habilitation', ...base },
    );
  });
}
