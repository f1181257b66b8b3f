import { describe, expect, it } from 'vitest';
import {
  columnRoles,
  isLegalCell,
  isRefCell,
  isTitleRow,
  missionOfRow,
  withoutLegalTail,
} from './missions-table';
import { read } from './missions-test-support';

const around = (...body: string[]) =>
  read(
    'Article 8 – Missions du partenaire',
    '',
    ...body,
    '',
    'Article 9 – Engagements des parties',
  );

describe('the cells of a missions table, by shape', () => {
  it.each([
    ['1', true],
    ['3.', true],
    ['M2', true],
    ['M 12', true],
    ['A', true],
    ['b)', true],
    ['IV', true],
    ['1.2', true],
    ['Domiciliation', false],
    ['Instruction des aides', false],
    ['2018', false],
  ])('reference %j: %s', (cell, yes) => {
    expect(isRefCell(cell)).toBe(yes);
  });

  it.each([
    ['Art. L.264-1 CASF', true],
    ['Article L. 262-1 du CASF', true],
    ['L.131-1', true],
    ['R. 262-37', true],
    ["Code de l'action sociale et des familles", true],
    ['Loi n° 2007-290 du 5 mars 2007', true],
    ['Règlement intérieur du FSL', true],
    ['Décret du 29 juin 2016', true],
    ['CASF, art. L.121-1', true],
    ['Domiciliation des personnes sans domicile stable', false],
    ['Accompagnement social lié au logement', false],
  ])('legal basis %j: %s', (cell, yes) => {
    expect(isLegalCell(cell)).toBe(yes);
  });

  it.each([
    [
      ['Réf.', 'Mission', 'Fondement'],
      ['ref', 'mission', 'legal'],
    ],
    [
      ['N°', 'Intitulé de la mission', 'Base légale'],
      ['ref', 'mission', 'legal'],
    ],
    [
      ['Code', 'Libellé', 'Textes de référence'],
      ['ref', 'mission', 'legal'],
    ],
    [
      ['Finalités', 'Description'],
      ['other', 'other'],
    ],
  ])('column roles of %j', (header, roles) => {
    expect(columnRoles(header)).toEqual(roles);
  });

  it.each([
    [['M2', 'Domiciliation', 'Art. L.264-1 CASF'], undefined, 'Domiciliation'],
    [['3', 'Aide sociale légale', 'L.131-1'], undefined, 'Aide sociale légale'],
    [['Domiciliation', 'Art. L.264-1'], undefined, 'Domiciliation'],
    [['1', 'Domiciliation'], undefined, 'Domiciliation'],
    [
      ['Action sociale', 'Instruction des aides'],
      undefined,
      'Action sociale | Instruction des aides',
    ],
    // the header says which cell is the mission
    [['A', 'Instruction des aides', 'CCAS'], ['ref', 'mission', 'other'], 'Instruction des aides'],
    // a cell lost (a PDF's wrapped row): the shapes decide
    [
      ['Instruction des aides', 'Règlement des aides facultatives'],
      ['ref', 'mission', 'legal'],
      'Instruction des aides',
    ],
  ] as const)('row %j', (cells, roles, mission) => {
    expect(missionOfRow(cells, roles)).toBe(mission);
  });
});

describe('a table whose cells an OCR joined with spaces', () => {
  it.each([
    ['Réf. Mission Fondement', true],
    ['N° Mission Base légale', true],
    ['Mission Description', true],
    ['Action sociale Description', false],
    ['Instruction des aides', false],
  ])('header %j: %s', (line, yes) => {
    expect(isTitleRow(line)).toBe(yes);
  });

  it.each([
    [
      'Domiciliation des personnes sans domicile stable Art. L.264-1 CASF',
      'Domiciliation des personnes sans domicile stable',
    ],
    [
      "Instruction des demandes d'aide sociale légale L.131-1 CASF",
      "Instruction des demandes d'aide sociale légale",
    ],
    ['Aide sociale à l’hébergement article L. 113-1 du CASF', 'Aide sociale à l’hébergement'],
    ['Domiciliation (art. L.264-1 CASF)', 'Domiciliation (art. L.264-1 CASF)'],
    ['Accompagnement des T1 et des bénéficiaires', 'Accompagnement des T1 et des bénéficiaires'],
  ])('legal tail %j', (text, mission) => {
    expect(withoutLegalTail(text)).toBe(mission);
  });

  it('rows under a spaced header', () => {
    expect(
      around(
        'Réf. Mission Fondement',
        '1 Instruction des demandes d’aide sociale légale L.131-1 CASF',
        '2 Domiciliation des personnes sans domicile stable Art. L.264-1 CASF',
        '3 Attribution des secours d’urgence du CCAS',
      ).missions,
    ).toEqual([
      "Instruction des demandes d'aide sociale légale",
      'Domiciliation des personnes sans domicile stable',
      "Attribution des secours d'urgence du CCAS",
    ]);
  });
});

