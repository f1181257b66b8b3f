/**
 * A bulletin's « Structure : » or « Site : » field that names the partner itself is no site
 * of it; a field naming another body is. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';

const convention = (field: string, partner = 'le CCAS du Malzieu-Ville') =>
  extractConvention(
    [
      'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
      '',
      'Entre la Caisse d’allocations familiales de la Lozère, représentée par M. Paul ROUX, directeur,',
      `et ${partner}, représenté par Mme Anne VIDAL, présidente.`,
      '',
      'ANNEXE 2 – BULLETIN D’ADHÉSION – SERVICE CDAP',
      '',
      field,
      '',
      'Code\tProfil\tNombre maximum d’habilitations',
      'T1\tAction sociale\t2',
      'T13\tCommissions FSL\t1',
    ].join('\n'),
  );

describe('a bulletin field naming the partner', () => {
  it.each([
    ['Structure : CCAS du Malzieu-Ville', undefined],
    ['Site : le CCAS du Malzieu-Ville', undefined],
    ['Structure : Multi-accueil Les Lutins', 'Multi-accueil Les Lutins'],
    ['Site : Antenne de Saint-Chély', 'Antenne de Saint-Chély'],
  ])('%s', (field, site) => {
    for (const partner of [
      'le CCAS du Malzieu-Ville',
      'le Centre communal d’action sociale du Malzieu-Ville',
    ]) {
      const r = convention(field, partner);
      expect(r.partner.name?.value).toMatch(/Malzieu-Ville$/);
      expect(r.bulletins).toHaveLength(1);
      expect(r.bulletins[0]!.value.siteLabel).toBe(site);
      expect(r.bulletins[0]!.value.quotas).toHaveLength(2);
    }
  });
});
