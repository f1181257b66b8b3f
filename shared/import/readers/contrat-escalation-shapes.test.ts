/**
 * Escalation procedures in two more shapes: a table given row by row with one cell a line
 * (a PDF text layer or OCR of a grid), and prose naming several persons a side. Texts
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { serviceContract } from './contrat';
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

describe('an escalation table given row by row, one cell a line', () => {
  it.each([
    {
      what: 'four columns, a function wrapped over two lines',
      body: [
        'Niveau',
        'Nom',
        'Fonction',
        'Téléphone',
        'Caf – 1',
        'Mme Agnès MOREL',
        'Responsable du service',
        'Partenaires',
        '03 22 45 10 10',
        'Caf – 2',
        'M. Paul DURANT',
        'Directeur adjoint',
        '03 22 45 10 20',
        'CCAS – 1',
        'Mme Rose PETIT',
        'Directrice du CCAS',
        '03 22 80 10 10',
        'Partenaire – 2',
        'M. Luc BERNARD',
        'Adjoint au maire',
        '03 22 80 10 20',
      ],
      expected: [
        ['caf', 'Agnès MOREL', 'Responsable du service Partenaires', '03 22 45 10 10'],
        ['caf', 'Paul DURANT', 'Directeur adjoint', '03 22 45 10 20'],
        ['partner', 'Rose PETIT', 'Directrice du CCAS', '03 22 80 10 10'],
        ['partner', 'Luc BERNARD', 'Adjoint au maire', '03 22 80 10 20'],
      ],
    },
    {
      what: 'no function column, the phone closing each row',
      body: [
        'Niveau',
        'Nom',
        'Téléphone',
        'Caf – 1',
        'Agnès MOREL',
        '03 22 45 10 10',
        'Commune – 1',
        'Rose PETIT',
        '03.22.80.10.10',
      ],
      expected: [
        ['caf', 'Agnès MOREL', undefined, '03 22 45 10 10'],
        ['partner', 'Rose PETIT', undefined, '03 22 80 10 10'],
      ],
    },
    {
      what: 'a missing phone: the next level cell opens the next row',
      body: [
        'Niveau',
        'Nom',
        'Fonction',
        'Téléphone',
        'Caf – 1',
        'Mme Agnès MOREL',
        'Administratrice locale',
        'CCAS – 1',
        'Mme Rose PETIT',
        'Directrice',
        '03 22 80 10 10',
      ],
      expected: [
        ['caf', 'Agnès MOREL', 'Administratrice locale', undefined],
        ['partner', 'Rose PETIT', 'Directrice', '03 22 80 10 10'],
      ],
    },
    {
      what: 'a level column and a side column, the level written first',
      body: [
        'Niveau',
        'Structure',
        'Nom',
        'Fonction',
        'Téléphone',
        '1',
        'Caf',
        'Mme Agnès MOREL',
        'Administratrice locale',
        '03 22 45 10 10',
        '1',
        'Commune',
        'M. Luc BERNARD',
        'Adjoint au maire',
        '03 22 80 10 20',
      ],
      expected: [
        ['caf', 'Agnès MOREL', 'Administratrice locale', '03 22 45 10 10'],
        ['partner', 'Luc BERNARD', 'Adjoint au maire', '03 22 80 10 20'],
      ],
    },
    {
      what: '« Niveau 1 – Caf » cells, a blank line between the cells',
      body: [
        'Niveau',
        'Nom',
        'Téléphone',
        'Niveau 1 – Caf',
        '',
        'Agnès MOREL',
        '',
        '03 22 45 10 10',
        'Niveau 1 – CCAS',
        '',
        'Rose PETIT',
        '',
        '03 22 80 10 10',
      ],
      expected: [
        ['caf', 'Agnès MOREL', undefined, '03 22 45 10 10'],
        ['partner', 'Rose PETIT', undefined, '03 22 80 10 10'],
      ],
    },
  ])('$what', ({ body, expected }) => {
    expect(read(...body)).toEqual({ escalation: expected, unread: [] });
  });

  it('a name cell holding its function too: read as before, by its sentence', () => {
    expect(
      read(
        'Pour la Caf :',
        'Niveau',
        'Nom',
        'Téléphone',
        '1',
        'Mme Agnès MOREL, administratrice locale',
        '03 22 45 10 10',
      ).escalation,
    ).toEqual([['caf', 'Agnès MOREL', 'administratrice locale', '03 22 45 10 10']]);
  });

  it('a row with more lines than its cells can hold: flagged, nothing guessed', () => {
    const r = read(
      'Niveau',
      'Nom',
      'Fonction',
      'Téléphone',
      'Caf – 1',
      'Mme Agnès MOREL',
      'Responsable du service',
      'Partenaires',
      'et de la médiation',
      'Accueil',
      '03 22 45 10 10',
    );
    expect(r.escalation.map((e) => e.slice(0, 2))).toEqual([]);
    expect(r.unread).toEqual(['escalation']);
  });
});

describe('an escalation written as prose', () => {
  it.each([
    {
      what: '« ; à défaut, » between the persons of a side',
      body: [
        'Pour la Caf : Mme Maïté ARRIOLA, responsable du pôle Partenaires – 05 59 11 22 33 ; à défaut, M. Bernard CAZENAVE, responsable de la sécurité des systèmes d’information – 05 59 11 22 80.',
        'Pour le partenaire : Mme Isabelle HARGOUS, directrice du pôle solidarités – 05 59 44 61 12 ; puis M. Jon ETXE, directeur général des services – 05 59 44 61 00.',
      ],
      expected: [
        ['caf', 'Maïté ARRIOLA', 'responsable du pôle Partenaires', '05 59 11 22 33'],
        [
          'caf',
          'Bernard CAZENAVE',
          "responsable de la sécurité des systèmes d'information",
          '05 59 11 22 80',
        ],
        ['partner', 'Isabelle HARGOUS', 'directrice du pôle solidarités', '05 59 44 61 12'],
        ['partner', 'Jon ETXE', 'directeur général des services', '05 59 44 61 00'],
      ],
    },
    {
      what: 'the sentence wrapped over lines',
      body: [
        'Pour la Caf : Mme Maïté ARRIOLA, responsable du pôle Partenaires – 05 59 11 22 33 ; à',
        'défaut, M. Bernard CAZENAVE, responsable informatique – 05 59 11 22 80.',
        'Pour le partenaire : Mme Isabelle HARGOUS, directrice du CCAS – 05 59 44 61 12.',
      ],
      expected: [
        ['caf', 'Maïté ARRIOLA', 'responsable du pôle Partenaires', '05 59 11 22 33'],
        ['caf', 'Bernard CAZENAVE', 'responsable informatique', '05 59 11 22 80'],
        ['partner', 'Isabelle HARGOUS', 'directrice du CCAS', '05 59 44 61 12'],
      ],
    },
    {
      what: 'hard-wrapped lines, each side cue on its own line',
      body: [
        'Pour la Caf :',
        'Mme Maïté ARRIOLA, responsable du pôle Partenaires – 05 59 11 22 33 ;',
        'à défaut, M. Bernard CAZENAVE, responsable de la sécurité des systèmes',
        'd’information – 05 59 11 22 80.',
        'Pour le partenaire :',
        'Mme Isabelle HARGOUS, directrice du pôle',
        'solidarités – 05 59 44 61 12.',
      ],
      expected: [
        ['caf', 'Maïté ARRIOLA', 'responsable du pôle Partenaires', '05 59 11 22 33'],
        [
          'caf',
          'Bernard CAZENAVE',
          "responsable de la sécurité des systèmes d'information",
          '05 59 11 22 80',
        ],
        ['partner', 'Isabelle HARGOUS', 'directrice du pôle solidarités', '05 59 44 61 12'],
      ],
    },
    {
      what: 'a wrapped line that brings no phone stays apart',
      body: [
        'Pour la Caf : Mme Maïté ARRIOLA, responsable du pôle',
        'Les demandes sont traitées sous huit jours',
        'Pour le partenaire : Mme Isabelle HARGOUS – 05 59 44 61 12.',
      ],
      expected: [
        ['caf', 'Maïté ARRIOLA', 'responsable du pôle', undefined],
        ['partner', 'Isabelle HARGOUS', undefined, '05 59 44 61 12'],
      ],
    },
  ])('$what', ({ body, expected }) => {
    expect(read(...body)).toEqual({ escalation: expected, unread: [] });
  });
});
