import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from './profiles';
import {
  buildRosterIndex,
  buildRosterRows,
  createRosterFilter,
  filterRoster,
  firstAgentsByName,
  type RosterCriteria,
  type RosterRow,
} from './roster-filter';
import type { Agent, Bulletin, Habilitation, Quota } from './schemas';
import { agent, bulletin, habilitation, quota } from './testing/builders';
import { seededRandom } from './testing/seeded-random';

const TODAY = '2025-03-15';

// Ten thousand agents: each test takes seconds on a loaded machine (2 s in CI), not the default 5 s.
describe('filterRoster on 10,000 agents and 50,000 habilitations', { timeout: 30_000 }, () => {
  const rand = seededRandom(20250315);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const LAST = [
    'Martin',
    'Bernard',
    'Dubois',
    'Lefèvre',
    'Moreau',
    'Girard',
    'Benali',
    'Nguyen',
    'Œuvrard',
    'Müller',
    'Lemaître',
    'Faure',
    'Roussel',
    'Djiré',
    'Coffi',
  ];
  const FIRST = [
    'Élodie',
    'Karim',
    'Lucie',
    'Paul',
    'Sandrine',
    'Véronique',
    'Zoé',
    'Jérôme',
    'Anaïs',
    'Noël',
    undefined,
  ];
  const FUNCTIONS = [
    'Assistante sociale',
    'Agent administratif',
    'Conseillère en économie sociale et familiale',
    'Secrétaire',
    'Agent d’accueil social',
    'Instructeur RSA',
  ];
  const SERVICES = [
    'Pôle Solidarité',
    'FSL',
    'Résidence Les Tilleuls',
    'Domiciliation',
    'Accueil',
    undefined,
  ];
  const PROFILES = ['T1', 'T2', 'T5', 'T9', 'T13'];

  const bulletins: Bulletin[] = Array.from({ length: 5 }, (_, i) =>
    bulletin({ id: `b${i}`, siteLabel: i ? `Site ${i}` : undefined }),
  );
  const quotas: Quota[] = bulletins.flatMap((b) =>
    PROFILES.map((p) => quota({ bulletinId: b.id, profileCode: p, max: 2000 })),
  );
  const agents: Agent[] = Array.from({ length: 10_000 }, (_, i) =>
    agent({
      id: `a${i}`,
      lastName: pick(LAST) + (i % 7 === 0 ? `-${pick(LAST)}` : ''),
      firstName: pick(FIRST),
      function: pick(FUNCTIONS),
      service: pick(SERVICES),
      email: `agent${i}@ville.fr`,
      qualifiedSocialWorker: rand() < 0.3,
      departedOn: rand() < 0.05 ? '2025-01-31' : undefined,
    }),
  );
  const habilitations: Habilitation[] = Array.from({ length: 50_000 }, (_, i) =>
    habilitation({
      id: `h${i}`,
      agentId: `a${Math.floor(rand() * 9_000)}`, // the last 1,000 agents have none
      bulletinId: pick(bulletins).id,
      profileCode: pick(PROFILES),
      grantedOn: `20${10 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      revokedOn: rand() < 0.4 ? '2024-12-31' : undefined,
    }),
  );
  const rows = buildRosterRows({
    agents,
    habilitations,
    bulletins,
    quotas,
    profiles: CATALOGUE_PROFILES,
    today: TODAY,
  });
  const index = buildRosterIndex(rows);

  // A deliberately different, slow reference: NFD + regex per row, per query.
  const fold = (s: string | undefined) =>
    (s ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/gi, 'oe').toLowerCase();
  const reference = (c: RosterCriteria) =>
    rows.filter((r) => {
      if (c.status && c.status !== 'all' && r.status !== c.status) return false;
      if (c.bulletinId && r.bulletinId !== c.bulletinId) return false;
      if (c.profileCode && r.profileCode !== c.profileCode) return false;
      if (c.anomaliesOnly && r.anomalies.length === 0) return false;
      const words = fold(c.text).split(/\s+/).filter(Boolean);
      const fields = [r.lastName, r.firstName, r.function, r.service, r.email, r.profileCode].map(
        fold,
      );
      return words.every((w) => fields.some((f) => f.includes(w)));
    });

  it('has the expected shape', () => {
    const withHabilitation = new Set(habilitations.map((h) => h.agentId));
    expect(rows.length).toBe(50_000 + agents.filter((a) => !withHabilitation.has(a.id)).length);
    expect(rows.filter((r) => r.status === 'none').length).toBeGreaterThanOrEqual(1_000);
  });

  it.each<[string, RosterCriteria]>([
    ['no criteria', {}],
    ['accent-insensitive surname', { text: 'lefevre' }],
    ['ligature', { text: 'oeuvrard' }],
    ['first name with accent typed without', { text: 'elodie' }],
    ['two words across fields', { text: 'zoe solidarite' }],
    ['function word + active', { text: 'sociale', status: 'active' }],
    ['bulletin and profile', { bulletinId: 'b3', profileCode: 'T13' }],
    ['anomalies only', { anomaliesOnly: true }],
    ['revoked T1 of Karim', { text: 'karim', status: 'revoked', profileCode: 'T1' }],
    ['nothing matches', { text: 'zzzz' }],
  ])('matches the reference: %s', (_label, criteria) => {
    const got = filterRoster(index, criteria);
    const want = reference(criteria);
    expect(got.length).toBe(want.length);
    expect(got.map((r) => r.key)).toEqual(want.map((r) => r.key));
    if (criteria.text !== 'zzzz') expect(got.length).toBeGreaterThan(0);
  });

  it('the rows of the first agents by name are the first rows of the whole roster (name ties included)', () => {
    const byName = { sort: { key: 'name', direction: 'asc' } } as const;
    const whole = filterRoster(index, byName).map((r) => r.key);
    for (const count of [1, 40, 333, 2_000]) {
      const first = firstAgentsByName(agents, count);
      expect(first).toHaveLength(count);
      const ids = new Set(first.map((a) => a.id));
      const previewRows = buildRosterRows({
        agents: first,
        habilitations: habilitations.filter((h) => ids.has(h.agentId)),
        bulletins,
        profiles: CATALOGUE_PROFILES,
        today: TODAY,
      });
      const preview = filterRoster(buildRosterIndex(previewRows), byName).map((r) => r.key);
      expect(preview.length).toBeGreaterThanOrEqual(count);
      expect(preview).toEqual(whole.slice(0, preview.length));
    }
  });

  it('narrows while typing and gives the same rows as a full filter at every keystroke', () => {
    const filter = createRosterFilter(index);
    const sort = { key: 'name' as const, direction: 'asc' as const };
    const typed = [
      '',
      'l',
      'le',
      'lef',
      'lefe',
      'lefev',
      'lefevre',
      'lefevre ',
      'lefevre e',
      'lefevre el',
      'lef',
      'mu',
      'mul',
      'zzz',
      'z',
    ];
    for (const text of typed) {
      for (const status of ['all', 'active'] as const) {
        const criteria: RosterCriteria = { text, status, sort };
        expect(filter(criteria).map((r) => r.key)).toEqual(
          filterRoster(index, criteria).map((r) => r.key),
        );
      }
    }
  });

  it('anomalies are consistent with the data', () => {
    const departed = filterRoster(index, { anomaliesOnly: true }).filter((r) =>
      r.anomalies.includes('departed'),
    );
    expect(departed.length).toBeGreaterThan(0);
    for (const r of departed) {
      expect(r.status).toBe('active');
      expect(r.departedOn! < TODAY).toBe(true);
    }
    for (const r of filterRoster(index, { anomaliesOnly: true }).filter((x) =>
      x.anomalies.includes('unqualified'),
    )) {
      expect(r.profileCode).toBe('T1');
    }
  });

  it.each([
    ['name', 'asc'],
    ['name', 'desc'],
    ['profile', 'asc'],
    ['grantedOn', 'desc'],
    ['service', 'asc'],
  ] as const)('sorts by %s %s', (key, direction) => {
    const got = filterRoster(index, { text: 'a', sort: { key, direction } });
    expect(got.length).toBe(reference({ text: 'a' }).length);
    const value = (r: RosterRow): string =>
      key === 'name'
        ? `${fold(r.lastName)}\u0001${fold(r.firstName)}`
        : key === 'profile'
          ? r.profileCode
            ? `t${r.profileCode.slice(1).padStart(6, '0')}`
            : ''
          : key === 'grantedOn'
            ? (r.grantedOn ?? '')
            : fold(r.service);
    const sign = direction === 'asc' ? 1 : -1;
    const values = got.map(value);
    for (let i = 1; i < values.length; i++) {
      const a = values[i - 1]!;
      const b = values[i]!;
      if (a === '' || b === '') {
        expect(a === '' && b !== '').toBe(false); // empty values come last
        continue;
      }
      expect(a === b || (a < b ? 1 : -1) === sign).toBe(true);
    }
  });
});
