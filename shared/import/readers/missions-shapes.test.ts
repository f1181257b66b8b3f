import { describe, expect, it } from 'vitest';
import { read } from './missions-test-support';

describe('missions', () => {
  it.each([
    [
      [
        'Les parties optent, pour l’accès par le partenaire, pour le mode délégué de gestion des habilitations.',
      ],
      ['délégué'],
    ],
    [
      ['Les parties optent pour le mode', 'centralisé de gestion des habilitations.'],
      ['centralisé'],
    ],
    [['Mode de gestion retenu : délégué'], ['délégué']],
    [['Le mode délégué est retenu.'], ['délégué']],
    [
      ['9.1 Les parties conviennent de retenir le mode de gestion déIégué des', 'habilitations.'],
      ['délégué'],
    ],
    [
      [
        'Par défaut, le mode de gestion des habilitations est le mode délégué. Les parties confirment ce choix : le partenaire gère lui-même ses habilitations.',
      ],
      ['délégué'],
    ],
    [['Le mode centralisé peut être retenu à la demande du partenaire.'], []],
    [['☒ Gestion centralisée', '☐ Gestion déléguée'], ['centralisé']],
    [['Par défaut, le mode de gestion des habilitations est le mode délégué.'], []],
    [
      [
        'Par défaut, le mode est le mode délégué. Pour ce partenaire, les parties retiennent la gestion centralisée des habilitations.',
      ],
      ['centralisé'],
    ],
    [['La gestion déléguée des habilitations a été choisie par le partenaire.'], ['délégué']],
    [['Le partenaire peut demander la gestion centralisée.'], []],
    [
      [
        'Les habilitations des agents sont attribuées et supprimées par la Caf elle-même (gestion centralisée des habilitations), sur demande écrite.',
      ],
      ['centralisé'],
    ],
    [
      [
        'Dans ce cadre, la gestion des habilitations est confiée au',
        'partenaire (mode délégué) : le CCAS désigne un administrateur.',
      ],
      ['délégué'],
    ],
    [
      ['Les droits d’accès des utilisateurs sont gérés par le partenaire (en mode délégué).'],
      ['délégué'],
    ],
    [
      [
        'Toutefois, les habilitations peuvent être gérées directement par la Caf (mode centralisé).',
      ],
      [],
    ],
    [
      [
        'Le mode de gestion des accès (mode délégué ou mode centralisé) est précisé dans le contrat de services.',
      ],
      [],
    ],
    [['Le service est ouvert (gestion déléguée).'], []],
    [
      [
        'Par défaut, le mode de gestion des habilitations est le mode délégué. Le présent partenaire relève du mode délégué : l’administrateur reçoit ses identifiants.',
      ],
      ['délégué'],
    ],
    [['Le CCAS fonctionne en gestion centralisée des habilitations.'], ['centralisé']],
    [
      [
        'Par défaut, le mode de gestion des habilitations est le mode délégué. Pour le présent partenaire, ce mode est retenu.',
      ],
      ['délégué'],
    ],
    [
      [
        'Par défaut, le mode de gestion des habilitations est le mode délégué. Le partenaire peut demander que ce mode soit remplacé.',
      ],
      [],
    ],
    [['Un partenaire qui le souhaite peut relever du mode centralisé.'], []],
    [
      [
        'Les parties optent, pour l’accès par le partenaire à « Mon',
        'Compte Partenaire », pour le mode délégué de gestion des',
        'habilitations.',
      ],
      ['délégué'],
    ],
  ])('mode %j', (lines, expected) => {
    expect(read(...lines).mode).toEqual(expected);
  });

  it.each([
    [
      'Unicode boxes',
      [
        '☒ Instruction des aides facultatives',
        '☐ Domiciliation des personnes sans abri',
        '☑ Accompagnement social des familles',
      ],
    ],
    [
      'bracket boxes',
      [
        '[X] Instruction des aides facultatives',
        '[ ] Domiciliation des personnes sans abri',
        '[x] Accompagnement social des familles',
      ],
    ],
    [
      'boxes with bullets before',
      [
        '- ☒ Instruction des aides facultatives',
        '- ☐ Domiciliation des personnes sans abri',
        '- ☑ Accompagnement social des familles',
      ],
    ],
  ])('a check-box list keeps the ticked items only: %s', (_, items) => {
    const lines = [
      'Article 8 – Missions du partenaire',
      'Cochez les missions exercées :',
      ...items,
      'Article 9 – Engagements',
    ];
    expect(read(...lines).missions).toEqual([
      'Instruction des aides facultatives',
      'Accompagnement social des familles',
    ]);
  });

  it('square bullets with nothing ticked are an ordinary list', () => {
    const lines = [
      'Article 8 – Missions du partenaire',
      '□ Instruction des aides facultatives',
      '□ Domiciliation des personnes sans abri',
      'Article 9 – Engagements',
    ];
    expect(read(...lines).missions).toEqual([
      'Instruction des aides facultatives',
      'Domiciliation des personnes sans abri',
    ]);
  });

  const RULE = [
    '------------------------------------------------------------',
    '============================================================',
    '____________________________________________________________',
  ];
  it.each([
    ['dashes, then a numbered heading', RULE[0]!, '4. MODE DE GESTION DES HABILITATIONS'],
    ['equals, then an annex heading', RULE[1]!, '6. ANNEXE 1 – INTERLOCUTEURS'],
    ['underscores, then a closing bracket numbering', RULE[2]!, '5) CONTRAT DE SERVICES'],
    ['a roman number', RULE[1]!, 'IV. MODE DE GESTION DES HABILITATIONS'],
  ])('a heading between rule lines ends the missions (%s)', (_, rule, next) => {
    const lines = [
      rule,
      '3. MISSIONS DU PARTENAIRE (article 8 de la convention)',
      rule,
      '',
      '- Instruction des aides facultatives',
      '- Domiciliation des personnes sans abri',
      '',
      rule,
      next,
      rule,
      '',
      'Le mode de gestion retenu est le mode délégué.',
      'Nom : Jean DUPONT',
      'Téléphone : 01 02 03 04 05',
    ];
    expect(read(...lines).missions).toEqual([
      'Instruction des aides facultatives',
      'Domiciliation des personnes sans abri',
    ]);
  });

  it.each([
    [
      '« Mission n° k : » with an empty third',
      [
        'Mission n° 1 : Instruction des aides facultatives',
        'Mission n° 2 : Domiciliation des personnes sans abri',
        'Mission n° 3 :',
        'Périmètre : service social uniquement',
      ],
    ],
    [
      '« Mission no k – » then a closing sentence',
      [
        'Mission no 1 – Instruction des aides facultatives',
        'Mission no 2 – Domiciliation des personnes sans abri',
        '',
        'Le partenaire n’utilise les données que pour ces missions.',
      ],
    ],
    [
      '« Mission k. » then other fields',
      [
        'Mission 1. Instruction des aides facultatives',
        'Mission 2. Domiciliation des personnes sans abri',
        'Public concerné : familles allocataires',
        'Durée : un an',
      ],
    ],
    [
      'bullets, a blank, then other content',
      [
        '- Instruction des aides facultatives',
        '- Domiciliation des personnes sans abri',
        '',
        'Le partenaire informe la Caf de tout changement de ses missions.',
        '',
        'Les agents habilités sont tenus au secret professionnel.',
      ],
    ],
    [
      'bullets then key: value lines',
      [
        '• Instruction des aides facultatives',
        '• Domiciliation des personnes sans abri',
        'Service référent : action sociale',
        'Contact : accueil du CCAS',
      ],
    ],
    [
      '« Mission principale : », « Mission secondaire : »',
      [
        'Mission principale : Instruction des aides facultatives',
        'Mission secondaire : Domiciliation des personnes sans abri',
        'Périmètre : service social uniquement',
      ],
    ],
    [
      '« Missions principales – », « Missions complémentaires : »',
      [
        'Missions principales – Instruction des aides facultatives',
        'Missions complémentaires : Domiciliation des personnes sans abri',
        '',
        'Le partenaire n’utilise les données que pour ces missions.',
      ],
    ],
  ])('a missions list stops where its items stop: %s', (_, items) => {
    const lines = ['3. MISSIONS DU PARTENAIRE', '', ...items];
    expect(read(...lines).missions).toEqual([
      'Instruction des aides facultatives',
      'Domiciliation des personnes sans abri',
    ]);
  });

  it.each([
    [
      'plain items, a blank, a closing sentence',
      [
        'Instruction des aides facultatives',
        'Domiciliation des personnes sans abri',
        '',
        'Les agents habilités sont tenus au secret professionnel le plus strict.',
      ],
      ['Instruction des aides facultatives', 'Domiciliation des personnes sans abri'],
    ],
    [
      'plain items ended by a full stop, apart by blanks, all kept',
      [
        'Instruction des aides facultatives du centre communal.',
        '',
        'Domiciliation des personnes sans abri de la commune et des environs.',
      ],
      [
        'Instruction des aides facultatives du centre communal',
        'Domiciliation des personnes sans abri de la commune et des environs',
      ],
    ],
  ])('plain lines: %s', (_, items, expected) => {
    expect(read('3. MISSIONS DU PARTENAIRE', '', ...items).missions).toEqual(expected);
  });

  it('a list under sub-leads (« Autres missions : ») reads on after a blank', () => {
    const lines = [
      'Article 8 – Missions du partenaire',
      'Mission principale :',
      '',
      '- Instruction des aides facultatives',
      '',
      'Autres missions :',
      '',
      '- Domiciliation des personnes sans abri',
    ];
    expect(read(...lines).missions).toEqual([
      'Instruction des aides facultatives',
      'Domiciliation des personnes sans abri',
    ]);
  });
});

