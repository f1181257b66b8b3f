import { describe, expect, it } from 'vitest';
import { NBSP, frenchTypographyIssues } from '../text';
import { agent, bulletin, habilitation } from '../testing/builders';
import {
  departedAgentFindings,
  isAgentDeparted,
  looksLikeSharedAccount,
  sharedAccountFindings,
  validateAgent,
} from './agents';

const TODAY = '2025-03-15';

describe('validateAgent', () => {
  it.each([
    ['2021-09-01', '2020-01-01', false],
    ['2021-09-01', '2021-08-31', false],
    ['2021-09-01', '2021-09-01', true],
    ['2021-09-01', '2024-02-29', true],
    [undefined, '2020-01-01', true],
    ['2021-09-01', undefined, true],
  ])('arrived %s, departed %s → ok %s', (arrivedOn, departedOn, ok) => {
    const d = validateAgent({ arrivedOn, departedOn });
    expect(d.ok).toBe(ok);
    if (!ok) {
      expect(d.findings[0]!.message).toBe(
        `La date de départ (${departedOn!.split('-').reverse().join('/')}) est antérieure à la date d’arrivée (01/09/2021). Corrigez l’une des deux dates.`,
      );
    }
  });
});

describe('isAgentDeparted', () => {
  it.each([
    [undefined, false],
    ['2025-03-16', false],
    ['2025-03-15', false],
    ['2025-03-14', true],
  ])('departedOn %s → %s', (departedOn, departed) => {
    expect(isAgentDeparted({ departedOn }, TODAY)).toBe(departed);
  });
});

describe('departedAgentFindings', () => {
  const roussel = agent({
    id: 'a-r',
    lastName: 'ROUSSEL',
    firstName: 'Paul',
    departedOn: '2025-03-14',
  });
  const present = agent({ id: 'a-p', departedOn: '2025-03-15' });
  const leftClean = agent({ id: 'a-c', departedOn: '2024-12-31' });

  it('alerts only departed agents that keep an active habilitation', () => {
    const habs = [
      habilitation({ agentId: 'a-r', profileCode: 'T13' }),
      habilitation({ agentId: 'a-r', profileCode: 'T1' }),
      habilitation({ agentId: 'a-r', profileCode: 'T2', revokedOn: '2025-03-10' }),
      habilitation({ agentId: 'a-p' }),
      habilitation({ agentId: 'a-c', revokedOn: '2024-12-31' }),
    ];
    const f = departedAgentFindings({
      agents: [roussel, present, leftClean],
      habilitations: habs,
      bulletins: [bulletin()],
      today: TODAY,
    });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: 'agent-departed-with-habilitation',
      severity: 'alerte',
      article: 'conv. art. 9.2',
      target: { entity: 'agent', id: 'a-r' },
    });
    expect(f[0]!.message).toBe(
      `Paul ROUSSEL est parti(e) le 14/03/2025 mais garde 2 habilitations actives (T1, bulletin Cdap${NBSP}; T13, bulletin Cdap). Retirez-les dans «${NBSP}Mon Compte Partenaire${NBSP}», puis enregistrez la date de retrait (conv. art. 9.2).`,
    );
  });

  it('a revocation scheduled after today still leaves the habilitation active', () => {
    const f = departedAgentFindings({
      agents: [roussel],
      habilitations: [habilitation({ agentId: 'a-r', revokedOn: '2025-03-20' })],
      today: TODAY,
    });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('1 habilitation active (T13)');
  });
});

describe('shared accounts', () => {
  it.each([
    [
      { lastName: 'Accueil', firstName: undefined, email: undefined },
      true,
      ['nom «\u00A0Accueil\u00A0»', 'pas de prénom'],
    ],
    [
      { lastName: 'Service social', firstName: 'CCAS', email: undefined },
      true,
      ['nom «\u00A0Service social\u00A0»'],
    ],
    [
      { lastName: 'Pôle solidarité', firstName: 'x', email: undefined },
      true,
      ['nom «\u00A0Pôle solidarité\u00A0»'],
    ],
    [
      { lastName: 'Secrétariat', firstName: 'x', email: undefined },
      true,
      ['nom «\u00A0Secrétariat\u00A0»'],
    ],
    [{ lastName: 'BENALI', firstName: '', email: 'k.benali@x.fr' }, true, ['pas de prénom']],
    [
      { lastName: 'MARCHAND', firstName: 'Lucie', email: 'accueil@x.fr' },
      true,
      ['adresse mél accueil@x.fr'],
    ],
    [{ lastName: 'MARCHAND', firstName: 'Lucie', email: 'l.marchand@x.fr' }, false, []],
    [{ lastName: 'POLET', firstName: 'Marie', email: 'polet.marie@x.fr' }, false, []],
  ])('%j → %s', (a, shared, reasons) => {
    const v = looksLikeSharedAccount(a);
    expect(v.shared).toBe(shared);
    expect(v.reasons).toEqual(reasons);
  });

  it('warns on present agents only', () => {
    const f = sharedAccountFindings(
      [
        agent({ id: 'x1', lastName: 'Accueil', firstName: undefined }),
        agent({ id: 'x2', lastName: 'Accueil', firstName: undefined, departedOn: '2024-01-01' }),
        agent({ id: 'x3', lastName: 'DJIRE', firstName: 'Véronique' }),
      ],
      TODAY,
    );
    expect(f.map((x) => [x.code, x.severity, x.target?.id])).toEqual([
      ['agent-shared-account', 'attention', 'x1'],
    ]);
    expect(frenchTypographyIssues(f[0]!.message)).toEqual([]);
    expect(f[0]!.message).toContain('conv. art. 9.2');
  });
});
