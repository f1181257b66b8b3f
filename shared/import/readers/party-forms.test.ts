import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { formParties, partyHeading } from './party-forms';
import { unlabelled } from './parties-partner';
import { withoutAlias } from './party-text';

const read = (...lines: string[]) => {
  const f = formParties(makeCtx(normalizeLines(lines.join('\n'))));
  const first = (k: keyof Omit<typeof f, 'cafSide'>) => f[k][0]?.value;
  return {
    cafName: first('cafName'),
    cafAddress: first('cafAddress'),
    director: first('directorName'),
    directorTitle: first('directorTitle'),
    partnerName: first('partnerName'),
    partnerAddress: first('partnerAddress'),
    rep: first('repName'),
    repTitle: first('repTitle'),
    status: first('partnerStatus'),
  };
};

describe('parties written as forms', () => {
  it('one heading over both forms: each form’s name field says whose it is', () => {
    expect(
      read(
        'I. Identification des parties',
        'Organisme : Caisse d’allocations familiales de la Guadeloupe',
        'Adresse : Parc d’activités La Providence, 97139 Les Abymes',
        'Représentant : Frédéric DORVILLE',
        'Fonction : Directeur général',
        'Établissement partenaire : Centre hospitalier de la Basse-Terre',
        'Catégorie : Établissement public de santé',
        'Adresse : Avenue Gaston Feuillard, 97100 Basse-Terre',
        'Représentant légal : Marie-Line CÉLESTE',
        'Fonction : Directrice',
        'II. Objet',
      ),
    ).toEqual({
      cafName: "Caisse d'allocations familiales de la Guadeloupe",
      cafAddress: "Parc d'activités La Providence, 97139 Les Abymes",
      director: 'Frédéric DORVILLE',
      directorTitle: 'Directeur général',
      partnerName: 'Centre hospitalier de la Basse-Terre',
      partnerAddress: 'Avenue Gaston Feuillard, 97100 Basse-Terre',
      rep: 'Marie-Line CÉLESTE',
      repTitle: 'Directrice',
      status: 'Établissement public de santé',
    });
  });

  it.each([
    [
      '« LA CAF » / « LE PARTENAIRE », Dénomination and Raison sociale',
      [
        'LA CAF',
        '',
        'Dénomination : Caisse d’Allocations familiales des Landes',
        'Adresse du siège : 1 rue Martin Luther King – 40000 MONT-DE-MARSAN',
        'Représentant : Monsieur Paul LAFITTE',
        'Qualité du représentant : Directeur',
        '',
        'LE PARTENAIRE',
        '',
        'Raison sociale : Centre hospitalier de Dax',
        'Statut juridique : Établissement public de santé',
        'Adresse : 1 boulevard Yves du Manoir – 40100 DAX',
        'Représentant : Madame Anne DUCASSE',
        'Qualité du représentant : Directeur adjoint des affaires sociales, par délégation du Directeur',
        'N° SIRET : 264 000 107 00011',
      ],
      {
        cafName: "Caisse d'Allocations familiales des Landes",
        cafAddress: '1 rue Martin Luther King – 40000 MONT-DE-MARSAN',
        director: 'Paul LAFITTE',
        directorTitle: 'Directeur',
        partnerName: 'Centre hospitalier de Dax',
        partnerAddress: '1 boulevard Yves du Manoir – 40100 DAX',
        rep: 'Anne DUCASSE',
        repTitle: 'Directeur adjoint des affaires sociales, par délégation du Directeur',
        status: 'Établissement public de santé',
      },
    ],
    [
      'numbered sub-headings, « Nom de la structure », « Siège social », « Représenté(e) par : X, title »',
      [
        '1.1 La Caf :',
        'Nom de la structure : Caf de la Gironde',
        'Siège social : Rue du Docteur Gabriel Péry – 33078 BORDEAUX CEDEX',
        'Représentée par : M. Luc DUBOS, Directeur',
        '1.2 Le partenaire :',
        'Nom de la structure : CCAS de Bègles',
        'Adresse postale : Place du 14 Juillet – 33130 BÈGLES',
        'Représenté(e) par : Mme Claire NOGUÈS, Vice-Présidente',
      ],
      {
        cafName: 'Caf de la Gironde',
        director: 'Luc DUBOS',
        directorTitle: 'Directeur',
        partnerName: 'CCAS de Bègles',
        partnerAddress: 'Place du 14 Juillet – 33130 BÈGLES',
        rep: 'Claire NOGUÈS',
        repTitle: 'Vice-Présidente',
      },
    ],
    [
      '« IDENTIFICATION DU PARTENAIRE », signataire and its function, a Département',
      [
        'IDENTIFICATION DU PARTENAIRE',
        'Dénomination sociale : Département du Finistère',
        'Forme juridique : Collectivité territoriale',
        'Adresse : 32 boulevard Dupleix – 29196 QUIMPER',
        'Signataire : Madame Claire LE BRAS',
        'Fonction du signataire : Vice-présidente du Conseil départemental',
      ],
      {
        partnerName: 'Département du Finistère',
        partnerAddress: '32 boulevard Dupleix – 29196 QUIMPER',
        rep: 'Claire LE BRAS',
        repTitle: 'Vice-présidente du Conseil départemental',
        status: 'Collectivité territoriale',
      },
    ],
    [
      'a Word table of label and value cells (tab-separated cells), « : » in the label cell or not',
      [
        'LE PARTENAIRE',
        'Dénomination\tCentre communal d’action sociale de Morlaix',
        'Adresse du siège :\t6 place des Otages – 29600 MORLAIX',
        'Représenté par\tMadame Annie LE GALL',
        'Qualité\tVice-présidente',
        'Statut juridique\t:\tÉtablissement public administratif',
      ],
      {
        partnerName: "Centre communal d'action sociale de Morlaix",
        partnerAddress: '6 place des Otages – 29600 MORLAIX',
        rep: 'Annie LE GALL',
        repTitle: 'Vice-présidente',
        status: 'Établissement public administratif',
      },
    ],
    [
      'an empty label is a blank, never the next line',
      [
        'LE PARTENAIRE',
        'Raison sociale : CCAS de Pau',
        'Adresse :',
        'Représentant : Monsieur Jean ARRIBE',
      ],
      { partnerName: 'CCAS de Pau', partnerAddress: undefined, rep: 'Jean ARRIBE' },
    ],
  ])('%s', (_, lines, expected) => {
    expect(read(...lines)).toMatchObject(expected);
  });

  it('a contacts annex under « LA CAF » / « LE PARTENAIRE » headings is no party form', () => {
    expect(
      read(
        'LA CAF',
        'Nom : Julien LABORDE',
        'Fonction : Administrateur local',
        'Mél : j.laborde@caf65.caf.fr',
        'LE PARTENAIRE',
        'Nom : Sandrine PUJO',
        'Fonction : Assistante sociale',
      ),
    ).toEqual({
      cafName: undefined,
      cafAddress: undefined,
      director: undefined,
      directorTitle: undefined,
      partnerName: undefined,
      partnerAddress: undefined,
      rep: undefined,
      repTitle: undefined,
      status: undefined,
    });
  });

  it('a letterhead then « Partenaire : X » is no form of the Caf', () => {
    expect(
      read(
        'Caisse d’allocations familiales',
        'du Bas-Rhin',
        'Convention d’accès à « Mon Compte Partenaire »',
        'Partenaire : Ville de Schiltigheim',
      ).cafName,
    ).toBeUndefined();
  });

  it.each([
    ['LA CAF', 'caf'],
    ['La Caisse d’Allocations familiales :', 'caf'],
    ['1.2 Le partenaire', 'partner'],
    ['IDENTIFICATION DU PARTENAIRE', 'partner'],
    ['Identification de la structure', 'partner'],
    ['La Caisse', 'caf'],
    ["L'ORGANISME PARTENAIRE", 'partner'],
    ['I. Identification des parties', 'both'],
    ['Les parties signataires :', 'both'],
    ['Le partenaire s’engage à respecter la convention.', undefined],
    ['La Caf met à disposition', undefined],
  ])('party heading « %s »', (line, party) => {
    expect(partyHeading(line)).toBe(party);
  });

  it.each([
    ['Statut juridique : Établissement public de santé', 'Centre hospitalier de Dax', 'autre'],
    ['Forme juridique : Collectivité territoriale', 'Département des Landes', 'autre'],
    [
      'Statut juridique : Établissement public administratif',
      'Centre communal d’action sociale de Dax',
      'CCAS',
    ],
    ['Statut juridique : Établissement public administratif', 'Hôpital local de Sore', 'autre'],
    [
      'Statut juridique : Établissement public administratif',
      'Régie de quartier de Dax',
      undefined,
    ],
  ])('the partner kind from « %s » and « %s »', (status, name, kind) => {
    const x = extractConvention(
      [
        'LE PARTENAIRE',
        `Raison sociale : ${name}`,
        status,
        'Représentant : Monsieur Jean ARRIBE',
      ].join('\n'),
    );
    expect(x.partner.kind?.value).toBe(kind);
  });
});

