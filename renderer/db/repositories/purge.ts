/**
 * Purge of habilitation records 6 years after their revocation (contrat art. 5.3.2): the
 * personal data is erased, the facts stay (ids, dates, profile, bulletin), so that past
 * review reports keep their counts and the journal chain still verifies (payloads erased,
 * digests kept).
 */
import { isPurgeDue } from '../../../shared/domain/deadlines';
import { computePayloadDigest, purgePayload } from '../../../shared/domain/journal-chain';
import { PURGE_ENTITY_ID, type PurgeRecord } from '../../../shared/domain/journal-integrity';
import type { Agent, Habilitation, JournalEntry } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { RegisterWriter, type Actor } from '../register-writer';

export const PURGED_AGENT_NAME = 'Agent purgé';

export interface PurgePlan {
  habilitationIds: string[];
  /** Agents left with nothing but purged habilitations (and not a contact). */
  agentIds: string[];
}

/** Which habilitations are due for purge today, and which agents go with them. */
export async function planPurge(db: AppDatabase, today: string): Promise<PurgePlan> {
  return db.transaction('r', [db.habilitations, db.agents, db.contacts], async () => {
    const [habilitations, agents, contacts] = await Promise.all([
      db.habilitations.toArray(),
      db.agents.toArray(),
      db.contacts.toArray(),
    ]);
    return computePurgePlan(habilitations, agents, contacts, today);
  });
}

export function computePurgePlan(
  habilitations: readonly Habilitation[],
  agents: readonly Agent[],
  contacts: readonly { agentId?: string | undefined }[],
  today: string,
): PurgePlan {
  const due = habilitations.filter((h) => isPurgeDue(h, today));
  const dueIds = new Set(due.map((h) => h.id));
  const contactAgents = new Set(contacts.map((c) => c.agentId).filter(Boolean));
  const agentIds = agents
    .filter((a) => {
      if (a.purgedAt || contactAgents.has(a.id)) return false;
      const own = habilitations.filter((h) => h.agentId === a.id);
      return own.some((h) => dueIds.has(h.id)) && own.every((h) => dueIds.has(h.id) || h.purgedAt);
    })
    .map((a) => a.id);
  return { habilitationIds: due.map((h) => h.id), agentIds };
}

export function purgedHabilitation(h: Habilitation, at: string): Habilitation {
  const { justification: _j, revocationReason: _r, grantedBy: _g, ...kept } = h;
  return { ...kept, purgedAt: at };
}

export function purgedAgent(a: Agent, at: string): Agent {
  return {
    id: a.id,
    organisationId: a.organisationId,
    lastName: PURGED_AGENT_NAME,
    qualifiedSocialWorker: a.qualifiedSocialWorker,
    ...(a.arrivedOn ? { arrivedOn: a.arrivedOn } : {}),
    ...(a.departedOn ? { departedOn: a.departedOn } : {}),
    ...(a.portalRole ? { portalRole: a.portalRole } : {}),
    purgedAt: at,
  };
}

/** The review snapshot without the person: name replaced, function and service dropped. */
function anonymisedSnapshot<
  S extends {
    agentName: string;
    agentFunction?: string | undefined;
    agentService?: string | undefined;
  },
>(snapshot: S): S {
  const { agentFunction: _f, agentService: _s, ...rest } = snapshot;
  return { ...rest, agentName: PURGED_AGENT_NAME } as S;
}

export interface PurgeResult {
  habilitations: number;
  agents: number;
  journalEntries: number;
}

/**
 * Applies a purge plan in one transaction (call after a safety backup and a confirmation):
 * habilitations and agents stripped of personal data, the payloads of the journal entries
 * about them erased, review snapshots anonymised, and one « purge » entry journalised
 * (with ids and counts only).
 */
export async function applyPurge(
  db: AppDatabase,
  actor: Actor,
  plan: PurgePlan,
): Promise<PurgeResult> {
  const at = actor.now().toISOString();
  return db.transaction(
    'rw',
    [db.habilitations, db.agents, db.journal, db.meta, db.reviewItems],
    async () => {
      const habilitations = (await db.habilitations.bulkGet(plan.habilitationIds)).filter(
        (h): h is Habilitation => !!h && !h.purgedAt,
      );
      const agents = (await db.agents.bulkGet(plan.agentIds)).filter(
        (a): a is Agent => !!a && !a.purgedAt,
      );
      const purgedHabilitations = habilitations.map((h) => purgedHabilitation(h, at));
      const purgedAgents = agents.map((a) => purgedAgent(a, at));
      await db.habilitations.bulkPut(purgedHabilitations);
      await db.agents.bulkPut(purgedAgents);
      const purgedAgentIds = new Set(agents.map((a) => a.id));
      const items = await db.reviewItems
        .where('habilitationId')
        .anyOf(habilitations.map((h) => h.id))
        .toArray();
      const anonymisedItems = items.map(({ reason: _reason, ...i }) => ({
        ...i,
        snapshot: anonymisedSnapshot(i.snapshot),
      }));
      await db.reviewItems.bulkPut(anonymisedItems);
      const pairs: [string, string][] = [
        ...habilitations.map((h) => ['habilitations', h.id] as [string, string]),
        ...agents.map((a) => ['agents', a.id] as [string, string]),
        ...items.map((i) => ['reviewItems', i.id] as [string, string]),
      ];
      const entries: JournalEntry[] = pairs.length
        ? await db.journal.where('[entity+entityId]').anyOf(pairs).toArray()
        : [];
      const withPayload = entries.filter((e) => e.payload !== null);
      await db.journal.bulkPut(withPayload.map(purgePayload));
      if (habilitations.length || agents.length) {
        // The purge names every row whose entries it erased (only those may have no payload)
        // and the digest of each row it rewrote (the integrity check compares rows with it).
        const digests = (rows: readonly { id: string }[]) =>
          Object.fromEntries(rows.map((r) => [r.id, computePayloadDigest(r)]));
        const record: PurgeRecord = {
          habilitationIds: habilitations.map((h) => h.id),
          agentIds: [...purgedAgentIds],
          reviewItemIds: items.map((i) => i.id),
          rowDigests: {
            habilitations: digests(purgedHabilitations),
            agents: digests(purgedAgents),
            reviewItems: digests(anonymisedItems),
          },
        };
        await new RegisterWriter(db, actor).append(
          'purge',
          'habilitations',
          PURGE_ENTITY_ID,
          null,
          record,
          `Purge de ${habilitations.length} habilitation${habilitations.length > 1 ? 's' : ''} retirée${habilitations.length > 1 ? 's' : ''} depuis plus de 6 ans et de ${agents.length} agent${agents.length > 1 ? 's' : ''} (contrat art. 5.3.2)`,
        );
      }
      return {
        habilitations: habilitations.length,
        agents: agents.length,
        journalEntries: withPayload.length,
      };
    },
  );
}
