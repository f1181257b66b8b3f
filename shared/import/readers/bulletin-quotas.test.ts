import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { profileCode, quotaNumber } from './bulletins';
import { read, TABLE } from './bulletins-test-support';

describe('quota tables', () => {
  it.each([
    ['tabs', ['T1\t3', 'T2\t', 'T13\t4']],
    ['spaces and colons', ['T1 3', 'T2', 'T13 : 4']],
    ['one cell per line', ['T1', '3', 'T2', 'T13', '4']],
    ['bars and rules', ['|---|---|', '| T1 | 3 |', '| T2 | |', '| T13 | 4 |', '+----+----+']],
    ['bars without frame', ['T1 | 3 | Action sociale', 'T2 | | Prestataires', 'T13 | 4 | Fsl']],
    [
      'one cell per line, cut by the page footer of a contrat',
      ['T1', '3', 'T2', '', 'Contrat de service – Commune de Rians 3/4', 'T13', '4'],
    ],
    ['cut by a page number', ['T1\t3', 'Page 2 sur 5', 'T2\t', '- 3 -', 'T13\t4']],
    [
      'labels in the row',
      [
        'Profil T1 – Action sociale\t3',
        'Profil T2 – Prestataires\t',
        'Profil T13 – Commissions Fsl\t4',
      ],
    ],
    [
      'a note in brackets after the code, « – » for none (Cafpro era)',
      ['T1\tAction sociale\t3', 'T2\tPrestataires\t–', 'T13 (TD)\tAgents administratifs\t4'],
    ],
  ])('%s', (_, rows) => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      ...TABLE,
      ...rows,
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=4']);
    expect(r.unread).toEqual([]);
  });

  it.each([
    [
      'header and rows one cell per line',
      ['Profils', 'Nombre d’utilisateurs autorisés', 'T1', '3', 'T2', 'T4', 'T13', '4'],
    ],
    [
      'three columns, a label cell per row',
      [
        'Profil',
        'Libellé',
        'Nombre maximum d’utilisateurs',
        'T1',
        'Action sociale',
        '3',
        'T2',
        'Prestataires',
        'T13',
        'Commissions Fsl',
        '4',
      ],
    ],
    [
      '« Code profil » and « Quota », blank lines between cells',
      ['Code profil', '', 'Quota', '', 'T1', '', '3', '', 'T2', '', 'T13', '', '4'],
    ],
    [
      'given column by column, every cell filled',
      ['Profils', 'Nombre d’utilisateurs', 'T1', 'T13', '3', '4'],
    ],
  ])('a quota table of one cell per line: %s', (_, rows) => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Le service est mis à disposition de :',
      '',
      ...rows,
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=4']);
    expect(r.unread).toEqual([]);
  });

  it('given column by column with empty cells lost: the numbers cannot be paired, they are flagged, never guessed', () => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Profils',
      'Nombre d’utilisateurs autorisés',
      'T1',
      'T2',
      'T13',
      '3',
      '4',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual([]);
    expect(r.unread).toEqual(['quota@7', 'quota@8']);
  });

  it('« Profils » alone before a sentence is no header', () => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Profils',
      'Le partenaire choisit les profils T1 et T13 pour 2 agents.',
      'T1',
      '3',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual([]);
  });

  it('reads OCR look-alikes as corrected, skips and flags a row it cannot read, and reads on', () => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      ...TABLE,
      'Tl\t2',
      'T5\t#',
      'T1?\t1',
      'Tl3\tl',
      'T14\t2',
      '',
      'Fait à Lyon, le 2 mars 2022',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=2*', 'T13=1*', 'T14=2']);
    expect(r.bulletins[0]?.date).toBe('2022-03-02');
    expect(r.unread).toEqual(['quota@4', 'quota@5']);
    expect(r.warnings).toEqual([
      'Ligne illisible — à vérifier : T5\t# (ligne 4)',
      'Ligne illisible — à vérifier : T1?\t1 (ligne 5)',
    ]);
  });

  it.each([
    ['equals and semicolons', 'Quotas par profil : T1 = 3 ; T13 = 4 ; autres profils : aucun.'],
    ['colons and commas', 'Profils retenus : T1 : 3, T13 : 4.'],
    ['dashes', 'T1 – 3 utilisateurs, T13 – 4 utilisateurs'],
  ])('quotas inside a sentence: %s', (_, sentence) => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      '',
      sentence,
      '',
      'Fait à Lyon, le 2 mars 2022',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=4']);
    expect(r.unread).toEqual([]);
  });

  it.each([
    [
      'Quotas attribués au site : T1 (Action sociale) : 2 – T13 (Commissions Fsl) : 2',
      ['T1=2', 'T13=2'],
    ],
    ['Quotas : T1 « Action sociale » = 3 ; T2 « Prestataires » = 1.', ['T1=3', 'T2=1']],
    ['Quotas : T1 = 2 ; T13 = 1.', ['T1=2', 'T13=1']],
  ])('inline pairs, a label between code and number: %s', (line, quotas) => {
    const r = read('Bulletin d’adhésion au service : Cdap', line);
    expect(r.bulletins[0]?.quotas).toEqual(quotas);
    expect(r.unread).toEqual([]);
  });

  it('flags an inline pair whose profile is not in the catalogue', () => {
    const r = read('Bulletin d’adhésion au service : Cdap', 'Quotas : T1 = 2 ; T3 = 5.');
    expect(r.bulletins[0]?.quotas).toEqual(['T1=2']);
    expect(r.unread).toEqual(['quota@2']);
  });

  it('flags a profile the catalogue does not know (a lost digit) instead of inventing it', () => {
    const r = read('Bulletin d’adhésion au service : Cdap', ...TABLE, 'T3\t4', 'T13\t1');
    expect(r.bulletins[0]?.quotas).toEqual(['T13=1']);
    expect(r.unread).toEqual(['quota@3']);
  });

  it.each([
    ['T13', 'T13', false],
    ['Tl3', 'T13', true],
    ['T 13', 'T13', false],
    ['TI', 'T1', true],
    ['Profil T5 – Rsa', 'T5', false],
    ['Texte', undefined, false],
  ])('profile code %s', (cell, code, corrected) => {
    const p = profileCode(cell);
    expect(p?.code).toBe(code);
    if (p) expect(p.corrected).toBe(corrected);
  });

  it.each([
    ['4', 4, false],
    ['1 000', 1000, false],
    ['l', 1, true],
    ['1O', 10, true],
    ['#', undefined, false],
    ['quatre', 4, false],
    ['deux (2)', 2, false],
    ['deux (3)', undefined, false],
    ['Texte', undefined, false],
  ])('quota %s', (cell, max, corrected) => {
    const n = quotaNumber(cell);
    expect(n?.max).toBe(max);
    if (n) expect(n.corrected).toBe(corrected);
  });

  it.each([
    ['a word with an OCR bar', 'Le |ogement est attribué', 'Le |ogement est attribué'],
    ['one bar between words', 'Oui | Non', 'Oui | Non'],
    ['a framed row', '| a | b |', 'a\tb'],
    ['an empty cell', '| a | | c |', 'a\tc'],
    ['a rule', '+---+---+', ''],
    ['a markdown rule', '|:--|--:|', ''],
    [
      'a dash rule with no bar stays for the page-debris pass',
      'texte --- suite',
      'texte --- suite',
    ],
  ])('bar tables: %s', (_, raw, expected) => {
    expect(normalizeLines(raw)[0]).toBe(expected);
  });
});