describe('a form’s field the reader does not know is read over, not the end of the form', () => {
  it.each([['Service concerné : Service social'], ['Pôle : Solidarités'], ['Code APE : 8610Z']])(
    '%s',
    (field) => {
      const r = read(
        'LE PARTENAIRE',
        'Raison sociale : Clinique du Pays d’Orthe',
        field,
        'Adresse : 4 rue des Écoles – 40300 PEYREHORADE',
        'Représentant : Madame Léa ETCHART',
        'Qualité du représentant : Directrice',
      );
      expect([r.partnerName, r.partnerAddress, r.rep, r.repTitle]).toEqual([
        'Clinique du Pays d’Orthe'.replace('’', "'"),
        '4 rue des Écoles – 40300 PEYREHORADE',
        'Léa ETCHART',
        'Directrice',
      ]);
    },
  );
  it('a sentence after the fields still ends the form', () => {
    const r = read(
      'LE PARTENAIRE',
      'Raison sociale : Clinique du Pays d’Orthe',
      'Le partenaire déclare connaître le modèle national : il l’accepte.',
      'Représentant : Madame Léa ETCHART',
    );
    expect(r.rep).toBeUndefined();
  });
});

describe('an address without its label', () => {
  it.each([
    ['Adresse : 14 rue Haute', '14 rue Haute'],
    ['Siège social : 3 place de la Mairie', '3 place de la Mairie'],
    [
      'Dont le siège est situé 2 rue de la Libération – 53600 ÉVRON',
      '2 rue de la Libération – 53600 ÉVRON',
    ],
    ['dont le siège est fixé à la Mairie, 1 place du Marché', 'la Mairie, 1 place du Marché'],
    ['Ayant son siège au 5 avenue Foch', '5 avenue Foch'],
    [
      'Sise 26 avenue Robert Schuman – 68084 MULHOUSE CEDEX',
      '26 avenue Robert Schuman – 68084 MULHOUSE CEDEX',
    ],
    ['Sis au 3 rue Haute', '3 rue Haute'],
    ['12 boulevard Carnot', '12 boulevard Carnot'],
  ])('%s', (line, address) => {
    expect(unlabelled(line)).toBe(address);
  });
});