describe('missions numbered under their article’s number', () => {
  it.each([
    [
      '« 2.1 la gestion … ; » under « 2. Missions du bailleur »',
      [
        '2. Missions du bailleur',
        'Les agents habilités du bailleur consultent les données pour les seules missions suivantes :',
        '2.1 la gestion du tiers payant des aides au logement pour ses locataires ;',
        '2.2 la prévention des expulsions locatives.',
        '',
        '3. Gestion des habilitations',
        'La Caf délègue au bailleur la gestion des habilitations.',
      ],
      [
        'la gestion du tiers payant des aides au logement pour ses locataires',
        'la prévention des expulsions locatives',
      ],
    ],
    [
      '« 8.1. – L’instruction … ; » under « Article 8 – Missions du partenaire »',
      [
        'Article 8 – Missions du partenaire',
        'Le partenaire utilise le service pour :',
        '8.1. – l’instruction des demandes d’aide sociale facultative ;',
        '8.2. – le suivi des familles accompagnées ;',
        'Article 9 – Engagements',
      ],
      [
        "l'instruction des demandes d'aide sociale facultative",
        'le suivi des familles accompagnées',
      ],
    ],
    [
      'sub-headings « 8.1 Objet » / « 8.2 Engagements » are no missions',
      [
        'Article 8 – Missions du partenaire',
        '8.1 Objet',
        'Le partenaire accompagne les familles du territoire dans l’accès à leurs droits.',
        '8.2 Engagements',
        'Le partenaire respecte le secret professionnel.',
        'Article 9 – Durée',
      ],
      [],
    ],
  ])('%s', (_, lines, expected) => {
    expect(read(...lines).missions).toEqual(expected);
  });
});
