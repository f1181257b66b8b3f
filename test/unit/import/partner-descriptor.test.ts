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

describe('a partner described after its name, its details in brackets', () => {
  const paragraph = (partner: string) =>
    [
      'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
      '',
      'ENTRE',
      '',
      partner,
      'ci-après « le partenaire »,',
      '',
      'ET',
      '',
      'la Caisse d’allocations familiales du Gard, 321 rue Maurice Schumann, 30000 Nîmes, représentée par Monsieur Frédéric SABATIER, Directeur général,',
      'ci-après « la Caf ».',
    ].join('\n');

  it.each([
    [
      'Habitat Gardois, office public de l’habitat du Gard, dont le siège est 12 avenue Jean Jaurès, 30900 Nîmes, représenté par Monsieur Christophe MOULIN, Directeur général, (tél. 04 66 62 41 00, courriel : contact@habitat-gardois.fr),',
      { name: 'Habitat Gardois', phone: '04 66 62 41 00', email: 'contact@habitat-gardois.fr' },
    ],
    [
      'Résidence Les Tilleuls, EHPAD public, sise 3 rue des Écoles, 30100 Alès, représentée par Madame Inès VIDAL, Directrice (courriel : direction@tilleuls-ales.fr ; tél. 04 66 52 10 10),',
      {
        name: 'Résidence Les Tilleuls',
        phone: '04 66 52 10 10',
        email: 'direction@tilleuls-ales.fr',
      },
    ],
  ])('%s', (partner, expected) => {
    const r = extractConvention(paragraph(partner));
    expect(r.partner.name?.value).toBe(expected.name);
    expect(r.partner.kind?.value).toBe('autre');
    expect(r.partner.phone?.value).toBe(expected.phone);
    expect(r.partner.email?.value).toBe(expected.email);
  });
});

describe('the Caf’s short name in brackets after its name', () => {
  it('« Caisse d’allocations familiales de l’Hérault (Caf de l’Hérault) » is the name without it', () => {
    const r = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        '',
        'Entre :',
        'la Caisse d’allocations familiales de l’Hérault (Caf de l’Hérault), 139 avenue de Lodève, 34943 Montpellier Cedex 9, représentée par sa directrice, Madame Stéphanie RICARD,',
        'et',
        'la commune de Lodève, place de l’Hôtel de ville, 34700 Lodève, représentée par son maire, Madame Anne VIDAL,',
      ].join('\n'),
    );
    expect(r.caf.name?.value).toBe("Caisse d'allocations familiales de l'Hérault");
  });
});

describe('« Entre les parties désignées ci-dessous » opens the parties', () => {
  it.each(['Entre les parties désignées ci-dessous', 'Entre les parties suivantes :'])(
    '%s',
    (opener) => {
      const r = extractConvention(
        [
          'CONVENTION D’ACCÈS À L’ESPACE SÉCURISÉ « MON COMPTE PARTENAIRE »',
          '',
          opener,
          '',
          'L’EHPAD public autonome « Les Terrasses du Vivarais », établissement public médico-social dont le siège est 12 chemin de la Condamine, 07000 Privas, représenté par son Directeur, Monsieur Franck DELORME,',
          '',
          'ci-après « le partenaire », d’une part,',
          '',
          'et',
          '',
          'La Caisse d’allocations familiales de l’Ardèche, dont le siège est 1 avenue de l’Europe, 07000 Privas, représentée par sa Directrice, Madame Hélène CROS,',
          '',
          'ci-après « la Caf », d’autre part.',
        ].join('\n'),
      );
      expect(r.caf.directorName?.value).toBe('Hélène CROS');
      expect(r.partner.representativeName?.value).toBe('Franck DELORME');
      expect(r.partner.address?.value).toBe('12 chemin de la Condamine, 07000 Privas');
    },
  );
});