describe('parties as forms opened by « D’une part, » / « D’autre part, »', () => {
  it('each form goes to the party its own name says', () => {
    const r = extractConvention(
      [
        'Convention d’accès à « Mon Compte Partenaire »',
        'La présente convention est signée entre :',
        'D’une part,',
        'Organisme :\tLa Caisse d’allocations familiales de la Meuse',
        'Siège :\t11 rue de Polval – 55012 BAR-LE-DUC CEDEX',
        'Représentée par :\tMadame Nadège COLLIN, Directrice',
        'Ci-après dénommée « la Caf »,',
        'D’autre part,',
        'Dénomination :\tLe Centre intercommunal d’action sociale du Sammiellois (CIAS du Sammiellois)',
        'Nature juridique :\tÉtablissement public administratif intercommunal',
        'Siège :\t3 rue du Palais de Justice – 55300 SAINT-MIHIEL',
        'Représenté par :\tMadame Laurence THIÉRY, Présidente du CIAS',
        'Ci-après dénommé « le partenaire »,',
        'Il est convenu ce qui suit :',
      ].join('\n'),
    );
    expect(r.caf.name?.value).toBe('Caisse d’allocations familiales de la Meuse'.replace('’', "'"));
    expect(r.caf.address?.value).toBe('11 rue de Polval – 55012 BAR-LE-DUC CEDEX');
    expect(r.partner.name?.value).toBe("Centre intercommunal d'action sociale du Sammiellois");
    expect(r.partner.address?.value).toBe('3 rue du Palais de Justice – 55300 SAINT-MIHIEL');
    expect(r.partner.representativeName?.value).toBe('Laurence THIÉRY');
  });

  it('« Et d’autre part, » opens the partner’s form', () => {
    const r = extractConvention(
      [
        'D’une part,',
        'Dénomination : Caisse d’allocations familiales de la Haute-Corse',
        'Représentée par : Monsieur Jean-Louis SANTONI',
        'Qualité : Directeur',
        'ci-après dénommée « la Caf »',
        'Et d’autre part,',
        'Dénomination : Communauté de communes de Marana-Golo',
        'Adresse du siège : Lieu-dit Revinco, RT 11, 20290 BORGO',
        'Représentée par : Monsieur Ange-Pierre VIVONI',
        'Qualité : Président',
        'ci-après dénommée « le partenaire »',
      ].join('\n'),
    );
    expect(r.partner.name?.value).toBe('Communauté de communes de Marana-Golo');
    expect(r.partner.address?.value).toBe('Lieu-dit Revinco, RT 11, 20290 BORGO');
    expect(r.partner.representativeTitle?.value).toBe('Président');
  });
});

describe('an alias in brackets after the partner’s name', () => {
  it.each([
    [
      'Syndicat intercommunal Enfance-Jeunesse des Coëvrons (SIVU EJC)',
      'Syndicat intercommunal Enfance-Jeunesse des Coëvrons',
    ],
    [
      'Centre communal d’action sociale de Lure (CCAS de Lure)',
      'Centre communal d’action sociale de Lure',
    ],
    ['Association Les Tilleuls (loi 1901)', 'Association Les Tilleuls (loi 1901)'],
    ['CCAS (Lure)', 'CCAS (Lure)'],
  ])('%s', (name, kept) => {
    expect(withoutAlias(name)).toBe(kept);
  });
});
