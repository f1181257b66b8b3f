/**
 * The two parties printed side by side (texts laid out with spaces or tabs, written for the
 * test), the representative's name on the line under « Représentée par son … », and
 * « Partenaire : X – Convention n° … » split into name and number.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { normalizeLines, splitLines } from '../normalize';
import { makeCtx } from './context';
import { collectParties, partnerNameLines } from './parties';
import { gluedPartner } from './party-text';
import { isSidesHead, sideColumns } from './parties-columns';

const read = (text: string) => {
  const ctx = makeCtx(normalizeLines(text));
  const p = collectParties(ctx, splitLines(text));
  const v = (c: { value: string; index: number }[]) => c.map((x) => `${x.value}@${x.index + 1}`);
  return {
    caf: v(p.cafName),
    cafAddress: v(p.cafAddress),
    director: v(p.directorName),
    partner: v(p.partnerName),
    address: v(p.partnerAddress),
    rep: v(p.repName),
    repTitle: v(p.repTitle),
  };
};

describe('parties side by side', () => {
  it.each([
    [
      'the CAF on the left, after the parties sentence',
      [
        'La présente convention est conclue entre :',
        '',
        "Caisse d'allocations familiales de la Côte-d'Or     Commune de Chenôve",
        '8 boulevard Georges Clemenceau                      Place Pierre Meunier',
        '21000 DIJON                                          21300 CHENÔVE',
        'représentée par son Directeur,                      représentée par son Maire,',
        'Monsieur Laurent PERRIN                             Monsieur Thierry FALCONNET',
        '                                                    SIRET : 212 101 665 00018',
      ],
      {
        caf: ["Caisse d'allocations familiales de la Côte-d'Or@3"],
        cafAddress: ['8 boulevard Georges Clemenceau, 21000 DIJON@4'],
        director: ['Laurent PERRIN@7'],
        partner: ['Commune de Chenôve@3'],
        address: ['Place Pierre Meunier, 21300 CHENÔVE@4'],
        rep: ['Thierry FALCONNET@7'],
        repTitle: ['Maire@6'],
      },
    ],
    [
      'the partner on the left, under « ENTRE ⎵ ET »',
      [
        'ENTRE                                   ET',
        'Commune de Voiron                       Caisse d’allocations familiales de l’Isère',
        'Place Jacques Antoine Gau               3 rue des Alliés',
        '38500 VOIRON                            38051 GRENOBLE CEDEX 9',
        'Représentée par son Maire               Représentée par son Directeur',
        'Monsieur Julien POLAT                   Monsieur Olivier GIRARD',
      ],
      {
        caf: ["Caisse d'allocations familiales de l'Isère@2"],
        cafAddress: ['3 rue des Alliés, 38051 GRENOBLE CEDEX 9@3'],
        director: ['Olivier GIRARD@6'],
        partner: ['Commune de Voiron@2'],
        address: ['Place Jacques Antoine Gau, 38500 VOIRON@3'],
        rep: ['Julien POLAT@6'],
        repTitle: ['Maire@5'],
      },
    ],
    [
      'cells apart by tabs, the right one alone on a line',
      [
        'Entre :',
        'Caisse d’allocations familiales du Gard\tCentre communal d’action sociale de Nîmes',
        '321 rue Maurice Schumann 30000 NÎMES\t2 rue Mathieu Lacroix 30000 NÎMES',
        'Représentée par sa Directrice, Mme Anne ROUX\tReprésenté par sa Vice-Présidente, Mme Lucie FAURE',
        '\tSIRET : 263 000 123 00011',
      ],
      {
        caf: ["Caisse d'allocations familiales du Gard@2"],
        cafAddress: ['321 rue Maurice Schumann 30000 NÎMES@3'],
        director: ['Anne ROUX@4'],
        partner: ["Centre communal d'action sociale de Nîmes@2"],
        address: ['2 rue Mathieu Lacroix 30000 NÎMES@3'],
        rep: ['Lucie FAURE@4'],
        repTitle: ['Vice-Présidente@4'],
      },
    ],
    [
      '« Entre d’une part ⎵ Et d’autre part », a long name reaching into the gap, a street with no number',
      [
        'Entre d’une part                                   Et d’autre part',
        'La Caisse d’Allocations familiales d’Ille-et-Vilaine   Le Centre communal d’action sociale de Vitré',
        'Cours des Alliés                                   Place du Château',
        '35024 RENNES CEDEX 9                               35500 VITRÉ',
        'représentée par son Directeur                      représenté par sa Présidente',
        'Monsieur Erwan LE CORRE                            Madame Isabelle MORIN',
      ],
      {
        caf: ["Caisse d'Allocations familiales d'Ille-et-Vilaine@2"],
        cafAddress: ['Cours des Alliés, 35024 RENNES CEDEX 9@3'],
        director: ['Erwan LE CORRE@6'],
        partner: ["Centre communal d'action sociale de Vitré@2"],
        rep: ['Isabelle MORIN@6'],
        repTitle: ['Présidente@5'],
      },
    ],
  ])('%s', (_shape, lines, expected) => {
    expect(read(lines.join('\n'))).toMatchObject(expected);
  });

  it('a form of labels and values apart by tabs is no two columns', () => {
    const lines = [
      'D’une part,',
      'Organisme :\tLa Caisse d’allocations familiales de la Meuse',
      'Siège :\t11 rue de Polval – 55012 BAR-LE-DUC CEDEX',
      'Représentée par :\tMadame Nadège COLLIN, Directrice',
      'Ci-après dénommée « la Caf »,',
      'D’autre part,',
      'Dénomination :\tLe Centre intercommunal d’action sociale du Sammiellois',
      'Siège :\t3 rue du Palais de Justice – 55300 SAINT-MIHIEL',
    ];
    expect(sideColumns(lines, 0)).toBeUndefined();
  });

  it.each([
    [
      'two signatures side by side are no parties',
      [
        'Pour la Caf                         Pour la Commune',
        'Le Directeur                        Le Maire',
        'Laurent PERRIN                      Thierry FALCONNET',
      ],
    ],
    [
      'one column only',
      [
        "Caisse d'allocations familiales de la Côte-d'Or",
        '8 boulevard Georges Clemenceau',
        '21000 DIJON',
      ],
    ],
    [
      'two CAFs side by side',
      [
        "Caisse d'allocations familiales de l'Ain      Caisse d'allocations familiales du Rhône",
        '4 rue Aristide Briand                          67 boulevard Vivier-Merle',
        '01000 BOURG                                    69003 LYON',
      ],
    ],
  ])('not two parties: %s', (_shape, lines) => {
    expect(sideColumns(lines, 0)).toBeUndefined();
  });

  it.each([
    ['ENTRE          ET', true],
    ['Entre :        Et :', true],
    ['Entre d’une part        Et d’autre part', true],
    ['ENTRE ET', false],
    ['Entre la Caf   et la Commune', false],
    ['Pour le partenaire\tPour la Caf', true],
    ['LA CAF                        LE PARTENAIRE', true],
    ['Pour la Caisse d’allocations familiales      Pour la commune', true],
    ['Pour la Caf,   le Directeur', false],
  ])('« %s » heads two columns: %s', (line, expected) => {
    expect(isSidesHead(line)).toBe(expected);
  });

  it.each([
    ['tabs', '\t'],
    ['spaces', '                    '],
  ])('under « Pour le partenaire ⎵ Pour la Caf » (%s), no « ENTRE » anywhere', (_, gap) => {
    const r = read(
      [
        'CONVENTION « MON COMPTE PARTENAIRE »',
        '',
        ['Pour le partenaire', 'Pour la Caf'],
        ['Commune de Mayenne', 'Caisse d’allocations familiales de la Mayenne'],
        ['10 rue de Verdun', '34 rue Magenta'],
        ['53100 Mayenne', '53000 Laval'],
        [
          'Représentée par M. Jean-Pierre LE SCORNET, Maire',
          'Représentée par Mme Catherine LEROUX, Directrice',
        ],
      ]
        .map((l) =>
          Array.isArray(l)
            ? l[0]!.padEnd(gap === '\t' ? 0 : 52) + (gap === '\t' ? '\t' : '') + l[1]
            : l,
        )
        .join('\n'),
    );
    expect(r.caf).toEqual(["Caisse d'allocations familiales de la Mayenne@4"]);
    expect(r.partner).toEqual(['Commune de Mayenne@4']);
    expect(r.rep).toEqual(['Jean-Pierre LE SCORNET@7']);
    expect(r.director).toEqual(['Catherine LEROUX@7']);
  });

  it('the whole convention: the SIRET alone in the right column is the partner’s', () => {
    const x = extractConvention(
      [
        'La présente convention est conclue entre :',
        '',
        "Caisse d'allocations familiales de la Côte-d'Or     Commune de Chenôve",
        '8 boulevard Georges Clemenceau                      Place Pierre Meunier',
        '21000 DIJON                                          21300 CHENÔVE',
        'représentée par son Directeur,                      représentée par son Maire,',
        'Monsieur Laurent PERRIN                             Monsieur Thierry FALCONNET',
        '                                                    SIRET : 212 101 665 00018',
        '',
        'Article 1 – Objet de la convention',
      ].join('\n'),
    );
    expect(x.partner.siret?.value).toBe('21210166500018');
    expect(x.partner.kind?.value).toBe('commune');
    expect(x.caf.name?.value).toBe("Caisse d'allocations familiales de la Côte-d'Or");
  });
});

describe('the partner’s fields on its SIRET’s line', () => {
  it('« SIRET : … – Téléphone : … – Courriel : … »', () => {
    const x = extractConvention(
      [
        'ENTRE',
        'La Caisse d’Allocations Familiales du Haut-Rhin, 26 avenue Robert Schuman, 68084 MULHOUSE CEDEX, représentée par sa Directrice, Madame Isabelle KOEHL, ci-après dénommée « la Caf »,',
        'ET',
        'La Communauté d’agglomération Thur-Doller, 2 rue des Pèlerins, 68800 THANN, représentée par son Président, Monsieur Rémy SCHAEFFER,',
        'SIRET : 20006712200164 – Téléphone : 03 89 35 73 10 – Courriel : contact@agglo-thur-doller.fr',
        'ci-après dénommée « le partenaire ».',
        '',
        'Article 1 – Objet de la convention',
      ].join('\n'),
    );
    expect(x.partner.siret?.value).toBe('20006712200164');
    expect(x.partner.phone?.value).toBe('03 89 35 73 10');
    expect(x.partner.email?.value).toBe('contact@agglo-thur-doller.fr');
  });
});

describe('« Partenaire : X » followed by an identifier', () => {
  it.each([
    ['Partenaire : Commune de Sainte-Foy – Convention n° 2024-017', 'Commune de Sainte-Foy'],
    ['Partenaire : CCAS de Bron, réf. 2024/12', 'CCAS de Bron'],
    [
      'Partenaire : Communauté de communes du Pays de Gex (n° 2023-4)',
      'Communauté de communes du Pays de Gex',
    ],
    ['Partenaire : Commune de Saint-Jean-de-Luz', 'Commune de Saint-Jean-de-Luz'],
    ['Partenaire : CCAS de Vitré - N° de convention 2022-35', 'CCAS de Vitré'],
    ['Partenaire : Syndicat des eaux n°2 de la Vallée', 'Syndicat des eaux n°2 de la Vallée'],
  ])('%s', (line, name) => {
    expect(partnerNameLines(makeCtx(normalizeLines(line))).map((c) => c.value)).toEqual([name]);
  });
});

describe('two columns whose gap was lost (one space between them)', () => {
  it.each([
    [
      "Caisse d'allocations familiales de la Côte-d'Or Commune de Chenôve",
      { caf: "Caisse d'allocations familiales de la Côte-d'Or", partner: 'Commune de Chenôve' },
    ],
    [
      "Caisse d'allocations familiales du Gard Centre communal d'action sociale de Nîmes",
      {
        caf: "Caisse d'allocations familiales du Gard",
        partner: "Centre communal d'action sociale de Nîmes",
      },
    ],
    ["Caisse d'allocations familiales de la Côte-d'Or", undefined],
    ["Caisse d'allocations familiales de Paris", undefined],
    ["Caisse d'allocations familiales Commune", undefined],
  ])('« %s »', (line, expected) => {
    expect(gluedPartner(line)).toEqual(expected);
  });

  it('the names apart, the rest said unread rather than mixed', () => {
    const text = [
      'La présente convention est conclue entre :',
      '',
      "Caisse d'allocations familiales de la Côte-d'Or Commune de Chenôve",
      '8 boulevard Georges Clemenceau Place Pierre Meunier',
      '21000 DIJON 21300 CHENÔVE',
      'représentée par son Directeur, représentée par son Maire,',
      'Monsieur Laurent PERRIN Monsieur Thierry FALCONNET',
      '',
      'Article 1 – Objet de la convention',
    ].join('\n');
    const x = extractConvention(text);
    expect(x.caf.name?.value).toBe("Caisse d'allocations familiales de la Côte-d'Or");
    expect(x.partner.name?.value).toBe('Commune de Chenôve');
    expect(x.caf.address).toBeUndefined();
    expect(x.caf.directorName).toBeUndefined();
    expect(x.partner.representativeName).toBeUndefined();
    expect(x.unread?.some((u) => u.part === 'parties')).toBe(true);
  });
});

describe('two columns a PDF gave one after the other under « ENTRE ⇥ ET »', () => {
  it('the Caf’s block, then the partner’s, its describing line left out of its name', () => {
    const r = extractConvention(
      [
        'ENTRE\tET',
        '',
        'La Caisse d’Allocations Familiales de la Gironde',
        'Rue du Docteur Gabriel Péry',
        '33078 Bordeaux Cedex',
        'représentée par Monsieur Jean-Marc LACOSTE,',
        'Directeur',
        '',
        'ci-après dénommée « la Caf »',
        'Le Centre Communal d’Action Sociale de Pessac',
        'Établissement public administratif communal',
        'Place de la Ve République',
        '33600 Pessac',
        'représenté par Madame Catherine DUPRAT, Vice-Présidente',
        '',
        'ci-après dénommé « le partenaire »',
        '',
        'Il a été convenu et arrêté ce qui suit.',
      ].join('\n'),
    );
    expect([
      r.caf.name?.value,
      r.caf.directorName?.value,
      r.partner.name?.value,
      r.partner.address?.value,
      r.partner.representativeName?.value,
    ]).toEqual([
      "Caisse d'Allocations Familiales de la Gironde",
      'Jean-Marc LACOSTE',
      "Centre Communal d'Action Sociale de Pessac",
      'Place de la Ve République, 33600 Pessac',
      'Catherine DUPRAT',
    ]);
  });
});

describe('the parties as a grid of labels and sides', () => {
  const rows = [
    'La présente convention est conclue entre les parties désignées ci-dessous :',
    '',
    '\tLa Caf\tLe partenaire',
    'Dénomination\tCaisse d’Allocations Familiales de la Charente-Maritime\tCommune de Saujon',
    'Adresse\t85 boulevard de la République 17076 LA ROCHELLE CEDEX 9\tPlace du Général de Gaulle 17600 SAUJON',
    'Représentée par\tMonsieur Philippe ARNAUD-DELMAS\tMonsieur Pascal FERCHAUD',
    'Qualité\tDirecteur\tMaire',
    'N° SIRET\t—\t211 704 218 00133',
    '',
    'Il est convenu ce qui suit :',
  ];
  it('each side’s column is read as its block, each value at its row', () => {
    const r = read(rows.join('\n'));
    expect(r).toMatchObject({
      caf: ["Caisse d'Allocations Familiales de la Charente-Maritime@4"],
      director: ['Philippe ARNAUD-DELMAS@6'],
      partner: ['Commune de Saujon@4'],
      rep: ['Pascal FERCHAUD@6'],
      repTitle: ['Maire@6'],
    });
    expect(r.address[0]).toMatch(/^Place du Général de Gaulle,? 17600 SAUJON@5$/);
  });
  it('the partner’s column first', () => {
    const swapped = rows.map((l) => {
      const c = l.split('\t');
      return c.length === 3 ? [c[0], c[2], c[1]].join('\t') : l;
    });
    const r = read(swapped.join('\n'));
    expect(r.partner).toEqual(['Commune de Saujon@4']);
    expect(r.director).toEqual(['Philippe ARNAUD-DELMAS@6']);
  });
});

describe('a grid whose header names the sides bare and whose rows hold a « Représentant »', () => {
  it('reads each side, and leaves a row no party block holds (« Habilitation à signer ») out of the address', () => {
    const r = read(
      [
        'Désignation des parties',
        '',
        '\tCaf\tPartenaire',
        'Dénomination\tCaisse d’allocations familiales des Vosges\tDépartement des Vosges – Conseil départemental',
        'Adresse\t14 rue de la Clé d’Or, 88000 ÉPINAL\t8 rue de la Préfecture, 88088 ÉPINAL CEDEX',
        'Représentant\tMonsieur Stéphane HUMBERT, Directeur\tMonsieur François VANNSON, Président du Conseil départemental',
        'SIRET\t—\t228 800 017 00011',
        'Habilitation à signer\t—\tDélibération de la Commission permanente n° CP-2023-04-118 du 17 avril 2023',
        '',
        'Article 1 – Objet',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      director: ['Stéphane HUMBERT@6'],
      partner: ['Département des Vosges – Conseil départemental@4'],
      rep: ['François VANNSON@6'],
      repTitle: ['Président du Conseil départemental@6'],
    });
    expect(r.address).toEqual(['8 rue de la Préfecture, 88088 ÉPINAL CEDEX@5']);
  });
  it('no row of the grid is read as one party’s form field (« Dénomination ⇥ Caf ⇥ partner »)', () => {
    const x = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        'Convention n° 88-CD-2023-004',
        'Désignation des parties',
        '',
        '\tCaf\tPartenaire',
        'Dénomination\tCaisse d’allocations familiales des Vosges\tDépartement des Vosges',
        'Adresse\t14 rue de la Clé d’Or, 88000 ÉPINAL\t8 rue de la Préfecture, 88088 ÉPINAL CEDEX',
        'Représentant\tMonsieur Stéphane HUMBERT, Directeur\tMonsieur François VANNSON, Président',
        'SIRET\t—\t228 800 017 00011',
        'Habilitation à signer\t—\tDélibération de la Commission permanente du 17 avril 2023',
        '',
        'Ci-après dénommés respectivement « la Caf » et « le Département ».',
        'Article 1 – Objet',
      ].join('\n'),
    );
    expect(x.caf.name?.value).toBe("Caisse d'allocations familiales des Vosges");
    expect(x.caf.address?.value).toBe("14 rue de la Clé d'Or, 88000 ÉPINAL");
    expect(x.caf.directorTitle?.value).toBe('Directeur');
    expect(x.partner.name?.value).toBe('Département des Vosges');
  });
});

describe('the partner’s paragraph first, right after the « Vu … » lines, « et la Caisse … » on its own line', () => {
  it('reads both parties and the partner’s phone and e-mail after its SIRET', () => {
    const x = extractConvention(
      [
        'Convention d’accès à « Mon Compte Partenaire »',
        '',
        'Vu le règlement (UE) 2016/679 du 27 avril 2016 ; vu la loi n° 78-17 du 6 janvier 1978 modifiée ;',
        'La Communauté de communes des Coteaux du Loir et de la Braye, dont le siège est situé 1 rue des Artisans, ZA du',
        'Pont-Vert, 72340 LA CHARTRE-SUR-LE-LOIR, représentée par son Président, Monsieur Alain POUSSIN,',
        'SIRET : 200 040 210 00151 – Tél. : 02 43 44 31 20 – Mél : accueil@cc-loir-braye.fr,',
        'désignée ci-après « le partenaire »,',
        'd’une part,',
        'et la Caisse d’Allocations familiales de la Sarthe, dont le siège est situé 178 avenue Bollée, 72033 LE MANS CEDEX 9, représentée par son Directeur, Monsieur Dominique HUBERT,',
        'désignée ci-après « la Caf »,',
        'd’autre part,',
        'sont convenues de ce qui suit :',
        'Préambule',
      ].join('\n'),
    );
    expect(x.partner.name?.value).toBe('Communauté de communes des Coteaux du Loir et de la Braye');
    expect(x.partner.representativeName?.value).toBe('Alain POUSSIN');
    expect(x.partner.phone?.value).toBe('02 43 44 31 20');
    expect(x.partner.email?.value).toBe('accueil@cc-loir-braye.fr');
    expect(x.caf.directorName?.value).toBe('Dominique HUBERT');
  });
});

describe('« Désignation des parties », then « Partie n° 1 – … » and « Partie n° 2 – … »', () => {
  it('reads both blocks without their numbers', () => {
    const x = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        '',
        'Désignation des parties',
        '',
        'Partie n° 1 – La Caisse d’Allocations familiales de l’Aisne',
        '18 rue Saint-Martin – 02000 LAON',
        'Représentée par : Madame Sophie DUCHESNE, Directrice',
        'Ci-après désignée « la Caf »',
        'Partie n° 2 – L’association Relais Logement du Soissonnais',
        '14 rue du Collège – 02200 SOISSONS',
        'Représentée par : Monsieur Michel CARON, Président',
        'Ci-après désignée « le partenaire »',
        'Il est convenu ce qui suit :',
      ].join('\n'),
    );
    expect(x.caf.directorName?.value).toBe('Sophie DUCHESNE');
    expect(x.partner.name?.value).toBe('Relais Logement du Soissonnais');
    expect(x.partner.representativeName?.value).toBe('Michel CARON');
    expect(x.partner.address?.value).toMatch(/^14 rue du Collège/);
  });
});

describe('a partner block headed « LE BAILLEUR », fields « Représenté par : » and « Qualité : »', () => {
  it('the heading is no name; each side’s « Qualité » is its signer’s title', () => {
    const x = extractConvention(
      [
        'ENTRE LES SOUSSIGNÉS :',
        '',
        'LE BAILLEUR',
        'Armor Océan Habitat, Office public de l’habitat de Lorient Agglomération',
        'Siège : 12 quai des Indes, 56100 LORIENT',
        'Représenté par : Madame Claire LE BRAS',
        'Qualité : Directrice générale',
        'désigné ci-après « le partenaire »,',
        '',
        'ET',
        '',
        'LA CAISSE D’ALLOCATIONS FAMILIALES DU MORBIHAN',
        'Siège : 8 rue du Commerce, 56018 VANNES CEDEX',
        'Représentée par : Monsieur Yannick LE GOFF',
        'Qualité : Directeur',
        'désignée ci-après « la Caf ».',
        '',
        'IL A ÉTÉ CONVENU CE QUI SUIT :',
      ].join('\n'),
    );
    expect(x.partner.name?.value).toMatch(/^Armor Océan Habitat/);
    expect(x.partner.representativeTitle?.value).toBe('Directrice générale');
    expect(x.caf.directorName?.value).toBe('Yannick LE GOFF');
    expect(x.caf.directorTitle?.value).toBe('Directeur');
  });
});

describe('a party’s phone and e-mail after its representative in one sentence', () => {
  it('« …, représentée par M. X, Maire, …, SIRET n° …, téléphone 04 …, courriel x@…, ci-après … »', () => {
    const x = extractConvention(
      [
        'Entre',
        '',
        'La Caisse d’allocations familiales de l’Allier, 27 avenue de Lattre de Tassigny, 03000 MOULINS, représentée par sa Directrice, Madame Anne PERRIN, ci-après dénommée « la Caf »,',
        '',
        'd’une part,',
        '',
        'Et',
        '',
        'La Commune de Varennes-sur-Allier, dont le siège est situé place de la République, 03150 VARENNES-SUR-ALLIER, représentée par Monsieur Jean-Michel GUYOT, Maire, dûment habilité à cet effet, SIRET n° 210 302 980 00011, téléphone 04 70 45 00 57, courriel mairie@ville-varennes.fr, ci-après dénommée « le partenaire »,',
        '',
        'd’autre part,',
        '',
        'Il est convenu ce qui suit :',
      ].join('\n'),
    );
    expect(x.partner.representativeName?.value).toBe('Jean-Michel GUYOT');
    expect(x.partner.phone?.value).toBe('04 70 45 00 57');
    expect(x.partner.email?.value).toBe('mairie@ville-varennes.fr');
  });
});

describe('each party’s paragraph in a cell of one table row', () => {
  it.each([
    ['the Caf first', false],
    ['the partner first', true],
  ])('%s', (_, partnerFirst) => {
    const caf =
      'La Caisse d’allocations familiales de la Dordogne, dont le siège est 50 rue Claude Bernard, 24011 Périgueux Cedex, représentée par son Directeur, Monsieur Dominique FAURE, ci-après dénommée « la Caf »';
    const partner =
      'Le Centre hospitalier de Périgueux, établissement public de santé, 80 avenue Georges Pompidou, 24019 Périgueux Cedex, représenté par son Directeur, Monsieur Thierry LEBRUN, ci-après dénommé « le partenaire »';
    const r = read(
      [
        'La présente convention est signée entre :',
        partnerFirst ? `${partner}\t${caf}` : `${caf}\t${partner}`,
        'Il est convenu ce qui suit :',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      caf: ["Caisse d'allocations familiales de la Dordogne@2"],
      director: ['Dominique FAURE@2'],
      partner: ['Centre hospitalier de Périgueux@2'],
      address: ['80 avenue Georges Pompidou, 24019 Périgueux Cedex@2'],
      rep: ['Thierry LEBRUN@2'],
      repTitle: ['Directeur@2'],
    });
  });
});

describe('each party in a row whose first cell names the side, its cell’s lines joined', () => {
  it.each([['Les parties désignées ci-après :'], ['ENTRE']])('under « %s »', (lead) => {
    const x = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        '',
        lead,
        '',
        'La Caf\tCaisse d’allocations familiales des Hautes-Alpes 7 avenue de Provence, 05000 GAP représentée par Monsieur Marc SAUVAN, Directeur',
        'Le partenaire\tUnion départementale des associations familiales des Hautes-Alpes (UDAF 05), association reconnue d’utilité publique 12 avenue Jean Jaurès, 05000 GAP',
        '\tSIRET : 775 673 809 00023 – Tél. 04 92 52 34 80 – accueil@udaf05.fr représentée par Madame Corinne BLANC, Directrice générale',
        '',
        'conviennent de ce qui suit.',
        '',
        'Article 1 – Objet',
      ].join('\n'),
    );
    expect(x.caf.name?.value).toBe("Caisse d'allocations familiales des Hautes-Alpes");
    expect(x.caf.address?.value).toBe('7 avenue de Provence, 05000 GAP');
    expect(x.caf.directorName?.value).toBe('Marc SAUVAN');
    expect(x.caf.directorTitle?.value).toBe('Directeur');
    expect(x.partner.name?.value).toMatch(
      /^Union départementale des associations familiales des Hautes-Alpes/,
    );
    expect(x.partner.address?.value).toBe('12 avenue Jean Jaurès, 05000 GAP');
    expect(x.partner.representativeName?.value).toBe('Corinne BLANC');
    expect(x.partner.phone?.value).toBe('04 92 52 34 80');
    expect(x.partner.email?.value).toBe('accueil@udaf05.fr');
  });
});
