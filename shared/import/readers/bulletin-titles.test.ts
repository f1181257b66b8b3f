/**
 * Bulletins titled in other words than « Bulletin d'adhésion »: « Demande d'adhésion au
 * service », « Formulaire d'adhésion », « Annexe 3 – Adhésion du site de … », several sites
 * each with its own quota table. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { read, TABLE } from './bulletins-test-support';
import { cleanServiceLabel } from './bulletin-headings';
import { bulletinTitle } from './segmentation';
import { extractConvention } from '../extract';

describe('a bulletin titled in other words', () => {
  it.each([
    [['Demande d’adhésion au service Cdap'], { serviceCode: 'CDAP', quotas: ['T1=2'] }],
    [
      [
        'ANNEXE 2 – FORMULAIRE D’ADHÉSION',
        'Service : Cdap – Consultation du dossier allocataire par les partenaires',
      ],
      {
        serviceCode: 'CDAP',
        serviceLabel: 'Consultation du dossier allocataire par les partenaires',
        annexNumber: '2',
        quotas: ['T1=2'],
      },
    ],
    [
      ['Annexe 3 – Adhésion du site de Lons-le-Saunier – Service Cdap'],
      { serviceCode: 'CDAP', siteLabel: 'Lons-le-Saunier', annexNumber: '3', quotas: ['T1=2'] },
    ],
    [
      ['Annexe 2.1 – Adhésion au service Cdap – Pôle solidarités'],
      { serviceCode: 'CDAP', annexNumber: '2.1', quotas: ['T1=2'] },
    ],
  ])('%j', (title, expected) => {
    const r = read(...title, '', ...TABLE, 'T1\t2');
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]).toMatchObject(expected);
  });

  it.each([
    ['L’adhésion au service est gratuite pour le partenaire.'],
    ['Annexe 3 – Adhésion'],
    ['Annexe 3 – Adhésion aux valeurs de la charte'],
    ['La demande d’adhésion au service Cdap, signée, est jointe.'],
  ])('no title: %s', (line) => {
    expect(bulletinTitle([line], 0)).toBeUndefined();
  });

  it('a list item naming the form is no title', () => {
    const lines = ['Sont annexés :', '- le contrat de services ;', '- formulaire d’adhésion'];
    expect(bulletinTitle(lines, 2)).toBeUndefined();
  });

  it('several sites, each with its own title and quota table', () => {
    const r = read(
      'Annexe 2.1 – Adhésion du site de Dole – Service Cdap',
      '',
      ...TABLE,
      'T1\t3',
      'T13\t1',
      '',
      'Annexe 2.2 – Adhésion du site de Champagnole – Service Cdap',
      '',
      ...TABLE,
      'T1\tdeux (2)',
      'T5\t4',
    );
    expect(r.bulletins.map((b) => [b.annexNumber, b.siteLabel, b.quotas])).toEqual([
      ['2.1', 'Dole', ['T1=3', 'T13=1']],
      ['2.2', 'Champagnole', ['T1=2', 'T5=4']],
    ]);
  });

  it.each([
    [
      [
        'ANNEXE 2 – BULLETIN D’ADHÉSION AUX SERVICES',
        '',
        'Services demandés (cocher) :',
        '☐ Afas – Aide aux familles',
        '☒ Cdap – Consultation du dossier allocataire par les partenaires',
      ],
    ],
    [
      [
        'ANNEXE 2 – BULLETIN D’ADHÉSION',
        '',
        'Service(s) choisi(s) :',
        '[X] Consultation du dossier allocataire par les partenaires (Cdap)',
        '[ ] Autre service : ……',
      ],
    ],
  ])('services as tick boxes: the ticked one (%#)', (lines) => {
    const r = read(...lines, '', ...TABLE, 'T1\t2');
    expect(r.bulletins).toEqual([
      {
        serviceCode: 'CDAP',
        serviceLabel: 'Consultation du dossier allocataire par les partenaires',
        annexNumber: '2',
        quotas: ['T1=2'],
      },
    ]);
  });

  it('one bulletin holding several sites, each « Site : X » over its own table', () => {
    const r = read(
      'ANNEXE 2 – BULLETIN D’ADHÉSION AU SERVICE CDAP',
      '',
      'Site : Maison des solidarités Nord',
      '',
      ...TABLE,
      'T1\t3',
      'T13\t1',
      '',
      'Site : Maison des solidarités Sud',
      '',
      ...TABLE,
      'T1\t2',
      'T5\t1',
    );
    expect(r.bulletins.map((b) => [b.siteLabel, b.quotas])).toEqual([
      ['Maison des solidarités Nord', ['T1=3', 'T13=1']],
      ['Maison des solidarités Sud', ['T1=2', 'T5=1']],
    ]);
  });

  it('a table before the sites’ fields: one bulletin, not split', () => {
    const r = read(
      'ANNEXE 2 – BULLETIN D’ADHÉSION AU SERVICE CDAP',
      '',
      ...TABLE,
      'T1\t3',
      '',
      'Site : Maison des solidarités Nord',
      'Site : Maison des solidarités Sud',
    );
    expect(r.bulletins).toHaveLength(1);
  });

  it('a title a justified PDF line split into cells', () => {
    const r = read(
      'ANNEXE 2.1 – DIRECTION DE L’INSERTION ET DE L’EMPLOI',
      '',
      'Bulletin d’adhésion au service\tCdap – Consultation du dossier allocataire\tpar les partenaires',
      '',
      ...TABLE,
      'T4\t10',
    );
    expect(r.bulletins[0]).toMatchObject({
      serviceCode: 'CDAP',
      annexNumber: '2.1',
      quotas: ['T4=10'],
    });
  });

  it('a contents table’s row (a page number cell) is no title', () => {
    expect(bulletinTitle(['Bulletin d’adhésion au service Cdap\t12'], 0)).toBeUndefined();
  });
});

describe('numbered bulletins under the annex of all of them', () => {
  it('« ANNEXE 2 – BULLETINS D’ADHÉSION (service Cdap) », then « Bulletin n° 1 – <site> »', () => {
    const r = read(
      'ANNEXE 2 – BULLETINS D’ADHÉSION (service Cdap)',
      '',
      'Bulletin n° 1 – Pôle accès aux droits (siège, Lectoure)',
      'Pour ce site, le nombre maximum d’habilitations est fixé à deux (2) pour le profil T1 et à trois (3) pour le profil T13.',
      '',
      'Bulletin n° 2 – Service d’aide à domicile (antenne de Fleurance)',
      'Une seule habilitation est accordée, au profil T2 (prestataires de services sociaux).',
    );
    expect(r.bulletins.map((b) => [b.serviceCode, b.siteLabel, b.annexNumber, b.quotas])).toEqual([
      ['CDAP', 'Pôle accès aux droits (siège, Lectoure)', '2.1', ['T1=2', 'T13=3']],
      ['CDAP', "Service d'aide à domicile (antenne de Fleurance)", '2.2', ['T2=1']],
    ]);
  });

  it('« Bulletin n° 1 – … » with no annex of bulletins above is no title', () => {
    expect(bulletinTitle(['Bulletin n° 1 – Pôle accès aux droits'], 0)).toBeUndefined();
  });
});

describe('a bulletin written as an article of the convention', () => {
  it('« Le CCAS adhère au service Cdap. … deux habilitations au profil T1 … »', () => {
    const r = extractConvention(
      [
        '9. Le service Cdap',
        'Le CCAS adhère au service Cdap. La Caf l’autorise à créer au maximum deux habilitations au profil T1 (Action sociale) et quatre habilitations au profil T13 (Commissions FSL).',
        '',
        'Fait à Metz, le 3 juin 2021.',
      ].join('\n'),
    );
    expect(
      r.bulletins.map((b) => [
        b.value.serviceCode,
        b.value.quotas.map((q) => `${q.value.profileCode}=${q.value.max}`),
      ]),
    ).toEqual([['CDAP', ['T1=2', 'T13=4']]]);
  });

  it('« adhère au service Cdap » with no quota gives no bulletin', () => {
    expect(extractConvention('Le CCAS adhère au service Cdap depuis 2015.').bulletins).toEqual([]);
  });
});

describe('a bulletin numbered as its annex, its site in a label ⇥ value row', () => {
  const bulletin = (n: string, site: string, quotas: string[]) => [
    `Bulletin d’adhésion n° ${n}`,
    '',
    'Service\tCdap – Consultation du dossier allocataire par les partenaires',
    `Site / service utilisateur\t${site}`,
    '',
    'Nombre maximal d’habilitations par profil',
    '',
    ...quotas,
    '',
    'Fait à Amiens, le 21/05/2024',
  ];
  it('each bulletin apart, with its annex and its site', () => {
    const r = read(
      ...bulletin('2.1', 'Siège du CIAS – Pôle aide sociale', ['Profil\tNombre', 'T1\t2']),
      ...bulletin('2.2', 'Service d’aide à domicile (SAAD)', ['Profil\tNombre', 'T2\t2']),
    );
    expect(r.bulletins.map((b) => [b.annexNumber, b.siteLabel, b.quotas])).toEqual([
      ['2.1', 'Siège du CIAS – Pôle aide sociale', ['T1=2']],
      ['2.2', "Service d'aide à domicile (SAAD)", ['T2=2']],
    ]);
  });
  it('a quota table whose empty cells were dropped (« T1 T2 T4 … » then « 2 ») is said unread', () => {
    const r = read(
      ...bulletin('2.1', 'Siège du CIAS', [
        'T1 T2 T4 T5 T6 T8 T9 T10 T11 T12',
        '',
        '2',
        '',
        'T13 T14 T15',
        '',
        '3',
      ]),
    );
    expect(r.bulletins.map((b) => b.quotas)).toEqual([[]]);
    expect(r.unread).toContain('bulletins@8');
  });
});

describe('a service label read out of a sentence', () => {
  it.each([
    [
      '. Le service "Consultation du dossier allocataire par les partenaires" permet aux agents habilités',
      'Consultation du dossier allocataire par les partenaires',
    ],
    [
      '. Le service Consultation du dossier allocataire par les partenaires',
      'Consultation du dossier allocataire par les partenaires',
    ],
    [
      'Consultation du dossier allocataire par les partenaires',
      'Consultation du dossier allocataire par les partenaires',
    ],
    ['Cdap – "Consultation" (T1 à T22)', 'Cdap – "Consultation" (T1 à T22)'],
    ['. ', undefined],
  ])('%j is the service’s own name', (label, expected) => {
    expect(cleanServiceLabel(label)).toBe(expected);
  });
});
