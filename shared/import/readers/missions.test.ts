import { describe, expect, it } from 'vitest';
import { isFinalitiesHeading, isMissionsHeading } from './missions';
import { extractConvention } from '../extract';
import { read } from './missions-test-support';

describe('missions', () => {
  it.each([
    [
      [
        'ARTICLE 3 – FINALITÉS DE L’ACCÈS',
        '',
        'Le partenaire n’accède aux données que pour l’exercice des missions suivantes, à l’exclusion de toute autre :',
        '',
        'a) Calcul des tarifs de la restauration scolaire ;',
        'b) Instruction des demandes d’aide sociale facultative.',
        '',
        'Toute utilisation des données à d’autres fins constitue un détournement de finalité.',
        '',
        'ARTICLE 4 – DONNÉES ACCESSIBLES',
      ],
    ],
    [
      [
        'Article 2 - Finalité de la consultation',
        'La consultation est réservée aux usages suivants :',
        '- Calcul des tarifs de la restauration scolaire',
        '- Instruction des demandes d’aide sociale facultative',
        'Aucun autre usage n’est permis.',
        'Article 3 - Données',
      ],
    ],
    [
      [
        'Art. 4 – Finalités',
        'Les données ne sont utilisées que pour :',
        '1) calcul des tarifs de la restauration scolaire ;',
        '2) instruction des demandes d’aide sociale facultative.',
        '',
        'Article 5 – Durée',
      ],
    ],
    [
      [
        'III. Finalités autorisées',
        'Les données consultées sont utilisées uniquement pour : calcul des tarifs de la restauration scolaire ; instruction des demandes d’aide sociale facultative.',
        'IV. Gestion des habilitations',
      ],
    ],
  ])('an older model lists the missions under « Finalités »: %#', (lines) => {
    const got = read(...lines).missions.map((m) => m.toLowerCase().replace(/’/g, "'"));
    expect(got).toEqual([
      'calcul des tarifs de la restauration scolaire',
      "instruction des demandes d'aide sociale facultative",
    ]);
  });

  it.each([
    [
      'Article 5 – Finalités du traitement',
      'Le traitement a pour finalité la gestion des droits d’accès.',
      'Il est déclaré à la Cnil.',
      'Article 6 – Durée',
    ],
    [
      'Article 5 – Finalités',
      'Les données servent notamment à instruire les aides.',
      '- une liste sans phrase d’introduction',
      'Article 6 – Durée',
    ],
  ])('« Finalités » with no list after a lead ending in « : » gives no mission: %s', (...lines) => {
    expect(read(...lines).missions).toEqual([]);
  });

  it('« Art. 9 – … » ends the list like « Article 9 – … »', () => {
    expect(
      read(
        'Art. 8 – Missions du partenaire',
        '- Instruction des demandes d’aide sociale facultative',
        'Art. 9 – Engagements des parties',
        'Par défaut, le mode de gestion des habilitations est le mode délégué.',
      ).missions,
    ).toEqual(["Instruction des demandes d'aide sociale facultative"]);
  });

  it.each([
    ['ARTICLE 3 – FINALITÉS DE L’ACCÈS', true],
    ['Article 2 - Finalité de la consultation', true],
    ['3. Finalités', true],
    ['III. Finalités autorisées', true],
    ['III. finalement', false],
    ['Finalités de l’accès', false],
    ['Article 4 – Respect des finalités.', false],
    ['Article 9 – Données accessibles et finalités', false],
  ])('finalities heading %s', (line, expected) => {
    expect(isFinalitiesHeading(line)).toBe(expected);
  });

  it.each([
    ['Article 8 – Missions du partenaire', true],
    ['Article 7 - Les missions du partenaire', true],
    ['8. Missions exercées par le partenaire', true],
    ['Art. 8 – Missions du partenaire', true],
    ['Missions du partenaire', true],
    ['II. MISSIONS CONFIÉES AU PARTENAIRE', true],
    ['3. MISSIONS DU PARTENAIRE (article 8 de la convention)', true],
    ['Article 8 – Missions du partenaire.....\t4', false],
    ['Article 3.1 – Rôle du centre de services Caf', false],
    ['Le partenaire exerce ses missions.', false],
  ])('heading %s', (line, expected) => {
    expect(isMissionsHeading(line)).toBe(expected);
  });

  it('reads items wrapped over lines as one mission each, renumbered article, no lead sentence nor prompts', () => {
    expect(
      read(
        'Article 7 - Missions du partenaire',
        'Le partenaire s’engage à exécuter la présente convention dans le strict respect de ses missions',
        'telles que prévues ci-dessous :',
        '- Saisir la mission principale du partenaire :',
        '- Instruction des demandes d’aides facultatives et accompagnement',
        'social des familles ;',
        '- Gestion des inscriptions à la restauration scolaire',
        '¹ Liste non exhaustive',
        'Article 8 - Engagements des parties',
      ).missions,
    ).toEqual([
      "Instruction des demandes d'aides facultatives et accompagnement social des familles",
      'Gestion des inscriptions à la restauration scolaire',
    ]);
  });

  it.each([
    ['letters', ['a) l’aide aux familles ;', 'b) la domiciliation.']],
    ['letters in brackets', ['(a) l’aide aux familles ;', '(b) la domiciliation.']],
    ['roman numerals', ['i) l’aide aux familles ;', 'ii) la domiciliation.']],
    ['ordinals', ['1° l’aide aux familles ;', '2° la domiciliation.']],
  ])('drops list markers: %s', (_, items) => {
    expect(
      read('Article 6 – Missions', 'Le partenaire agit pour :', ...items, 'Article 7 – Autre')
        .missions,
    ).toEqual(["l'aide aux familles", 'la domiciliation']);
  });

  it.each([
    [
      'spelt right elsewhere in the text: corrected',
      'Article 7 – La domiciliation',
      'la domiciliation',
    ],
    ['never spelt right: left as written', 'Article 7 – Autre', 'la domici1iation'],
  ])('an OCR digit inside a word of a mission, %s', (_, next, second) => {
    expect(
      read(
        'Article 6 – Missions',
        'Le partenaire agit pour :',
        'a) l’aide aux familles ;',
        'b) la domici1iation.',
        next,
      ).missions,
    ).toEqual(["l'aide aux familles", second]);
  });

  it.each([
    [
      'Aide aux familles en difficulté ; domiciliation des personnes sans abri',
      ['Aide aux familles en difficulté', 'domiciliation des personnes sans abri'],
    ],
    ['Aide aux familles (RSA ; FSL)', ['Aide aux familles (RSA ; FSL)']],
    ['Aide aux familles ; FSL', ['Aide aux familles ; FSL']],
  ])('several missions on one line: %s', (line, expected) => {
    expect(
      read(
        'Article 8 – Missions du partenaire',
        'Autres missions :',
        line,
        'Article 9 – Engagements',
      ).missions,
    ).toEqual(expected);
  });

  it.each([
    ['Fait en deux exemplaires à Rodez, le 3 mars 2021.'],
    ['Fait à Rodez, le 3 mars 2021'],
    ['Rodez, le 3 mars 2021'],
    ['Pour la Caf\tPour le partenaire'],
  ])('a signature ends the list of missions: %s', (signature) => {
    expect(
      read(
        'Article 8 – Missions du partenaire',
        'Le partenaire utilise les données pour :',
        '• le calcul du quotient familial ;',
        '• l’accompagnement social des familles.',
        '',
        signature,
        '',
        'Le Maire',
        'Paul ROUX',
      ).missions,
    ).toEqual(['le calcul du quotient familial', "l'accompagnement social des familles"]);
  });

  it('skips a running header or footer that falls inside the list', () => {
    expect(
      read(
        'Article 8 – Missions du partenaire',
        '- Instruction des dossiers FSL',
        'CCAS de Lunel – Convention 2022-14 – Page 4 sur 9',
        '- Domiciliation',
        'Article 9 – Engagements',
      ).missions,
    ).toEqual(['Instruction des dossiers FSL', 'Domiciliation']);
  });

  it('a page break inside an item: its tail after the running header, the items after it', () => {
    const header = 'Convention MCP n° 49-MCP-2022-0213 – CIAS du Layon Saumurois';
    expect(
      read(
        header,
        '',
        'Article 8 – Missions du partenaire',
        '',
        'Le partenaire utilise l’accès aux données pour ses missions telles que prévues ci-dessous :',
        '',
        '- Accompagnement social des personnes âgées dans l’accès à',
        '',
        'Page 2 sur 17',
        '',
        header,
        '',
        'leurs droits ;',
        '- Instruction des dossiers FSL ;',
        '- Domiciliation administrative.',
        '',
        'Article 9 – Engagements',
        '',
        header,
        '',
        header,
      ).missions,
    ).toEqual([
      "Accompagnement social des personnes âgées dans l'accès à leurs droits",
      'Instruction des dossiers FSL',
      'Domiciliation administrative',
    ]);
  });

  it('a blank template has no missions and nothing unread; prose it cannot split is reported', () => {
    expect(
      read(
        'Article 8 – Missions du partenaire',
        '- Le partenaire s’engage … ci-dessous :',
        '-',
        'Article 9 – Engagements',
      ),
    ).toEqual({ missions: [], unread: [], mode: [] });
    const prose =
      'Le partenaire exerce pour ses usagers l’ensemble des missions d’action sociale légales et facultatives prévues par le code de l’action sociale et des familles, notamment l’instruction des demandes d’aide sociale, la domiciliation des personnes sans domicile stable, l’accompagnement des allocataires du revenu de solidarité active, la gestion des aides facultatives et toute autre mission confiée par le conseil d’administration dans le cadre de ses compétences.';
    expect(
      read('Article 8 – Missions du partenaire', prose, 'Article 9 – Engagements').unread,
    ).toEqual(['missions']);
  });
});

