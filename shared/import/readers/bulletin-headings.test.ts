import { describe, expect, it } from 'vitest';
import { siteField } from './bulletin-headings';

describe('the site a bulletin names in its body', () => {
  it.each([
    ['Site : Antenne de Lure', 'Antenne de Lure'],
    ['Service utilisateur : Pôle solidarité', 'Pôle solidarité'],
    ['Le service est mis à disposition du : Pôle Action sociale', 'Pôle Action sociale'],
    ['Mis à la disposition de : Maison des solidarités', 'Maison des solidarités'],
    [
      "Nombre d'utilisateurs autorisés – Multi-accueil « Les Lutins »",
      'Multi-accueil « Les Lutins »',
    ],
  ])('%s', (line, site) => {
    expect(siteField(line)).toBe(site);
  });

  it.each([
    ["Nombre d'utilisateurs autorisés", undefined],
    ['Site : ……………', undefined],
    ['Date d’effet : 01/03/2025', undefined],
  ])('no site in « %s »', (line, site) => {
    expect(siteField(line)).toBe(site);
  });
});
