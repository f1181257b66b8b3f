import type {
  Agent,
  Bulletin,
  Habilitation,
  Organisation,
  Profile,
} from '../../../shared/domain/schemas';
import { firstAgentsByName } from '../../../shared/domain/roster-order';
import type { AppDatabase } from '../database';
import { getCurrentConventionId } from './settings';

/**
 * The first page of the roster, read before the whole register: the agents that come first by
 * name and their habilitations only. For a large office (10,000 agents, 50,000 habilitations)
 * it is read in a fraction of the time the register takes, so the screen shows its first rows
 * at once. It is not the register: counts, quotas and checks wait for the whole one.
 */
export interface RosterPreview {
  partner: Organisation;
  bulletins: Bulletin[];
  profiles: Profile[];
  /** The first `size` agents by name, in register order. */
  agents: Agent[];
  /** Their habilitations, in the order the whole register lists them (bulletin, then id). */
  habilitations: Habilitation[];
  agentTotal: number;
}

/** Agents read for a first page: a screenful of rows several times over. */
export const ROSTER_PREVIEW_AGENTS = 150;

export async function loadRosterPreview(
  db: AppDatabase,
  size = ROSTER_PREVIEW_AGENTS,
): Promise<RosterPreview | null> {
  return db.transaction(
    'r',
    [
      db.settings,
      db.conventions,
      db.organisations,
      db.bulletins,
      db.profiles,
      db.agents,
      db.habilitations,
    ],
    async () => {
      const conventionId =
        (await getCurrentConventionId(db)) ?? (await db.conventions.toCollection().first())?.id;
      const convention = conventionId ? await db.conventions.get(conventionId) : undefined;
      const partner = convention ? await db.organisations.get(convention.partnerId) : undefined;
      if (!convention || !partner) return null;
      const [bulletins, profiles, agents] = await Promise.all([
        db.bulletins.where({ conventionId: convention.id }).toArray(),
        db.profiles.toArray(),
        db.agents.where('organisationId').equals(partner.id).toArray(),
      ]);
      const first = firstAgentsByName(agents, size);
      const bulletinOrder = new Map(bulletins.map((b, i) => [b.id, i]));
      const habilitations = (
        await Promise.all(
          first.map((a) => db.habilitations.where('agentId').equals(a.id).toArray()),
        )
      )
        .flat()
        .filter((h) => bulletinOrder.has(h.bulletinId))
        .sort(
          (a, b) =>
            bulletinOrder.get(a.bulletinId)! - bulletinOrder.get(b.bulletinId)! ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
      return {
        partner,
        bulletins,
        profiles,
        agents: first,
        habilitations,
        agentTotal: agents.length,
      };
    },
  );
}
