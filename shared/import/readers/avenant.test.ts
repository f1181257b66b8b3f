/**
 * An avenant to a convention: its title, the convention's date it cites (its own « Fait à »
 * dates the avenant), the contacts table and the escalation it rewrites. Texts written for
 * the test in shapes avenants take.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { conventionNumbers } from './identifiers';
import { bulletinTitle, isAvenantTitle } from './segmentation';

describe('an avenant’s title', () => {
  it.each([
    [['AVENANT N° 3', "À LA CONVENTION D'ACCÈS À « MON COMPTE PARTENAIRE »"], true],
    [['Avenant n° 1 au contrat de services « Mon Compte Partenaire »'], true],
    [['AVENANT', 'à la convention Mon Compte Partenaire n° 12/2017'], true],
    // a deliberation's object, a sentence, a list item
    [
      [
        'Avenant n° 2 à la convention Mon Compte Partenaire conclue avec la Caisse d’allocations familiales',
      ],
      false,
    ],
    [['Avenant n° 2 à la convention est signé par les deux parties.'], false],
    [['Vu l’avenant n° 1 à la convention du 3 mai 2021 ;'], false],
    // an avenant to something else
    [['AVENANT N° 4', 'au marché de nettoyage des locaux'], false],
  ])('%j → %s', (lines, expected) => {
    expect(isAvenantTitle(lines, 0)).toBe(expected);
  });
});

describe('titles inside an avenant', () => {
  it.each([
    [
      'Annexe 2.2 modifiée – Résidence Les Lilas – Bulletin d’adhésion au service Cdap',
      { annex: '2.2', site: 'Résidence Les Lilas' },
    ],
    ['Annexe 2 (modifiée) – Bulletin d’adhésion au service Afas', { annex: '2' }],
  ])('%s', (line, expected) => {
    expect(bulletinTitle([line], 0)).toMatchObject(expected);
  });
  it('an article heading naming the bulletin opens no bulletin', () => {
    expect(bulletinTitle(['Article 4 – Bulletin d’adhésion au service Cdap'], 0)).toBeUndefined();
  });
  it.each([
    [
      [
        'Vu la convention d’accès à « Mon Compte Partenaire » n° 2017-33-118 signée le 2 mai 2017 ;',
      ],
      '2017-33-118',
    ],
    [
      [
        'AVENANT N° 1',
        "À LA CONVENTION D'ACCÈS À « MON COMPTE PARTENAIRE »",
        'N° 71-CONV-2016-09 DU 5 JUILLET 2016',
      ],
      '71-CONV-2016-09',
    ],
  ])('the convention’s number cited: %j', (lines, expected) => {
    const found = conventionNumbers(makeCtx(normalizeLines(lines.join('\n'))));
    expect(found.map((c) => c.value)).toEqual([expected]);
  });
});

const AVENANT = (contactsIntro: string, table: string[], escalation: string[]) =>
  [
    'AVENANT N° 1',
    "À LA CONVENTION D'ACCÈS À « MON COMPTE PARTENAIRE »",
    '',
    'Entre la Caisse d’allocations familiales de la Saône-et-Loire, représentée par son Directeur, M. Yves BONNOT,',
    'et le Centre communal d’action sociale de Mâcon, représenté par sa Vice-Présidente, Mme Claire DUBOST.',
    '',
    'Vu la convention d’accès à « Mon Compte Partenaire » n° 71-2016-044 signée le 5 juillet 2016 ;',
    'Vu l’avenant au contrat de services du 2 février 2019 ;',
    '',
    'Article 1 – Interlocuteurs',
    contactsIntro,
    '',
    ...table,
    '',
    'Pour mémoire, l’administratrice remplacée était Mme Inès MOREL (i.morel@ccas-macon.fr – 03 85 39 71 10).',
    '',
    'Article 2 – Procédure d’escalade',
    ...escalation,
    '',
    'Article 3 – Date d’effet',
    'Le présent avenant prend effet à sa signature.',
    '',
    'Fait à Mâcon, le 17 mars 2025',
  ].join('\n');

describe('an avenant read whole', () => {
  const table = [
    'Fonction\tNom\tCourriel\tTéléphone',
    'Administrateur\tPaul GIRAUD\tp.giraud@ccas-macon.fr\t03 85 39 71 20',
    'Administrateur suppléant\tNadia BENALI\tn.benali@ccas-macon.fr\t03 85 39 71 21',
  ];
  it.each([
    {
      what: 'the partner’s table after a sentence, the rule line under its header lost',
      intro:
        'Le tableau « Les interlocuteurs chez le partenaire » de l’annexe 1 du contrat de services est remplacé par le tableau suivant :',
      rows: [table[0]!, '', ...table.slice(1)],
    },
    {
      what: 'a table in bars, the sentence naming the CAF’s side in a second sentence',
      intro:
        'Les interlocuteurs du partenaire figurant à l’annexe 1 sont modifiés selon le tableau ci-dessous. Ceux de la Caf sont inchangés.',
      rows: table.map((r) => `| ${r.split('\t').join(' | ')} |`),
    },
  ])('$what', ({ intro, rows }) => {
    const r = extractConvention(
      AVENANT(intro, rows, [
        'L’article 3.3 du contrat de services est ainsi rédigé :',
        '« En l’absence de réponse sous 10 jours, sont contactés : pour la Caf, M. Loïc PERRET, administrateur local, 03 85 39 50 01 ; pour le partenaire, M. Paul GIRAUD, administrateur, 03 85 39 71 20. »',
      ]),
    );
    // the convention's date is the one cited, never the avenant's
    expect(r.convention.signedOn?.value).toBe('2016-07-05');
    expect(r.convention.signedAt).toBeUndefined();
    expect(r.convention.number?.value).toBe('71-2016-044');
    expect(r.contacts.map((c) => [c.value.side, c.value.role, c.value.name])).toEqual([
      ['partner', 'administrateur', 'Paul GIRAUD'],
      ['partner', 'administrateur-suppleant', 'Nadia BENALI'],
    ]);
    expect(
      r.serviceContract.escalation.map((e) => [e.value.side, e.value.name, e.value.phone]),
    ).toEqual([
      ['caf', 'Loïc PERRET', '03 85 39 50 01'],
      ['partner', 'Paul GIRAUD', '03 85 39 71 20'],
    ]);
  });

  it('no date cited: nothing, although the avenant is signed', () => {
    const r = extractConvention(
      AVENANT('Sans objet.', [], []).replace(/ signée le 5 juillet 2016/, ''),
    );
    expect(r.convention.signedOn).toBeUndefined();
    expect(r.convention.signedAt).toBeUndefined();
  });
});

describe('an avenant’s quota table: the old numbers and the new ones', () => {
  const pack = (title: string[], header: string, rows: string[]) =>
    extractConvention(
      [
        'AVENANT N° 2',
        'au contrat de services « Mon Compte Partenaire »',
        '',
        'Les habilitations du partenaire demeurent gérées en mode centralisé.',
        '',
        ...title,
        '',
        header,
        ...rows,
        '',
        'Fait à Nevers, le 2 juin 2024',
      ].join('\n'),
    );
  const quotas = (r: ReturnType<typeof extractConvention>) =>
    r.bulletins.map((b) => [
      b.value.serviceCode,
      Object.fromEntries(b.value.quotas.map((q) => [q.value.profileCode, q.value.max])),
    ]);
  it.each([
    {
      what: 'new column last, a profile opened (« – » before)',
      header: 'Profil\tNombre initial\tNombre à compter du présent avenant',
      rows: ['T1\t2\t3', 'T9\t–\t1'],
      expected: { T1: 3, T9: 1 },
    },
    {
      what: 'new column first, a profile closed (« – » after): no quota',
      header: 'Profil\tNouveau nombre\tAncien nombre',
      rows: ['T1 – Action sociale\t4\t2', 'T13 – Commissions FSL\t–\t1'],
      expected: { T1: 4 },
    },
  ])('$what', ({ header, rows, expected }) => {
    const titled = pack(['Annexe 2 modifiée – Bulletin d’adhésion au service Cdap'], header, rows);
    expect(quotas(titled)).toEqual([['CDAP', expected]]);
    // no bulletin title: the service the avenant names
    const untitled = pack(
      [
        'Article 2 – Nombre d’habilitations',
        'Le tableau du bulletin d’adhésion au service Cdap est modifié comme suit :',
      ],
      header,
      rows,
    );
    expect(quotas(untitled)).toEqual([['CDAP', expected]]);
    expect(untitled.convention.mode?.value).toBe('centralisé');
  });

  it.each([
    [
      'the annex in brackets, the service written out in a sentence',
      [
        'Article 4 – Bulletin d’adhésion au service Cdap (annexe 2)',
        'Pour le service Consultation du dossier allocataire par les partenaires, le nombre maximal d’habilitations par profil est porté aux valeurs suivantes :',
      ],
      { annexNumber: '2', serviceLabel: 'Consultation du dossier allocataire par les partenaires' },
    ],
    [
      'no annex, no label: neither is guessed',
      ['Le tableau du bulletin d’adhésion au service Cdap est modifié comme suit :'],
      { annexNumber: undefined, serviceLabel: undefined },
    ],
  ])('no title: %s', (_, title, expected) => {
    const r = pack(title, 'Profil\tAvant avenant\tAprès avenant', ['T1\t2\t3']);
    const b = r.bulletins[0]?.value;
    expect(b?.serviceCode).toBe('CDAP');
    expect({ annexNumber: b?.annexNumber, serviceLabel: b?.serviceLabel }).toEqual(expected);
  });

  it('two services named, no title: the table is not given to either', () => {
    const r = pack(
      [
        'Le bulletin d’adhésion au service Cdap et le bulletin d’adhésion au service Afas sont modifiés :',
      ],
      'Profil\tNombre initial\tNombre à compter du présent avenant',
      ['T1\t2\t3'],
    );
    expect(r.bulletins).toEqual([]);
  });
});
