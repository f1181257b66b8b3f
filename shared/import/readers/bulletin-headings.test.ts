import { describe, expect, it } from 'vitest';
import { siteField } from './bulletin-headings';
import { read, TABLE } from './bulletins-test-support';

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

describe('the site after the partner’s name in a « Nom du partenaire » field', () => {
  const twoBulletins = (a: string, b: string) =>
    read(
      `Nom du partenaire : Bessin Habitat – ${a}`,
      'Annexe 2.1',
      'Bulletin d’adhésion au service : Cdap',
      ...TABLE,
      'T1\t3',
      '',
      `Nom du partenaire : Bessin Habitat – ${b}`,
      'Annexe 2.2',
      'Bulletin d’adhésion au service : Cdap',
      ...TABLE,
      'T13\t2',
    ).bulletins.map((x) => x.siteLabel);

  it('two bulletins, one partner, two tails: each tail is its site', () => {
    expect(twoBulletins('Quartier Nord', 'Port-en-Bessin')).toEqual([
      'Quartier Nord',
      'Port-en-Bessin',
    ]);
  });

  it('the same tail on both: a second name of the partner, no site', () => {
    expect(twoBulletins('Office public', 'Office public')).toEqual([undefined, undefined]);
  });

  it('one bulletin: only a tail named like a site', () => {
    const one = (tail: string) =>
      read(
        `Nom du partenaire : Bessin Habitat – ${tail}`,
        'Bulletin d’adhésion au service : Cdap',
        ...TABLE,
        'T1\t3',
      ).bulletins[0]?.siteLabel;
    expect(one('Siège social')).toBe('Siège social');
    expect(one('Office public de l’habitat')).toBeUndefined();
  });
});