describe('a profile grid whose header could not be read (header cells over three lines)', () => {
  it('reads a number only right after its code', () => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Nombre d’utilisateurs\tNombre d’utilisateurs',
      'Profil\tProfil',
      'autorisés\tautorisés',
      '',
      'T1 3\tT13\t2',
      'T2\tT14',
      'T4\tT15',
      'T5\tT16\t1',
      'T6\tT18',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=2', 'T16=1']);
  });

  it('two lines of codes are no grid; codes without numbers give nothing', () => {
    expect(
      read('Bulletin d’adhésion au service : Cdap', 'T1 3\tT13\t2', 'T2\tT14').bulletins[0]?.quotas,
    ).toEqual([]);
    expect(
      read('Bulletin d’adhésion au service : Cdap', 'T1\tT13', 'T2\tT14', 'T4\tT15', '3', '2')
        .bulletins[0]?.quotas,
    ).toEqual([]);
  });
});

describe('a profile named by its catalogue label only', () => {
  it('reads the code from the label; labels alone hold no quota', () => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Profil\tNombre maximum d’habilitations',
      'Action sociale\t2',
      'Prestataires services sociaux\t3',
      'Services instructeurs',
      'Commissions Fsl (Fonds de solidarité pour le logement)\t1',
      'Commission départementale de médiation logement (Dalo), Ccapex\t–',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=2', 'T2=3', 'T13=1']);
  });

  it.each(['Action sociale renforcée\t2', 'Accueil\t2'])('not a catalogue label: %s', (row) => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Profil\tNombre maximum d’habilitations',
      row,
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual([]);
  });
});

