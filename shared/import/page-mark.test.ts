import { describe, expect, it } from 'vitest';
import { isPageMark } from './text-tools';

describe('a page footer or page number copied into the text', () => {
  it.each([
    ['2/4', true],
    ['Page 3 sur 12', true],
    ['- 5 -', true],
    ['Contrat de service – Commune de Gardanne 2/4', true],
    ['Convention MCP – CCAS de Rians – page 1 / 9', true],
    ['5/3', false],
    ['Délibération n° 2014/12', false],
    ['T13 2/4', true],
    ['Téléphone 04 42 51 79 60 1/2', false],
    ['Article 2 – Le centre de services', false],
    ['Fait à Marseille, le 03/07/2014', false],
    ['Contrat de service – Caf de la Somme – 2', true],
    ['RAA n° 2017-05 – Mai 2017 – page 12', true],
    ['Annexe – 2', false],
    ['Niveau - 1', false],
    ['T9\t–\t1', false],
    ['T9 – 1', false],
    ['Mme Nathalie CAUCHY – 03 22 71 48 10', false],
  ])('%s', (line, expected) => {
    expect(isPageMark(line)).toBe(expected);
  });
});
