import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { normalizeLines } from '../normalize';
import {
  bulletins,
  isStructuralWords,
  parseServiceTail,
  profileCode,
  quotaNumber,
} from './bulletins';
import { makeCtx } from './context';
import { findBlocks } from './segmentation';

const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const b = bulletins(ctx, findBlocks(ctx.lines));
  return {
    bulletins: b.map((x) => ({
      ...x.value,
      quotas: x.value.quotas.map(
        (q) => `${q.value.profileCode}=${q.value.max}${q.corrected ? '*' : ''}`,
      ),
    })),
    unread: ctx.unread.map((u) => `${u.part}@${u.sourceLine}`),
    warnings: ctx.warnings,
  };
};

const TABLE = ['Profils\tNombre d’utilisateurs autorisés'];

describe('bulletins whatever the title', () => {
  it.each([
    [
      'site before the words',
      ['Annexe 2.3 : Résidence Les Lilas – Bulletin d’adhésion au service Cdap'],
      { serviceCode: 'CDAP', annexNumber: '2.3', siteLabel: 'Résidence Les Lilas' },
    ],
    [
      'site after the service',
      ['Annexe 2.1', 'Bulletin d’adhésion au service : Cdap – Service social'],
      { serviceCode: 'CDAP', annexNumber: '2.1', siteLabel: 'Service social' },
    ],
    [
      'service on the next line',
      ['Annexe 2 – Bulletin d’adhésion', 'au service Cdap'],
      { serviceCode: 'CDAP', annexNumber: '2' },
    ],
    [
      'service named in full',
      [
        'Bulletin d’adhésion au service Consultation du dossier allocataire par les partenaires (Cdap)',
      ],
      {
        serviceCode: 'CDAP',
        serviceLabel: 'Consultation du dossier allocataire par les partenaires',
      },
    ],
    [
      'labelled site line',
      ['Bulletin d’adhésion au service : Cdap', 'Site : Antenne Nord'],
      { serviceCode: 'CDAP', siteLabel: 'Antenne Nord' },
    ],
    [
      'hyphenated annex number, site after the service',
      ['ANNEXE 3-2 - BULLETIN D’ADHESION AU SERVICE CDAP - ANTENNE DU PORT'],
      { serviceCode: 'CDAP', annexNumber: '3-2', siteLabel: 'ANTENNE DU PORT' },
    ],
    [
      'slashed annex number',
      ['Annexe 4/1 : Bulletin d’adhésion au service Cdap'],
      { serviceCode: 'CDAP', annexNumber: '4/1' },
    ],
    [
      'numbered bulletin, then the service',
      ['Annexe 3 – Bulletin d’adhésion n° 2 – Service Cdap'],
      { serviceCode: 'CDAP', annexNumber: '3' },
    ],
    ['OCR-damaged title', ['BULLETlN D’ADHESlON AU SERVICE : CDAP'], { serviceCode: 'CDAP' }],
  ])('%s', (_, title, expected) => {
    const r = read(...title, ...TABLE, 'T13\t2');
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]).toMatchObject({ ...expected, quotas: ['T13=2'] });
  });

  it.each([
    [['ANNEXE – BULLETIN D’ADHÉSION', '(Service Cdap)']],
    [['ANNEXE', 'BULLETIN D’ADHÉSION AU SERVICE CDAP']],
  ])('an old heading « ANNEXE – BULLETIN … » gives no site « ANNEXE »: %j', (title) => {
    const r = read(...title, ...TABLE, 'T13\t2');
    expect(r.bulletins[0]?.siteLabel ?? '').not.toMatch(/annexe/i);
  });

  it.each([['. , ; ·'], ['~ * 12'], ['|| ..']])(
    'scan debris between the annex and the title is no site: %s',
    (debris) => {
      const r = read(
        'Annexe 2',
        '',
        debris,
        'Bulletin d’adhésion – Service Cdap',
        ...TABLE,
        'T13\t2',
      );
      expect(r.bulletins[0]).toMatchObject({ serviceCode: 'CDAP', annexNumber: '2' });
      expect(r.bulletins[0]).not.toHaveProperty('siteLabel');
    },
  );

  it('a bare number between the annex and the title is no site', () => {
    const r = read('Annexe 4 – 2 – Bulletin d’adhésion au service Cdap', ...TABLE, 'T13\t2');
    expect(r.bulletins[0]).toMatchObject({ serviceCode: 'CDAP', annexNumber: '4' });
    expect(r.bulletins[0]).not.toHaveProperty('siteLabel');
  });

  it('reports a bulletin whose service cannot be read', () => {
    const r = read(
      'Annexe 2 – Bulletin d’adhésion',
      '',
      'Le service est décrit ci-après.',
      ...TABLE,
      'T13\t2',
    );
    expect(r.bulletins).toEqual([]);
    expect(r.unread).toEqual(['bulletins@1']);
  });
});

