import { describe, expect, it } from 'vitest';
import { agent } from '../testing/builders';
import { NBSP, frenchTypographyIssues } from '../text';
import {
  describeDuplicate,
  DuplicateIndex,
  findDuplicateAgents,
  personNameKey,
} from './duplicates';

describe('personNameKey', () => {
  it.each([
    ['MARTIN-DUPONT', 'Anne-Sophie', 'MARTIN DUPONT', 'Anne Sophie', true],
    ['Martin-Dupont', 'anne-sophie', 'MARTIN-DUPONT', 'ANNE-SOPHIE', true],
    ['DJIRÉ', 'Véronique', 'Djire', 'Veronique', true],
    ['D’ALMEIDA', 'Joël', "D'ALMEIDA", 'Joel', true],
    ['LE  GOFF', 'Hélène', 'Le Goff', 'Helene', true],
    // The first name typed in the NOM column and the reverse: same words.
    ['Anne-Sophie', 'MARTIN-DUPONT', 'MARTIN-DUPONT', 'Anne-Sophie', true],
    ['ŒUVRARD', 'Zoé', 'OEUVRARD', 'Zoe', true],
    ['MARTIN', 'Anne', 'MARTIN-DUPONT', 'Anne', false],
    ['MARTIN', 'Anne', 'MARTIN', 'Annie', false],
    ['BENALI', 'Karim', 'BENALI', '', false],
  ])('%s %s vs %s %s → same %s', (l1, f1, l2, f2, same) => {
    expect(
      personNameKey({ lastName: l1, firstName: f1 }) ===
        personNameKey({ lastName: l2, firstName: f2 }),
    ).toBe(same);
  });
  it('is empty without a name', () => {
    expect(personNameKey({ lastName: ' - ' })).toBe('');
  });
});

describe('findDuplicateAgents', () => {
  const karim = agent({
    id: 'k',
    lastName: 'BENALI',
    firstName: 'Karim',
    email: 'k.benali@ville.fr',
    function: 'Travailleur social',
  });
  const lea = agent({
    id: 'l',
    lastName: 'BERNARD',
    firstName: 'Léa',
    email: 'lea.bernard@ville.fr',
  });
  const purged = agent({
    id: 'p',
    lastName: 'BERNARD',
    firstName: 'Lea',
    purgedAt: '2026-01-01T00:00:00.000Z',
  });
  const agents = [karim, lea, purged];

  it.each([
    [
      'same name, other e-mail',
      { lastName: 'Benali', firstName: 'karim', email: 'karim@ville.fr' },
      [['k', ['name']]],
    ],
    [
      'same e-mail, other name',
      { lastName: 'BENALI-ZAOUI', firstName: 'Karim', email: ' K.Benali@Ville.fr ' },
      [['k', ['email']]],
    ],
    [
      'both',
      { lastName: 'BENALI', firstName: 'Karim', email: 'k.benali@ville.fr' },
      [['k', ['name', 'email']]],
    ],
    ['accents, purged agent ignored', { lastName: 'Bernard', firstName: 'Lea' }, [['l', ['name']]]],
    ['nobody', { lastName: 'PETIT', firstName: 'Zoé', email: 'zoe@ville.fr' }, []],
    ['itself, when editing', { id: 'k', lastName: 'BENALI', firstName: 'Karim' }, []],
  ] as const)('%s', (_label, candidate, expected) => {
    const found = findDuplicateAgents(candidate, agents).map((m) => [m.agent.id, m.reasons]);
    expect(found).toEqual(expected);
  });

  it('the index sees people added after it was built (rows earlier in the same file)', () => {
    const index = new DuplicateIndex<{
      id: string;
      lastName: string;
      firstName?: string;
      email?: string;
    }>([]);
    index.add({ id: 'row-3', lastName: 'PETIT', firstName: 'Zoé' });
    expect(index.find({ lastName: 'Petit', firstName: 'Zoe' }).map((m) => m.agent.id)).toEqual([
      'row-3',
    ]);
  });

  it('names the existing agent and why, in French', () => {
    const text = describeDuplicate({ agent: karim, reasons: ['name', 'email'] });
    expect(text).toBe(
      `«${NBSP}Karim BENALI${NBSP}» (Travailleur social) — même nom et prénom, même adresse mél`,
    );
    expect(frenchTypographyIssues(text)).toEqual([]);
  });
});
