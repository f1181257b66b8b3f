import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Agent, Bulletin, Quota } from '../domain/schemas';
import { mapRow, planImport, type ColumnMapping, type ExistingRegister } from './roster-import';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP', annexNumber: '2' };
const quotas: Quota[] = [{ id: 'q1', bulletinId: 'b1', profileCode: 'T13', max: 2 }];
const TODAY = '2026-11-23';
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };

describe('planImport', () => {
  const empty: ExistingRegister = {
    agents: [],
    habilitations: [],
    quotas,
    bulletins: [bulletin],
    profiles: CATALOGUE_PROFILES,
  };
  const ids = () => {
    let n = 0;
    return () => `id${++n}`;
  };
  const plan = (
    rows: string[][],
    mapping: ColumnMapping,
    existing = empty,
    extra: { choices?: Record<number, 'merge' | 'create'>; inPortal?: boolean } = {},
  ) =>
    planImport(
      rows.map((r, i) => mapRow(r, i + 2, mapping, ctx, TODAY)),
      existing,
      { today: TODAY, organisationId: 'o', newId: ids(), ...extra },
    );

  it.each([
    ['T13 within the quota', [['A', 'a', 'T13', '', '']], ['granted'], 0],
    ['T5, not in the bulletin', [['A', 'a', 'T5', '', '']], ['pending'], 1],
    [
      'T1 for an agent not marked qualified (and not in the bulletin)',
      [['A', 'a', 'T1', '', '']],
      ['pending'],
      1,
    ],
    ['T99, not in the catalogue', [['A', 'a', 'T99', '', '']], ['pending'], 1],
    ['a departed agent: not created', [['A', 'a', 'T13', '', '01/01/2026']], ['departed'], 0],
  ])('%s: the agent is imported, the habilitation %o', (_label, rows, statuses, pending) => {
    const p = plan(rows, {
      lastName: 0,
      firstName: 1,
      profileCode: 2,
      arrivedOn: 3,
      departedOn: 4,
    });
    expect(p.newAgents).toBe(1);
    expect(p.rows[0]!.planned.map((g) => g.status)).toEqual(statuses);
    expect(p.pending).toBe(pending);
    expect(p.agents[0]!.agent.pendingHabilitations?.length ?? 0).toBe(pending);
    if (pending) {
      const reason = p.agents[0]!.agent.pendingHabilitations![0]!;
      expect(reason).toMatchObject({ requestedOn: TODAY, source: 'import de liste, ligne 2' });
      expect(reason.reason.length).toBeGreaterThan(20);
    }
  });

  it('over the quota, the newcomer (latest arrival) is the one à régulariser, whatever the file order', () => {
    const p = plan(
      [
        ['NOUVEAU', 'n', 'T13', '01/10/2026'],
        ['ANCIEN', 'a', 'T13', '01/01/2015'],
        ['MOYEN', 'm', 'T13', '01/01/2020'],
      ],
      { lastName: 0, firstName: 1, profileCode: 2, arrivedOn: 3 },
    );
    expect(p.rows.map((r) => [r.agent.lastName, r.planned[0]!.status])).toEqual([
      ['NOUVEAU', 'pending'],
      ['ANCIEN', 'granted'],
      ['MOYEN', 'granted'],
    ]);
    expect(p.rows[0]!.planned[0]!.reason).toContain('Quota atteint pour le profil T13 (2 sur 2');
    expect(p.rows[0]!.planned[0]!.article).toBe('contrat art. 2.2.1');
  });

  it('« already in the portal »: granted ones are marked created in the portal, refused ones too', () => {
    const p = plan(
      [
        ['A', 'a', 'T13'],
        ['B', 'b', 'T5'],
      ],
      { lastName: 0, firstName: 1, profileCode: 2 },
      empty,
      { inPortal: true },
    );
    expect(p.habilitations[0]).toMatchObject({ appliedInPortalOn: TODAY });
    expect(p.agents[1]!.agent.pendingHabilitations![0]).toMatchObject({ inPortal: true });
  });

  const karim: Agent = {
    id: 'known',
    organisationId: 'o',
    lastName: 'BENALI',
    firstName: 'Karim',
    qualifiedSocialWorker: false,
    email: 'k.benali@ville.fr',
  };
  it.each([
    [
      'same name in the register, merged (default)',
      [['Bénali', 'karim', '', '']],
      {},
      { newAgents: 0, updatedAgents: 0, duplicates: 1 },
      [['merged', 'register']],
    ],
    [
      'same e-mail in the register, merged and completed',
      [['ZAOUI', 'Karim', 'K.Benali@ville.fr', 'Instructeur']],
      {},
      { newAgents: 0, updatedAgents: 1, duplicates: 1 },
      [['merged', 'register']],
    ],
    [
      'created anyway when chosen',
      [['BENALI', 'Karim', '', '']],
      { 2: 'create' as const },
      { newAgents: 1, updatedAgents: 0, duplicates: 1 },
      [['new-agent', 'register']],
    ],
    [
      'twice in the file (compound names written differently)',
      [
        ['MARTIN-DUPONT', 'Anne-Sophie', '', ''],
        ['Martin Dupont', 'Anne Sophie', 'as@v.fr', ''],
      ],
      {},
      { newAgents: 1, updatedAgents: 0, duplicates: 1 },
      [
        ['new-agent', undefined],
        ['merged', 'file'],
      ],
    ],
  ])('duplicates: %s', (_label, rows, choices, counts, outcomes) => {
    const p = plan(
      rows,
      { lastName: 0, firstName: 1, email: 2, function: 3 },
      { ...empty, agents: [karim] },
      { choices },
    );
    expect(p).toMatchObject(counts);
    expect(p.rows.map((r) => [r.outcome, r.duplicate?.of])).toEqual(outcomes);
  });

  it('a merge fills the empty fields only, and adds the row’s habilitations to the agent found', () => {
    const p = plan(
      [['BENALI', 'Karim', 'autre@ville.fr', 'Instructeur FSL', 'T13']],
      { lastName: 0, firstName: 1, email: 2, function: 3, profileCode: 4 },
      { ...empty, agents: [karim] },
    );
    expect(p.agents[0]!.agent).toMatchObject({
      id: 'known',
      email: 'k.benali@ville.fr',
      function: 'Instructeur FSL',
    });
    expect(p.habilitations).toMatchObject([{ agentId: 'known', profileCode: 'T13' }]);
    expect(p.rows[0]!.duplicate).toMatchObject({ name: 'Karim BENALI', reasons: ['name'] });
  });

  it('an agent already holding the habilitation is not refused nor pending: « already »', () => {
    const existing = {
      ...empty,
      agents: [karim],
      habilitations: [
        {
          id: 'h',
          agentId: 'known',
          bulletinId: 'b1',
          profileCode: 'T13',
          grantedOn: '2024-01-01',
        },
      ],
    };
    const p = plan(
      [['BENALI', 'Karim', 'T13']],
      { lastName: 0, firstName: 1, profileCode: 2 },
      existing,
    );
    expect(p.rows[0]!.planned.map((g) => g.status)).toEqual(['already']);
    expect(p.agents).toEqual([]);
  });

  it('an ended habilitation is written as history, outside the quota; a future end is kept on it', () => {
    // Quota T13 = 2: two ended ones and two active ones all fit.
    const p = plan(
      [
        ['A', 'a', 'T13', '01/02/2015', '30/06/2020'],
        ['B', 'b', 'T13', '01/02/2016', '31/12/2021'],
        ['C', 'c', 'T13', '01/02/2017', ''],
        ['D', 'd', 'T13', '01/02/2018', '31/12/2027'],
      ],
      { lastName: 0, firstName: 1, profileCode: 2, grantedOn: 3, revokedOn: 4 },
      empty,
      { inPortal: true },
    );
    expect(p.rows.map((r) => r.planned.map((g) => g.status))).toEqual([
      ['ended'],
      ['ended'],
      ['granted'],
      ['granted'],
    ]);
    expect(p.granted).toBe(2);
    expect(p.ended).toBe(2);
    expect(p.habilitations.map((h) => [h.revokedOn, h.revocationAppliedInPortalOn])).toEqual([
      ['2020-06-30', '2020-06-30'],
      ['2021-12-31', '2021-12-31'],
      [undefined, undefined],
      ['2027-12-31', undefined],
    ]);
  });
});
