import { describe, expect, it } from 'vitest';
import { read } from './bulletins-test-support';

const TITLE = 'Bulletin d’adhésion au service : Cdap';

describe('quota tables the text layer did not keep side by side', () => {
  it.each([
    [
      'column by column, labels after the codes, « néant » and « - » for empty cells',
      [
        'Profils',
        'T2 – Prestataires services sociaux',
        'T9 – Protection des majeurs',
        'T11 (TD) – Accueil',
        'T13 – Agents administratifs',
        'Nombre maximum d’habilitations',
        '-',
        '6',
        'néant',
        '1',
      ],
      ['T9=6', 'T13=1'],
    ],
    [
      'two tables printed side by side, rows joined',
      ['Profils Quota Profils Quota', 'T1 T11 2', 'T2 5 T12', 'T4 1 T13 3', 'T9'],
      ['T11=2', 'T2=5', 'T4=1', 'T13=3'],
    ],
  ])('%s', (_, rows, quotas) => {
    const r = read(TITLE, ...rows, '', 'Article 3 – Modification du bulletin');
    expect(r.bulletins[0]?.quotas).toEqual(quotas);
    expect(r.unread).toEqual([]);
  });

  it('a column that lost its empty cells is flagged, never given by rank', () => {
    const r = read(
      TITLE,
      'Profils',
      'T1 – Action sociale',
      'T2 – Prestataires',
      'T13 – Agents administratifs',
      'Nombre d’utilisateurs autorisés',
      '3',
      '2',
      '',
      'Article 3 – Modification du bulletin',
    );
    expect(r.bulletins[0]?.quotas).toEqual([]);
    expect(r.unread.length).toBeGreaterThan(0);
    expect(r.unread.every((u) => u.startsWith('quota@'))).toBe(true);
  });

  it('a lone bar in a number cell is a border as likely as a 1: flagged, not read', () => {
    const r = read(TITLE, 'Profils Nombre d’utilisateurs autorisés', 'T1 3', 'T4 |', 'T13 4');
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=4']);
    expect(r.unread).toEqual(['quota@4']);
  });

  it('the service named on the line after « au service : », and a running page title', () => {
    const r = read(
      'Bulletin d’adhésion',
      'Annexe 2',
      'Bulletin d’adhésion au service :',
      'Consultation du dossier allocataire par les partenaires (Cdap)',
      'Profils Nombre d’utilisateurs autorisés',
      'T1 2',
      'Caf du Var',
      'Bulletin d’adhésion',
      'Fait à Draguignan, le 3 mars 2016',
    );
    expect(r.bulletins).toEqual([
      {
        serviceCode: 'CDAP',
        serviceLabel: 'Consultation du dossier allocataire par les partenaires',
        annexNumber: '2',
        date: '2016-03-03',
        quotas: ['T1=2'],
      },
    ]);
    expect(r.unread).toEqual([]);
  });
});

