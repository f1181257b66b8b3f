import { describe, expect, it } from 'vitest';
import {
  buildRosterIndex,
  buildRosterRows,
  charMask,
  createRosterFilter,
  filterRoster,
  type RosterCriteria,
  type RosterRow,
  type RosterSortKey,
} from './roster-filter';
import type { Agent, Bulletin, Habilitation } from './schemas';
import { agent, bulletin, habilitation } from './testing/builders';
import { seededRandom } from './testing/seeded-random';
import { foldText } from './text';

const TODAY = '2025-03-15';

/**
 * The fast paths of the roster's search (letter masks, narrowing the previous answer, answers
 * remembered) against a plain filter: every word looked for in every folded field of every
 * row, in the order of the same sort without any search. Random registers, random queries
 * typed, extended and shrunk.
 */
describe('roster search fast paths = plain filter', { timeout: 30_000 }, () => {
  const LAST = [
    'Martin',
    'Lefèvre',
    'Œuvrard',
    'Müller',
    'Djiré',
    'N’Diaye',
    'Dupont-Moreau',
    'Lu',
  ];
  const FIRST = ['Élodie', 'Zoé', 'Jérôme', 'Anaïs', 'Noël', 'Luc', undefined];
  const FUNCTIONS = ['Assistante sociale', 'Agent d’accueil', 'Instructeur RSA 13', 'Secrétaire'];
  const SERVICES = ['Pôle Solidarité', 'FSL', 'Accueil Sud', 'Domiciliation', undefined];
  const PROFILES = ['T1', 'T2', 'T13', 'T6', 'T60'];
  // What users type: letters with and without accents, digits (two to a bit in the masks),
  // spaces, capitals, punctuation of e-mails and names.
  const KEYS = [
    ...'aeilmnorstuvdz',
    'é',
    'É',
    'œ',
    ' ',
    ' ',
    '1',
    '3',
    '6',
    '0',
    '@',
    '.',
    '-',
    '’',
    "'",
  ];
  const SORTS: RosterSortKey[] = ['name', 'profile', 'status', 'grantedOn', 'service'];

  function register(seed: number, agents: number) {
    const rand = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const bulletins: Bulletin[] = [
      bulletin({ id: 'b0' }),
      bulletin({ id: 'b1', siteLabel: 'Sud' }),
    ];
    const people: Agent[] = Array.from({ length: agents }, (_, i) =>
      agent({
        id: `a${i}`,
        lastName: pick(LAST),
        firstName: pick(FIRST),
        function: pick(FUNCTIONS),
        service: pick(SERVICES),
        email: rand() < 0.8 ? `${pick(['e', 'lu', 'm.d', 'zoe'])}${i}@ville-sud.fr` : undefined,
      }),
    );
    const habilitations: Habilitation[] = Array.from({ length: agents * 2 }, (_, i) =>
      habilitation({
        id: `h${i}`,
        agentId: `a${Math.floor(rand() * agents * 0.9)}`,
        bulletinId: pick(bulletins).id,
        profileCode: pick(PROFILES),
        grantedOn: `20${10 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
        revokedOn: rand() < 0.3 ? '2024-12-31' : undefined,
      }),
    );
    const rows = buildRosterRows({ agents: people, habilitations, bulletins, today: TODAY });
    return { rows, rand, pick };
  }

  const foldedFields = new WeakMap<RosterRow, string[]>();
  const plainMatch = (r: RosterRow, c: RosterCriteria) => {
    if (c.status && c.status !== 'all' && r.status !== c.status) return false;
    if (c.bulletinId && r.bulletinId !== c.bulletinId) return false;
    if (c.profileCode && r.profileCode !== c.profileCode.trim().toUpperCase()) return false;
    if (c.anomaliesOnly && r.anomalies.length === 0) return false;
    let fields = foldedFields.get(r);
    if (!fields)
      foldedFields.set(
        r,
        (fields = [r.lastName, r.firstName, r.function, r.service, r.email, r.profileCode].map(
          foldText,
        )),
      );
    return foldText(c.text)
      .split(' ')
      .filter(Boolean)
      .every((w) => fields.some((f) => f.includes(w)));
  };

  it('every keystroke of random typing gives the plain filter’s rows, order and count', () => {
    let checked = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { rows, rand, pick } = register(seed, 40 + seed * 60);
      const index = buildRosterIndex(rows);
      const filter = createRosterFilter(index, 8 + seed); // small memory: answers get forgotten
      let text = '';
      let criteria: RosterCriteria = { sort: { key: 'name', direction: 'asc' } };
      for (let step = 0; step < 200; step++) {
        const roll = rand();
        if (roll < 0.55) text += pick(KEYS);
        else if (roll < 0.8) text = text.slice(0, -1);
        else if (roll < 0.85) text = text.slice(0, Math.floor(rand() * text.length));
        else if (roll < 0.88) text = text.toUpperCase();
        else if (roll < 0.93)
          criteria = {
            ...criteria,
            status: pick(['all', 'active', 'revoked', 'none'] as const),
            profileCode: rand() < 0.3 ? pick(PROFILES).toLowerCase() : undefined,
            bulletinId: rand() < 0.2 ? 'b1' : undefined,
            anomaliesOnly: rand() < 0.1,
          };
        else
          criteria = {
            ...criteria,
            sort: { key: pick(SORTS), direction: rand() < 0.5 ? 'asc' : 'desc' },
          };
        const c = { ...criteria, text };
        const plain = filterRoster(index, { sort: c.sort }).filter((r) => plainMatch(r, c));
        const fast = filter(c);
        expect(fast.map((r) => r.key)).toEqual(plain.map((r) => r.key));
        expect(filterRoster(index, c).map((r) => r.key)).toEqual(plain.map((r) => r.key));
        checked += plain.length;
      }
    }
    expect(checked).toBeGreaterThan(1000); // queries that match something, not only empty answers
  });

  it('the same criteria again give the same rows (Backspace back to an earlier query)', () => {
    const { rows } = register(9, 200);
    const filter = createRosterFilter(buildRosterIndex(rows));
    const sort = { key: 'name', direction: 'asc' } as const;
    const m = filter({ text: 'm', sort });
    expect(filter({ text: 'ma', sort }).length).toBeLessThan(m.length);
    expect(filter({ text: 'm', sort })).toEqual(m);
  });

  it('a longer text that keeps every row gives the same array; one that drops a row, a new one', () => {
    const { rows } = register(9, 200);
    const filter = createRosterFilter(buildRosterIndex(rows));
    const sort = { key: 'name', direction: 'asc' } as const;
    const all = filter({ text: '', sort });
    // Every e-mail ends in « @ville-sud.fr »: « @v », « @ville » keep every row « @ » found.
    const at = filter({ text: '@', sort });
    expect(at.length).toBeLessThan(all.length);
    expect(filter({ text: '@v', sort })).toBe(at);
    expect(filter({ text: '@ville', sort })).toBe(at);
    const lu = filter({ text: 'lu', sort });
    expect(lu.length).toBeLessThan(all.length);
    expect(lu).not.toBe(all);
    expect(filter({ text: 'lu', sort, status: 'active' })).not.toBe(lu);
    expect(lu.map((r) => r.key)).toEqual(
      filterRoster(buildRosterIndex(rows), { text: 'lu', sort }).map((r) => r.key),
    );
  });

  it('looks into each agent’s fields once, yet a row whose fields differ from its agent’s other rows is read as it is', () => {
    const { rows } = register(11, 60);
    const a0 = rows.filter((r) => r.agentId === rows[0]!.agentId);
    // The same agent on two rows, the second with other fields (rows given by a caller).
    const changed: RosterRow[] = [
      ...rows,
      { ...rows[0]!, key: 'other', lastName: 'Quasimodo', email: undefined, profileCode: 'T60' },
    ];
    const index = buildRosterIndex(changed);
    const sort = { key: 'name', direction: 'asc' } as const;
    const keys = (text: string) => createRosterFilter(index)({ text, sort }).map((r) => r.key);
    expect(keys('quasimodo')).toEqual(['other']);
    expect(keys('quasimodo t60')).toEqual(['other']);
    expect(keys('quasimodo t1')).toEqual([]);
    expect(keys(foldText(rows[0]!.lastName))).toEqual(expect.arrayContaining(a0.map((r) => r.key)));
    expect(keys(foldText(rows[0]!.lastName))).not.toContain('other');
    expect(index.searchParts.agentTexts.length).toBeLessThan(changed.length / 2);
  });

  it('a letter’s bit is set exactly when the text holds it; digits share bits, other signs have none', () => {
    expect(charMask('abc')).toBe(0b111);
    expect(charMask('z')).toBe(1 << 25);
    expect(charMask('0')).toBe(charMask('6'));
    expect(charMask('1')).not.toBe(charMask('2'));
    expect(charMask('@.- \u0001')).toBe(0);
    for (const t of ['martin', 'lefevre elodie', 't13', 'agent42@ville.fr'])
      for (const c of t) expect(charMask(t) & charMask(c)).toBe(charMask(c));
  });
});
