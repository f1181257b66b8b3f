import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { read, TABLE } from './bulletins-test-support';

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