describe('a quota table flattened into one line', () => {
  const bulletin = (line: string) =>
    read(
      'Bulletin d’adhésion au service Cdap (Consultation du dossier allocataire par les partenaires)',
      line,
      'Date d’effet : 09/10/2023',
    );
  it('reads each opened profile’s number, the others stay closed', () => {
    const r = bulletin(
      "Nombre maximal d'habilitations par profil : Profil Libellé Quota T1 Action sociale 3 T2 Prestataires services sociaux T4 Services instructeurs 2 T9 Protection des majeurs et de l'enfance T13 Commissions FSL 2 T16 Dalo, Ccapex",
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T4=2', 'T13=2']);
    expect(r.unread).toEqual([]);
  });
  it('flags a line where a profile has two numbers, and still reads the others', () => {
    const r = bulletin(
      'Profil Demandé Accordé T1 Action sociale 3 2 T2 Prestataires T13 Commissions FSL 1',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T13=1']);
    expect(r.unread).toEqual(['quota@2']);
  });
});

describe('a bulletin whose title a PDF joined to the quota table’s header', () => {
  it('reads the service first in the title and the rows below, a profile row is no service', () => {
    const r = read(
      "Bulletin d'adhésion au service CDAP Partenaire : Mission Locale du Pays de Brest Profils Nombre d'utilisateurs autorisés",
      'Tl 5',
      'T2',
      'T4',
      'T5 2',
      'Tl3',
      'Fait à Brest, le 26/11/2012',
    );
    expect(r.bulletins).toMatchObject([{ serviceCode: 'CDAP', quotas: ['T1=5*', 'T5=2'] }]);
  });
});

describe('a bulletin of label and value cells', () => {
  it('« Service ⇥ Cdap – … », rows « T1 – Action sociale ⇥ 40 » under « Nombre maximum d’habilitations par profil : »', () => {
    const r = read(
      'Annexe 2 – Bulletin d’adhésion au service Cdap',
      '',
      'Service\tCdap – Consultation du dossier allocataire par les partenaires',
      '',
      'Nombre maximum d’habilitations par profil :',
      '',
      'T1 – Action sociale\t40',
      'T2 – Prestataires services sociaux',
      'T4 – Services instructeurs\t25',
      '',
      'Fait à Saint-Denis, le 21 juin 2016.',
    );
    expect(r.bulletins).toMatchObject([
      {
        serviceCode: 'CDAP',
        serviceLabel: 'Consultation du dossier allocataire par les partenaires',
        quotas: ['T1=40', 'T4=25'],
      },
    ]);
  });
});

describe('a PDF bulletin: its title’s words out of order in cells, its header broken over lines', () => {
  it('reads the service and the rows « T1 ⇥ Action sociale ⇥ 6 » without their header', () => {
    const r = read(
      'Annexe 2.2 – Service Habitat-Logement – Bulletin d’adhésion au\tCdap\tservice',
      '',
      'Nombre maximal',
      'Profil\tLibellé',
      'd’habilitations',
      '',
      'T1\tAction sociale\t6',
      'T2\tPrestataires services sociaux',
      'T13\tCommissions FSL (Fonds de solidarité pour le logement)\t3',
      '',
      'Fait à Toulouse, le 03/02/2026',
    );
    expect(r.bulletins).toMatchObject([
      { serviceCode: 'CDAP', siteLabel: 'Service Habitat-Logement', quotas: ['T1=6', 'T13=3'] },
    ]);
  });
});

describe('a page break inside a quota table', () => {
  it('the running header between two rows neither ends the table nor hides the rows after it', () => {
    const header =
      'Caf des Côtes d’Armor – Convention Cafpro / Mon Compte Partenaire n° CAFPRO-22-2015-0087';
    const r = read(
      header,
      '',
      'Bulletin d’adhésion au service : Cdap',
      'Article 3 – Nombre d’habilitations',
      '',
      'Profil            Libellé                                            Nombre maximum',
      'T1                Action sociale                                     2',
      '',
      'Paraphes :  Caf ______   Partenaire ______                              11/13',
      '',
      header,
      '',
      'T2                Prestataires services sociaux                      –',
      'T13 (TD)          Agents administratifs – Commissions FSL            3',
      '',
      'Article 4 – Modification du bulletin d’adhésion',
      '',
      header,
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=2', 'T13=3']);
  });
});

describe('a row with a long label and an empty number cell', () => {
  it('does not end the table', () => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Profils\tNombre maximal d’habilitations',
      'T1 – Action sociale\t2',
      'T5 – Chargés de suivi des dossiers RSA et accompagnement des BRSA\t',
      'T13 – Commissions FSL (Fonds de solidarité pour le logement)\t3',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=2', 'T13=3']);
  });
});
