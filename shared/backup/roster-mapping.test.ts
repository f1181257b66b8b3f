import { describe, expect, it } from 'vitest';
import { parsePortalRole } from './roster-values';
import {
  guessMapping,
  profileColumns,
  unmappedColumns,
  ROSTER_CSV_HEADER,
  type ColumnMapping,
  type RosterField,
} from './roster-import';

describe('column mapping from real headers', () => {
  it.each<[string, RosterField | undefined]>([
    ['Nom', 'lastName'],
    ['NOM de naissance', 'lastName'],
    ['Nom d’usage', 'lastName'],
    ['Prénom', 'firstName'],
    ['PRENOMS', 'firstName'],
    ['NOM Prénom', 'fullName'],
    ['Mail', 'email'],
    ['Courriel', 'email'],
    ['E-mail professionnel', 'email'],
    ['Adresse mél', 'email'],
    ['Tél.', 'phoneFixed'],
    ['N° de téléphone', 'phoneFixed'],
    ['Tél. portable', 'phoneMobile'],
    ['Date d’arrivée', 'arrivedOn'],
    ['Date entrée', 'arrivedOn'],
    ['Date d’embauche', 'arrivedOn'],
    ['Date de départ', 'departedOn'],
    ['Date de sortie', 'departedOn'],
    ['Profil Cdap', 'profileCode'],
    ['Profil', 'profileCode'],
    ['Service', 'service'],
    ['Service d’affectation', 'service'],
    ['Fonction', 'function'],
    ['Poste occupé', 'function'],
    ['Rôle dans le portail', 'portalRole'],
    ['Identifiant portail', 'portalLogin'],
    ['Login MCP', 'portalLogin'],
    ['Travailleur social diplômé', 'qualifiedSocialWorker'],
    ['Date d’habilitation', 'grantedOn'],
    ['Date ouverture', 'grantedOn'],
    ['Accès depuis', 'grantedOn'],
    ['Date d’activation', 'grantedOn'],
    ['Date de naissance', undefined],
    ['Fin\nd’habilitation', 'revokedOn'],
    ['Date de fin d’habilitation', 'revokedOn'],
    ['Date de retrait', 'revokedOn'],
    ['Date de fin', 'departedOn'],
    ['Observations', 'remarks'],
    ['Commentaires', 'remarks'],
    ['Matricule', undefined],
    ['Habilité(e) le', 'grantedOn'],
    ['Attribuée le', 'grantedOn'],
    ['Attribué(e) le', 'grantedOn'],
    ['Habilité·e depuis', 'grantedOn'],
    ['Depuis le', 'grantedOn'],
    ['Administrateur ?', 'portalRole'],
    ['Admin MCP', 'portalRole'],
    ['Rôle Mon Compte Partenaire', 'portalRole'],
    ['Statut', 'status'],
    ['Situation', 'status'],
    ['État civil', undefined],
    ['Administrateur local de la Caf', undefined],
  ])('« %s » → %s', (header, field) => {
    const m = guessMapping([header]);
    expect(Object.entries(m).find(([, c]) => c === 0)?.[0]).toBe(field);
  });

  it('maps a whole office list, each column once, and names the columns left out', () => {
    const headers = [
      'Matricule',
      'NOM',
      'Prénom',
      'Service',
      'Fonction',
      'Mail',
      'Tél.',
      'Portable',
      'Date entrée',
      'Date de départ',
      'Profil Cdap',
      'Rôle dans le portail',
      'Identifiant portail',
      'Observations',
      'Date de naissance',
    ];
    const m = guessMapping(headers);
    expect(m).toEqual({
      lastName: 1,
      firstName: 2,
      service: 3,
      function: 4,
      email: 5,
      phoneFixed: 6,
      phoneMobile: 7,
      arrivedOn: 8,
      departedOn: 9,
      profileCode: 10,
      portalRole: 11,
      portalLogin: 12,
      remarks: 13,
    } satisfies ColumnMapping);
    expect(unmappedColumns(headers, [], m).map((c) => headers[c])).toEqual([
      'Matricule',
      'Date de naissance',
    ]);
  });

  it.each<[string[], ColumnMapping]>([
    // « Depuis le » next to a « Statut » is the status's date; the grant date has its own column.
    [
      ['Nom', 'Statut', 'Depuis le', 'Habilité(e) le'],
      { lastName: 0, status: 1, statusDate: 2, grantedOn: 3 },
    ],
    // Without a status, « Depuis le » is when the profile was granted.
    [['Agent', 'Profil', 'Depuis le'], { fullName: 0, profileCode: 1, grantedOn: 2 }],
    // « Depuis » after the profile, the status elsewhere: the grant date.
    [
      ['Agent', 'Profil(s)', 'Depuis', 'Statut'],
      { fullName: 0, profileCode: 1, grantedOn: 2, status: 3 },
    ],
    // A status's date with no status column is not kept as one.
    [['Nom', 'Date du statut', 'Date habilitation'], { lastName: 0, grantedOn: 2 }],
  ])('%j → %j', (headers, expected) => {
    expect(guessMapping(headers)).toEqual(expected);
  });

  it('maps an export from an English-language tool (snake case)', () => {
    const m = guessMapping([
      'id',
      'last_name',
      'first_name',
      'job_title',
      'email',
      'cdap_profiles',
      'granted_on',
      'portal_role',
      'left_on',
      'notes',
    ]);
    expect(m).toMatchObject({
      lastName: 1,
      firstName: 2,
      function: 3,
      email: 4,
      profileCode: 5,
      grantedOn: 6,
      portalRole: 7,
      departedOn: 8,
      remarks: 9,
    });
    expect(parsePortalRole('deputy_admin')).toBe('Administrateur suppléant');
  });

  it('maps the abbreviated headers of an HR software export', () => {
    const m = guessMapping([
      'NOM USUEL',
      'PRENOM',
      'FONCT.',
      'SCE',
      'DT ENTREE',
      'DT SORTIE',
      'PROF.',
      'DT HAB.',
      'DT FIN HAB.',
      'ADM MCP',
      'MEL',
    ]);
    expect(m).toMatchObject({
      lastName: 0,
      firstName: 1,
      function: 2,
      service: 3,
      arrivedOn: 4,
      departedOn: 5,
      profileCode: 6,
      grantedOn: 7,
      revokedOn: 8,
      portalRole: 9,
      email: 10,
    });
  });

  it('takes the name in use, not the birth name, when a list gives both', () => {
    expect(guessMapping(['Matricule', 'Nom de naissance', "Nom d'usage", 'Prénom'])).toMatchObject({
      lastName: 2,
      firstName: 3,
    });
    expect(guessMapping(['Nom de naissance', 'Prénom'])).toMatchObject({ lastName: 0 });
  });

  it('prefers a visible column to a hidden one with the same title', () => {
    expect(guessMapping(['Mail', 'Mail'], [0])).toEqual({ email: 1 });
  });

  it('reads back its own CSV export', () => {
    expect(guessMapping(ROSTER_CSV_HEADER as unknown as string[])).toEqual({
      lastName: 0,
      firstName: 1,
      function: 2,
      service: 3,
      email: 4,
      phoneFixed: 5,
      phoneMobile: 6,
      portalLogin: 7,
      portalRole: 8,
      arrivedOn: 9,
      departedOn: 10,
      profileCode: 11,
      bulletin: 12,
      grantedOn: 13,
      revokedOn: 14,
    });
  });

  it('finds the columns that each stand for a profile, and does not list them as left out', () => {
    const headers = [
      'Nom',
      'Profil',
      'T1',
      'T 13 – FSL',
      'Profil 5',
      'T13 à vérifier',
      'Tél.',
      'T4 Services instructeurs',
      'T16 DALO',
      'T2 Action sociale',
    ];
    const m = guessMapping(headers);
    expect(profileColumns(headers, m)).toEqual([
      { col: 2, code: 'T1' },
      { col: 3, code: 'T13' },
      { col: 4, code: 'T5' },
      { col: 7, code: 'T4' },
      { col: 8, code: 'T16' },
    ]);
    expect(unmappedColumns(headers, [], m).map((c) => headers[c])).toEqual([
      'T13 à vérifier',
      'T2 Action sociale', // the code and the label disagree
    ]);
  });

  it('under a group title « Habilitation », « Date de fin » ends the habilitation, not the agent', () => {
    const headers = [
      'Nom',
      'Date d’entrée',
      'Date de sortie',
      'Profil',
      'Date de début',
      'Date de fin',
    ];
    const groups = [
      'Agent',
      'Agent',
      'Agent',
      'Habilitation CDAP',
      'Habilitation CDAP',
      'Habilitation CDAP',
    ];
    expect(guessMapping(headers, [], groups)).toMatchObject({
      arrivedOn: 1,
      departedOn: 2,
      profileCode: 3,
      grantedOn: 4,
      revokedOn: 5,
    });
    expect(guessMapping(['Nom', 'Profil', 'Date de fin'], [], ['Agent', 'Accès', 'Accès'])).toEqual(
      {
        lastName: 0,
        profileCode: 1,
        revokedOn: 2,
      },
    );
    expect(guessMapping(['Nom', 'Date de fin'])).toEqual({ lastName: 0, departedOn: 1 });
  });
});
