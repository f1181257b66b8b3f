import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectHeaderRow, sheetFromGrid } from '../../shared/backup/roster-sheet';
import { cellText, decodeCsvBytes, isGreyFill, readSheet, SheetReadError } from './read-file';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Listes').state = 'hidden';
  wb.getWorksheet('Listes')!.addRow(['T1', 'T13']);
  const ws = wb.addWorksheet('Agents');
  ws.addRow(['Liste des agents']);
  ws.mergeCells(1, 1, 1, 5);
  ws.addRow([]);
  ws.addRow(['Matricule', 'NOM', 'Prénom', 'Date entrée', 'Service']);
  ws.addRow(['M1', 'BENALI', 'Karim', new Date(Date.UTC(2021, 0, 4)), 'Pôle solidarité']);
  ws.addRow(['M2', 'PETIT', { richText: [{ text: 'Zo' }, { text: 'é' }] }, 44931, null]);
  ws.mergeCells(4, 5, 5, 5);
  ws.addRow([
    'M3',
    { formula: 'UPPER("roussel")', result: 'ROUSSEL' },
    'Paul',
    { error: '#N/A' },
    '',
  ]);
  ws.getColumn(1).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readSheet (.xlsx)', () => {
  it('reads the first visible sheet: merged cells, hidden column, real dates, serial numbers, rich text, formulas, errors', async () => {
    const sheet = await readSheet('liste.xlsx', await workbook());
    expect(sheet.sheetName).toBe('Agents');
    expect(sheet.hiddenColumns).toEqual([0]);
    const detected = sheetFromGrid(sheet, detectHeaderRow(sheet.grid));
    expect(detected.headerRow).toBe(2);
    expect(detected.rows).toEqual([
      ['M1', 'BENALI', 'Karim', '2021-01-04', 'Pôle solidarité'],
      // The « Service » cell merged down gives its value to the row below.
      ['M2', 'PETIT', 'Zoé', '44931', 'Pôle solidarité'],
      ['M3', 'ROUSSEL', 'Paul', '', ''],
    ]);
    expect(detected.lines).toEqual([4, 5, 6]);
  });

  it('refuses a LibreOffice .ods in French, saying how to save it', async () => {
    // An OpenDocument zip: its first entry, stored, is « mimetype » and names the type.
    const head = new TextEncoder().encode(
      'PK\u0003\u0004' +
        '\u0000'.repeat(22) +
        '\u0008\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheet',
    );
    for (const name of ['liste.ods', 'liste.xlsx'])
      await expect(readSheet(name, head)).rejects.toThrow(/\.ods \(LibreOffice\) n’est pas lu/);
  });

  it('refuses an .xls in French, decodes Windows-1252', async () => {
    await expect(readSheet('vieux.xls', new Uint8Array([0xd0, 0xcf, 0x11]))).rejects.toBeInstanceOf(
      SheetReadError,
    );
    expect(decodeCsvBytes(new Uint8Array([0x4e, 0x6f, 0xeb, 0x6c]))).toEqual({
      text: 'Noël',
      encoding: 'windows-1252',
    });
  });
});

describe('readSheet: struck rows and Windows-1252 punctuation', () => {
  it('marks the lines struck through (most of their cells, or every run of a rich text) and the hidden ones', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Agents');
    ws.addRow(['NOM', 'Prénom', 'Profil', 'Remarques']);
    ws.addRow(['ADAM', 'Léo', 'T1', '']);
    ws.addRow(['BRUN', 'Ana', 'T13', 'partie le 01/02/2025']);
    ws.getRow(3).eachCell((c) => (c.font = { strike: true }));
    ws.addRow(['CARON', 'Max', 'T13', '']);
    ws.getCell('C4').font = { strike: true }; // only the profile: not the agent
    ws.addRow([
      { richText: [{ text: 'DUVAL', font: { strike: true } }] },
      { richText: [{ text: 'Zoé', font: { strike: true } }] },
      'T1',
      '',
    ]);
    ws.getRow(5).hidden = true;
    const sheet = await readSheet('liste.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheet.struckRows).toEqual([2, 4]);
    expect(sheet.hiddenRows).toEqual([4]);
    expect(sheetFromGrid(sheet, 0).hidden).toEqual([false, false, false, true]);
    expect(sheetFromGrid(sheet, 0).struck).toEqual([false, true, false, true]);
  });

  it.each<[string, unknown, boolean]>([
    ['light grey', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }, true],
    ['mid grey', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFA6A6A6' } }, true],
    ['white', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } }, false],
    ['black', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF000000' } }, false],
    ['light blue', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }, false],
    ['yellow', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }, false],
    [
      'theme background darker 15 %',
      { type: 'pattern', pattern: 'solid', fgColor: { theme: 0, tint: -0.1499 } },
      true,
    ],
    [
      'theme text lighter 50 %',
      { type: 'pattern', pattern: 'solid', fgColor: { theme: 1, tint: 0.4999 } },
      true,
    ],
    [
      'theme accent',
      { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.6 } },
      false,
    ],
    ['no fill', { type: 'pattern', pattern: 'none' }, false],
    ['nothing', undefined, false],
  ])('a fill %s is grey: %s', (_, fill, grey) => expect(isGreyFill(fill)).toBe(grey));

  it('marks the lines filled grey (most of their filled cells)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Agents');
    ws.addRow(['NOM', 'Prénom', 'Profil']);
    const grey = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBFBFBF' } } as const;
    ws.getRow(1).eachCell((c) => (c.fill = grey)); // a grey header is no departure (not data)
    ws.addRow(['ADAM', 'Léo', 'T1']);
    ws.addRow(['BRUN', 'Ana', 'T13']);
    ws.getRow(3).eachCell((c) => (c.fill = grey));
    ws.addRow(['CARON', 'Max', 'T13']);
    ws.getCell('C4').fill = grey; // one cell only: not the line
    ws.addRow(['DUVAL', 'Zoé', 'T1']);
    ws.addRow(['En grisé : agents partis']);
    const sheet = await readSheet('liste.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheet.greyRows).toEqual([0, 2]);
    const detected = sheetFromGrid(sheet, 0);
    expect(detected.grey).toEqual([false, true, false, false]);
    expect(detected.greyMeansDeparted).toBe(true);
  });

  it('reads ’ œ – € of an old Excel CSV as themselves', () => {
    expect(
      decodeCsvBytes(new Uint8Array([0x64, 0x92, 0x61, 0x20, 0x9c, 0x20, 0x96, 0x20, 0x80, 0xe9]))
        .text,
    ).toBe('d’a œ – €é');
  });
});

