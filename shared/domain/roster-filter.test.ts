import { describe, expect, it } from 'vitest';
import {
  buildRosterIndex,
  filterRoster,
  type RosterCriteria,
  type RosterRow,
} from './roster-filter';

describe('filterRoster (small, exact)', () => {
  const rows: RosterRow[] = [
    {
      key: 'h1',
      agentId: 'a1',
      lastName: 'Lefèvre',
      firstName: 'Élodie',
      function: 'Assistante sociale',
      service: 'Pôle Solidarité',
      email: 'e.lefevre@x.fr',
      bulletinId: 'b1',
      bulletinLabel: 'Cdap',
      profileCode: 'T1',
      grantedOn: '2024-01-02',
      status: 'active',
      anomalies: [],
    },
    {
      key: 'h2',
      agentId: 'a2',
      lastName: 'BENALI',
      firstName: 'Karim',
      function: 'Agent administratif',
      service: 'FSL',
      email: 'k.benali@x.fr',
      bulletinId: 'b1',
      bulletinLabel: 'Cdap',
      profileCode: 'T13',
      grantedOn: '2024-03-01',
      status: 'active',
      anomalies: ['departed'],
    },
    {
      key: 'h3',
      agentId: 'a2',
      lastName: 'BENALI',
      firstName: 'Karim',
      function: 'Agent administratif',
      service: 'FSL',
      email: 'k.benali@x.fr',
      bulletinId: 'b2',
      bulletinLabel: 'Cdap – Résidence',
      profileCode: 'T2',
      grantedOn: '2023-05-01',
      revokedOn: '2024-01-01',
      status: 'revoked',
      anomalies: [],
    },
    {
      key: 'agent:a3',
      agentId: 'a3',
      lastName: 'Œuvre',
      firstName: 'Chloé',
      status: 'none',
      anomalies: [],
    },
  ];
  const index = buildRosterIndex(rows);
  const keys = (c: RosterCriteria) => filterRoster(index, c).map((r) => r.key);

  it.each<[string, RosterCriteria, string[]]>([
    ['everything', {}, ['h1', 'h2', 'h3', 'agent:a3']],
    ['accent-insensitive name', { text: 'lefevre' }, ['h1']],
    ['accent in the query', { text: 'ÉLODIE' }, ['h1']],
    ['service with accents', { text: 'pole solidarite' }, ['h1']],
    ['ligature', { text: 'oeuvre' }, ['agent:a3']],
    ['function', { text: 'administratif' }, ['h2', 'h3']],
    ['e-mail', { text: 'k.benali@' }, ['h2', 'h3']],
    ['profile', { text: 't13' }, ['h2']],
    ['several words, all required', { text: 'karim t2' }, ['h3']],
    ['words do not span two fields', { text: 'karimagent' }, []],
    ['status active', { status: 'active' }, ['h1', 'h2']],
    ['status none', { status: 'none' }, ['agent:a3']],
    ['bulletin', { bulletinId: 'b2' }, ['h3']],
    ['profile filter', { profileCode: 't1' }, ['h1']],
    ['anomalies only', { anomaliesOnly: true }, ['h2']],
    ['sort by name', { sort: { key: 'name', direction: 'asc' } }, ['h2', 'h3', 'h1', 'agent:a3']],
    [
      'sort by name desc',
      { sort: { key: 'name', direction: 'desc' } },
      ['agent:a3', 'h1', 'h2', 'h3'],
    ],
    [
      'sort by profile (T1 < T2 < T13), empty last',
      { sort: { key: 'profile', direction: 'asc' } },
      ['h1', 'h3', 'h2', 'agent:a3'],
    ],
    [
      'sort by profile desc, empty still last',
      { sort: { key: 'profile', direction: 'desc' } },
      ['h2', 'h3', 'h1', 'agent:a3'],
    ],
    [
      'sort by grant date',
      { sort: { key: 'grantedOn', direction: 'asc' } },
      ['h3', 'h1', 'h2', 'agent:a3'],
    ],
  ])('%s', (_label, criteria, expected) => {
    expect(keys(criteria)).toEqual(expected);
  });
});
