/**
 * A deliberation cited in a sentence as other bodies and years write it (texts written for
 * the test), and the prefecture act id wrapped, damaged by OCR or printed in a page header.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { citedDeliberation } from './deliberation-cited';
import { prefectureActIds } from './identifiers';

const cited = (...lines: string[]) => {
  const d = citedDeliberation(makeCtx(normalizeLines(lines.join('\n'))));
  return { body: d.body?.value, date: d.date?.value, number: d.number?.value };
};

describe('deliberation cited in a sentence', () => {
  it.each([
    [
      '« habilité à signer la présente convention par délibération du Conseil communautaire … »',
      [
        'Représentée par son Président, Monsieur Régis CHAMBE, habilité à signer la présente convention par délibération du Conseil communautaire n° 2023-45 du 14 mars 2023, transmise en préfecture',
      ],
      { body: 'Conseil communautaire', number: '2023-45', date: '2023-03-14' },
    ],
    [
      '« approuvée par délibération du conseil municipal … » (no authorisation word)',
      [
        'La présente convention a été approuvée par délibération du conseil municipal n° 2021-88 du 2 juillet 2021.',
      ],
      { body: 'Conseil municipal', number: '2021-88', date: '2021-07-02' },
    ],
    [
      '« Vu la délibération n° … en date du … du comité syndical »: the body after the date',
      [
        'Vu la délibération n° CS-2024-08 en date du 6 février 2024 du comité syndical,',
        '',
        'La présente convention est signée entre :',
      ],
      { body: 'Comité syndical', number: 'CS-2024-08', date: '2024-02-06' },
    ],
    [
      '« agissant en vertu d’une délibération du comité syndical n° … du … »',
      [
        'Représenté par son Président, Monsieur Alain DUBOIS, agissant en vertu d’une délibération du comité syndical n° CS-2024-08 du 6 février 2024',
      ],
      { body: 'Comité syndical', number: 'CS-2024-08', date: '2024-02-06' },
    ],
    [
      '« approuvée par délibération n° … du Bureau communautaire en date du … »',
      [
        'Elle a été approuvée par délibération n° 2022/118 du Bureau communautaire en date du 5 mai 2022.',
      ],
      { body: 'Bureau communautaire', number: '2022/118', date: '2022-05-05' },
    ],
  ])('%s', (_shape, lines, expected) => {
    expect(cited(...lines)).toEqual(expected);
  });

  it.each([
    [
      '« Vu la délibération … portant délégation »: a citation, not the authority to sign',
      ['Vu la délibération n° 2020-12 du 10 juillet 2020 portant délégation au Maire,'],
    ],
    [
      '« par délibération » with no body, date or number',
      ['Les tarifs sont fixés chaque année par délibération.'],
    ],
    [
      '« créée par délibération » of a body that is no council',
      ['Régie créée par délibération du 3 mars 1998 pour la cantine.'],
    ],
  ])('nothing read: %s', (_shape, lines) => {
    expect(cited(...lines)).toEqual({ body: undefined, date: undefined, number: undefined });
  });

  it('a « Vu la délibération » inside a deliberation cites an earlier one: not read', () => {
    const x = extractConvention(
      [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Séance du 7 avril 2022',
        'Vu la délibération n° 2020-31 du 4 juillet 2020 relative aux tarifs,',
        'Le Conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention.',
      ].join('\n'),
    );
    expect(x.deliberation.number).toBeUndefined();
    expect(x.deliberation.date?.value).toBe('2022-04-07');
  });
});

describe('prefecture act id', () => {
  it.each([
    [
      'wrapped after a hyphen',
      ['transmise en préfecture sous la référence 069-200066587-20230314-', 'DEL2023_45-DE'],
      '069-200066587-20230314-DEL2023_45-DE',
      false,
    ],
    [
      'wrapped inside its number',
      ['Identifiant : 069-200066587-20230314-DEL2023', '_45-DE'],
      '069-200066587-20230314-DEL2023_45-DE',
      false,
    ],
    [
      'the underscore read as a space by OCR',
      ['Acte certifié exécutoire - Identifiant : 021-212101665-20220407-DEL2022 31-DE'],
      '021-212101665-20220407-DEL2022_31-DE',
      true,
    ],
    [
      'in a page header',
      ['Envoyé en préfecture le 12/02/2024 — ID : 059-255901234-20240206-CS2024_08-DE'],
      '059-255901234-20240206-CS2024_08-DE',
      false,
    ],
  ])('%s', (_shape, lines, value, corrected) => {
    const ids = prefectureActIds(makeCtx(normalizeLines(lines.join('\n'))));
    expect(ids.map((c) => [c.value, c.corrected ?? false])).toEqual([[value, corrected]]);
  });

  it.each([
    [['Délibération n° 2023-45', 'du 14 mars 2023']],
    [['Dossier 069-200066587-20230314-', 'Article 2 – Objet']],
  ])('no act id in %j', (lines) => {
    expect(prefectureActIds(makeCtx(normalizeLines(lines.join('\n'))))).toEqual([]);
  });
});
