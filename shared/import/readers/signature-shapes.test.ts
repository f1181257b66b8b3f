import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { signaturesIn } from './signature';

const read = (lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const s = signaturesIn(ctx, 0, ctx.lines.length);
  const dated = s.find((x) => x.date);
  return {
    place: s.find((x) => x.place)?.place?.value,
    date: dated?.date?.value,
    dateLine: dated?.date ? dated.date.index + 1 : undefined,
  };
};

/** Signatures as other Cafs and years write them: lower case, date first, date on another line. */
describe('signature shapes', () => {
  it.each([
    ['lower case, comma', ['à Lyon, le 12 mars 2024'], 'Lyon', '2024-03-12', 1],
    ['lower case, no comma', ['à Lyon le 12 mars 2024'], 'Lyon', '2024-03-12', 1],
    ['lower-case « fait »', ['fait à Lyon le 12 mars 2024'], 'Lyon', '2024-03-12', 1],
    ['the date first', ['Fait le 12 mars 2024, à Lyon'], 'Lyon', '2024-03-12', 1],
    ['the date first, no comma', ['Fait le 12/03/2024 à Lyon'], 'Lyon', '2024-03-12', 1],
    [
      'copies between commas',
      ['Fait, en deux exemplaires, à Lyon, le 12 mars 2024'],
      'Lyon',
      '2024-03-12',
      1,
    ],
    [
      '« en double exemplaire »',
      ['Fait en double exemplaire à Lyon, le 12 mars 2024'],
      'Lyon',
      '2024-03-12',
      1,
    ],
    ['the date on the next line', ['Fait à Lyon le', '12 avril 2023'], 'Lyon', '2023-04-12', 2],
    [
      'the date after a blank line',
      ['Fait à Lyon, le', '', '12 mars 2024'],
      'Lyon',
      '2024-03-12',
      3,
    ],
    ['the date on the line above', ['12 mars 2024', 'Fait à Lyon'], 'Lyon', '2024-03-12', 1],
    ['a labelled date above', ['Date : 12/03/2024', '', 'Fait à Lyon'], 'Lyon', '2024-03-12', 1],
    ['the date, then the place', ['Le 12 mars 2024', 'à Lyon'], 'Lyon', '2024-03-12', 1],
    ['the place, then the date', ['à Lyon,', 'le 12 mars 2024'], 'Lyon', '2024-03-12', 2],
    [
      'a dash for « à » after the copies',
      ['Fait en deux exemplaires – La Roche-sur-Yon, le 19 avril 2022'],
      'La Roche-sur-Yon',
      '2022-04-19',
      1,
    ],
    [
      'each party’s block in a cell, its place and date at its end',
      [
        'Pour la Communauté de communes, Le Président Antoine CHARRIER À Pouzauges, le 12 avril 2022\tPour la Caf de la Vendée, La Directrice Isabelle GIRARD À La Roche-sur-Yon, le 19 avril 2022',
      ],
      'Pouzauges',
      '2022-04-12',
      1,
    ],
  ])('%s', (_shape, lines, place, date, dateLine) => {
    expect(read(lines)).toEqual({ place, date, dateLine });
  });

  it.each([
    ['a date far above is not taken', ['12 mars 2024', 'Le Maire', 'Le Directeur', 'Fait à Lyon']],
    ['« le » waiting for a date below takes none above', ['12 mars 2024', 'Fait à Lyon, le']],
    [
      'a sentence above is no date',
      ['La convention prend effet le 1er janvier 2024.', 'Fait à Lyon'],
    ],
  ])('%s', (_shape, lines) => {
    expect(read(lines)).toEqual({ place: 'Lyon', date: undefined, dateLine: undefined });
  });
});

describe('« Signé pour … le … »: a signature dated, with no place', () => {
  it.each([
    [['Signé pour la Caf : Frédéric SABATIER, le 04/10/2021'], '2021-10-04'],
    [['Signé par Mme Anne ROUX, Présidente, le 3 mars 2022'], '2022-03-03'],
    [['Signée pour le CCAS le 12 mai 2020'], '2020-05-12'],
  ])('%j', (lines, date) => {
    expect(read(lines)).toEqual({ place: undefined, date, dateLine: 1 });
  });

  it('a sentence naming a place and a date is no signature', () => {
    expect(
      read(['La délibération prise à Lyon, le 3 mars 2020 autorise le maire à signer.']),
    ).toEqual({
      place: undefined,
      date: undefined,
      dateLine: undefined,
    });
  });

  it('a sentence about signing is no signature', () => {
    expect(
      read(['Signé par les deux parties, le contrat prend effet le 1er mars 2022 pour un an.']),
    ).toEqual({ place: undefined, date: undefined, dateLine: undefined });
  });
});
