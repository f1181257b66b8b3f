/**
 * Classes of ordinary office lists the roster import once missed (third blind set): a name
 * title merged over two columns, a title merged over the whole table above the header, …
 * Each in general terms, table-driven.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Bulletin } from '../domain/schemas';
import { guessMapping, mapSheetRows } from './roster-import';
import { detectHeaderRow, sheetFromGrid, type SheetGrid } from './roster-sheet';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP' };
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };
const TODAY = '2026-12-03';
const grid = (rows: string[][]): SheetGrid => ({
  grid: rows.map((r) => [...r, ...Array<string>(Math.max(0, rows[0]!.length - r.length)).fill('')]),
  columnNames: rows[0]!.map((_, i) => String.fromCharCode(65 + i)),
});
/** What the import screen does with no change by the user. */
const importRows = (sheet: SheetGrid) => {
  const detected = sheetFromGrid(sheet, detectHeaderRow(sheet.grid));
  const mapping = guessMapping(detected.headers, detected.hiddenColumns, detected.groups);
  return { detected, mapping, rows: mapSheetRows(detected, mapping, ctx, TODAY) };
};

describe('a name title merged over two columns', () => {
  it.each<[string, string[][], [string, string][]]>([
    [
      'NOM then Prénom, told by the capitals',
      [
        ['Agent', 'Agent', 'Fonction', 'Profil'],
        ['LE GALL', 'Anne', 'Assistante sociale', 'T1'],
        ['MARTIN', 'Paul', 'Accueil', 'T13'],
      ],
      [
        ['LE GALL', 'Anne'],
        ['MARTIN', 'Paul'],
      ],
    ],
    [
      'Prénom then NOM',
      [
        ['Nom et prénom', 'Nom et prénom', 'Fonction', 'Profil'],
        ['Anne', 'DE VOS', 'Assistante sociale', 'T1'],
        ['Paul', 'MARTIN', 'Accueil', 'T13'],
      ],
      [
        ['DE VOS', 'Anne'],
        ['MARTIN', 'Paul'],
      ],
    ],
    [
      'told by the e-mail when no word is in capitals',
      [
        ['Agent', 'Agent', 'Courriel', 'Profil'],
        ['Durand', 'Marc', 'm.durand@ville.fr', 'T1'],
      ],
      [['DURAND', 'Marc']],
    ],
  ])('%s', (_, rows, names) => {
    const { rows: mapped } = importRows(grid(rows));
    expect(mapped.map((m) => [m.agent.lastName, m.agent.firstName])).toEqual(names);
  });

  it('is left alone when nothing tells the order', () => {
    const { mapping } = importRows(
      grid([
        ['Agent', 'Agent', 'Profil'],
        ['Quéran', 'Olbec', 'T1'],
      ]),
    );
    expect(mapping.lastName).toBeUndefined();
    expect(mapping.fullName).toBe(0);
  });
});

describe('a title merged over the whole table above the header', () => {
  it('is no group title: « Départ » stays the departure, not the end of a habilitation', () => {
    const title = 'CCAS de X — agents ayant accès au dossier allocataire (CDAP)';
    const { detected, rows } = importRows(
      grid([
        [title, title, title, title],
        ['Nom', 'Prénom', 'Profil', 'Départ'],
        ['ROY', 'Ada', 'T1', '31/05/2026'],
      ]),
    );
    expect(detected.groups).toEqual(['', '', '', '']);
    expect(rows[0]!.agent.departedOn).toBe('2026-05-31');
    expect(rows[0]!.grants[0]!.revokedOn).toBeUndefined();
  });

  it('a real group title over some columns still is one', () => {
    const { rows } = importRows(
      grid([
        ['', '', 'Habilitation', 'Habilitation', 'Habilitation'],
        ['Nom', 'Prénom', 'Profil', 'Date de début', 'Date de fin'],
        ['ROY', 'Ada', 'T1', '01/02/2020', '31/05/2026'],
      ]),
    );
    expect(rows[0]!.grants[0]!.revokedOn).toBe('2026-05-31');
    expect(rows[0]!.agent.departedOn).toBeUndefined();
  });
});
