/**
 * The deliberation given as labelled fields (a form, or a Word table of label and value
 * cells turned into tab-separated cells). Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { labelledDeliberation } from './deliberation-fields';

const read = (...lines: string[]) => {
  const d = labelledDeliberation(makeCtx(normalizeLines(lines.join('\n'))));
  return { body: d.body?.value, date: d.date?.value, number: d.number?.value };
};

describe('a deliberation given as labelled fields', () => {
  it.each([
    {
      what: 'a table of label and value cells',
      lines: [
        'Date de la délibération\t15 février 2021',
        'Numéro de la délibération\t2021-07',
        'Instance\tConseil d’administration du CCAS',
      ],
      expected: { body: "Conseil d'administration du CCAS", date: '2021-02-15', number: '2021-07' },
    },
    {
      what: '« label : value », the number labelled « N° de délibération »',
      lines: [
        'N° de délibération : DEL-2019-112',
        'Date de délibération : 03/10/2019',
        'Organe délibérant : Conseil communautaire',
      ],
      expected: { body: 'Conseil communautaire', date: '2019-10-03', number: 'DEL-2019-112' },
    },
    {
      what: 'one « Délibération » field holding body, date and number',
      lines: ['Délibération\tConseil municipal du 3 mars 2021, n° 2021-15'],
      expected: { body: 'Conseil municipal', date: '2021-03-03', number: '2021-15' },
    },
  ])('$what', ({ lines, expected }) => {
    expect(read(...lines)).toEqual(expected);
  });

  it.each([
    ['a bare « Date : » belongs to anything', ['Date : 15 février 2021', 'N° : 2021-07']],
    [
      'a sentence about the deliberation is no field',
      ['La délibération sera transmise au contrôle de légalité.'],
    ],
    ['a label without a value', ['Date de la délibération :', 'Numéro de la délibération\t']],
  ])('%s', (_, lines) => {
    expect(read(...lines)).toEqual({ body: undefined, date: undefined, number: undefined });
  });

  it('fills what the convention does not give elsewhere', () => {
    const text = [
      'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
      '',
      'Entre la Caisse d’allocations familiales du Cher, représentée par sa Directrice, Madame Hélène MARCHAND,',
      'et le Centre communal d’action sociale de Vierzon, représenté par son Vice-président, Monsieur Paul ROGER.',
      '',
      'Article 2 – Délibération',
      'Date de la délibération\t15 février 2021',
      'Numéro de la délibération\t2021-07',
    ].join('\n');
    const d = extractConvention(text).deliberation;
    expect([d.date?.value, d.number?.value]).toEqual(['2021-02-15', '2021-07']);
    expect(d.date?.sourceLine).toBe(7);
  });
});
