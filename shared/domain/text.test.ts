import { describe, expect, it } from 'vitest';
import { foldText, frenchSpacing, frenchTypographyIssues, guillemets, NBSP } from './text';

describe('foldText', () => {
  it.each([
    ['  Pôle  Solidarité ', 'pole solidarite'],
    ['SECRÉTARIAT', 'secretariat'],
    ['Cœur', 'coeur'],
    [`L’Haÿ${NBSP}les Roses`, "l'hay les roses"],
    [undefined, ''],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('frenchSpacing', () => {
  it.each([
    ['Quota atteint : retirez-en une.', `Quota atteint${NBSP}: retirez-en une.`],
    ['Vraiment ? Oui !', `Vraiment${NBSP}? Oui${NBSP}!`],
    ['le rôle « Utilisateur »', `le rôle «${NBSP}Utilisateur${NBSP}»`],
    ['le rôle «Utilisateur»', `le rôle «${NBSP}Utilisateur${NBSP}»`],
    ['à 9:30 sur https://caf.fr', 'à 9:30 sur https://caf.fr'],
  ])('%j', (input, expected) => {
    const out = frenchSpacing(input);
    expect(out).toBe(expected);
    expect(frenchTypographyIssues(out)).toEqual([]);
  });

  it('detects mistakes', () => {
    expect(frenchTypographyIssues('Attention : non')).toHaveLength(1);
    expect(frenchTypographyIssues('« a »')).toHaveLength(1);
    expect(guillemets('Cdap')).toBe(`«${NBSP}Cdap${NBSP}»`);
  });
});
