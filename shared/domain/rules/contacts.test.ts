import { describe, expect, it } from 'vitest';
import type { Contact } from '../schemas';
import { frenchTypographyIssues, NBSP } from '../text';
import { agent, contact, lieusaint } from '../testing/builders';
import {
  administratorCountFindings,
  administratorMismatchFindings,
  contactFindings,
  contactMatchesAgent,
  sharedEmailFindings,
} from './contacts';
import { isContactCurrent } from './active';

const TODAY = '2025-03-15';

describe('isContactCurrent', () => {
  it.each([
    ['2025-03-15', undefined, true],
    ['2025-03-16', undefined, false],
    ['2024-01-01', '2025-03-15', true],
    ['2024-01-01', '2025-03-14', false],
  ])('from %s to %s → %s', (validFrom, validTo, current) => {
    expect(isContactCurrent({ validFrom, validTo }, TODAY)).toBe(current);
  });
});

describe('administratorCountFindings', () => {
  const admin = (over: Partial<Contact> = {}) => contact({ role: 'administrateur', ...over });
  const supp = (over: Partial<Contact> = {}) =>
    contact({ role: 'administrateur-suppleant', ...over });

  it.each([
    ['one of each', [admin(), supp()], []],
    ['none at all', [], ['administrator-missing', 'suppleant-missing']],
    ['no suppléant', [admin()], ['suppleant-missing']],
    [
      'two administrators, no suppléant (Lieusaint annex)',
      [
        admin({ name: 'Véronique DJIRE' }),
        admin({ name: 'Sandrine COFFI', validFrom: '2024-02-01' }),
      ],
      ['administrator-several', 'suppleant-missing'],
    ],
    ['two suppléants', [admin(), supp(), supp()], ['suppleant-several']],
    [
      'the old administrator ended, the new one current',
      [admin({ validTo: '2025-01-31' }), admin({ validFrom: '2025-02-01' }), supp()],
      [],
    ],
    [
      'the only administrator ended yesterday',
      [admin({ validTo: '2025-03-14' }), supp()],
      ['administrator-missing'],
    ],
    [
      'the new one starts tomorrow',
      [admin({ validFrom: '2025-03-16' }), supp()],
      ['administrator-missing'],
    ],
    [
      'CAF-side administrators do not count',
      [admin({ side: 'caf' }), supp()],
      ['administrator-missing'],
    ],
  ])('%s', (_label, contacts, codes) => {
    const f = administratorCountFindings(contacts, TODAY, 'conv-1');
    expect(f.map((x) => x.code)).toEqual(codes);
    for (const x of f) {
      expect(x.severity).toBe('alerte');
      expect(frenchTypographyIssues(x.message)).toEqual([]);
    }
  });

  it('explains the Lieusaint case and suggests the second as suppléant', () => {
    const f = administratorCountFindings(
      [
        admin({ name: 'Véronique DJIRE' }),
        admin({ name: 'Sandrine COFFI', validFrom: '2024-02-01' }),
      ],
      TODAY,
    );
    expect(f[0]!.message).toBe(
      `2 Administrateurs sont désignés côté partenaire dans l’annexe 1 (Véronique DJIRE, Sandrine COFFI), un seul est attendu. Indiquez une date de fin pour l’autre ou changez son rôle (contrat, annexe 1).`,
    );
    expect(f[1]!.message).toBe(
      `Aucun Administrateur suppléant n’est désigné côté partenaire dans l’annexe 1 des interlocuteurs. Désignez-le et transmettez à la Caf le formulaire de changement d’administrateur de l’annexe 3 (contrat, annexe 1). L’annexe désigne deux Administrateurs${NBSP}: enregistrez le second (Sandrine COFFI) comme Administrateur suppléant s’il l’est bien.`,
    );
  });
});

describe('sharedEmailFindings', () => {
  it.each([
    ['ccas@ville-lieusaint.fr', 'administrateur', true],
    ['accueil-social@x.fr', 'administrateur-suppleant', true],
    ['ccas.lieusaint@x.fr', 'administrateur', true],
    ['s.coffi@ville-lieusaint.fr', 'administrateur-suppleant', false],
    ['jean.service@x.fr', 'administrateur', false],
    ['contact@x.fr', 'dpo', false], // only the administrators are checked
    [undefined, 'administrateur', false],
  ] as const)('%s as %s → warning %s', (email, role, warned) => {
    const f = sharedEmailFindings([contact({ role, email, name: 'Véronique DJIRE' })], TODAY);
    expect(f.length).toBe(warned ? 1 : 0);
    if (warned) {
      expect(f[0]!.severity).toBe('attention');
      expect(f[0]!.message).toContain(email);
      expect(f[0]!.message).toContain('personnelle et individuelle');
      expect(frenchTypographyIssues(f[0]!.message)).toEqual([]);
    }
  });
});

