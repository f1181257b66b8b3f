/**
 * Escalation tables laid out otherwise: given column by column (a PDF text layer, an OCR
 * scan), a function cell wrapped onto a line of its own. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { serviceContract } from './contrat';
import { escalationColumns } from './contrat-escalation-rows';
import { findBlocks } from './segmentation';

const read = (...body: string[]) => {
  const ctx = makeCtx(
    normalizeLines(
      [
        'Contrat de services',
        'Article 1 – Objet du contrat de services',
        '',
        'Article 3.3 – La procédure d’escalade',
        'Sans réponse sous 10 jours, contacter dans l’ordre :',
        ...body,
        '',
        'Article 4 – Horaires',
      ].join('\n'),
    ),
  );
  const r = serviceContract(ctx, findBlocks(ctx.lines), []);
  return {
    escalation: r.escalation.map((e) => [
      e.value.side,
      e.value.name,
      e.value.function,
      e.value.phone,
    ]),
    unread: ctx.unread.map((u) => u.part),
  };
};

describe('an escalation table given column by column', () => {
  it.each([
    {
      what: '« Nom, fonction » cells, a side column',
      body: [
        'Niveau',
        'Niveau 1',
        'Niveau 2',
        'Partie',
        'Caf',
        'Commune',
        'Interlocuteur',
        'Hélène ROCHE, administratrice locale',
        'Marc VIGNAL, directeur général des services',
        'Téléphone',
        '04 71 45 60 01',
        '04.71.48.20.00',
        'Caf du Cantal – page 4',
      ],
      expected: [
        ['caf', 'Hélène ROCHE', 'administratrice locale', '04 71 45 60 01'],
        ['partner', 'Marc VIGNAL', 'directeur général des services', '04 71 48 20 00'],
      ],
    },
    {
      what: 'a function column, an empty cell written « – »',
      body: [
        'Structure',
        'Caf',
        'CCAS',
        'Nom',
        'Hélène ROCHE',
        'Marc VIGNAL',
        'Fonction',
        'Administratrice locale',
        '–',
        'Téléphone',
        '04 71 45 60 01',
        '04 71 48 20 00',
      ],
      expected: [
        ['caf', 'Hélène ROCHE', 'Administratrice locale', '04 71 45 60 01'],
        ['partner', 'Marc VIGNAL', undefined, '04 71 48 20 00'],
      ],
    },
  ])('$what', ({ body, expected }) => {
    expect(read(...body)).toEqual({ escalation: expected, unread: [] });
  });

  it('columns of different lengths (an empty cell lost): flagged, nothing guessed', () => {
    const r = read(
      'Partie',
      'Caf',
      'CCAS',
      'Nom',
      'Hélène ROCHE',
      'Marc VIGNAL',
      'Téléphone',
      '04 71 45 60 01',
    );
    expect(r.escalation).toEqual([]);
    expect(r.unread).toEqual(['escalation']);
  });
});

describe('an escalation table given row by row, one cell a line', () => {
  it('is no column-by-column table (its header words follow each other)', () => {
    const lines = [
      'Niveau',
      'Nom',
      'Fonction',
      'Téléphone',
      'Caf – 1',
      'Mme Agnès MOREL',
      'Responsable du pôle Partenaires',
      '03 22 45 10 10',
      'Commune – 1',
      'Mme Rose PETIT',
      'Directrice générale des services',
      '03 22 80 10 10',
    ];
    // from any of its header words (the caller tries each line of the article)
    expect(escalationColumns(lines, 0, lines.length)).toBeUndefined();
    expect(escalationColumns(lines, 1, lines.length)).toBeUndefined();
    // the same people given column by column still are one
    const byColumn = [
      'Niveau',
      'Caf – 1',
      'Commune – 1',
      'Nom',
      'Mme Agnès MOREL',
      'Mme Rose PETIT',
      'Téléphone',
      '03 22 45 10 10',
      '03 22 80 10 10',
    ];
    expect(escalationColumns(byColumn, 0, byColumn.length)).toMatchObject({
      rows: [{ index: 4 }, { index: 5 }],
    });
  });
});

describe('a function cell wrapped onto a line of its own', () => {
  const header = 'Niveau\tPartie\tNom\tFonction\tTéléphone';
  it('goes on with the function of the row above', () => {
    expect(
      read(
        header,
        '1\tCaf\tHélène ROCHE\tResponsable du pôle\t04 71 45 60 01',
        'Relations partenaires',
        '',
        '2\tCommune\tMarc VIGNAL\tDirecteur\t04 71 48 20 00',
      ).escalation,
    ).toEqual([
      ['caf', 'Hélène ROCHE', 'Responsable du pôle Relations partenaires', '04 71 45 60 01'],
      ['partner', 'Marc VIGNAL', 'Directeur', '04 71 48 20 00'],
    ]);
  });
  it('a side sub-row is no piece of a function', () => {
    expect(
      read(
        header,
        'Pour la Caf',
        '1\t\tHélène ROCHE\tResponsable du pôle\t04 71 45 60 01',
        'Pour le partenaire',
        '1\t\tMarc VIGNAL\tDirecteur\t04 71 48 20 00',
      ).escalation,
    ).toEqual([
      ['caf', 'Hélène ROCHE', 'Responsable du pôle', '04 71 45 60 01'],
      ['partner', 'Marc VIGNAL', 'Directeur', '04 71 48 20 00'],
    ]);
  });
});

describe('side cues whose article OCR misread', () => {
  it.each([
    ['- Pour Ie partenaire :', '- Pour 1a Caf :'],
    ['Pour |e partenaire :', 'Pour la Caf :'],
    ['*_ Pourle partenaire :', '+ _ Pourla Caf:'],
    ['Pour lepartenaire :', 'Pour laCaf :'],
  ])('%s / %s', (partnerCue, cafCue) => {
    expect(
      read(
        cafCue,
        '- Mme Hélène ROCHE – Administratrice locale (04 71 45 60 01)',
        partnerCue,
        '- M. Marc VIGNAL – Directeur (04 71 48 20 00)',
      ).escalation.map((e) => [e[0], e[1]]),
    ).toEqual([
      ['caf', 'Hélène ROCHE'],
      ['partner', 'Marc VIGNAL'],
    ]);
  });
});

describe('the function between the side cue and the person', () => {
  it('« Pour la Caf : Fonction – M. X – téléphone »', () => {
    expect(
      read(
        '• Pour la Caf : Responsable du département Relations Partenaires – M. Gérard SANTONI – 04 91 05 54 20',
        '• Pour le partenaire : Directeur Général des Services – M. Frédéric BLANC – 04 42 51 79 10',
      ).escalation,
    ).toEqual([
      [
        'caf',
        'Gérard SANTONI',
        'Responsable du département Relations Partenaires',
        '04 91 05 54 20',
      ],
      ['partner', 'Frédéric BLANC', 'Directeur Général des Services', '04 42 51 79 10'],
    ]);
  });

  it.each([
    [
      'a sentence, not a title',
      'Pour la Caf : en cas de besoin, il est possible de contacter M. Paul ROCHE',
    ],
    ['no separator before the person', 'Pour la Caf : Monsieur le directeur M. Paul ROCHE'],
  ])('no function from %s', (_, line) => {
    expect(read(line).escalation.map((e) => e[2])).toEqual([undefined]);
  });
});

describe('Word list numbering with a tab (« 1.⇥M. X, fonction – tél. »)', () => {
  it('is a list item, not a table row', () => {
    expect(
      read(
        'Pour la Caf :',
        '1.\tM. Nicolas GOSSELIN, responsable du service Relations – 02 31 30 91 12',
        'Pour le partenaire :',
        '§\tMme Claire HÉBERT, Directrice de la gestion locative – 02 31 51 26 10',
      ).escalation,
    ).toEqual([
      ['caf', 'Nicolas GOSSELIN', 'responsable du service Relations', '02 31 30 91 12'],
      ['partner', 'Claire HÉBERT', 'Directrice de la gestion locative', '02 31 51 26 10'],
    ]);
  });
});

describe('the partner named by what it is (« Pour l’organisme », « Pour l’association »)', () => {
  it.each(['Pour l’organisme :', "Pour l'association :", 'Pour l’établissement :'])('%s', (cue) => {
    expect(
      read(
        'Pour la Caf :',
        '1.\tMme Nathalie GUYOT, responsable du service Relations partenaires - 03 80 41 57 20',
        cue,
        '1.\tM. Hervé CORNU, directeur général des services - 03 80 45 12 00',
      ).escalation.map((e) => [e[0], e[1]]),
    ).toEqual([
      ['caf', 'Nathalie GUYOT'],
      ['partner', 'Hervé CORNU'],
    ]);
  });
});

describe('an escalation list given row by row, one cell a line', () => {
  it('the function and phone under each name, a page footer between the cue and them', () => {
    expect(
      read(
        'Pour la Caf :',
        'Contrat de service – Caf de la Somme – 2',
        'Mme Nathalie CAUCHY',
        'Responsable du service Action sociale – Partenariats',
        '03 22 71 48 10',
        'M. Didier HUBERT',
        "Responsable de la sécurité des systèmes d'information",
        'Tél. : 03 22 71 48 77',
        'Pour le partenaire :',
        'M. Olivier MORTIER',
        'Directeur général des services',
        'o.mortier@cc-x.fr',
      ).escalation,
    ).toEqual([
      [
        'caf',
        'Nathalie CAUCHY',
        'Responsable du service Action sociale – Partenariats',
        '03 22 71 48 10',
      ],
      [
        'caf',
        'Didier HUBERT',
        "Responsable de la sécurité des systèmes d'information",
        '03 22 71 48 77',
      ],
      ['partner', 'Olivier MORTIER', 'Directeur général des services', undefined],
    ]);
  });

  it('a line under the name that is no cell (a sentence) leaves the name alone', () => {
    expect(
      read(
        'Pour la Caf :',
        'Mme Nathalie CAUCHY',
        'joignable de 9 h à 12 h au standard.',
        '03 22 71 48 10',
      ).escalation,
    ).toEqual([['caf', 'Nathalie CAUCHY', undefined, undefined]]);
  });
});

describe('an escalation table whose side cell ran into the name (a PDF row)', () => {
  it('« Partenaire Nadia BOUZIDI ⇥ Directrice du CIAS ⇥ 05 … »', () => {
    expect(
      read(
        'Ordre\tPartie\tNom\tFonction\tTéléphone\tMél',
        '2\tCaf Hervé LACOSTE\tResponsable informatique\t05 53 02 46 10',
        '1\tPartenaire Nadia BOUZIDI\tDirectrice du CIAS\t05 53 23 18 40',
      ).escalation,
    ).toEqual([
      ['caf', 'Hervé LACOSTE', 'Responsable informatique', '05 53 02 46 10'],
      ['partner', 'Nadia BOUZIDI', 'Directrice du CIAS', '05 53 23 18 40'],
    ]);
  });
});

describe('a table whose cells hold two lines each (a PDF text layer)', () => {
  it('the row’s second line completes its person; a name cut between first name and surname is one', () => {
    expect(
      read(
        'Partie\tRang\tInterlocuteur\tCoordonnées',
        'Caf\t1\tMme Valérie\tHUSSON\t03 24 59 21 40',
        'Responsable du pôle Partenaires\tvalerie.husson@caf08.cnafmail.fr',
        '2\tM. Kevin DEGLAIRE',
        'Administrateur local\t03 24 59 21 47 kevin.deglaire@caf08.cnafmail.fr',
        'Partenaire\t1\tMme Élodie MARCHAND',
        'Directrice du pôle Services\t03 24 40 12 30 e.marchand@cc3va.fr',
      ).escalation,
    ).toEqual([
      ['caf', 'Valérie HUSSON', 'Responsable du pôle Partenaires', '03 24 59 21 40'],
      ['caf', 'Kevin DEGLAIRE', 'Administrateur local', '03 24 59 21 47'],
      ['partner', 'Élodie MARCHAND', 'Directrice du pôle Services', '03 24 40 12 30'],
    ]);
  });

  it('a full row names its own side (« Département »), never the one of the row above', () => {
    expect(
      read(
        'Niveau\tPartie\tNom\tFonction\tTéléphone',
        '1\tCaf\tLaurent PEYRAT\tAdministrateur local\t05 55 45 21 36',
        '1\tDépartement\tCéline DUPUYTREN\tAdministratrice\t05 55 45 10 62',
      ).escalation.map((e) => e[0]),
    ).toEqual(['caf', 'partner']);
  });

  it('a line naming another person is no second line', () => {
    const r = read(
      'Partie\tRang\tInterlocuteur\tTéléphone',
      'Caf\t1\tMme Valérie HUSSON',
      'Partenaire\t1\tM. Paul ROCHE\t03 24 40 12 30',
    ).escalation;
    expect(r[0]).toEqual(['caf', 'Valérie HUSSON', undefined, undefined]);
  });
});

describe('the side named before each person of a numbered list', () => {
  it('« 1. Caf – Mme X, Responsable du département Partenaires, … » is the Caf’s, whatever its function says', () => {
    expect(
      read(
        '1. Caf – Mme Nathalie PROUST, Responsable du département Partenaires, 05.49.28.71.14',
        '2. Caf – M. Olivier BIGOT, Administrateur MCP, 05.49.28.71.20',
        '3. Partenaire – Mme Emmanuelle PAIRAULT, Directrice, 05.49.64.12.31',
      ).escalation.map((e) => [e[0], e[1]]),
    ).toEqual([
      ['caf', 'Nathalie PROUST'],
      ['caf', 'Olivier BIGOT'],
      ['partner', 'Emmanuelle PAIRAULT'],
    ]);
  });
});

describe('levels whose side no cue names', () => {
  it('a header cell « Interlocuteur Caf » gives its column’s persons the Caf side', () => {
    const r = read(
      'Niveau\tInterlocuteur Caf',
      'Niveau 1\tMme Claire BOYER, responsable du pôle partenariats, 03 25 42 11 10',
      'Niveau 2\tM. Hervé GIRAUD, directeur adjoint, 03 25 42 11 02',
    );
    expect(r.escalation).toEqual([
      ['caf', 'Claire BOYER', 'responsable du pôle partenariats', '03 25 42 11 10'],
      ['caf', 'Hervé GIRAUD', 'directeur adjoint', '03 25 42 11 02'],
    ]);
  });

  it('a level with no e-mail follows the others when theirs all name one side', () => {
    const r = read(
      'Niveau 1\tMme Claire BOYER, responsable du pôle partenariats, 03 25 42 11 10, claire.boyer@caf10.caf.fr',
      'Niveau 2\tM. Hervé GIRAUD, directeur adjoint, 03 25 42 11 02',
    );
    expect(r.escalation.map((e) => e[0])).toEqual(['caf', 'caf']);
  });

  it('no side anywhere: the persons are said unread, not dropped in silence', () => {
    const r = read(
      'Niveau 1 : Mme Claire BOYER, responsable du pôle partenariats, 03 25 42 11 10',
      'Niveau 2 : M. Hervé GIRAUD, directeur adjoint, 03 25 42 11 02',
    );
    expect(r.escalation).toEqual([]);
    expect(r.unread).toContain('escalation');
  });
});

describe('a level whose person the contacts annex names in the other order', () => {
  it('takes that person’s side (« GIRARD Élodie » in the annex, « Élodie GIRARD » here)', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'Contrat de services',
          'Article 3.3 – La procédure d’escalade',
          'Niveau 1 : Mme Élodie GIRARD, administratrice, 05 46 51 53 70',
          '',
          'Article 4 – Horaires',
        ].join('\n'),
      ),
    );
    const annexed = {
      value: {
        side: 'caf' as const,
        role: 'administrateur' as const,
        name: 'GIRARD Élodie',
        phones: [],
      },
      sourceLine: 1,
      sourceText: '',
      confidence: 'high' as const,
    };
    const r = serviceContract(ctx, findBlocks(ctx.lines), [annexed]);
    expect(r.escalation.map((e) => [e.value.side, e.value.name])).toEqual([
      ['caf', 'Élodie GIRARD'],
    ]);
  });
});
