import { describe, expect, it } from 'vitest';
import { agent } from '../testing/builders';
import type { PortalAccount } from './accounts';
import { indexAgents, matchAccount, type AccountMatch } from './match';

const agents = [
  agent({
    id: 'benali',
    lastName: 'BENALI',
    firstName: 'Karim',
    email: 'k.benali@ville.fr',
    portalLogin: 'KBENALI',
  }),
  agent({ id: 'leguehennec', lastName: 'LE GUÉHENNEC', firstName: 'Christophe' }),
  agent({ id: 'dupont1', lastName: 'DUPONT', firstName: 'Marie' }),
  agent({ id: 'dupont2', lastName: 'Dupont', firstName: 'Marie', departedOn: '2020-01-01' }),
  agent({ id: 'martin-dupuis', lastName: 'MARTIN-DUPUIS', firstName: 'Anne-Sophie' }),
  agent({ id: 'dasilva', lastName: 'DA SILVA', firstName: 'Maria' }),
  agent({ id: 'noel', lastName: 'NOËL', firstName: 'Zoé', portalLogin: 'znoel' }),
  agent({ id: 'shared1', lastName: 'ACCUEIL', firstName: 'Un', email: 'ccas@ville.fr' }),
  agent({ id: 'shared2', lastName: 'ACCUEIL', firstName: 'Deux', email: 'ccas@ville.fr' }),
  agent({
    id: 'purged',
    lastName: 'OUBLIÉ',
    firstName: 'Jean',
    purgedAt: '2025-01-01T00:00:00.000Z',
  }),
];
const idx = indexAgents(agents);
const acc = (over: Partial<PortalAccount>): PortalAccount => ({
  key: 'k',
  lines: [2],
  status: 'actif',
  grants: [],
  ...over,
});

describe('matchAccount', () => {
  const cases: {
    name: string;
    account: Partial<PortalAccount>;
    expected: AccountMatch;
    link?: string | null;
  }[] = [
    {
      name: 'login, case folded',
      account: { login: 'kbenali', lastName: 'BENALI', firstName: 'Karim' },
      expected: { kind: 'matched', agentId: 'benali', by: 'login' },
    },
    {
      name: 'mél when there is no login',
      account: { email: 'k.benali@ville.fr' },
      expected: { kind: 'matched', agentId: 'benali', by: 'email' },
    },
    {
      name: 'name with accents and hyphens folded',
      account: { lastName: 'Le-Guehennec', firstName: 'CHRISTOPHE' },
      expected: { kind: 'matched', agentId: 'leguehennec', by: 'name' },
    },
    {
      name: 'full-name column, any order',
      account: { fullName: 'Christophe Le Guéhennec' },
      expected: { kind: 'matched', agentId: 'leguehennec', by: 'name' },
    },
    {
      name: 'inverted NOM / prénom is only proposed',
      account: { lastName: 'Maria', firstName: 'DA SILVA' },
      expected: { kind: 'proposed', agentId: 'dasilva', why: 'inverted' },
    },
    {
      name: 'compound name written in part is only proposed',
      account: { lastName: 'MARTIN', firstName: 'Anne-Sophie' },
      expected: { kind: 'proposed', agentId: 'martin-dupuis', why: 'partial' },
    },
    {
      name: 'first name as an initial is only proposed',
      account: { lastName: 'MARTIN DUPUIS', firstName: 'A.' },
      expected: { kind: 'proposed', agentId: 'martin-dupuis', why: 'partial' },
    },
    {
      name: 'two agents of the same name: ambiguous, never guessed',
      account: { lastName: 'DUPONT', firstName: 'Marie' },
      expected: { kind: 'ambiguous', candidates: ['dupont1', 'dupont2'], by: 'name' },
    },
    {
      name: 'a shared mél: ambiguous',
      account: { email: 'ccas@ville.fr' },
      expected: { kind: 'ambiguous', candidates: ['shared1', 'shared2'], by: 'email' },
    },
    {
      name: 'login of one agent, name of another: matched by login, conflict reported',
      account: { login: 'znoel', lastName: 'BENALI', firstName: 'Karim' },
      expected: {
        kind: 'matched',
        agentId: 'noel',
        by: 'login',
        conflict: { otherAgentId: 'benali' },
      },
    },
    {
      name: 'login of one agent, a stranger’s name: conflict without another agent',
      account: { login: 'znoel', lastName: 'INCONNU', firstName: 'Paul' },
      expected: { kind: 'matched', agentId: 'noel', by: 'login', conflict: {} },
    },
    {
      name: 'same name but the agent has another login: proposed',
      account: { login: 'zoe.noel2', lastName: 'NOEL', firstName: 'Zoe' },
      expected: { kind: 'proposed', agentId: 'noel', why: 'login-differs' },
    },
    {
      name: 'a purged agent is never matched',
      account: { lastName: 'OUBLIE', firstName: 'Jean' },
      expected: { kind: 'none' },
    },
    {
      name: 'unknown',
      account: { login: 'x', lastName: 'PERSONNE', firstName: 'Jean' },
      expected: { kind: 'none' },
    },
    {
      name: 'the user’s choice among homonyms is kept',
      account: { lastName: 'DUPONT', firstName: 'Marie' },
      link: 'dupont2',
      expected: { kind: 'matched', agentId: 'dupont2', by: 'confirmed' },
    },
    {
      name: 'a rejected proposal stays unknown',
      account: { lastName: 'Maria', firstName: 'DA SILVA' },
      link: null,
      expected: { kind: 'none', rejected: true },
    },
  ];
  it.each(cases)('$name', ({ account, expected, link }) => {
    expect(matchAccount(acc(account), idx, link)).toEqual(expected);
  });
});
