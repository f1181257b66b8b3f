import { describe, expect, it } from 'vitest';
import { extractConvention } from '../../../shared/import/extract';

const text = (partnerLine: string) =>
  [
    'Convention d’accès à « Mon Compte Partenaire »',
    '',
    'Entre',
    'La Caisse d’allocations familiales de l’Ariège',
    'Représentée par son Directeur, Monsieur Luc FAURE',
    '',
    'et',
    '',
    partnerLine,
    '2 place de la Halle – 09200 SAINT-GIRONS',
    'Représentée par Madame Anne ROUCH, Présidente',
    '',
    'Ci-après dénommé « le partenaire »',
  ].join('\n');

describe('a partner introduced by a generic noun', () => {
  it('keeps the name without « l’association » and still knows the kind', () => {
    const r = extractConvention(text('L’association Mission Locale du Couserans'));
    expect(r.partner.name?.value).toBe('Mission Locale du Couserans');
    expect(r.partner.kind?.value).toBe('autre');
  });

  it('keeps « Association » when it is part of the name', () => {
    const r = extractConvention(text('L’Association Familiale du Couserans'));
    expect(r.partner.name?.value).toBe('Association Familiale du Couserans');
    expect(r.partner.kind?.value).toBe('autre');
  });
});