describe('missions read from a table', () => {
  it.each([
    [
      'a reference column and a legal basis under their header (tabs)',
      [
        'Réf.\tMission\tFondement',
        'M1\tInstruction des aides facultatives\tRèglement des aides du CCAS',
        'M2\tDomiciliation des personnes sans domicile stable\tArt. L.264-1 CASF',
      ],
      ['Instruction des aides facultatives', 'Domiciliation des personnes sans domicile stable'],
    ],
    [
      'the same table drawn with bars, with no header',
      [
        '| 3 | Aide sociale légale | L.131-1 |',
        '| 4 | Domiciliation des personnes sans domicile | Art. L.264-1 CASF |',
      ],
      ['Aide sociale légale', 'Domiciliation des personnes sans domicile'],
    ],
    [
      'a PDF table: a row number alone, a legal basis wrapped apart, a cell lost',
      [
        'Réf.\tMission\tFondement',
        'M1',
        'Instruction des aides facultatives (secours)\tRèglement des aides du CCAS',
        'M2\tDomiciliation des personnes sans domicile stable\tArt. L.264-1 CASF',
        '',
        'Règlement intérieur du FSL de Maine-',
        '',
        'M3\tInstruction des dossiers du Fonds de solidarité pour le logement',
        '',
        'et-Loire',
        '',
        '9. Engagements',
      ],
      [
        'Instruction des aides facultatives (secours)',
        'Domiciliation des personnes sans domicile stable',
        'Instruction des dossiers du Fonds de solidarité pour le logement',
      ],
    ],
    [
      'a cell wrapped over two rows of a numbered table',
      [
        '| N° | Mission |',
        '|----|---------|',
        "| 1  | Instruction des demandes d'aides facultatives |",
        '| 2  | Instruction des dossiers du Fonds de solidarité pour le logement |',
        '|    | (FSL) |',
        '| 3  | Gestion des admissions en résidence autonomie |',
      ],
      [
        "Instruction des demandes d'aides facultatives",
        'Instruction des dossiers du Fonds de solidarité pour le logement (FSL)',
        'Gestion des admissions en résidence autonomie',
      ],
    ],
    [
      'a wrapped tail stays out when another column could be what wrapped',
      [
        'N°\tMission\tFondement',
        '1\tInstruction des aides\tRèglement',
        '(modifié)',
        '2\tDomiciliation\tArt. L.264-1',
      ],
      ['Instruction des aides', 'Domiciliation'],
    ],
    [
      'two columns, the mission column named',
      ['Mission\tService concerné', 'Calcul des tarifs\tService éducation'],
      ['Calcul des tarifs'],
    ],
  ])('%s', (_, body, missions) => {
    expect(around(...body).missions).toEqual(missions);
  });
});

