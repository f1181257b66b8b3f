import { describe, expect, it } from 'vitest';
import { cleanGrid, detectHeaderRow, readCsvSheet, sheetFromGrid } from './roster-sheet';

describe('header detection', () => {
  it.each([
    [
      'header on the first line',
      [
        ['Nom', 'Prénom', 'Mail'],
        ['BENALI', 'Karim', 'k@v.fr'],
      ],
      0,
    ],
    [
      'a title line above',
      [
        ['Liste des agents habilités — CCAS de Lieusaint', '', ''],
        ['Nom', 'Prénom', 'Mail'],
        ['BENALI', 'Karim', 'k@v.fr'],
      ],
      1,
    ],
    [
      'a merged title copied over every cell, then a blank line',
      [
        ['Liste des agents', 'Liste des agents', 'Liste des agents'],
        ['', '', ''],
        ['NOM', 'Prénom', 'Tél.'],
        ['A', 'b', '01'],
      ],
      2,
    ],
    [
      'a two-line header: the precise words win',
      [
        ['Identité', 'Identité', 'Contact'],
        ['Nom de naissance', 'Prénom', 'Courriel'],
        ['A', 'b', 'a@b.fr'],
      ],
      1,
    ],
    ['no recognisable header: first line with two cells', [['Mairie'], ['x', 'y'], ['1', '2']], 1],
  ])('%s', (_label, grid, expected) => {
    expect(detectHeaderRow(grid)).toBe(expected);
  });

  it('names what it leaves out: the title, a repeated header, the totals row; empty columns removed', () => {
    const raw = [
      ['', 'Agents au 01/10/2026', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['', 'Nom', 'Prénom', 'Profil Cdap', '', ''],
      ['', 'BENALI', 'Karim', 'T13', '', ''],
      ['', '', '', '', '', ''],
      ['', 'Nom', 'Prénom', 'Profil Cdap', '', ''],
      ['', 'PETIT', 'Zoé', '', '', ''],
      ['', 'Total', '2', '', '', ''],
    ];
    const grid = cleanGrid(raw);
    expect(grid.columnNames).toEqual(['B', 'C', 'D']);
    const sheet = sheetFromGrid(grid, detectHeaderRow(grid.grid));
    expect(sheet.headers).toEqual(['Nom', 'Prénom', 'Profil Cdap']);
    expect(sheet.rows).toEqual([
      ['BENALI', 'Karim', 'T13'],
      ['PETIT', 'Zoé', ''],
    ]);
    expect(sheet.lines).toEqual([4, 7]);
    expect(sheet.ignored).toEqual([
      { line: 1, reason: 'au-dessus des titres (« Agents au 01/10/2026 »)' },
      { line: 6, reason: 'titres des colonnes répétés' },
      { line: 8, reason: 'ligne de total' },
    ]);
  });

  it.each([
    [
      '« ; » with a title line without separator',
      'Liste des agents\r\nNom;Prénom\r\nBENALI;Karim\r\n',
      ';',
      [['BENALI', 'Karim']],
    ],
    ['« , » with quotes', 'Nom,Prénom\n"BENALI, jr",Karim\n', ',', [['BENALI, jr', 'Karim']]],
    ['tabs and a BOM', '\uFEFFNom\tPrénom\nBENALI\tKarim\n', '\t', [['BENALI', 'Karim']]],
  ])('CSV: %s', (_label, text, delimiter, rows) => {
    const sheet = readCsvSheet(text);
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.headers).toEqual(['Nom', 'Prénom']);
    expect(sheet.rows).toEqual(rows);
  });
});

describe('lines among the agents that are not agents', () => {
  it('drops section titles, notes and totals anywhere, keeps a lone name', () => {
    const grid = [
      ['NOM', 'Prénom', 'Profil', 'Date'],
      ['Pôle séniors', 'Pôle séniors', 'Pôle séniors', 'Pôle séniors'], // merged across
      ['ABEL', 'Rémi', 'T1', '01/02/2020'],
      ['Service logement', '', '', ''],
      ['BOYER', 'Inès', 'T13', '03/04/2021'],
      ['CHARLES Emma', '', '', ''],
      ['Total agents', '3', 'Total profils', '2'],
      ['', '', '', ''],
      ['Liste arrêtée le 2 mai', '', '', ''],
      ['Merci de signaler tout départ au secrétariat', '', '', ''],
    ];
    const sheet = sheetFromGrid(cleanGrid(grid), 0);
    expect(sheet.rows.map((r) => r[0])).toEqual(['ABEL', 'BOYER', 'CHARLES Emma']);
    expect(sheet.ignored.map((l) => [l.line, l.reason.split(' (')[0]])).toEqual([
      [2, 'intertitre ou note'],
      [4, 'intertitre ou note'],
      [7, 'ligne de total'],
      [9, 'intertitre ou note'],
      [10, 'intertitre ou note'],
    ]);
  });

  it('drops the quota lines under a grid of one column per profile', () => {
    const grid = [
      ['NOM', 'Prénom', 'T1', 'T13'],
      ['ABEL', 'Rémi', 'X', ''],
      ['BOYER', 'Inès', '', '12/03/2021'],
      ['Quota Caf (bulletin)', 'Quota Caf (bulletin)', '2', '4'],
      ['Habilitations actives', 'Habilitations actives', '1', '1'],
      ['Reste disponible', '', '1', '3'],
    ];
    const sheet = sheetFromGrid(cleanGrid(grid), 0);
    expect(sheet.rows.map((r) => r[0])).toEqual(['ABEL', 'BOYER']);
    expect(sheet.ignored.map((l) => l.reason.split(' (')[0])).toEqual([
      'ligne de total',
      'ligne de total',
      'ligne de total',
    ]);
  });

  it('keeps one-cell lines in a one-column list', () => {
    const sheet = sheetFromGrid(cleanGrid([['Agent'], ['Service Dupont'], ['MARTIN Léa']]), 0);
    expect(sheet.rows).toEqual([['Service Dupont'], ['MARTIN Léa']]);
  });
});

describe('two-line header', () => {
  it('gives each header cell the group title above it (merged cells repeat it)', () => {
    const sheet = sheetFromGrid(
      cleanGrid([
        ['Agent', 'Agent', 'Habilitation', 'Habilitation'],
        ['NOM', 'Prénom', 'Profil', 'Date de fin'],
        ['ROY', 'Ada', 'T1', '01/01/2025'],
      ]),
      1,
    );
    expect(sheet.groups).toEqual(['Agent', 'Agent', 'Habilitation', 'Habilitation']);
  });
});
