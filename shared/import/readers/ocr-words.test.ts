/**
 * OCR look-alikes in free text read through the document's own words: several in one word,
 * the short words of the language, a month whose « m » was read « rn », a phone with a letter
 * for a digit. Shapes invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findDateTolerant } from '../dates';
import { normalizeLines } from '../normalize';
import { ocrWords } from './anchors';
import { capsNameOcr } from './party-text';
import { makeCtx } from './context';
import { collectParties } from './parties';

describe('ocrWords: several look-alikes, short words', () => {
  const known = new Set(['calcul', 'scolaire', 'logement', 'marne', 'mame', 'gouvernement']);
  it.each([
    ['Ca1cu1 du quotient', 'Calcul du quotient', true],
    ['restauration sco1aire', 'restauration scolaire', true],
    ['suivi de 1a demande et de 1eurs droits', 'suivi de la demande et de leurs droits', true],
    ['1es familles', 'les familles', true],
    ['aide au 1ogement', 'aide au logement', true],
    // « rn » for « m » is never read: a text damaged both ways holds both spellings
    ['Seine-et-Marne, Mame', 'Seine-et-Marne, Mame', false],
    ['gouvernernent', 'gouvernernent', false],
    // more look-alikes than letters, or no reading the document spells: kept
    ['1l1l', '1l1l', false],
    ['ca1cu1ette', 'ca1cu1ette', false],
  ])('%s', (input, text, corrected) => {
    expect(ocrWords(input, known)).toEqual({ text, corrected });
  });
});

describe('a month misread by OCR', () => {
  it.each([
    ['1 rnars 2016', '2016-03-01'],
    ['12 rnai 2019', '2019-05-12'],
    ['3 novernbre 2020', '2020-11-03'],
    ['le 4 avri1 2018', '2018-04-04'],
  ])('%s', (text, iso) => {
    expect(findDateTolerant(text)?.iso).toBe(iso);
  });
});

describe('a day whose first digit OCR read as a letter', () => {
  it.each([
    ['l8 mars 2019', '2019-03-18'],
    ['le I2 avril 2020', '2020-04-12'],
    ['Fait à Metz, le |5/06/2021', '2021-06-15'],
    ['le 2O/O4/2016', '2016-04-20'],
    ['le 8 mars 2019', '2019-03-08'],
    ['Fait le 8 mars 2019', '2019-03-08'],
  ])('%s', (text, iso) => {
    expect(findDateTolerant(text)?.iso).toBe(iso);
  });
});

describe('the partner’s phone with a letter for a digit', () => {
  it('is read and marked corrected', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'La présente convention est signée entre :',
          'La Caisse d’allocations familiales de l’Allier',
          'Représentée par son Directeur, Monsieur Jean BRUN',
          'Ci-après dénommée « Caf »',
          'Et',
          'Commune de Gannat',
          'Place Hennequin 03800 GANNAT',
          'Représentée par Madame Anne VIALLE, Maire',
          '04 7O 90 12 34 / accueil@gannat.fr',
          'Ci-après dénommée « le partenaire »',
          'Il est convenu ce qui suit :',
        ].join('\n'),
      ),
    );
    const phone = collectParties(ctx).partnerPhone[0];
    expect(phone).toMatchObject({ value: '04 70 90 12 34', corrected: true });
  });
});

describe('a family name in capitals with a look-alike digit', () => {
  const lines = ['Pour la Commune', 'Le Maire', 'Martine GALLAND', 'Paul OLIVIER', 'Yves BILLOT'];
  it.each([
    ['Madame Martine GAL1AND, Maire', 'Madame Martine GALLAND, Maire', true],
    ['Monsieur Paul 0LIVIER', 'Monsieur Paul OLIVIER', true],
    ['M. Yves BI|LOT', 'M. Yves BILLOT', true],
    // no spelling of the name elsewhere, an identifier, a code: left as written
    ['Madame Anne VIAL1E', 'Madame Anne VIAL1E', false],
    ['CS 20011', 'CS 20011', false],
    ['profil T13', 'profil T13', false],
  ])('%s', (value, text, corrected) => {
    expect(capsNameOcr(value, lines)).toEqual({ text, corrected });
  });
});

describe('a heading whose « Article » OCR misread by one letter', () => {
  it.each([
    ['Atticle 9 - Engagements des parties', 'Article 9 - Engagements des parties'],
    ['Aticle 3 – Objet', 'Article 3 – Objet'],
    ['ARTlCLE 4 – Durée', 'ARTICLE 4 – Durée'],
    ['Articles 3 et 4 de la convention', 'Articles 3 et 4 de la convention'],
    ['Annexe 2 – Bulletin', 'Annexe 2 – Bulletin'],
    ['Attache 3 pièces', 'Attache 3 pièces'],
  ])('%s', (raw, line) => {
    expect(normalizeLines(raw)[0]).toBe(line);
  });
});