describe('missions in lists of other shapes', () => {
  it.each([
    [
      'OCR read the items’ « ; » as « : »',
      [
        'Le partenaire utilise les données dans le strict cadre de ses missions :',
        '',
        '— Instruction des aides financières facultatives :',
        '— Domiciliation des personnes sans domicile stable :',
        "— Instruction des demandes d'aide au Fonds de solidarité pour le logement.",
      ],
      [
        'Instruction des aides financières facultatives',
        'Domiciliation des personnes sans domicile stable',
        "Instruction des demandes d'aide au Fonds de solidarité pour le logement",
      ],
    ],
    [
      'a number whose sign OCR lost, next in its list',
      [
        'La Commune utilise les données pour les missions suivantes :',
        '1° le calcul des tarifs de la restauration scolaire :',
        "2 l'instruction des demandes d'inscription en crèche.",
      ],
      [
        'le calcul des tarifs de la restauration scolaire',
        "l'instruction des demandes d'inscription en crèche",
      ],
    ],
    [
      '« 1°) » markers',
      [
        'Le partenaire sollicite l’accès pour les missions ci-après :',
        '1°) Domiciliation des personnes sans domicile stable',
        '2°) Accompagnement social lié au logement (ASLL)',
      ],
      [
        'Domiciliation des personnes sans domicile stable',
        'Accompagnement social lié au logement (ASLL)',
      ],
    ],
    [
      '« _ » bullets and « Ja » for « la » (OCR)',
      [
        'Les données sont utilisées pour :',
        '',
        '_ Ja tarification des services de la petite enfance ;',
        '',
        "_ l'instruction des demandes d'aide sociale.",
      ],
      [
        'la tarification des services de la petite enfance',
        "l'instruction des demandes d'aide sociale",
      ],
    ],
    [
      'a lead ending « suivantes : » with the first item, the others after',
      [
        "Les informations consultées le sont exclusivement pour l'exercice des missions",
        "suivantes : instruction des demandes d'aides sociales facultatives ;",
        'accompagnement des personnes âgées dans l’accès à leurs droits ;',
        'élection de domicile des personnes sans domicile stable.',
      ],
      [
        "instruction des demandes d'aides sociales facultatives",
        'accompagnement des personnes âgées dans l’accès à leurs droits',
        'élection de domicile des personnes sans domicile stable',
      ],
    ],
    [
      'letters « a) » and dashes « – »',
      [
        'Le partenaire accède aux données pour :',
        'a) l’instruction des aides facultatives ;',
        'b) la domiciliation ;',
        '– le suivi des familles.',
      ],
      ['l’instruction des aides facultatives', 'la domiciliation', 'le suivi des familles'],
    ],
  ])('%s', (_, body, missions) => {
    expect(around(...body).missions.map((m) => m.replace(/’/g, "'"))).toEqual(
      missions.map((m) => m.replace(/’/g, "'")),
    );
  });

  it('a missions heading run into its first sentence', () => {
    expect(
      read(
        'CHAPITRE 2 – MISSIONS',
        '',
        "2.1 Missions de l'association. L'association, agréée par le Préfet, sollicite l'accès pour les seules missions ci-après :",
        '\t1°) Domiciliation des personnes sans domicile stable',
        '\t2°) Accompagnement social lié au logement (ASLL)',
        '',
        '2.2 Mode de gestion. Mode de gestion des habilitations retenu : délégué.',
      ).missions,
    ).toEqual([
      'Domiciliation des personnes sans domicile stable',
      'Accompagnement social lié au logement (ASLL)',
    ]);
  });

  it('no missions heading: the list after a sentence on the uses of the data', () => {
    expect(
      read(
        'TITRE 1 – OBJET',
        '',
        '3. Usages autorisés. Le Partenaire n’utilise les informations mises à sa',
        'disposition que pour :',
        '   (a) l’accompagnement social des patients hospitalisés et de leurs',
        '       proches par le service social hospitalier ;',
        '   (b) l’ouverture des droits des patients reçus à la PASS.',
        '',
        '4. Le Partenaire administre lui-même les habilitations de ses agents.',
      ).missions.map((m) => m.replace(/’/g, "'")),
    ).toEqual([
      "l'accompagnement social des patients hospitalisés et de leurs proches par le service social hospitalier",
      "l'ouverture des droits des patients reçus à la PASS",
    ]);
  });

  it.each([
    [['Le partenaire s’engage à :', '– désigner un administrateur ;', '– informer ses agents.']],
    [['La Caf met à disposition :', '– un guide ;', '– une assistance.']],
  ])('no heading and no sentence on the uses of the data: no missions (%j)', (body) => {
    expect(read('Article 5 – Engagements', '', ...body).missions).toEqual([]);
  });
});
