import { describe, expect, it } from 'vitest';
import { csvGrid } from '../../backup/roster-sheet';
import { CATALOGUE_PROFILES } from '../profiles';
import { readDateCell, readStatusCell, profileReader } from './cells';
import {
  applyRememberedMapping,
  findHeaderRow,
  guessPortalMapping,
  mappingProblems,
  rememberMapping,
  type PortalField,
} from './columns';
import { readPortalAccounts, splitFullName } from './accounts';

const context = {
  profiles: CATALOGUE_PROFILES,
  serviceCodes: ['CDAP', 'AFAS'],
  serviceLabels: { CDAP: 'Consultation du dossier allocataire par les partenaires' },
};
const TODAY = '2026-03-15';

/** A CSV export read as the roster import reads it, then the header line found and guessed. */
function read(csv: string) {
  // Read as the app reads a CSV file (the roster import's reader: every line kept).
  const rows = csvGrid(csv).grid;
  const headerRow = findHeaderRow(rows);
  const mapping = guessPortalMapping(rows[headerRow]!);
  return {
    ...readPortalAccounts({ rows, headerRow, mapping, context, today: TODAY }),
    mapping,
    headerRow,
  };
}

describe('guessPortalMapping: header spellings of several portal versions', () => {
  const cases: { headers: string[]; expected: Partial<Record<PortalField, number>> }[] = [
    {
      headers: [
        'Identifiant',
        'NOM',
        'Prénom',
        'Mél',
        'Service',
        'Profils',
        'Statut',
        'Date de création',
        'Dernière connexion',
      ],
      expected: {
        login: 0,
        lastName: 1,
        firstName: 2,
        email: 3,
        service: 4,
        profiles: 5,
        status: 6,
        createdOn: 7,
        lastLoginOn: 8,
      },
    },
    {
      headers: [
        'Login',
        'Nom de famille',
        'Prenom',
        'E-mail',
        'Offre de service',
        'Profil',
        'Etat du compte',
        'Date de dernière connexion',
      ],
      expected: {
        login: 0,
        lastName: 1,
        firstName: 2,
        email: 3,
        service: 4,
        profiles: 5,
        status: 6,
        lastLoginOn: 7,
      },
    },
    {
      headers: [
        'Utilisateur',
        'Adresse électronique',
        'Habilitations',
        'État',
        'Créé le',
        'Date du dernier accès',
      ],
      expected: { fullName: 0, email: 1, profiles: 2, status: 3, createdOn: 4, lastLoginOn: 5 },
    },
    {
      headers: ['Nom d’utilisateur', 'Nom prénom', 'Courriel', 'Profil Cdap', 'Date d’expiration'],
      expected: { login: 0, fullName: 1, email: 2, profiles: 3, validTo: 4 },
    },
    {
      headers: [
        'IDENTIFIANT DE CONNEXION',
        'NOM USUEL',
        'PRÉNOMS',
        'MAIL',
        'SERVICE CAF',
        'DROITS',
        'STATUT DU COMPTE',
      ],
      expected: {
        login: 0,
        lastName: 1,
        firstName: 2,
        email: 3,
        service: 4,
        profiles: 5,
        status: 6,
      },
    },
  ];
  it.each(cases)('$headers', ({ headers, expected }) => {
    expect(guessPortalMapping(headers)).toEqual(expected);
  });

  it('finds the header line below a title and blank lines', () => {
    const rows = [
      ['Liste des utilisateurs – extraction du 03/01/2026', '', ''],
      ['', '', ''],
      ['Identifiant', 'Nom', 'Profil'],
      ['mdupont', 'DUPONT', 'T13'],
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('remembers the mapping by header text, whatever the column order next time', () => {
    const first = ['Identifiant', 'Nom', 'Prénom', 'Profils', 'Commentaire'];
    const chosen = { ...guessPortalMapping(first), status: 4 };
    const remembered = rememberMapping(first, chosen);
    const next = ['Commentaire', 'Profils', 'Nom', 'Prénom', 'Identifiant', 'Mél'];
    expect(applyRememberedMapping(next, remembered)).toEqual({
      status: 0,
      profiles: 1,
      lastName: 2,
      firstName: 3,
      login: 4,
      email: 5,
    });
  });

  it('a field left out on purpose is not guessed again', () => {
    const headers = ['Identifiant', 'Nom', 'Profils', 'Statut'];
    const chosen = guessPortalMapping(headers);
    delete chosen.status;
    expect(
      applyRememberedMapping(headers, rememberMapping(headers, chosen)).status,
    ).toBeUndefined();
  });

  it('says what is missing before comparing', () => {
    expect(mappingProblems({ profiles: 1 })).toHaveLength(1);
    expect(mappingProblems({ login: 0 })).toEqual(['Indiquez la colonne des profils (T1, T13…).']);
    expect(mappingProblems({ login: 0, profiles: 1 })).toEqual([]);
  });
});

describe('cells', () => {
  it.each([
    ['03/01/2026', '2026-01-03'],
    ['3/1/2026', '2026-01-03'],
    ['03.01.2026', '2026-01-03'],
    ['03/01/26', '2026-01-03'],
    ['2026-01-03', '2026-01-03'],
    ['2026-01-03T14:32:10Z', '2026-01-03'],
    ['03/01/2026 14:32', '2026-01-03'],
    ['03/01/2026 à 14h32', '2026-01-03'],
    ['3 janvier 2026', '2026-01-03'],
    ['1er févr. 2025', '2025-02-01'],
    ['46025', '2026-01-03'],
    ['46025.6041666667', '2026-01-03'],
    ['45351', '2024-02-29'],
  ])('date %s → %s', (raw, iso) => {
    expect(readDateCell(raw)).toEqual({ ok: true, date: iso });
  });
  it.each(['', 'jamais', 'Jamais', '-', 'N/A'])('empty date %s', (raw) => {
    expect(readDateCell(raw)).toEqual({ ok: true });
  });
  it.each(['31/02/2026', 'hier', '12', '2026-13-01'])('unreadable date %s', (raw) => {
    expect(readDateCell(raw)).toEqual({ ok: false });
  });

  it.each([
    ['Actif', 'actif'],
    ['ACTIVÉ', 'actif'],
    ['Oui', 'actif'],
    ['Compte actif', 'actif'],
    ['Suspendu', 'suspendu'],
    ['Bloqué (mot de passe)', 'suspendu'],
    ['Désactivé', 'désactivé'],
    ['Désactivé le 12/03/2025', 'désactivé'],
    ['Inactif', 'désactivé'],
    ['Non', 'désactivé'],
    ['', undefined],
    ['En attente de validation', null],
  ])('status %s', (raw, expected) => {
    expect(readStatusCell(raw)).toBe(expected);
  });

  it.each([
    ['T13', ['T13']],
    ['T1, T13', ['T1', 'T13']],
    ['T1 ; T13', ['T1', 'T13']],
    ['t 13 / T2', ['T13', 'T2']],
    ['T1 et T13', ['T1', 'T13']],
    ['T13 (TD) — Agents administratifs', ['T13']],
    ['Profil T13 - Commissions FSL', ['T13']],
    ['Commissions FSL (Fonds de solidarité pour le logement)', ['T13']],
    ['CDAP - T13', ['T13']],
  ])('profiles %s', (raw, codes) => {
    const cell = profileReader(context)(raw);
    expect(cell.tokens.map((t) => t.code)).toEqual(codes);
    expect(cell.unread).toEqual([]);
  });

  it('reads the service written with the profile and flags unknown codes and words', () => {
    const cell = profileReader(context)('CDAP : T13, AFAS-T99, consultation');
    expect(cell.tokens).toEqual([
      { code: 'T13', known: true, serviceCode: 'CDAP' },
      { code: 'T99', known: false, serviceCode: 'AFAS' },
    ]);
    expect(cell.unread).toEqual(['consultation']);
  });

  it.each([
    ['DUPONT Marie', { lastName: 'DUPONT', firstName: 'Marie' }],
    ['Marie DUPONT', { lastName: 'DUPONT', firstName: 'Marie' }],
    ['DA SILVA Maria', { lastName: 'DA SILVA', firstName: 'Maria' }],
    ['Jean-Pierre LE GALL', { lastName: 'LE GALL', firstName: 'Jean-Pierre' }],
    ['Marie Dupont', {}],
    ['DUPONT MARIE', {}],
  ])('full name %s', (raw, expected) => {
    expect(splitFullName(raw)).toEqual(expected);
  });
});

describe('readPortalAccounts', () => {
  it('one row per account, several profiles in one cell, « ; » separated', () => {
    const r = read(
      [
        'Identifiant;NOM;Prénom;Mél;Service;Profils;Statut;Date de création;Dernière connexion',
        'kbenali;BENALI;Karim;K.Benali@ville-lieusaint.fr;Cdap;T1, T13;Actif;04/01/2021;12/03/2026',
        'lmarchand;MARCHAND;Lucie;;CDAP;T13;Suspendu;16/05/2022;jamais',
        'proussel;ROUSSEL;Paul;;Cdap;T13;Désactivé;01/02/2023;01/01/2025',
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.rows).toBe(3);
    expect(
      r.accounts.map((a) => [
        a.login,
        a.status,
        a.grants.map((g) => `${g.serviceCode}:${g.profileCode}`),
      ]),
    ).toEqual([
      ['kbenali', 'actif', ['CDAP:T1', 'CDAP:T13']],
      ['lmarchand', 'suspendu', ['CDAP:T13']],
      ['proussel', 'désactivé', ['CDAP:T13']],
    ]);
    expect(r.accounts[0]).toMatchObject({
      email: 'k.benali@ville-lieusaint.fr',
      createdOn: '2021-01-04',
      lastLoginOn: '2026-03-12',
    });
    expect(r.accounts[1]!.lastLoginOn).toBeUndefined();
    expect(r.has).toEqual({ lastLogin: true, service: true, status: true, createdOn: true });
  });

  it('one row per profile, « , » separated with quotes, rows of the same login merged', () => {
    const r = read(
      [
        'Login,Nom,Prenom,Profil,Etat,Date derniere connexion',
        'kbenali,BENALI,Karim,T1,Actif,45000',
        'kbenali,BENALI,Karim,T13,Actif,46000',
        '"mdupont","DUPONT-MARTIN","Marie","T13","Désactivé",""',
        'mdupont,DUPONT-MARTIN,Marie,T2,Actif,',
      ].join('\r\n'),
    );
    expect(r.accounts).toHaveLength(2);
    expect(r.accounts[0]).toMatchObject({
      login: 'kbenali',
      lines: [2, 3],
      lastLoginOn: '2025-12-09',
    });
    expect(r.accounts[0]!.grants.map((g) => g.profileCode)).toEqual(['T1', 'T13']);
    // A disabled profile row keeps its status; the account is active through its other row.
    expect(r.accounts[1]).toMatchObject({ status: 'actif' });
    expect(r.accounts[1]!.grants.map((g) => [g.profileCode, g.status])).toEqual([
      ['T13', 'désactivé'],
      ['T2', 'actif'],
    ]);
  });

  it('a single « Utilisateur » column, title lines above, no login: rows merged by mél', () => {
    const r = read(
      [
        'Mon Compte Partenaire – habilitations du partenaire;;;',
        'Extraction du 03/01/2026;;;',
        ';;;',
        'Utilisateur;Adresse mail;Habilitation;État',
        'BENALI Karim;k.benali@ville-lieusaint.fr;T13;Actif',
        'Karim BENALI;k.benali@ville-lieusaint.fr;T1;Actif',
        'Marie Dupont;;T13;Actif',
      ].join('\n'),
    );
    expect(r.headerRow).toBe(3);
    expect(r.accounts).toHaveLength(2);
    expect(r.accounts[0]).toMatchObject({ lastName: 'BENALI', firstName: 'Karim', lines: [5, 6] });
    expect(r.accounts[1]).toMatchObject({ fullName: 'Marie Dupont', key: 'nom:dupont marie' });
  });

  it('reports what it cannot read, line by line, and skips rows with nobody in them', () => {
    const r = read(
      [
        'Identifiant;Nom;Mél;Profils;Statut;Dernière connexion;Date de fin',
        ';;;T13;Actif;;',
        'x1;X;pas-un-mel;T13, T99;En attente;hier;',
        'x2;Y;;T13;Actif;;01/01/2026',
      ].join('\n'),
    );
    expect(r.problems).toEqual([
      { line: 2, skipped: true, message: 'Ligne ignorée : ni identifiant, ni mél, ni nom.' },
      { line: 3, skipped: false, message: 'Mél « pas-un-mel » invalide, ignoré.' },
      {
        line: 3,
        skipped: false,
        message:
          'Statut « En attente » non reconnu : le compte est compté comme actif. Vérifiez-le dans le portail.',
      },
      {
        line: 3,
        skipped: false,
        message: 'Profil T99 absent du catalogue des profils (Paramètres).',
      },
      {
        line: 3,
        skipped: false,
        message: 'Date de dernière connexion « hier » : date illisible, ignorée.',
      },
    ]);
    // An end of validity in the past makes the account disabled.
    expect(r.accounts.find((a) => a.login === 'x2')!.status).toBe('désactivé');
  });

  it('reads a Windows-1252 export decoded by the roster import the same way', () => {
    const bytes = new Uint8Array(
      [...'Identifiant;Nom;Pr']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe9],
          [...'nom;Profil\nx;H'].map((c) => c.charCodeAt(0)),
          [0xc9],
          [...'LO;Zo'].map((c) => c.charCodeAt(0)),
          [0xe9],
          [...';T13\n'].map((c) => c.charCodeAt(0)),
        ),
    );
    const text = new TextDecoder('windows-1252').decode(bytes);
    const r = read(text);
    expect(r.accounts[0]).toMatchObject({ login: 'x', lastName: 'HÉLO', firstName: 'Zoé' });
  });
});
