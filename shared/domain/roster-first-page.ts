/**
 * The roster's first page as a small projection kept next to the register: the rows a large
 * office sees first (sorted by name, no filter), already built. The app keeps it where start-up
 * reads it before the register is even open (renderer/db/roster-first-page-store.ts): opening a
 * large IndexedDB database takes a second or more on a cold start, reading 10,000 agents to pick
 * the first ones more.
 *
 * It is current for one state only (`sameStamp`): the journal's head (every change of the
 * register appends an entry, in the same transaction), the convention chosen on this
 * workstation (a setting, not journaled), the day (statuses depend on it) and the schema
 * version. The whole register always replaces it a moment later.
 */
import { formatBulletinLabel } from './format';
import { firstAgentsByName } from './roster-order';
import { buildRosterIndex, buildRosterRows, filterRoster, type RosterRow } from './roster-filter';
import type { Agent, Bulletin, Habilitation, Profile, Quota } from './schemas';
import type { IsoDate } from './dates';
import {
  FIRST_PAGE_ROWS,
  type FirstPageStamp,
  type RosterFirstPage,
} from './roster-first-page-stamp';

export * from './roster-first-page-stamp';

/**
 * The first `count` rows of the roster of this register sorted by name — the same rows, same
 * order, same statuses and anomalies as `filterRoster(buildRosterIndex(buildRosterRows(all)),
 * { sort: name })` — built from the first agents by name only (quotas still counted over every
 * habilitation).
 */
export function rosterFirstRows(
  register: {
    agents: readonly Agent[];
    habilitations: readonly Habilitation[];
    bulletins: readonly Bulletin[];
    quotas: readonly Quota[];
    profiles: readonly Profile[];
  },
  today: IsoDate,
  count = FIRST_PAGE_ROWS,
): RosterRow[] {
  // Each agent has at least one row: the first `count` agents hold the first `count` rows.
  const agents = firstAgentsByName(register.agents, count);
  const ids = new Set(agents.map((a) => a.id));
  const rows = buildRosterRows({
    agents,
    habilitations: register.habilitations.filter((h) => ids.has(h.agentId)),
    quotaHabilitations: register.habilitations,
    bulletins: register.bulletins,
    quotas: register.quotas,
    profiles: register.profiles,
    today,
  });
  return filterRoster(buildRosterIndex(rows), { sort: { key: 'name', direction: 'asc' } }).slice(
    0,
    count,
  );
}

/** The projection of a register read at `stamp`. */
export function buildRosterFirstPage(
  register: Parameters<typeof rosterFirstRows>[0],
  stamp: FirstPageStamp,
  count = FIRST_PAGE_ROWS,
): RosterFirstPage {
  return {
    stamp,
    agentTotal: register.agents.length,
    bulletins: register.bulletins.map((b) => ({ value: b.id, label: formatBulletinLabel(b) })),
    rows: rosterFirstRows(register, stamp.today, count),
  };
}
