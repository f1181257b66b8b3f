import { describe, expect, it } from 'vitest';
import {
  formatBulletinLabel,
  formatCount,
  formatDate,
  formatNumber,
  formatPersonName,
  formatPersonNameLastFirst,
  formatPhone,
  formatSiret,
  isFrenchPhone,
} from './format';
import { NBSP } from './text';

describe('formatNumber', () => {
  it.each([
    [0, undefined, '0'],
    [999, undefined, '999'],
    [1234, undefined, `1${NBSP}234`],
    [50000, undefined, `50${NBSP}000`],
    [1234567, undefined, `1${NBSP}234${NBSP}567`],
    [-1234, undefined, `-1${NBSP}234`],
    [1234.5, undefined, `1${NBSP}234,5`],
    [1234.567, 2, `1${NBSP}234,57`],
    [-0.001, 1, '0,0'],
  ])('%d (decimals %s) → %j', (n, decimals, expected) => {
    const s = formatNumber(n, decimals);
    expect(s).toBe(expected);
    expect(s).not.toContain('\u202F');
  });

  it('counts with French plural rules', () => {
    expect(formatCount(0, 'agent')).toBe('0 agent');
    expect(formatCount(1, 'agent')).toBe('1 agent');
    expect(formatCount(12, 'agent')).toBe('12 agents');
    expect(formatCount(10000, 'habilitation')).toBe(`10${NBSP}000 habilitations`);
    expect(formatCount(2, 'travail', 'travaux')).toBe('2 travaux');
  });
});

describe('formatPhone', () => {
  it.each([
    ['0164135588', '01 64 13 55 88'],
    ['01 64 13 55 88', '01 64 13 55 88'],
    ['01.64.13.55.88', '01 64 13 55 88'],
    ['0380448134', '03 80 44 81 34'],
    ['+33 1 64 13 55 88', '01 64 13 55 88'],
    ['+33 (0)1 64 13 55 88', '01 64 13 55 88'],
    ['0033612345678', '06 12 34 56 78'],
    ['3949', '3949'],
    ['  +41  22 000 00 00 ', '+41 22 000 00 00'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(formatPhone(input)).toBe(expected);
  });

  it('recognises French numbers', () => {
    expect(isFrenchPhone('0164135588')).toBe(true);
    expect(isFrenchPhone('3949')).toBe(false);
  });
});

describe('person names', () => {
  it.each([
    ['Véronique', 'DJIRE', 'Véronique DJIRE'],
    ['véronique', 'djire', 'Véronique DJIRE'],
    ['jean-pierre', 'le guéhennec', 'Jean-Pierre LE GUÉHENNEC'],
    ['MARIE  ANNE', 'Dupont', 'Marie Anne DUPONT'],
    [undefined, 'Accueil', 'ACCUEIL'],
  ])('%s %s → %s', (first, last, expected) => {
    expect(formatPersonName(first, last)).toBe(expected);
  });

  it('NOM Prénom for the report table', () => {
    expect(formatPersonNameLastFirst('karim', 'Benali')).toBe('BENALI Karim');
  });
});

describe('other helpers', () => {
  it('re-exports date and SIRET formats', () => {
    expect(formatDate('2024-01-08')).toBe('08/01/2024');
    expect(formatSiret('26770164700013')).toBe('267 701 647 00013');
  });

  it('labels bulletins like the CAF writes them', () => {
    expect(formatBulletinLabel({ serviceCode: 'CDAP' })).toBe('Cdap');
    expect(formatBulletinLabel({ serviceCode: 'CDAP', siteLabel: 'Résidence' })).toBe(
      'Cdap – Résidence',
    );
    expect(formatBulletinLabel({ serviceCode: 'Service X' })).toBe('Service X');
  });
});
