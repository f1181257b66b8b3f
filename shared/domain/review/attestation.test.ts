import { describe, expect, it } from 'vitest';
import { contact } from '../testing/builders';
import { frenchTypographyIssues } from '../text';
import { attestationSignatories, partnerPhrase, partnerTown } from './attestation';

describe('attestation', () => {
  it('names the partner in correct French from its kind', () => {
    expect(partnerPhrase({ name: 'CCAS de Lieusaint', partnerKind: 'CCAS' })).toBe(
      'du CCAS de Lieusaint',
    );
    expect(partnerPhrase({ name: 'Ccas d’Arras', partnerKind: 'CCAS' })).toBe('du CCAS d’Arras');
    expect(partnerPhrase({ name: 'CCAS Orly', partnerKind: 'CCAS' })).toBe('du CCAS d’Orly');
    expect(partnerPhrase({ name: 'Lieusaint', partnerKind: 'CCAS' })).toBe('du CCAS de Lieusaint');
    expect(partnerPhrase({ name: 'Commune de Mons-en-Barœul', partnerKind: 'commune' })).toBe(
      'de la commune de Mons-en-Barœul',
    );
    expect(partnerPhrase({ name: 'Mairie d’Évry', partnerKind: 'commune' })).toBe(
      'de la commune d’Évry',
    );
    expect(partnerPhrase({ name: 'Ville de Lille' })).toBe('de la commune de Lille');
    const other = partnerPhrase({
      name: 'Communauté d’agglomération Grand Paris Sud',
      partnerKind: 'EPCI',
    });
    expect(other).toBe('pour\u00A0: Communauté d’agglomération Grand Paris Sud');
    expect(frenchTypographyIssues(other)).toEqual([]);
  });

  it('takes the place from the partner’s postal address', () => {
    expect(
      partnerTown({ name: 'CCAS de Lieusaint', address: '50 rue de Paris 77127 LIEUSAINT' }),
    ).toBe('Lieusaint');
    expect(
      partnerTown({ name: 'X', address: '1 place de la Mairie, 59370 MONS-EN-BAROEUL CEDEX' }),
    ).toBe('Mons-en-Baroeul');
    expect(partnerTown({ name: 'CCAS de Lieusaint' })).toBe('Lieusaint');
  });

  it('proposes the annex-1 Administrateur first, then the suppléant, then who conducted the review', () => {
    const contacts = [
      contact({
        id: 'c1',
        role: 'administrateur-suppleant',
        name: 'Sandrine COFFI',
        validFrom: '2024-01-08',
      }),
      contact({
        id: 'c2',
        role: 'administrateur',
        name: 'Véronique DJIRE',
        validFrom: '2024-01-08',
      }),
      contact({
        id: 'c3',
        role: 'administrateur',
        name: 'Ancien ADMIN',
        validFrom: '2020-01-01',
        validTo: '2023-12-31',
      }),
    ];
    expect(attestationSignatories(contacts, '2026-11-23', 'Paul MARTIN')).toEqual([
      { name: 'Véronique DJIRE', role: 'Administrateur' },
      { name: 'Sandrine COFFI', role: 'Administrateur suppléant' },
      { name: 'Paul MARTIN', role: 'a conduit la revue' },
    ]);
    expect(attestationSignatories(contacts, '2026-11-23', 'véronique djire')).toHaveLength(2);
  });
});
