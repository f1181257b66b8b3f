import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { prettyPlace, signaturesIn } from './signature';

const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const s = signaturesIn(ctx, 0, ctx.lines.length)[0];
  return {
    place: s?.place?.value,
    date: s?.date?.value,
    dateLine: s?.date ? s.date.index + 1 : undefined,
    confidence: s?.date?.confidence,
    corrected: Boolean(s?.place?.corrected || s?.date?.corrected),
    unread: ctx.unread.map((u) => u.part),
  };
};

describe('signatures', () => {
  it('dates a block signed electronically by the last of its stamps', () => {
    expect(
      read(
        '│ Signé électroniquement par :  │   │ Signé électroniquement par : │',
        '│ Paul MARTEL                   │   │ Anne LECOQ                   │',
        '│ Date : 12/05/2024 10:02:11    │   │ Date : 03/05/2024 17:40:00   │',
      ),
    ).toMatchObject({ place: undefined, date: '2024-05-12', dateLine: 3, confidence: 'medium' });
    expect(
      read('[signature électronique – 28/03/2025]   [signature électronique – 02/04/2025]'),
    ).toMatchObject({ date: '2025-04-02' });
  });

  it('the last stamp’s place when it names one (« Signé électroniquement à X le … »)', () => {
    expect(
      read(
        'Philippe ESCANDE',
        'Signé électroniquement le 14/05/2025',
        '',
        'Isabelle ANDRIEU',
        'Signé électroniquement à Carcassonne le 22/05/2025',
      ),
    ).toMatchObject({ place: 'Carcassonne', date: '2025-05-22', dateLine: 5 });
  });

  it('prefers « Fait à » to an electronic stamp', () => {
    expect(
      read('Fait à Foix, le 3 mars 2025', 'Signé électroniquement le 28/03/2025'),
    ).toMatchObject({ place: 'Foix', date: '2025-03-03' });
  });

  it.each([
    [
      'one line',
      ['Fait à Lille, le 11 mai 2017'],
      { place: 'Lille', date: '2017-05-11', confidence: 'high', corrected: false },
    ],
    [
      'capitals, numeric date',
      ['Fait à MELUN le 08/01/2024'],
      { place: 'Melun', date: '2024-01-08' },
    ],
    ['glued words', ['Faità Bordeaux, le 14/03/2022'], { place: 'Bordeaux', date: '2022-03-14' }],
    [
      '« Établi » for « Fait »',
      ['Établi en deux exemplaires à Mulhouse, le 3 juillet 2019'],
      { place: 'Mulhouse', date: '2019-07-03', corrected: false },
    ],
    ['« Signé à »', ['Signé à Pau, le 2 mars 2022'], { place: 'Pau', date: '2022-03-02' }],
    [
      '« au » before a place named with « Le »',
      ['Fait au Havre, le 3 juin 2019, en deux exemplaires'],
      { place: 'Le Havre', date: '2019-06-03', corrected: false },
    ],
    [
      '« aux » before a place named with « Les »',
      ['Fait en deux exemplaires aux Sables-d’Olonne le 12/09/2022'],
      { place: "Les Sables-d'Olonne", date: '2022-09-12' },
    ],
    [
      'garbled « Fait », OCR digits',
      ['Fa1t à Rouen, le O8/0l/2O24'],
      { place: 'Rouen', date: '2024-01-08', corrected: true },
    ],
    [
      'copies in between',
      ['Fait en deux exemplaires à Saint-Denis, le 1er mars 2021'],
      { place: 'Saint-Denis', date: '2021-03-01' },
    ],
    [
      'date on the next line',
      ['Fait à Nantes, le', '3 février 2021'],
      { place: 'Nantes', date: '2021-02-03', dateLine: 2, confidence: 'medium' },
    ],
    [
      'date stamped further down',
      ['Fait à Nantes, le', 'Pour la Caf', 'Le Directeur', '03/02/2021'],
      { date: '2021-02-03', dateLine: 4, confidence: 'low' },
    ],
    ['abbreviated month', ['Fait à Caen le 8 janv. 2024'], { place: 'Caen', date: '2024-01-08' }],
    [
      '« À … , le » with a date',
      ['À Lille, le 11 mai 2017'],
      { place: 'Lille', date: '2017-05-11', confidence: 'medium' },
    ],
    [
      'a blank date is no date',
      ['Fait à Melun, le . ./ . ./', '12/01/2024'],
      { place: 'Melun', date: undefined },
    ],
    ['a template', ['Fait à ………………, le ……………'], { place: undefined, date: undefined, unread: [] }],
    [
      'copies and no date',
      ['Fait à Rouen en deux exemplaires, le', 'Pour la CAF\tPour'],
      { place: 'Rouen', date: undefined },
    ],
    [
      'OCR digit in the place, spelt right elsewhere in the text, date two lines below',
      ['Fait à Montbé1iard, le', '', '3 mars 2O19', '', 'Mairie de Montbéliard'],
      { place: 'Montbéliard', date: '2019-03-03', corrected: true },
    ],
    [
      'OCR digit in a place the text never spells right: no place rather than a guessed one',
      ['Fait à Montbé1iard, le 3 mars 2019'],
      { place: undefined, date: '2019-03-03', corrected: false },
    ],
    [
      'OCR digit in the month and in « exemplaires »',
      ['Fait à Rennes en deux exemp1aires, le 4 avri1 2016'],
      { place: 'Rennes', date: '2016-04-04', corrected: true },
    ],
    [
      'OCR zero for the o of the month',
      ['Fait à Rennes, le 12 0ctobre 2016'],
      { place: 'Rennes', date: '2016-10-12', corrected: true },
    ],
    [
      'place and date alone, no « Fait à »',
      ['Quimper, le 2 juin 2019'],
      { place: 'Quimper', date: '2019-06-02', confidence: 'medium' },
    ],
    [
      'two signature cells side by side',
      ['Brest, le 3 juin 2019\tQuimper, le 7 juin 2019'],
      { place: 'Brest', date: '2019-06-03' },
    ],
    [
      'capitals, the other cell no signature',
      ['Pour la Caf\tAURILLAC, le 05/09/2021'],
      { place: 'Aurillac', date: '2021-09-05' },
    ],
    [
      'date first, then « à » place',
      ['Le 05/09/2021, à Aurillac'],
      { place: 'Aurillac', date: '2021-09-05', confidence: 'medium' },
    ],
    [
      'date first without comma',
      ['le 5 septembre 2021 à Saint-Flour'],
      { place: 'Saint-Flour', date: '2021-09-05' },
    ],
    [
      'a sentence with a date is no signature',
      ['Article 3, le 5 septembre 2021 au plus tard'],
      { place: undefined, date: undefined },
    ],
    [
      'a date inside a sentence is no signature',
      ['Rouen, le 5 septembre 2021 la commission a délibéré'],
      { place: undefined, date: undefined },
    ],
    [
      'a form: « Fait à : » then « Le : »',
      ['Fait à : Mont-de-Marsan', 'Le : 01/03/2025'],
      { place: 'Mont-de-Marsan', date: '2025-03-01', dateLine: 2 },
    ],
    [
      'a form: « Fait à : » then « Date : » in words',
      ['Fait à : Tarbes', 'Date : 18 mars 2024'],
      { place: 'Tarbes', date: '2024-03-18' },
    ],
    [
      'a form on one line',
      ['Fait à : AUCH, le : 02/05/2023'],
      { place: 'Auch', date: '2023-05-02' },
    ],
    [
      'a form with a blank line between',
      ['Fait à : Pau', '', 'Le : 12/09/2022'],
      { place: 'Pau', date: '2022-09-12' },
    ],
  ])('%s', (_, lines, expected) => {
    expect(read(...lines)).toMatchObject(expected);
  });

  it('reports a date it cannot read', () => {
    expect(read('Fait à Lille, le 1?/0#/20l7')).toMatchObject({
      place: 'Lille',
      date: undefined,
      unread: ['signature-date'],
    });
  });

  it.each([
    ['MELUN', 'Melun'],
    ['BOULOGNE-SUR-MER', 'Boulogne-sur-Mer'],
    ['Le Mans', 'Le Mans'],
  ])('place %s', (raw, pretty) => {
    expect(prettyPlace(raw)).toBe(pretty);
  });
});
