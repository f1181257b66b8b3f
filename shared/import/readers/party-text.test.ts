import { describe, expect, it } from 'vitest';
import { beforeNextLabel } from './party-text';

describe('a labelled value ends where the next labelled field starts', () => {
  it.each([
    ['Commune de Rioz – Référence de la convention : CDAP-2011-07', 'Commune de Rioz'],
    ['CCAS de Dole\tSIRET : 261 900 123 00015', 'CCAS de Dole'],
    ['Ville de Gray    N° d’engagement : 44', 'Ville de Gray'],
    [
      'Communauté de communes Terres de Saône | Adresse : 2 rue Neuve',
      'Communauté de communes Terres de Saône',
    ],
    // a dash inside the name is no field
    [
      'Centre communal d’action sociale de Saint-Jean-de-Losne',
      'Centre communal d’action sociale de Saint-Jean-de-Losne',
    ],
    ['CCAS de Pontarlier – Haut-Doubs', 'CCAS de Pontarlier – Haut-Doubs'],
    // the column gap collapsed to one space: a usual form label still ends the value
    ['Commune de Lure N° de convention : 70-2019-112', 'Commune de Lure'],
    ['CIAS du Pays de Montbéliard Date : 12/03/2020', 'CIAS du Pays de Montbéliard'],
    ['Ville de Vesoul Téléphone : 03 84 76 00 00', 'Ville de Vesoul'],
    // words that merely begin like a label are part of the name
    ['Association Datesport et Loisirs', 'Association Datesport et Loisirs'],
    ['CCAS de Numérobis', 'CCAS de Numérobis'],
    [
      'Association Horizon Solidarités Douaisis – Convention réf. 2026/059/0042',
      'Association Horizon Solidarités Douaisis',
    ],
    ['Maison des Conventions Réfléchies', 'Maison des Conventions Réfléchies'],
  ])('%s', (text, expected) => {
    expect(beforeNextLabel(text)).toBe(expected);
  });
});
