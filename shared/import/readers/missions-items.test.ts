import { describe, expect, it } from 'vitest';
import {
  isHeaderRow,
  isListTitle,
  listMarker,
  proseItems,
  splitGlued,
  stripMarkers,
} from './missions-items';
import { read } from './missions-test-support';

describe('list markers of a mission, by shape', () => {
  it.each([
    ['● Instruction des aides', 'Instruction des aides'],
    ['• Instruction des aides', 'Instruction des aides'],
    ['▪ Instruction des aides', 'Instruction des aides'],
    ['\uF0B7 Instruction des aides', 'Instruction des aides'],
    ['1 Instruction des aides', 'Instruction des aides'],
    ['1) Instruction des aides', 'Instruction des aides'],
    ['1. Instruction des aides', 'Instruction des aides'],
    ['1° Instruction des aides', 'Instruction des aides'],
    ['(2) Instruction des aides', 'Instruction des aides'],
    ['3 - Instruction des aides', 'Instruction des aides'],
    ['a. Instruction des aides', 'Instruction des aides'],
    ['b) Instruction des aides', 'Instruction des aides'],
    ['ii) Instruction des aides', 'Instruction des aides'],
    ['° Instruction des aides', 'Instruction des aides'],
    ['°_ Instruction des aides', 'Instruction des aides'],
    ['o Instruction des aides', 'Instruction des aides'],
    ['- Instruction des aides', 'Instruction des aides'],
    ['- ° Instruction des aides', 'Instruction des aides'],
    ['*__Instruction des aides', 'Instruction des aides'],
  ])('%s', (line, text) => {
    expect(stripMarkers(line)).toBe(text);
  });

  it.each([
    'Instruction des aides',
    '12 h de permanence',
    '1er accueil des familles',
    '1.2 Instruction',
    '-5 % sur les tarifs',
    'À la demande des familles',
    'ouverture des droits',
  ])('no marker: %s', (line) => {
    expect(stripMarkers(line)).toBe(line);
  });

  it('tells the kind and rank of a marker', () => {
    expect(listMarker('3) Suivi')).toMatchObject({ kind: 'number', rank: 3 });
    expect(listMarker('c. Suivi')).toMatchObject({ kind: 'letter', rank: 3 });
    expect(listMarker('● Suivi')).toMatchObject({ kind: 'glyph', key: '●' });
  });
});

describe('items glued on one line', () => {
  it.each([
    [
      '● Gestion des impayés ● Suivi des bénéficiaires',
      ['Gestion des impayés', 'Suivi des bénéficiaires'],
    ],
    ['• A des familles • Bien des choses • Ceci', ['A des familles', 'Bien des choses', 'Ceci']],
    [
      '1) Instruction des aides et orientation des familles 2) Accompagnement budgétaire',
      ['Instruction des aides et orientation des familles', 'Accompagnement budgétaire'],
    ],
    ['a. Accueil des familles b. Domiciliation', ['Accueil des familles', 'Domiciliation']],
    // not the next of its sequence, or a dash: kept whole
    ['1) Accueil des familles 3) Domiciliation', ['Accueil des familles 3) Domiciliation']],
    ['- Action sociale - Instruction des aides', ['Action sociale - Instruction des aides']],
    ['Accueil ● Domiciliation', ['Accueil ● Domiciliation']],
  ])('%s', (line, items) => {
    expect(splitGlued(line)).toEqual(items);
  });
});

describe('headers and titles are no missions', () => {
  it.each([
    ['Finalités | Description', 'Action sociale | Instruction des aides facultatives', true],
    ['Missions\tService concerné', 'Calcul des tarifs\tService éducation', true],
    ['Action sociale | Instruction des aides', 'Petite enfance | Calcul des tarifs', false],
    ['Action sociale | Instruction des aides.', 'Petite enfance | Calcul des tarifs', false],
    // a reference column: the rows open with their number or code
    ['N°\tMission', '1\tInstruction des demandes d’aides facultatives', true],
    ['Réf.\tMission\tFondement', 'M1\tDomiciliation\tArt. L.264-1 CASF', true],
    ['N° | Mission', '1 | Instruction des aides', true],
    ['Instruction des aides.\tAccueil', '1\tDomiciliation', false],
    ['Finalités | Description', undefined, false],
    ['Finalités | Description', 'Une phrase sans colonnes', false],
  ])('%s', (line, next, header) => {
    expect(isHeaderRow(line, next)).toBe(header);
  });

  it.each([
    ['Liste des missions', true],
    ['Les missions', true],
    ['Missions exercées par le partenaire :', true],
    ['Finalités de l’accès', true],
    ['Missions sociales de la commune auprès des familles en difficulté', false],
    ['Instruction des aides', false],
  ])('title %s', (line, title) => {
    expect(isListTitle(line)).toBe(title);
  });
});