describe('administrator mismatch', () => {
  it('matches by link, by name in any order without accents, or by e-mail', () => {
    const a = agent({ id: 'a1', lastName: 'DJIRE', firstName: 'Véronique', email: 'v.djire@x.fr' });
    expect(contactMatchesAgent(contact({ agentId: 'a1' }), a)).toBe(true);
    expect(contactMatchesAgent(contact({ agentId: 'a2', name: 'Véronique DJIRE' }), a)).toBe(false);
    expect(contactMatchesAgent(contact({ name: 'veronique djire' }), a)).toBe(true);
    expect(contactMatchesAgent(contact({ name: 'DJIRE Véronique' }), a)).toBe(true);
    expect(contactMatchesAgent(contact({ name: 'V. DJIRE', email: 'V.Djire@x.fr' }), a)).toBe(true);
    expect(contactMatchesAgent(contact({ name: 'Sandrine COFFI' }), a)).toBe(false);
  });

  it('finds nothing to say on the Lieusaint register', () => {
    const s = lieusaint();
    expect(contactFindings(s.contacts, s.agents, TODAY, 'conv-1')).toEqual([]);
  });

  it.each([
    [
      'annex administrator has another portal role',
      (s: ReturnType<typeof lieusaint>) =>
        s.agents.map((a) =>
          a.id === 'a-djire' ? { ...a, portalRole: 'Utilisateur' as const } : a,
        ),
      [
        [
          'a-djire',
          `Véronique DJIRE est Administrateur dans l’annexe 1 des interlocuteurs, mais son rôle dans le portail est «${NBSP}Utilisateur${NBSP}». Mettez à jour son rôle pour qu’il corresponde à l’annexe (contrat, annexe 1).`,
        ],
      ],
    ],
    [
      'an extra agent with the Administrateur role',
      (s: ReturnType<typeof lieusaint>) =>
        s.agents.map((a) =>
          a.id === 'a-benali' ? { ...a, portalRole: 'Administrateur' as const } : a,
        ),
      [
        [
          'a-benali',
          `Karim BENALI a le rôle «${NBSP}Administrateur${NBSP}» dans le portail, mais n’est pas Administrateur dans l’annexe 1 des interlocuteurs. Mettez l’annexe à jour (formulaire de changement d’administrateur) ou corrigez son rôle (contrat, annexe 1).`,
        ],
      ],
    ],
    [
      'the annex administrator has left (departed agents are ignored)',
      (s: ReturnType<typeof lieusaint>) =>
        s.agents.map((a) => (a.id === 'a-djire' ? { ...a, departedOn: '2025-03-01' } : a)),
      [
        [
          'c-admin',
          `Véronique DJIRE, Administrateur dans l’annexe 1 des interlocuteurs, ne correspond à aucun agent ayant ce rôle dans le portail. Ajoutez l’agent avec le rôle «${NBSP}Administrateur${NBSP}» ou reliez le contact à sa fiche (contrat, annexe 1).`,
        ],
      ],
    ],
    [
      'suppléant swapped with a user',
      (s: ReturnType<typeof lieusaint>) =>
        s.agents.map((a) =>
          a.id === 'a-coffi'
            ? { ...a, portalRole: 'Utilisateur' as const }
            : a.id === 'a-benali'
              ? { ...a, portalRole: 'Administrateur suppléant' as const }
              : a,
        ),
      [
        ['a-coffi', null],
        ['a-benali', null],
      ],
    ],
  ])('%s', (_label, change, expected) => {
    const s = lieusaint();
    const f = administratorMismatchFindings(s.contacts, change(s), TODAY);
    expect(f.map((x) => x.target?.id)).toEqual(expected.map((e) => e[0]));
    expected.forEach(([, message], i) => {
      expect(f[i]!.severity).toBe('attention');
      if (message) expect(f[i]!.message).toBe(message);
    });
  });
});
