import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';

const parts = (...lines: string[]) => extractConvention(lines.join('\n')).unread.map((u) => u.part);
const CONTRAT = ['Contrat de services', 'Article 1 – Objet du contrat de services', ''];

describe('« Le texte contient … mais n’a pas pu être lu »', () => {
  it.each([
    [
      'an escalation whose persons are not read',
      [
        ...CONTRAT,
        'Article 3.3 – La procédure d’escalade',
        'Contacter d’abord Mme Odile ?? au 04 11 22 33 44 puis le standard.',
        '',
        'Article 4 – Horaires',
      ],
      'escalation',
    ],
    [
      'a service centre address the reader misses',
      [
        ...CONTRAT,
        'Article 3 – Le centre de services Caf',
        'Les demandes vont par messagerie (voir ci-après) : <centre[at]caf32.caf.fr> ou @caf32',
      ],
      'serviceCentre',
    ],
    [
      'service centre hours in a shape the reader misses',
      [
        ...CONTRAT,
        'Article 3 – Le centre de services Caf',
        'Le centre de services tient ses horaires : matinées, 9 h – 12 h',
      ],
      'serviceCentre',
    ],
    [
      'a CAF named in a parties block whose opening sentence was lost',
      [
        'Convention d’accès à « Mon Compte Partenaire »',
        '',
        'La Caisse d’allocations familiales du Lot',
        'Représentée par sa Directrice, Madame Anne MARTIN',
        'et',
        'La Commune de Figeac',
      ],
      'caf',
    ],
    [
      'a partner block the reader cannot place',
      [
        'Convention d’accès à « Mon Compte Partenaire »',
        '',
        'Les soussignés : x',
        '??? ;; 12',
        'Ci-après dénommé « le partenaire »',
        '',
        'Article 1 – Objet',
      ],
      'partner',
    ],
  ])('%s', (_, lines, part) => {
    expect(parts(...lines)).toContain(part);
  });

  it.each([
    [
      'an escalation article with no one named',
      [
        ...CONTRAT,
        'Article 3.3 – La procédure d’escalade',
        'Les parties s’informent mutuellement.',
        '',
        'Article 4 – Horaires',
      ],
    ],
    [
      'a read escalation',
      [
        ...CONTRAT,
        'Article 3.3 – La procédure d’escalade',
        'Pour la Caf : M. Paul RIVIERE – administrateur local (04 11 22 33 44)',
        '',
        'Article 4 – Horaires',
      ],
    ],
    [
      'a blank template’s partner block',
      [
        'La présente convention est signée entre :',
        'La Caisse d’allocations familiales du Lot',
        'Ci-après dénommée « Caf »',
        'et',
        'Représenté(e) par :',
        'Numéro de SIRET :',
        'Ci-après dénommé(e) « le partenaire »',
      ],
    ],
    [
      'labelled hours, read',
      [
        ...CONTRAT,
        'Article 3 – Le centre de services Caf',
        'Horaires d’ouverture du centre de services : du lundi au vendredi, 9 h – 12 h',
        'Messagerie : centre@caf32.caf.fr',
      ],
    ],
    [
      'a partner address near « courriel » (no service centre)',
      [
        ...CONTRAT,
        'Article 3 – Les interlocuteurs de la Caf et de la commune',
        'L’administratrice est Mme Rosa ABAD, joignable par courriel à r.abad@ville-elne.fr.',
      ],
    ],
    [
      'a read service centre',
      [
        ...CONTRAT,
        'Article 3 – Le centre de services Caf',
        'Le centre de services est ouvert du lundi au vendredi de 9 h à 12 h.',
        'Adresse de messagerie : centre@caf32.caf.fr',
      ],
    ],
  ])('says nothing of what was read or is not there: %s', (_, lines) => {
    expect(
      parts(...lines).filter((p) => ['escalation', 'serviceCentre', 'caf', 'partner'].includes(p)),
    ).toEqual([]);
  });
});
