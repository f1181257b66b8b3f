/**
 * The deliberation cited in a sentence of the convention (the authority by which the
 * partner's representative signs), and a deliberation's own header written by other bodies
 * than a council (a Département's permanent commission, a syndicate's committee). Texts
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { extractConvention } from '../extract';
import { makeCtx } from './context';
import { citedDeliberation } from './deliberation-cited';

const cited = (...lines: string[]) => {
  const d = citedDeliberation(makeCtx(normalizeLines(lines.join('\n'))));
  return { body: d.body?.value, date: d.date?.value, number: d.number?.value };
};

describe('a deliberation cited in a sentence', () => {
  it.each([
    {
      what: '« conformément à la décision de son Conseil d’administration du … autorisant la signature »',
      lines: [
        'Le partenaire agit conformément à la décision de son Conseil d’administration du 12 mars 2025 autorisant la signature de la présente convention.',
      ],
      expected: { body: "Conseil d'administration", date: '2025-03-12', number: undefined },
    },
    {
      what: '« …, conformément à la décision du Conseil d’administration du … (délibération n° …) »',
      lines: [
        'représentée par Madame Corinne BLANC, Directrice générale, par délégation du Président, conformément à la décision du Conseil d’administration du 5 juin 2018 (délibération n° CA-2018-03)',
      ],
      expected: { body: "Conseil d'administration", date: '2018-06-05', number: 'CA-2018-03' },
    },
    {
      what: 'a grid row « Habilitation à signer ⇥ — ⇥ Délibération de la Commission permanente n° … du … »',
      lines: [
        'Habilitation à signer\t—\tDélibération de la Commission permanente n° CP-2023-04-118 du 17 avril 2023',
      ],
      expected: { body: 'Commission permanente', date: '2023-04-17', number: 'CP-2023-04-118' },
    },
    {
      what: '« autorisé à signer par délibération du conseil municipal n° … du … »',
      lines: [
        'Représentée par Monsieur Gilbert CASTAGNÉ, Maire, autorisé à signer par délibération du conseil municipal n° 2017-045 du 25 septembre 2017',
      ],
      expected: { body: 'Conseil municipal', number: '2017-045', date: '2017-09-25' },
    },
    {
      what: '« vu la délibération n° … du conseil d’administration du CIAS en date du … »',
      lines: [
        'Représenté par Mme Nadège PEYROT, Présidente, vu la délibération n° 2024-011 du conseil d’administration du CIAS en date du 19 mars 2024',
      ],
      expected: {
        body: "Conseil d'administration du CIAS",
        number: '2024-011',
        date: '2024-03-19',
      },
    },
    {
      what: '« habilitée par décision du Bureau communautaire n° … du … »',
      lines: [
        'Représentée par Mme Annick GUÉRIN, Vice-présidente, habilitée par décision du Bureau communautaire n° B-2023-037 du 9 mai 2023',
      ],
      expected: { body: 'Bureau communautaire', number: 'B-2023-037', date: '2023-05-09' },
    },
    {
      what: 'body, number and date after « dûment habilité par la délibération »',
      lines: [
        'Représenté par M. Jean DUPRAT, Président, dûment habilité par la délibération du comité syndical n° CS-2019-044 du 2 avril 2019',
      ],
      expected: { body: 'Comité syndical', number: 'CS-2019-044', date: '2019-04-02' },
    },
    {
      what: 'a deliberation followed by what it authorises (« autorisant … à signer »)',
      lines: [
        'Vu la délibération du conseil municipal n° 2023-41 du 14 mars 2023 autorisant le Maire à signer la convention du 2 mai 2023.',
      ],
      expected: { body: 'Conseil municipal', number: '2023-41', date: '2023-03-14' },
    },
    {
      what: 'a citation wrapped over lines, a word hyphenated at the break',
      lines: [
        'Représentée par Mme Yvette LORIOT, agissant en qualité de Vice-Présidente, dûment habilitée par la délibération du conseil d’adminis-',
        'tration du CCAS n° 2020/31 en date du 9 juillet 2020',
      ],
      expected: {
        body: "Conseil d'administration du CCAS",
        number: '2020/31',
        date: '2020-07-09',
      },
    },
    {
      what: '« autorisé par délibération … en date du », no number',
      lines: [
        'Le Maire, autorisé par délibération du conseil municipal en date du 12 décembre 2018, signe la présente convention.',
      ],
      expected: { body: 'Conseil municipal', number: undefined, date: '2018-12-12' },
    },
    {
      what: 'a Département’s permanent commission, its number with a prefix',
      lines: [
        'Représenté par M. Rémi VALAT, Vice-Président, habilité par délibération de la Commission permanente du Conseil départemental n° CP 2023-11-07 du 20 novembre 2023',
      ],
      expected: {
        body: 'Commission permanente du Conseil départemental',
        number: 'CP 2023-11-07',
        date: '2023-11-20',
      },
    },
  ])('$what', ({ lines, expected }) => {
    expect(cited(...lines)).toEqual(expected);
  });

  it.each([
    // a body named with no date nor number is a mention, not an identified deliberation
    ['Représentée par M. Paul ROY, Maire, dûment habilité par délibération du conseil municipal'],
    // a deliberation cited for another purpose
    [
      'VU la délibération du conseil communautaire du 3 mars 2020 portant délégation au Président ;',
    ],
    ['Le partenaire communique à la Caf la délibération de la CNIL du 4 mai 2017.'],
  ])('nothing read: %s', (line) => {
    expect(cited(line)).toEqual({ body: undefined, date: undefined, number: undefined });
  });
});

describe('a deliberation’s own header, other bodies', () => {
  it.each([
    {
      head: [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL',
        '',
        'Réunion du 6 octobre 2025',
        '',
        'Délibération n° CP 2025-10-31',
      ],
      expected: {
        body: 'Commission permanente du Conseil départemental',
        date: '2025-10-06',
        number: 'CP 2025-10-31',
      },
    },
    {
      head: [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
        '',
        'Le Comité syndical, réuni le 15 janvier 2022 sous la présidence de M. Paul AMAT,',
        '',
        'Délibération n° 2022-003',
      ],
      expected: { body: 'Comité syndical', date: '2022-01-15', number: '2022-003' },
    },
  ])('$expected.body', ({ head, expected }) => {
    const r = extractConvention(
      [
        ...head,
        '',
        'Objet : convention d’accès à « Mon Compte Partenaire » avec la Caisse d’allocations familiales du Cantal',
        '',
        'APRÈS EN AVOIR DÉLIBÉRÉ, DÉCIDE d’approuver la convention.',
      ].join('\n'),
    );
    expect({
      body: r.deliberation.body?.value,
      date: r.deliberation.date?.value,
      number: r.deliberation.number?.value,
    }).toEqual(expected);
  });
});

describe('a deliberation’s number whose « ° » OCR read as a zero', () => {
  it.each([
    ['n 0 12.2024', '12.2024'],
    ['Délibération n 0 2024-031', '2024-031'],
    // « n 012 » is no « n° 12 »
    ['n 012', undefined],
  ])('%s', (line, expected) => {
    const r = extractConvention(
      [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D’ADMINISTRATION',
        '',
        'Séance du 4 mars 2024',
        '',
        line,
        '',
        'Objet : convention d’accès à « Mon Compte Partenaire » avec la Caisse d’allocations familiales du Cantal',
      ].join('\n'),
    );
    expect(r.deliberation.number?.value).toBe(expected);
  });
});

describe('a number cut at the end of its paragraph', () => {
  it('is no number: the part is said unread', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'Représenté par M. Gilles FABRE, autorisé par délibération du conseil d’administration n° 21-',
          '',
          'Ci-après dénommé « le partenaire »',
        ].join('\n'),
      ),
    );
    const d = citedDeliberation(ctx);
    expect(d.number).toBeUndefined();
    expect(d.body?.value).toBe("Conseil d'administration");
    expect(ctx.unread.map((u) => u.part)).toEqual(['deliberation']);
  });

  it('a whole number stays', () => {
    expect(
      cited('autorisé par délibération du conseil municipal n° 21-017 du 8 avril 2021').number,
    ).toBe('21-017');
  });
});