describe('readSheet: which sheet of a workbook', () => {
  it('takes the sheet that looks like the list of agents, not a contacts or legend sheet before it', async () => {
    const wb = new ExcelJS.Workbook();
    const contacts = wb.addWorksheet('Contacts Caf');
    contacts.addRow(['Fonction', 'NOM Prénom', 'Mél', 'Téléphone']);
    contacts.addRow(['Conseillère', 'HUET Rose', 'r.huet@caf.fr', '01 02 03 04 05']);
    wb.addWorksheet('Légende').addRow(['Profil', 'Libellé']);
    const agents = wb.addWorksheet('Habilitations');
    agents.addRow(['Nom', 'Prénom', 'Profil', 'Habilité le']);
    agents.addRow(['ROY', 'Jade', 'T13', '01/02/2023']);
    const sheet = await readSheet('liste.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheet.sheetName).toBe('Habilitations');
  });

  it('keeps the first sheet on a tie', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Service A').addRow(['Nom', 'Prénom', 'Profil']);
    wb.addWorksheet('Service B').addRow(['Nom', 'Prénom', 'Profil']);
    const sheet = await readSheet('liste.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheet.sheetName).toBe('Service A');
  });
});

describe('readSheet: a list kept on several sheets', () => {
  async function book(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const cover = wb.addWorksheet('Page de garde');
    cover.addRow(['', 'Registre des utilisateurs « Mon Compte Partenaire »']);
    cover.addRow(['', 'Rédactrice : Nadia BENSAÏD, administratrice suppléante MCP']);
    const inPost = wb.addWorksheet('En poste');
    inPost.addRow(['Agents habilités']);
    inPost.addRow(['Prénom', 'NOM', 'Fonction', 'Profil CDAP', 'Date d’habilitation']);
    inPost.addRow(['Sarah', 'PARRAUD', 'AS', 'T1', '13/03/2023']);
    const contacts = wb.addWorksheet('Contacts Caf');
    contacts.addRow(['Nom', 'Prénom', 'Fonction', 'Mail', 'Téléphone']);
    contacts.addRow(['LEROY', 'Anne', 'Conseillère Caf', 'a.leroy@caf.fr', '05 55 00 00 00']);
    const left = wb.addWorksheet('Départs');
    left.addRow(['Prénom', 'NOM', 'Profil CDAP', 'Date d’habilitation', 'Date de départ']);
    left.addRow(['Corinne', 'MOUTAUD', 'T1', '03/05/2021', new Date(Date.UTC(2025, 5, 30))]);
    const lists = wb.addWorksheet('Listes');
    lists.addRow(['Profils CDAP', 'Coche']);
    lists.addRow(['Action sociale (T1)', '✔']);
    const history = wb.addWorksheet('Historique');
    history.addRow(['Nom', 'Prénom', 'Profil CDAP', 'Date', 'Modification']);
    history.addRow(['PARRAUD', 'Sarah', 'T1', '13/03/2023', 'ajout']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads every sheet of agents with the same kind of header; not the cover, contacts, lists or history', async () => {
    const bytes = await book();
    // only the roster import asks for it: other readers get the one sheet as before
    expect((await readSheet('liste.xlsx', bytes)).parts).toBeUndefined();
    const sheet = await readSheet('liste.xlsx', bytes, { agentSheets: true });
    expect(sheet.parts?.map((p) => p.name)).toEqual(['Départs']);
    const detected = sheetFromGrid(sheet, detectHeaderRow(sheet.grid));
    expect(detected.rows.map((r) => r.slice(0, 2))).toEqual([
      ['Sarah', 'PARRAUD'],
      ['Corinne', 'MOUTAUD'],
    ]);
    expect(detected.headers.at(-1)).toBe('Date de départ');
    expect(detected.rows[1]!.at(-1)).toBe('2025-06-30');
  });
});

describe('cellText: hyperlinks', () => {
  it.each<[unknown, string]>([
    [{ text: 'Envoyer un mail', hyperlink: 'mailto:j.mas@ville.fr' }, 'j.mas@ville.fr'],
    [{ text: 'Écrire', hyperlink: 'mailto:j.mas@ville.fr?subject=MCP' }, 'j.mas@ville.fr'],
    [{ text: 'a.b@ville.fr', hyperlink: 'mailto:a.b@ville.fr' }, 'a.b@ville.fr'],
    // a web link keeps its text: only a mail link stands for an address
    [{ text: 'Fiche agent', hyperlink: 'https://intranet/agents/12' }, 'Fiche agent'],
  ])('%o → %s', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
