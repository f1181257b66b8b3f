import { describe, expect, it } from 'vitest';
import { scoreRoster, type TruthAgent } from '../roster-corpus/score';

const truth = {
  agents: [
    {
      lastName: 'LE GALL-MORVAN',
      firstName: 'Jean-Baptiste',
      email: 'jb@x.fr',
      habilitations: [{ profile: 'T13', grantedOn: '2021-09-01' }],
    },
  ],
};

describe('scoreRoster', () => {
  it('matches agents by name whatever the accents and case, field by field', () => {
    const got: TruthAgent[] = [
      {
        lastName: 'LE GALL-MORVAN',
        firstName: 'jean-baptiste',
        email: 'jb@x.fr',
        habilitations: [{ profile: 'T13', grantedOn: '2021-09-01' }],
      },
    ];
    expect(scoreRoster(truth, got).map((r) => r.outcome)).toEqual([
      'right',
      'right',
      'right',
      'right',
      'right',
    ]);
  });

  it('counts a wrong date, a missing e-mail, an extra habilitation and an extra agent', () => {
    const got: TruthAgent[] = [
      {
        lastName: 'LE GALL-MORVAN',
        firstName: 'Jean-Baptiste',
        habilitations: [{ profile: 'T13', grantedOn: '2021-01-09' }, { profile: 'T1' }],
      },
      { lastName: 'TOTAL', habilitations: [] },
    ];
    const wrongOnes = scoreRoster(truth, got).filter((r) => r.outcome !== 'right');
    expect(wrongOnes.map((r) => `${r.field}:${r.outcome}`)).toEqual([
      'email:missing',
      'habilitation T13 depuis:wrong',
      'habilitation T1:invented',
      'agent:invented',
    ]);
  });
});
