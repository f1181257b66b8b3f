import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from './profiles';
import { buildRosterIndex, buildRosterRows, filterRoster } from './roster-filter';
import {
  buildRosterFirstPage,
  isRosterFirstPage,
  rosterFirstRows,
  sameStamp,
  type FirstPageStamp,
} from './roster-first-page';
import type { Agent, Bulletin, Habilitation, Quota } from './schemas';
import { agent, bulletin, habilitation, quota } from './testing/builders';
import { seededRandom } from './testing/seeded-random';

const TODAY = '2025-03-15';

/** Names with ties, accents, case and compound names; pending requests, departures, quotas over. */
function register(seed: number, agentCount: number, habilitationCount: number) {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const LAST = ['Martin', 'MARTIN', 'martin', 'Étienne', 'Etienne', 'Œuvrard', 'Benali', 'Coffi'];
  const FIRST = ['Zoé', 'Zoe', 'Anaïs', 'Paul', undefined];
  const PROFILES = ['T1', 'T2', 'T13', 't13 '];
  const bulletins: Bulletin[] = [bulletin({ id: 'b1' }), bulletin({ id: 'b0', siteLabel: 'Sud' })];
  // Tight quotas: some profiles are over, and the flag depends on every habilitation.
  const quotas: Quota[] = bulletins.flatMap((b) =>
    ['T1', 'T2', 'T13'].map((p) =>
      quota({ bulletinId: b.id, profileCode: p, max: 1 + Math.floor(rand() * 4) }),
    ),
  );
  const agents: Agent[] = Array.from({ length: agentCount }, (_, i) =>
    agent({
      id: `a${(i * 7919) % agentCount}`,
      lastName: pick(LAST) + (i % 9 === 0 ? `-${pick(LAST)}` : ''),
      firstName: pick(FIRST),
      qualifiedSocialWorker: rand() < 0.3,
      departedOn: rand() < 0.1 ? '2025-01-31' : undefined,
      pendingHabilitations:
        rand() < 0.1
          ? [
              {
                id: `p${i}`,
                bulletinId: pick(bulletins).id,
                profileCode: 'T13',
                requestedOn: '2025-02-01',
                reason: 'Quota atteint',
              },
            ]
          : undefined,
    }),
  );
  const habilitations: Habilitation[] = Array.from({ length: habilitationCount }, (_, i) =>
    habilitation({
      id: `h${(i * 104729) % habilitationCount}`,
      agentId: pick(agents).id,
      bulletinId: pick(bulletins).id,
      profileCode: pick(PROFILES),
      grantedOn: '2024-05-02',
      revokedOn: rand() < 0.3 ? '2024-12-31' : undefined,
    }),
  );
  return { agents, habilitations, bulletins, quotas, profiles: CATALOGUE_PROFILES };
}

/** The whole roster sorted by name, as the roster screen opens. */
function wholeRoster(r: ReturnType<typeof register>) {
  return filterRoster(buildRosterIndex(buildRosterRows({ ...r, today: TODAY })), {
    sort: { key: 'name', direction: 'asc' },
  });
}

describe('the roster first page (projection kept for start-up)', () => {
  it.each([
    [1, 30, 60],
    [2, 200, 500],
    [3, 1000, 4000],
    [4, 5, 3],
  ])('is exactly the whole roster’s first rows (seed %i)', (seed, agents, habilitations) => {
    const r = register(seed, agents, habilitations);
    const whole = wholeRoster(r);
    // Quotas over are counted on every habilitation, not only the first agents'.
    if (agents > 5) expect(whole.some((row) => row.anomalies.includes('over-quota'))).toBe(true);
    for (const count of [1, 7, 60, agents + 10]) {
      expect(rosterFirstRows(r, TODAY, count)).toEqual(whole.slice(0, count));
    }
  });

  it('is a plain value (kept as JSON) with its stamp, the agent count and the bulletins', () => {
    const r = register(5, 100, 300);
    const stamp: FirstPageStamp = {
      head: { seq: 12, hash: 'abc' },
      currentConventionId: null,
      today: TODAY,
      schemaVersion: 3,
    };
    const page = buildRosterFirstPage(r, stamp);
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
    expect(isRosterFirstPage(JSON.parse(JSON.stringify(page)))).toBe(true);
    expect(page.agentTotal).toBe(100);
    expect(page.bulletins.map((b) => b.value)).toEqual(['b1', 'b0']);
    expect(page.rows).toEqual(wholeRoster(r).slice(0, 60));
    expect(isRosterFirstPage({ ...page, rows: 'x' })).toBe(false);
    expect(isRosterFirstPage(null)).toBe(false);
  });

  it('is current for one state only: journal head, chosen convention, day and schema', () => {
    const stamp: FirstPageStamp = {
      head: { seq: 12, hash: 'abc' },
      currentConventionId: 'c1',
      today: TODAY,
      schemaVersion: 3,
    };
    expect(sameStamp(stamp, { ...stamp, head: { ...stamp.head } })).toBe(true);
    for (const other of [
      { ...stamp, head: { seq: 13, hash: 'abc' } },
      { ...stamp, head: { seq: 12, hash: 'abd' } },
      { ...stamp, currentConventionId: null },
      { ...stamp, today: '2025-03-16' },
      { ...stamp, schemaVersion: 4 },
    ])
      expect(sameStamp(stamp, other)).toBe(false);
  });
});
