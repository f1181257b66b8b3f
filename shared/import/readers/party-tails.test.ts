import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { parsePerson } from '../text-tools';
import { makeCtx } from './context';
import { collectParties } from './parties';
import { nameApart } from './parties-partner';
import { qualityField, representedBy } from './party-text';

describe('a partner name ends where an apposition or the address starts', () => {
  it.each([
    // an apposition in lower case describes the body: no part of the name
    [
      'Union Départementale des Familles (UDAF 19), association déclarée d’utilité publique',
      { name: 'Union Départementale des Familles (UDAF 19)' },
    ],
    [
      'Centre social Les Tilleuls, association régie par la loi du 1er juillet 1901',
      { name: 'Centre social Les Tilleuls' },
    ],
    ['CCAS de Pontivy, établissement public administratif', { name: 'CCAS de Pontivy' }],
    [
      'Communauté de communes Alpilles-Durance (établissement public de coopération intercommunale)',
      { name: 'Communauté de communes Alpilles-Durance' },
    ],
    ['CCAS de Vire (établissement public administratif)', { name: 'CCAS de Vire' }],
    // the address after the comma
    [
      'CCAS de Quimperlé, 3 place Saint-Michel',
      { name: 'CCAS de Quimperlé', address: '3 place Saint-Michel' },
    ],
    [
      'Mairie de Brive, Hôtel de Ville – Place Charles de Gaulle',
      { name: 'Mairie de Brive', address: 'Hôtel de Ville – Place Charles de Gaulle' },
    ],
    // a comma inside brackets, or a capitalised piece that is not an address: kept whole
    ['Association des Amis (Tulle, Ussel)', { name: 'Association des Amis (Tulle, Ussel)' }],
    ['Commune de Salles, Hautes-Pyrénées', { name: 'Commune de Salles, Hautes-Pyrénées' }],
  ])('%s', (text, expected) => {
    expect(nameApart(text)).toEqual(expected);
  });
});

describe('a representative’s title ends where the clause of his authority starts', () => {
  it.each([
    [
      'Représentée par Mme Léa ROUX, Directrice, par délégation du bureau',
      'Léa ROUX',
      'Directrice',
    ],
    [
      'Représenté par M. Hervé COSTE, Maire, Président du CCAS, autorisé par délibération du 3 mai 2019',
      'Hervé COSTE',
      'Maire, Président du CCAS',
    ],
    [
      'Représenté par Monsieur Alain FAURE, agissant en qualité de Vice-Président chargé des solidarités, dûment habilité',
      'Alain FAURE',
      'Vice-Président chargé des solidarités',
    ],
    [
      'Représentée par Madame Inès BLANC, agissant en sa qualité de Présidente déléguée',
      'Inès BLANC',
      'Présidente déléguée',
    ],
    [
      'Représenté par M. Noël GARNIER, Président, mandaté par le conseil communautaire',
      'Noël GARNIER',
      'Président',
    ],
    ['représentée par son Maire en exercice, Monsieur Bernard FAVIER', 'Bernard FAVIER', 'Maire'],
    ['représenté par son Président en fonctions, M. Luc ROY', 'Luc ROY', 'Président'],
    [
      'Représentée par Mme Anne PONS, Directrice générale, sur délégation du Président',
      'Anne PONS',
      'Directrice générale',
    ],
  ])('%s', (line, name, title) => {
    const rep = representedBy(line);
    expect(rep).toBeDefined();
    expect(parsePerson(rep!.rest)).toEqual({ name, title });
  });
});

describe('a partner block: name, then its address and representative', () => {
  const read = (...lines: string[]) => {
    const ctx = makeCtx(normalizeLines(lines.join('\n')));
    const p = collectParties(ctx);
    return {
      name: p.partnerName.map((c) => c.value),
      address: p.partnerAddress.map((c) => c.value),
      title: p.repTitle.map((c) => c.value),
    };
  };
  const caf = [
    'La présente convention est signée entre :',
    'La Caisse d’allocations familiales de la Corrèze',
    'Dont le siège est situé 5 rue Félix Vidalin 19000 TULLE',
    'Représentée par son Directeur, Monsieur Paul BRUN',
    'Ci-après dénommée « Caf »',
    'Et',
  ];
  it.each([
    {
      what: 'a name in capitals, then the street on the next line (no blank line, short wrap width)',
      partner: [
        'CENTRE INTERCOMMUNAL D’ACTION SOCIALE DE VÉZÈRE',
        'Maison des services – Rue du Lac',
        '19240 ALLASSAC',
        'Représenté par Monsieur Luc MAS, Président',
      ],
      name: ["CENTRE INTERCOMMUNAL D'ACTION SOCIALE DE VÉZÈRE"],
      address: ['Maison des services – Rue du Lac, 19240 ALLASSAC'],
    },
    {
      what: 'an apposition after the name on its line',
      partner: [
        'L’Union Départementale des Familles (UDAF 19), association déclarée d’utilité publique',
        '12 avenue Alsace-Lorraine 19000 TULLE',
        'Représentée par Madame Odile ROCHE, Directrice, par délégation du conseil d’administration',
      ],
      name: ['Union Départementale des Familles (UDAF 19)'],
      address: ['12 avenue Alsace-Lorraine 19000 TULLE'],
      title: ['Directrice'],
    },
  ])('$what', ({ partner, name, address, title }) => {
    // a table read column by column below: many short lines, so a short wrap width
    const columns = Array.from({ length: 30 }, (_, k) => (k % 2 ? 'Caf' : `Niveau ${k}`));
    const r = read(
      ...caf,
      ...partner,
      'Ci-après dénommé « le partenaire »',
      'Il est convenu ce qui suit :',
      ...columns,
    );
    expect(r.name).toEqual(name);
    expect(r.address).toEqual(address);
    if (title) expect(r.title).toEqual(title);
  });
});

