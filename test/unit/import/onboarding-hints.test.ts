import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  draftFromExtraction,
  effectiveDateOf,
  extractConvention,
  findCafFormAddress,
  importHints,
  personMatchesAgent,
  planAdministratorAgents,
  splitPersonName,
  splitPhonesByKind,
} from '../../../shared/import';
import type { Agent } from '../../../shared/domain/schemas';

const sample = (name: string) =>
  readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), 'utf8');

describe('signature and effective dates', () => {
  it('takes the signature date from any signed block and defaults the effective date to it', () => {
    const x = extractConvention(sample('lieusaint-2023.txt'));
    const hints = importHints(x);
    // The convention's own « Fait à Melun, le . ./ . ./ » is undated; the contrat's is signed.
    expect(hints.signedOn?.value).toBe('2024-01-08');
    expect(hints.signedOnFromOtherBlock).toBe(!x.convention.signedOn);
    expect(hints.effectiveOn).toMatchObject({ value: '2024-01-08', origin: 'signature' });
    const draft = draftFromExtraction(x);
    expect(draft.convention.signedOn).toBe('2024-01-08');
    expect(draft.convention.effectiveOn).toBe('2024-01-08');
  });

  it('keeps a date the text states for the effect, and ignores the termination clause', () => {
    const lines = [
      'La résiliation prend effet le 01/02/2025 au plus tôt.',
      'La présente convention prend effet le 1er mars 2024.',
    ];
    expect(effectiveDateOf(lines, '2024-01-08')).toMatchObject({
      value: '2024-03-01',
      origin: 'text',
      source: { sourceLine: 2 },
    });
    expect(effectiveDateOf(['Date d’effet : 15/04/2024'], undefined)).toMatchObject({
      value: '2024-04-15',
      origin: 'text',
    });
    expect(
      effectiveDateOf(
        ['La convention prend effet à compter de sa signature par les parties.'],
        '2024-01-08',
      ),
    ).toMatchObject({
      value: '2024-01-08',
      origin: 'signature',
    });
    expect(
      effectiveDateOf(['La convention prend effet à compter de sa signature.'], undefined),
    ).toBeUndefined();
  });
});

describe('CAF address for the form', () => {
  it('prefers the address of the form (annexe 3) and lists the other one', () => {
    const x = extractConvention(sample('lieusaint-2023.txt'));
    const hints = importHints(x);
    expect(hints.cafAddress?.value).toBe('21-23 avenue du Général Leclerc 77000 MELUN');
    expect(hints.otherCafAddresses.map((a) => a.value)).toEqual([
      '22-23 Avenue du Général Leclerc 77000 MELUN',
    ]);
    expect(draftFromExtraction(x).caf.address).toBe('21-23 avenue du Général Leclerc 77000 MELUN');
  });

  it('falls back to the contrat de services parties, and never takes a template placeholder', () => {
    expect(
      findCafFormAddress([
        'Le présent contrat est signé entre :',
        '',
        "La Caisse d'allocations familiales du Nord",
        'Dont le siège est situé 82 rue Brûle Maison 59000 LILLE',
      ])?.value,
    ).toBe('82 rue Brûle Maison 59000 LILLE');
    expect(
      findCafFormAddress([
        "Caisse d'Allocations familiales de XXX",
        'SAISIR L’ADRESSE 00000',
        "A l'attention de l'administrateur « Mon Compte Partenaire »",
      ]),
    ).toBeUndefined();
  });
});

const agent = (over: Partial<Agent>): Agent => ({
  id: over.id ?? 'a1',
  organisationId: 'p',
  lastName: 'X',
  qualifiedSocialWorker: false,
  ...over,
});

describe('annex-1 administrators and agents', () => {
  it('splits « Prénom NOM » with compound names and civilities', () => {
    expect(splitPersonName('Véronique DJIRE')).toEqual({
      firstName: 'Véronique',
      lastName: 'DJIRE',
    });
    expect(splitPersonName('Mme Marie-Hélène LE GALL-MARTIN')).toEqual({
      firstName: 'Marie-Hélène',
      lastName: 'LE GALL-MARTIN',
    });
    expect(splitPersonName('Jean Dupont')).toEqual({ firstName: 'Jean', lastName: 'Dupont' });
  });

  it('matches by folded name in any order or by e-mail', () => {
    expect(
      personMatchesAgent(
        { name: 'Véronique DJIRE' },
        agent({ firstName: 'veronique', lastName: 'Djiré' }),
      ),
    ).toBe(true);
    expect(
      personMatchesAgent(
        { name: 'DJIRE Véronique' },
        agent({ firstName: 'Véronique', lastName: 'DJIRE' }),
      ),
    ).toBe(true);
    expect(
      personMatchesAgent(
        { name: 'V. D.', email: 'S.Coffi@ville.fr' },
        agent({ lastName: 'Z', email: 's.coffi@ville.fr' }),
      ),
    ).toBe(true);
    expect(
      personMatchesAgent(
        { name: 'Sandrine COFFI' },
        agent({ firstName: 'Sandra', lastName: 'COFFI' }),
      ),
    ).toBe(false);
  });

  it('links to a present agent, proposes to create otherwise, never matches a departed namesake', () => {
    const agents = [
      agent({ id: 'djire', firstName: 'Véronique', lastName: 'DJIRE' }),
      agent({ id: 'old', firstName: 'Sandrine', lastName: 'COFFI', departedOn: '2020-01-01' }),
    ];
    const plans = planAdministratorAgents(
      [
        { side: 'partner', role: 'administrateur', name: 'Véronique DJIRE' },
        {
          side: 'partner',
          role: 'administrateur-suppleant',
          name: 'Sandrine COFFI',
          email: 's.coffi@ville.fr',
        },
        { side: 'partner', role: 'dpo', name: 'Rénald THOMAS' },
        { side: 'caf', role: 'administrateur', name: 'Caf Admin' },
      ],
      agents,
      '2026-11-23',
    );
    expect(plans.map((p) => [p.kind, p.role])).toEqual([
      ['link', 'administrateur'],
      ['create', 'administrateur-suppleant'],
    ]);
    expect(plans[1]).toMatchObject({ firstName: 'Sandrine', lastName: 'COFFI' });
  });

  it('files mobile and landline numbers apart', () => {
    expect(splitPhonesByKind(['01 64 13 55 88', '06 12 34 56 78'])).toEqual({
      phoneFixed: '01 64 13 55 88',
      phoneMobile: '06 12 34 56 78',
    });
    expect(splitPhonesByKind(['+33 7 12 34 56 78'])).toEqual({ phoneMobile: '+33 7 12 34 56 78' });
  });
});