describe('grid bulletins of a multi-site partner', () => {
  const GRID = (rows: string[]) => [
    '+------+----------------------+------------------------------+',
    '| Profil | Libellé | Nombre maximal d’habilitations |',
    '+======+======================+==============================+',
    ...rows.flatMap((r) => [r, '+------+----------------------+------------------------------+']),
  ];

  it('numbers with their unit or a note, a label wrapped in its cell', () => {
    const r = read(
      TITLE,
      ...GRID([
        '| T2 | Prestataires | 4 utilisateurs |',
        '| T9 | Protection des majeurs | 11 accès |',
        '|    | et de l’enfance |  |',
        '| T16 | Petite enfance | 0 (non ouvert à ce jour) |',
      ]),
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T2=4', 'T9=11', 'T16=0']);
    expect(r.unread).toEqual([]);
  });

  it.each([
    [
      'the site between the annex number and the title, on a line longer than 160 characters',
      [
        'Annexe 2.4 – Maison départementale de la solidarité de Saint-Yrieix-la-Perche – Bulletin d’adhésion au service Cdap (Consultation du dossier allocataire par les partenaires)',
      ],
      'Maison départementale de la solidarité de Saint-Yrieix-la-Perche',
    ],
    [
      'the site in the annex heading on the line above the title',
      ['Annexe 2.4 – Pôle insertion et logement', 'Bulletin d’adhésion au service Cdap'],
      'Pôle insertion et logement',
    ],
    [
      'a long annex heading above the title (no sentence going on)',
      [
        'Annexe 2.4 – Direction de la prévention et de l’action sociale',
        'Bulletin d’adhésion au service Cdap',
      ],
      "Direction de la prévention et de l'action sociale",
    ],
    [
      'a service, not a site, in the annex heading',
      ['Annexe 2.4 – CDAP', 'Bulletin d’adhésion au service Consultation du dossier allocataire'],
      undefined,
    ],
  ])('%s', (_, title, site) => {
    const r = read(...title, ...GRID(['| T1 | Action sociale | 2 accès |']));
    expect(r.bulletins[0]).toMatchObject({ annexNumber: '2.4', quotas: ['T1=2'] });
    expect(r.bulletins[0]?.siteLabel).toBe(site);
  });
});

describe('a profile grid laid out across the page (codes in a row, numbers under them)', () => {
  it.each([
    [
      'tab cells from a Word copy, empty cells kept apart, two bands',
      ['Profil\tT1\tT2\tT4\tT5', 'Nombre\t4\t\t\t2', 'Profil\tT13\tT14\tT16', 'Nombre\t\t1\t'],
      ['T1=4', 'T5=2', 'T14=1'],
    ],
    [
      'spaces (pdftotext -layout), each number under its code',
      [
        'Profil        T1         T2        T4           T5      T6       T8         T9',
        'Nombre        4                                                             2',
        'Profil        T13        T14       T15          T16',
        'Nombre        1                                 3',
      ],
      ['T1=4', 'T9=2', 'T13=1', 'T16=3'],
    ],
    [
      'tab cells, the trailing empty cells trimmed by the editor, an empty cell inside kept',
      [
        'Profil\tT1\tT2\tT4\tT5\tT6\tT8',
        'Nombre\t3\t\t1',
        'Profil\tT11\tT12\tT13\tT14\tT15',
        'Nombre\t\t\t1\t\t2',
      ],
      ['T1=3', 'T4=1', 'T13=1', 'T15=2'],
    ],
    [
      'a Markdown grid, the trailing empty cells trimmed',
      [
        '| Profil | T1 | T2 | T4 | T5 | T6 |',
        '| Nombre | 3 | | 1 |',
        '| Profil | T11 | T12 | T13 |',
        '| Nombre | | 1 |',
      ],
      ['T1=3', 'T4=1', 'T12=1'],
    ],
    [
      'a blank line between codes and numbers, « – » cells, « Nombre maximum » header',
      ['Codes\tT1\tT10\tT13', '', 'Nombre maximum\t–\t3\t–'],
      ['T10=3'],
    ],
    [
      'no header column: a code in every cell, the numbers under them, the first cell empty',
      ['T1\tT2\tT3\tT4\tT5\tT9', '\t2\t\t\t1\t3'],
      ['T2=2', 'T5=1', 'T9=3'],
    ],
    [
      'no header column, the trailing empty cells trimmed, an empty cell inside kept',
      ['T1\tT2\tT3\tT4\tT5\tT6\tT7\tT8\tT9\tT10\tT11\tT12\tT13', '3\t\t\t1\t\t\t\t\t2'],
      ['T1=3', 'T4=1', 'T9=2'],
    ],
  ])('%s', (_, rows, quotas) => {
    const r = read(
      TITLE,
      'Le service est mis à disposition de :',
      ...rows,
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual(quotas);
    expect(r.unread).toEqual([]);
  });

  it('a row of numbers shorter than its codes (a PDF lost the empty cells) is flagged, not given to the first codes', () => {
    const r = read(
      TITLE,
      'Profil\tT1\tT2\tT4\tT5\tT13',
      'Nombre d’habilitations\t2\t3',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas ?? []).toEqual([]);
    expect(r.unread).toHaveLength(1);
  });

  it('no header column, under a lead « Nombre maximum … par profil : »: the grid, not rows', () => {
    const r = read(
      TITLE,
      'Nombre maximum d’habilitations par profil :',
      '',
      'T1\tT2\tT3\tT4\tT5\tT6\tT7\tT8\tT9\tT10\tT11\tT12\tT13',
      '3\t\t\t1\t\t\t\t\t2\t\t\t\t1',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T4=1', 'T9=2', 'T13=1']);
    expect(r.unread).toEqual([]);
  });

  it('no header column, a row of numbers shorter than its codes with no empty cell: flagged', () => {
    const r = read(TITLE, 'T1\tT2\tT4\tT5\tT13', '2\t3', '', 'Article 3 – Modification');
    expect(r.bulletins[0]?.quotas ?? []).toEqual([]);
    expect(r.unread).toHaveLength(1);
  });

  it('a cell that is no number is flagged, the others read', () => {
    const r = read(TITLE, 'Profil\tT1\tT2\tT4', 'Nombre\t2\tx\t1', '', 'Article 3 – Modification');
    expect(r.bulletins[0]?.quotas).toEqual(['T1=2', 'T4=1']);
    expect(r.unread).toHaveLength(1);
  });
});

describe('a grid whose rows were flagged feeds no sentence reader', () => {
  it('« Nombre 3 1 2 » over « Profil T11 … » (cells joined by single spaces): flagged, « 2 Profil T11 » is no sentence', () => {
    const r = read(
      TITLE,
      'Nombre maximum d’habilitations par profil :',
      '',
      'Profil T1 T2 T4 T5 T6 T8 T9 T10',
      'Nombre 3 1 2',
      'Profil T11 T12 T13 T14 T15 T16 T18 T19',
      'Nombre 1 1 2',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas ?? []).toEqual([]);
    expect(r.unread.length).toBeGreaterThan(0);
  });
});

describe('a grid read nowhere is said unread, never silently left', () => {
  it.each([
    [
      'codes wrapped over two rows above one row of numbers',
      [
        'Profil\tT1\tT2\tT4\tT5\tT6\tT8\tT9\tT10',
        '\tT11\tT12\tT13\tT14\tT15\tT16\tT18\tT19',
        'Nombre\t3\t\t1\t\t2\t\t\t\t\t\t1\t\t\t1\t2',
      ],
    ],
    ['codes after « Profils : », bare numbers under them', ['Profils : T1 T2 T4 T5', '2 1']],
  ])('%s', (_, rows) => {
    const r = read(TITLE, ...rows, '', 'Article 3 – Modification');
    expect(r.bulletins[0]?.quotas ?? []).toEqual([]);
    expect(r.unread.length).toBeGreaterThan(0);
  });
});
