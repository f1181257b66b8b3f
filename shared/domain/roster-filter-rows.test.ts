import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from './profiles';
import {
  buildRosterIndex,
  buildRosterRows,
  filterRoster,
  firstAgentsByName,
} from './roster-filter';
import { agent, bulletin, habilitation, quota } from './testing/builders';

const TODAY = '2025-03-15';

describe('buildRosterRows', () => {
  it('one row per habilitation, one per agent without any, with status and anomalies', () => {
    const agents = [
      agent({ id: 'a1', lastName: 'ROUSSEL', firstName: 'Paul', departedOn: '2025-03-01' }),
      agent({ id: 'a2', lastName: 'Accueil', firstName: undefined }),
      agent({ id: 'a3', lastName: 'BENALI', firstName: 'Karim' }),
    ];
    const habs = [
      habilitation({ id: 'h1', agentId: 'a1' }),
      habilitation({ id: 'h2', agentId: 'a1', profileCode: 't1', revokedOn: '2025-02-01' }),
      habilitation({ id: 'h3', agentId: 'a3', profileCode: 'T1' }),
    ];
    const rows = buildRosterRows({
      agents,
      habilitations: habs,
      bulletins: [bulletin()],
      quotas: [quota({ max: 4 }), quota({ profileCode: 'T1', max: 0 })],
      profiles: CATALOGUE_PROFILES,
      today: TODAY,
    });
    expect(rows.map((r) => [r.key, r.status, r.profileCode, r.bulletinLabel, r.anomalies])).toEqual(
      [
        ['h1', 'active', 'T13', 'Cdap', ['departed']],
        ['h2', 'revoked', 'T1', 'Cdap', []],
        ['agent:a2', 'none', undefined, undefined, ['shared-account']],
        ['h3', 'active', 'T1', 'Cdap', ['unqualified', 'over-quota']],
      ],
    );
  });
});

describe('habilitations à régulariser in the roster', () => {
  const pending = {
    id: 'p1',
    bulletinId: 'bul-cdap',
    profileCode: 't1',
    requestedOn: '2025-03-10',
    reason: 'Le bulletin Cdap ne prévoit aucune habilitation pour le profil T1.',
  };
  const rows = buildRosterRows({
    agents: [
      agent({ id: 'a1', lastName: 'BERNARD', firstName: 'Léa', pendingHabilitations: [pending] }),
      agent({
        id: 'a2',
        lastName: 'MARTIN',
        firstName: 'Paul',
        pendingHabilitations: [{ ...pending, id: 'p2', profileCode: 'T13', inPortal: true }],
      }),
      agent({
        id: 'a3',
        lastName: 'PETIT',
        firstName: 'Zoé',
        pendingHabilitations: [{ ...pending, id: 'p3', bulletinId: 'other-convention' }],
      }),
    ],
    habilitations: [habilitation({ id: 'h2', agentId: 'a2' })],
    bulletins: [bulletin()],
    today: TODAY,
  });

  it('one row per request (instead of « sans habilitation »), with the reason; other conventions’ requests left out', () => {
    expect(
      rows.map((r) => [
        r.key,
        r.status,
        r.profileCode,
        r.pendingReason ?? null,
        r.pendingInPortal ?? false,
      ]),
    ).toEqual([
      ['pending:a1:p1', 'pending', 'T1', pending.reason, false],
      ['pending:a2:p2', 'pending', 'T13', pending.reason, true],
      ['h2', 'active', 'T13', null, false],
      ['agent:a3', 'none', undefined, null, false],
    ]);
  });

  it('the « À régulariser » filter lists them', () => {
    const index = buildRosterIndex(rows);
    expect(filterRoster(index, { status: 'pending' }).map((r) => r.key)).toEqual([
      'pending:a1:p1',
      'pending:a2:p2',
    ]);
  });
});

describe('firstAgentsByName', () => {
  const people = [
    agent({ id: 'a1', lastName: 'Martin', firstName: 'Zoé' }),
    agent({ id: 'a2', lastName: 'ÉTIENNE', firstName: 'Paul' }),
    agent({ id: 'a3', lastName: 'martin', firstName: 'Anaïs' }),
    agent({ id: 'a4', lastName: 'Benali', firstName: undefined }),
    agent({ id: 'a5', lastName: 'Martin', firstName: 'Zoe' }),
  ];

  it.each([
    [1, ['a4']],
    [2, ['a2', 'a4']],
    [3, ['a2', 'a3', 'a4']],
    // « Martin Zoé » and « Martin Zoe » fold alike: the first in the register comes first.
    [4, ['a1', 'a2', 'a3', 'a4']],
    [9, ['a1', 'a2', 'a3', 'a4', 'a5']],
  ])('the first %i by folded NOM then prénom, kept in register order', (count, ids) => {
    expect(firstAgentsByName(people, count).map((a) => a.id)).toEqual(ids);
  });
});
