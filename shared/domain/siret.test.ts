import { describe, expect, it } from 'vitest';
import {
  formatSiren,
  formatSiret,
  luhnIsValid,
  normalizeSiret,
  validateSiren,
  validateSiret,
} from './siret';
import { frenchTypographyIssues, NBSP } from './text';

describe('normalizeSiret', () => {
  it.each([
    ['267 701 647 00013', '26770164700013'],
    [`267${NBSP}701${NBSP}647${NBSP}00013`, '26770164700013'],
    ['267.701.647.00013', '26770164700013'],
    [' 267-701-647-00013 ', '26770164700013'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeSiret(input)).toBe(expected);
  });
});

describe('luhnIsValid', () => {
  it.each([
    ['267701647', true],
    ['26770164700013', true],
    ['26770164700014', false],
    ['356000000', true],
    ['35600000000001', false],
    ['12a', false],
  ])('%s → %s', (digits, ok) => {
    expect(luhnIsValid(digits)).toBe(ok);
  });
});

describe('validateSiret', () => {
  it.each([
    // [input, ok, error code]
    ['26770164700013', true, undefined], // CCAS de Lieusaint
    ['267 701 647 00013', true, undefined],
    [`267${NBSP}701${NBSP}647${NBSP}00013`, true, undefined],
    ['21590410300011', true, undefined], // from a convention number of the samples
    ['26770164700014', false, 'check'], // last digit changed
    ['26770164800013', false, 'siren-check'], // SIREN 267701648 fails Luhn
    ['2677016470001', false, 'length'],
    ['267701647000133', false, 'length'],
    ['2677O164700013', false, 'characters'], // letter O
    ['', false, 'empty'],
    // La Poste: head office follows Luhn (its digit sum is 26, not a multiple of 5)
    ['35600000000048', true, undefined],
    ['356 000 000 00048', true, undefined],
    // La Poste establishment: fails Luhn, digit sum 15 → valid
    ['35600000000001', true, undefined],
    // La Poste establishment: passes Luhn but digit sum 24 → invalid
    ['35600000012340', false, 'check'],
  ])('%j → ok=%s (%s)', (input, ok, code) => {
    const r = validateSiret(input);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(frenchTypographyIssues(r.message)).toEqual([]);
    } else {
      expect(r.value).toMatch(/^\d{14}$/);
    }
  });

  it('writes messages that distinguish length and check digit', () => {
    const length = validateSiret('267 701 647 0001');
    expect(length.ok).toBe(false);
    if (!length.ok)
      expect(length.message).toBe(`Le SIRET doit comporter 14 chiffres${NBSP}: 13 ont été saisis.`);
    const check = validateSiret('267 701 647 00014');
    if (!check.ok) {
      expect(check.message).toContain('267 701 647 00014');
      expect(check.message).toContain('clé de contrôle');
    } else {
      expect.fail('a wrong check digit must be refused');
    }
    const laPoste = validateSiret('35600000012340');
    if (!laPoste.ok) expect(laPoste.message).toContain('multiple de 5');
  });
});

describe('validateSiren', () => {
  it.each([
    ['267701647', true, undefined],
    ['267 701 647', true, undefined],
    ['356000000', true, undefined],
    ['267701648', false, 'check'],
    ['26770164', false, 'length'],
  ])('%j → %s', (input, ok, code) => {
    const r = validateSiren(input);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.code).toBe(code);
  });
});

describe('formatSiret / formatSiren', () => {
  it.each([
    ['26770164700013', '267 701 647 00013'],
    ['267.701.647.00013', '267 701 647 00013'],
    ['1234', '1234'],
  ])('%s → %s', (input, expected) => {
    expect(formatSiret(input)).toBe(expected);
  });
  it('formats a SIREN', () => {
    expect(formatSiren('267701647')).toBe('267 701 647');
  });
});