describe('quota tables', () => {
  it.each([
    ['tabs', ['T1\t3', 'T2\t', 'T13\t4']],
    ['spaces and colons', ['T1 3', 'T2', 'T13 : 4']],
    ['one cell per line', ['T1', '3', 'T2', 'T13', '4']],
    ['bars and rules', ['|---|---|', '| T1 | 3 |', '| T2 | |', '| T13 | 4 |', '+----+----+']],
    ['bars without frame', ['T1 | 3 | Action sociale', 'T2 | | Prestataires', 'T13 | 4 | Fsl']],
    [
      'labels in the row',
      [
        'Profil T1 – Action sociale\t3',
        'Profil T2 – Prestataires\t',
        'Profil T13 – Commissions Fsl\t4',
      ],
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
    ['quatre', undefined, false],
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

  it('parses what follows « Bulletin d’adhésion »', () => {
    expect(parseServiceTail(' au service : Cdap (Pôle social)')).toEqual({
      code: 'CDAP',
      site: 'Pôle social',
    });
    expect(parseServiceTail('')).toEqual({});
  });

  it.each([
    ['ANNEXE', true],
    ['Annexe n° 2 – Bulletin d’adhésion', true],
    ["BULLETIN D'ADHÉSION", true],
    ['Relais Petite Enfance', false],
    ['Antenne Nord', false],
    ['Annexe du centre social', false],
    ['Article 4', true],
    ['ARTICLE IV', true],
    ['Art. 4.2', true],
    ['Chapitre 3 – Section 2', true],
    ['Point Accueil Solidarité', false],
  ])('« %s » is only the document’s structure: %s', (text, expected) => {
    expect(isStructuralWords(text)).toBe(expected);
  });

  it.each([
    [
      'a numbered annex heading, the service with its label, « Site / service utilisateur », « accès »',
      [
        '7. ANNEXE 2 – BULLETIN D’ADHÉSION',
        '',
        'Service : Cdap – Consultation du dossier allocataire par les partenaires',
        'Site / service utilisateur : Service social du Centre hospitalier',
        'Profil T1 (Action sociale) : 2 accès',
        'Profil T13 (Accès aux données de ressources) : 1 accès',
        'Autres profils : néant',
        'Date d’effet du bulletin : 01/03/2025',
        '',
        'Fait à : Dax',
        'Le : 14/02/2025',
      ],
      {
        serviceCode: 'CDAP',
        serviceLabel: 'Consultation du dossier allocataire par les partenaires',
        siteLabel: 'Service social du Centre hospitalier',
        annexNumber: '2',
        date: '2025-03-01',
        quotas: ['T1=2', 'T13=1'],
      },
    ],
    [
      'the code alone (no catalogue label), « Site : », quotas in « utilisateurs », a profile left « néant »',
      [
        'Annexe 2 – Bulletin d’adhésion',
        'Service : CDAP',
        'Site : Antenne Nord',
        'T1 – Action sociale : 3 utilisateurs',
        'T2 – Accès aux données de ressources : néant',
        'T13 : 1',
        'Date de prise d’effet : 1er avril 2024',
      ],
      {
        serviceCode: 'CDAP',
        siteLabel: 'Antenne Nord',
        annexNumber: '2',
        date: '2024-04-01',
        quotas: ['T1=3', 'T13=1'],
      },
    ],
    [
      '« Service demandeur », dashes before the profiles, a date from the signature when no « date d’effet »',
      [
        'Annexe 2 : Bulletin d’adhésion',
        'Service : Cdap',
        'Service demandeur : Pôle insertion',
        '- Profil T1 : 2 habilitations',
        '- Profil T13 : néant',
        'Fait à Pau, le 3 mai 2023',
      ],
      {
        serviceCode: 'CDAP',
        siteLabel: 'Pôle insertion',
        annexNumber: '2',
        date: '2023-05-03',
        quotas: ['T1=2'],
      },
    ],
  ])('a bulletin written as a form: %s', (_, lines, expected) => {
    expect(read(...lines).bulletins).toEqual([expected]);
  });

  it('a site made of structure words (« Article 4 – Bulletin d’adhésion ») is no site', () => {
    expect(
      read('Article 4 – Bulletin d’adhésion au service Cdap', 'T1 : 2').bulletins[0]?.siteLabel,
    ).toBeUndefined();
  });
});

describe('the annex number from the heading enclosing the bulletin', () => {
  const annexOf = (...lines: string[]) =>
    extractConvention(lines.join('\n')).bulletins.map((b) => b.value.annexNumber);
  const BULLETIN = [
    'Bulletin d’adhésion au service CDAP',
    'Profil\tNombre d’habilitations',
    'T1\t3',
    'T13\t2',
    '',
    'Fait à Limoges, le 3 mars 2015',
  ];
  const LEAD = [
    'Le partenaire adhère aux services ci-dessous.',
    '',
    'Il désigne les agents habilités dans la limite des quotas suivants.',
    '',
    'Chaque service fait l’objet d’un bulletin.',
    '',
  ];

  it.each([
    [
      '« Annexe 2 – Liste des services et bulletins d’adhésion »',
      'Annexe 2 – Liste des services et bulletins d’adhésion',
      '2',
    ],
    ['« ANNEXE 3 : SERVICES SOUSCRITS »', 'ANNEXE 3 : SERVICES SOUSCRITS', '3'],
    ['« Annexe n° 2 - Adhésion aux services »', 'Annexe n° 2 - Adhésion aux services', '2'],
  ])('%s, a paragraph, then one bulletin', (_, heading, number) => {
    expect(annexOf(heading, '', ...LEAD, ...BULLETIN)).toEqual([number]);
  });

  it('two bulletins under one heading: no number is guessed', () => {
    const second = [
      'Bulletin d’adhésion au service AFAS',
      'Profil\tNombre d’habilitations',
      'T3\t1',
    ];
    expect(
      annexOf(
        'Annexe 2 – Liste des services et bulletins d’adhésion',
        '',
        ...LEAD,
        ...BULLETIN,
        '',
        ...second,
      ),
    ).toEqual([undefined, undefined]);
  });

  it('an annex heading about something else gives no number', () => {
    expect(
      annexOf('Annexe 1 – Les interlocuteurs chez le partenaire', '', ...LEAD, ...BULLETIN),
    ).toEqual([undefined]);
  });
});

it('a damaged number (« Annexe 2.l – … ») is no enclosing heading', () => {
  const r = extractConvention(
    [
      'Annexe 2.l – Service social',
      'Le partenaire adhère au service ci-dessous.',
      '',
      'Il désigne ses agents.',
      '',
      'Bulletin d’adhésion au service CDAP',
      'Profil\tNombre d’habilitations',
      'T1\t3',
    ].join('\n'),
  );
  expect(r.bulletins.map((b) => b.value.annexNumber)).toEqual([undefined]);
});