describe('the CAF’s name ends where its description starts, glued by OCR', () => {
  it.each([
    [
      'Caisse d’Allocations Familiales de la Manche Organismevisé par les articles L112-1',
      "Caisse d'Allocations Familiales de la Manche",
    ],
    [
      'Caisse d’Allocations Familiales de la Manche, organisme de droit privé',
      "Caisse d'Allocations Familiales de la Manche",
    ],
  ])('%s', (line, expected) => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'La présente convention est signée entre :',
          line,
          'Représentée par son Directeur, M. Luc HAMEL',
          'Ci-après dénommée « Caf »',
        ].join('\n'),
      ),
    );
    expect(collectParties(ctx).cafName.map((c) => c.value)).toEqual([expected]);
  });
});

describe('a page number OCR damaged (so not removed as one) inside the partner’s block is no line of it', () => {
  it.each([['Page 2 sur B'], ['Page Z sur 8']])('%s', (pageLine) => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'La présente convention est signée entre :',
          'La Caisse d’allocations familiales du Cher',
          'Représentée par son Directeur, M. Luc PETIT',
          'Ci-après dénommée « Caf »',
          'Et',
          pageLine,
          'Commune de Vierzon',
          '2 place de l’Hôtel de Ville 18100 VIERZON',
          'Représentée par Mme Anne LEROUX, Maire',
          'Ci-après dénommée « le partenaire »',
          'Il est convenu ce qui suit :',
        ].join('\n'),
      ),
    );
    const p = collectParties(ctx);
    expect([p.partnerName.map((c) => c.value), p.partnerAddress.map((c) => c.value)]).toEqual([
      ['Commune de Vierzon'],
      ["2 place de l'Hôtel de Ville 18100 VIERZON"],
    ]);
  });
});

describe('a representative’s title with a look-alike digit', () => {
  it('is read through the words the document spells elsewhere', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'La présente convention est signée entre :',
          'La Caisse d’allocations familiales du Cher',
          'Représentée par son D1recteur Général Luc PETIT',
          'Ci-après dénommée « Caf »',
          'Et',
          'Commune de Vierzon',
          'Représentée par Mme Anne LEROUX, Maire',
          'Ci-après dénommée « le partenaire »',
          '',
          'Pour la Caf, le Directeur Général',
        ].join('\n'),
      ),
    );
    const p = collectParties(ctx);
    expect([
      p.directorName[0]?.value,
      p.directorTitle[0]?.value,
      p.directorName[0]?.corrected,
    ]).toEqual(['Luc PETIT', 'Directeur Général', true]);
  });
});

describe('an identifier after the address is no part of it', () => {
  it.each(['SIRET : 260 701 537 00011', 'SlRET : 260 701 537 000l1'])('« …, %s »', (siret) => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'ENTRE',
          'La Caisse d’Allocations Familiales de l’Ardèche, dont le siège est 5 rue de la Récluse 07000 PRIVAS, représentée par son Directeur, Monsieur Bernard VALETTE,',
          'ci-après dénommée « la Caf »,',
          'ET',
          `Le Centre Communal d’Action Sociale de Saint-Sauveur, établissement public administratif, dont le siège est Mairie, place de l’Eglise 07190 SAINT-SAUVEUR, ${siret}, représenté par Monsieur Gérard MOULIN, Président,`,
          'ci-après dénommé « le partenaire »,',
        ].join('\n'),
      ),
    );
    expect(collectParties(ctx).partnerAddress.map((c) => c.value)).toEqual([
      "Mairie, place de l'Eglise 07190 SAINT-SAUVEUR",
    ]);
  });
});

describe('a clause describing the Caf is no part of its address', () => {
  it('« …, visé par les articles L112-1 et suivants du Code de la Sécurité sociale, dont le siège est situé … »', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'ENTRE LES SOUSSIGNES :',
          'La Caisse d’Allocations familiales du Finistère, organisme de droit privé chargé d’une mission de service public, visé par les articles L112-1 et suivants du Code de la Sécurité sociale, dont le siège est situé 1 rue Portzmoguer, 29200 BREST, représentée par Madame Sylvie LE GALL, Directrice,',
          'ci-après dénommée « la Caf »,',
        ].join('\n'),
      ),
    );
    expect(collectParties(ctx).cafAddress.map((c) => c.value)).toEqual([
      '1 rue Portzmoguer, 29200 BREST',
    ]);
  });
});

describe('the signer’s title in a field of its own', () => {
  it.each([
    ['Qualité : Directrice générale', 'Directrice générale'],
    ['Agissant en qualité de\tDirectrice', 'Directrice'],
    [
      'Agissant en qualité de\tVice-Présidente du CCAS, en vertu de la délibération du conseil d’administration n° CA-2022-09',
      'Vice-Présidente du CCAS',
    ],
    ['Fonction du signataire : Maire', 'Maire'],
    ['Qualité de vie au travail', undefined],
  ])('%s', (line, title) => {
    expect(qualityField(line)).toBe(title);
  });
});