describe('numbered sections after the missions’ own', () => {
  it('« 3. La gestion des habilitations » after « 2. Les missions du CCAS » is no mission', () => {
    const r = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        '',
        '2. Les missions du CCAS',
        'Le CCAS utilise les données pour ses missions d’action sociale.',
        '',
        '3. La gestion des habilitations',
        'La gestion des habilitations s’effectue selon le mode délégué.',
        '',
        '4. Durée',
        'La convention prend effet à sa signature.',
      ].join('\n'),
    );
    expect(r.convention.missions.map((m) => m.value)).not.toContain('La gestion des habilitations');
    expect(r.convention.missions.map((m) => m.value)).not.toContain('Durée');
  });
});

describe('an avenant quoting the missions article it puts in place', () => {
  it('« « Article 8 – Missions du partenaire » and its list', () => {
    expect(
      read(
        'Article deux – Missions du partenaire',
        '',
        'L’article 8 de la convention est remplacé par les dispositions suivantes :',
        '',
        '« Article 8 – Missions du partenaire',
        'Le partenaire s’engage à faire utiliser l’accès aux données dans le strict respect de ses missions :',
        '- Accueil et accompagnement social des ménages ;',
        '- Instruction des demandes d’aides facultatives. »',
        '',
        'Article trois – Centre de services Caf',
      ).missions,
    ).toEqual([
      'Accueil et accompagnement social des ménages',
      "Instruction des demandes d'aides facultatives",
    ]);
  });
});
