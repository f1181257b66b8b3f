import { describe, expect, it } from 'vitest';
import { findFrenchDate, numberInWords } from './dates';

describe('dates written in words', () => {
  it.each([
    [
      'Fait à Aurillac, le vingt-neuf septembre deux mille seize, en deux exemplaires.',
      '2016-09-29',
    ],
    ['le 3 février deux mille vingt-quatre', '2024-02-03'],
    ['le premier mars 2016', '2016-03-01'],
    ['le trente et un décembre deux mille vingt-cinq', '2025-12-31'],
    ['Délibéré le vingt et un janvier deux mil dix-neuf', '2019-01-21'],
    ['le 12 mars 2016', '2016-03-12'],
  ])('%s', (text, iso) => {
    expect(findFrenchDate(text)?.iso).toBe(iso);
  });

  it('the match is the words of the date', () => {
    expect(
      findFrenchDate('Fait à Aurillac, le vingt-neuf septembre deux mille seize.')?.match,
    ).toBe('vingt-neuf septembre deux mille seize');
  });

  it.each([
    'pour une durée de deux mois',
    'le trente février deux mille seize',
    'un septembre chargé',
    'depuis mars deux mille',
  ])('no date: %s', (text) => {
    expect(findFrenchDate(text)).toBeUndefined();
  });

  it.each([
    [['quatre', 'vingt', 'dix', 'sept'], 97],
    [['soixante', 'et', 'onze'], 71],
    [['deux', 'mille', 'vingt', 'six'], 2026],
    [['mil', 'neuf', 'cent', 'quatre', 'vingt', 'dix', 'neuf'], 1999],
  ])('number %j', (words, n) => {
    expect(numberInWords(words)).toBe(n);
  });
});
