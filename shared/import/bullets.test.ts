import { describe, expect, it } from 'vitest';
import { stripBullet } from './text-tools';

describe('list markers, OCR readings included', () => {
  it.each([
    ['- Mme Anne VIAL', 'Mme Anne VIAL'],
    ['• Pour la Caf :', 'Pour la Caf :'],
    ['1. M. Paul ROCHE', 'M. Paul ROCHE'],
    ['o Recevoir les appels', 'Recevoir les appels'],
    ['+ _ Mme Gwenaëlle CHARRIER - Administratrice', 'Mme Gwenaëlle CHARRIER - Administratrice'],
    ['*__M. Sébastien GIRAUDEAU', 'M. Sébastien GIRAUDEAU'],
    ['*_ Pour le partenaire :', 'Pour le partenaire :'],
    ['+. Mme Aurélie BILLAUD', 'Mme Aurélie BILLAUD'],
    ['+_Mme Aurélie BILLAUD', 'Mme Aurélie BILLAUD'],
  ])('%s', (line, text) => {
    expect(stripBullet(line)).toBe(text);
  });

  it.each(['M. Paul ROCHE', '+33 1 02 03 04 05', 'T1 : 2', '2023-12 : convention'])(
    'no marker: %s',
    (line) => {
      expect(stripBullet(line)).toBe(line);
    },
  );
});
