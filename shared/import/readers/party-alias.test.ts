/**
 * A party's alias (« ci-après « la Caf » ») written before its representative, or in
 * brackets after its name: the representative and the name are read all the same. Texts
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';

const CAF = [
  'La Caisse d’allocations familiales du Var, ci-après « la Caf », représentée par Monsieur Thomas VIGUIER, Directeur,',
  'La Caisse d’allocations familiales du Var, ci-après dénommée « la Caf », représentée par Monsieur Thomas VIGUIER, Directeur,',
  'La Caisse d’allocations familiales du Var (ci-après « la Caf »), représentée par Monsieur Thomas VIGUIER, Directeur,',
  'La Caisse d’allocations familiales du Var, représentée par Monsieur Thomas VIGUIER, Directeur, ci-après « la Caf »,',
];
const PARTNER = [
  'La Commune de Brignoles, ci-après « le partenaire », représentée par Madame Josée MARTIN, Maire,',
  'La Commune de Brignoles (ci-après dénommée « le partenaire »), représentée par Madame Josée MARTIN, Maire,',
  'La Commune de Brignoles, représentée par Madame Josée MARTIN, Maire, ci-après « le partenaire ».',
];

describe('a party’s alias before its representative', () => {
  it.each(CAF.flatMap((caf) => PARTNER.map((partner) => [caf, partner])))(
    '%s / %s',
    (caf, partner) => {
      const r = extractConvention(
        [
          'Convention d’accès à « Mon Compte Partenaire »',
          '',
          'Entre :',
          '',
          caf,
          '',
          'Et :',
          '',
          partner,
          '',
          'Article 1 – Objet',
          'La présente convention a pour objet de définir les conditions d’accès.',
        ].join('\n'),
      );
      expect(r.caf.name?.value).toBe('Caisse d’allocations familiales du Var'.replace('’', "'"));
      expect(r.caf.directorName?.value).toBe('Thomas VIGUIER');
      expect(r.caf.directorTitle?.value).toBe('Directeur');
      expect(r.partner.name?.value).toBe('Commune de Brignoles');
      expect(r.partner.representativeName?.value).toBe('Josée MARTIN');
      expect(r.partner.representativeTitle?.value).toBe('Maire');
    },
  );
});