describe('a sentence listing missions', () => {
  it.each([
    [
      "Le partenaire accède aux données pour l'instruction des demandes d'aides, le suivi des accompagnements et la gestion des impayés.",
      [
        "l'instruction des demandes d'aides",
        'le suivi des accompagnements',
        'la gestion des impayés',
      ],
    ],
    [
      'Les agents consultent les dossiers dans le cadre de l’instruction des aides, du suivi des familles et de la domiciliation des personnes.',
      ['l’instruction des aides', 'du suivi des familles', 'de la domiciliation des personnes'],
    ],
    [
      "Le CCAS utilise les données pour l'exercice exclusif des missions suivantes : l'instruction des aides facultatives, l'instruction des dossiers du FSL, et la domiciliation des personnes sans domicile stable. Toute autre utilisation est interdite.",
      [
        "l'instruction des aides facultatives",
        "l'instruction des dossiers du FSL",
        'la domiciliation des personnes sans domicile stable',
      ],
    ],
  ])('%s', (sentence, items) => {
    expect(proseItems(sentence)).toEqual(items);
  });

  it.each([
    // a bare complement in the list: not clearly items
    "Le partenaire accède aux données pour la gestion des impayés de loyer, d'énergie et d'eau.",
    // two parts only, no comma
    "Le partenaire accède aux données pour l'instruction des aides et le suivi des familles.",
    'Le partenaire accède aux données pour ses missions.',
  ])('kept whole: %s', (sentence) => {
    expect(proseItems(sentence)).toBeUndefined();
  });
});

describe('missions read from lists of those shapes', () => {
  const around = (...body: string[]) =>
    read(
      'Article 8 – Missions du partenaire',
      '',
      ...body,
      '',
      'Article 9 – Engagements des parties',
    );
  it.each([
    [
      'OCR bullets',
      [
        '° Instruction des aides',
        '°_ Accompagnement des familles',
        'o Domiciliation des personnes',
      ],
      ['Instruction des aides', 'Accompagnement des familles', 'Domiciliation des personnes'],
    ],
    [
      'two bullets on one line, the second wrapped',
      [
        "● Gestion des impayés d'énergie ● Suivi des bénéficiaires du RSA",
        'non orientés',
        '- Aide au logement',
      ],
      [
        "Gestion des impayés d'énergie",
        'Suivi des bénéficiaires du RSA non orientés',
        'Aide au logement',
      ],
    ],
    [
      'an item wrapped, the next glued to its tail',
      [
        '1) Instruction des demandes et orientation des',
        'familles 2) Accompagnement budgétaire',
        '3) Domiciliation',
      ],
      [
        'Instruction des demandes et orientation des familles',
        'Accompagnement budgétaire',
        'Domiciliation',
      ],
    ],
    [
      'a line opening with a letter marker inside a paragraph',
      ['3) Domiciliation administrative des personnes sans', 'domicile', 'a. Gestion des urgences'],
      ['Domiciliation administrative des personnes sans domicile', 'Gestion des urgences'],
    ],
    [
      'a table under its header row: the « Mission » column',
      [
        'Missions | Service concerné',
        'Calcul des tarifs | Service éducation',
        'Instruction des aides | CCAS',
      ],
      ['Calcul des tarifs', 'Instruction des aides'],
    ],
    [
      'a listing sentence',
      [
        "Le partenaire accède aux données pour l'instruction des aides, le suivi des familles et la gestion des impayés.",
      ],
      ["l'instruction des aides", 'le suivi des familles', 'la gestion des impayés'],
    ],
    [
      'a numbered heading the text did not mark ends the list',
      [
        '1. Instruction des aides',
        '2. Accompagnement des familles',
        '9. Engagements des parties',
        'La Caf s’engage à fournir les accès.',
      ],
      ['Instruction des aides', 'Accompagnement des familles'],
    ],
    [
      'an OCR-damaged article heading ends the list',
      [
        '- Instruction des aides',
        '- Accompagnement des familles',
        'Articie 9 - Engagements',
        'La Caf s’engage à fournir les accès.',
      ],
      ['Instruction des aides', 'Accompagnement des familles'],
    ],
  ])('%s', (_, body, missions) => {
    expect(around(...body).missions).toEqual(missions);
  });

  it.each([
    [
      [
        "Les missions du partenaire sont l'instruction des aides ; le suivi des familles ; la gestion des impayés.",
      ],
    ],
    [
      [
        "Le partenaire accède aux données pour : l'instruction des aides ; le suivi des familles ; la gestion des impayés.",
      ],
    ],
    [
      [
        'Le partenaire accède aux données pour :',
        "l'instruction des aides ;",
        'le suivi des familles ;',
        'la gestion des impayés.',
      ],
    ],
  ])('a paragraph listing its missions with « ; » (%j)', (body) => {
    expect(around(...body).missions).toEqual([
      "l'instruction des aides",
      'le suivi des familles',
      'la gestion des impayés',
    ]);
  });

  it('a sentence that lists no missions stays out', () => {
    expect(
      around(
        "Le partenaire s'engage à utiliser les données pour ses missions, dans le respect de la loi et du RGPD.",
      ).missions,
    ).toEqual([]);
  });

  it('under « Finalités », a table with its header row', () => {
    const r = read(
      'ARTICLE 3 – FINALITÉS DE L’ACCÈS',
      '',
      'Les missions sont les suivantes :',
      '',
      'Finalités | Description',
      'Action sociale | Instruction des aides facultatives',
      'Petite enfance | Calcul des participations familiales',
      '',
      'ARTICLE 4 – DURÉE',
    );
    expect(r.missions).toEqual([
      'Action sociale | Instruction des aides facultatives',
      'Petite enfance | Calcul des participations familiales',
    ]);
  });
});
