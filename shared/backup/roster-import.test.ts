import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Agent, Bulletin, Quota } from '../domain/schemas';
import {
  guessMapping,
  mapRow,
  parsePortalRole,
  parseProfileCodes,
  parseRosterDate,
  planImport,
  rosterCsvRows,
  splitFullName,
  unmappedColumns,
  ROSTER_CSV_HEADER,
  type ColumnMapping,
  type ExistingRegister,
  type RosterField,
} from './roster-import';
import { cleanGrid, detectHeaderRow, readCsvSheet, sheetFromGrid } from './roster-sheet';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP', annexNumber: '2' };
const quotas: Quota[] = [{ id: 'q1', bulletinId: 'b1', profileCode: 'T13', max: 2 }];
const TODAY = '2026-11-23';
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };

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
    ['Date de naissance', undefined],
    ['Observations', undefined],
    ['Matricule', undefined],
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
    } satisfies ColumnMapping);
    expect(unmappedColumns(headers, [], m).map((c) => headers[c])).toEqual([
      'Matricule',
      'Observations',
      'Date de naissance',
    ]);
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
    });
  });
});

describe('cell values', () => {
  it.each([
    ['2023-01-05', '2023-01-05'],
    ['2023-01-05T00:00:00.000Z', '2023-01-05'],
    ['05/01/2023', '2023-01-05'],
    ['5/1/23', '2023-01-05'],
    ['05.01.2023', '2023-01-05'],
    ['44931', '2023-01-05'],
    ['44931,5', '2023-01-05'],
    ['1er janvier 2024', '2024-01-01'],
    ['29 févr. 2024', '2024-02-29'],
    ['31/02/2024', null],
    ['12', null],
    ['demain', null],
  ])('date « %s » → %s', (raw, iso) => {
    expect(parseRosterDate(raw)).toBe(iso);
  });

  it.each([
    ['Admin. suppléant', 'Administrateur suppléant'],
    ['administrateur', 'Administrateur'],
    ['Responsable d’habilitations', "Responsable d'habilitations"],
    ['utilisateur', 'Utilisateur'],
    ['chef', undefined],
  ])('portal role « %s » → %s', (raw, role) => {
    expect(parsePortalRole(raw)).toBe(role);
  });

  it.each([
    ['T13', ['T13']],
    ['t 13', ['T13']],
    ['Profil T1 – action sociale', ['T1']],
    ['T1 / T13', ['T1', 'T13']],
    ['T013', ['T13']],
    ['oui', []],
  ])('profiles « %s » → %o', (raw, codes) => {
    expect(parseProfileCodes(raw)).toEqual(codes);
  });

  it.each([
    ['DUPONT Marie-Claire', 'DUPONT', 'Marie-Claire'],
    ['Marie-Claire DUPONT', 'DUPONT', 'Marie-Claire'],
    ['DE LA FONTAINE Jean', 'DE LA FONTAINE', 'Jean'],
    ['Mme Martin Anne', 'Martin', 'Anne'],
    ['BENALI', 'BENALI', undefined],
  ])('full name « %s » → %s / %s', (raw, lastName, firstName) => {
    expect(splitFullName(raw)).toEqual({ lastName, ...(firstName ? { firstName } : {}) });
  });
});

describe('mapRow', () => {
  const m = { lastName: 0, email: 1, profileCode: 2, grantedOn: 3, departedOn: 4, portalRole: 5 };
  it('reports each row’s errors in French', () => {
    const row = mapRow(['', 'pas-un-mel', 'T13', '31/02/2024', '', ''], 5, m, ctx, TODAY);
    expect(row.errors).toEqual([
      'Nom manquant.',
      'Mél « pas-un-mel » invalide.',
      'Date d’habilitation « 31/02/2024 » : date attendue au format jj/mm/aaaa.',
    ]);
  });
  it('reads the departure, the portal role and several profiles; remarks do not block the row', () => {
    const row = mapRow(
      ['Bénali', 'k.benali@ville.fr', 'T1 / T13', '01/02/2024', '31/08/2026', 'chef'],
      2,
      m,
      ctx,
      TODAY,
    );
    expect(row.errors).toEqual([]);
    expect(row.agent).toMatchObject({
      lastName: 'BÉNALI',
      email: 'k.benali@ville.fr',
      departedOn: '2026-08-31',
    });
    expect(row.grants.map((g) => [g.profileCode, g.grantedOn, g.datedInFile])).toEqual([
      ['T1', '2024-02-01', true],
      ['T13', '2024-02-01', true],
    ]);
    expect(row.warnings[0]).toContain('Rôle dans le portail « chef » non reconnu');
  });
  it('a departure before the arrival is an error', () => {
    const row = mapRow(
      ['A', '', '', '', '01/01/2020', '', '01/01/2021'],
      2,
      { ...m, arrivedOn: 6 },
      ctx,
      TODAY,
    );
    expect(row.errors[0]).toContain(
      'La date de départ (01/01/2020) est antérieure à la date d’arrivée (01/01/2021)',
    );
  });
});

describe('planImport', () => {
  const empty: ExistingRegister = {
    agents: [],
    habilitations: [],
    quotas,
    bulletins: [bulletin],
    profiles: CATALOGUE_PROFILES,
  };
  const ids = () => {
    let n = 0;
    return () => `id${++n}`;
  };
  const plan = (
    rows: string[][],
    mapping: ColumnMapping,
    existing = empty,
    extra: { choices?: Record<number, 'merge' | 'create'>; inPortal?: boolean } = {},
  ) =>
    planImport(
      rows.map((r, i) => mapRow(r, i + 2, mapping, ctx, TODAY)),
      existing,
      { today: TODAY, organisationId: 'o', newId: ids(), ...extra },
    );

  it.each([
    ['T13 within the quota', [['A', 'a', 'T13', '', '']], ['granted'], 0],
    ['T5, not in the bulletin', [['A', 'a', 'T5', '', '']], ['pending'], 1],
    [
      'T1 for an agent not marked qualified (and not in the bulletin)',
      [['A', 'a', 'T1', '', '']],
      ['pending'],
      1,
    ],
    ['T99, not in the catalogue', [['A', 'a', 'T99', '', '']], ['pending'], 1],
    ['a departed agent: not created', [['A', 'a', 'T13', '', '01/01/2026']], ['departed'], 0],
  ])('%s: the agent is imported, the habilitation %o', (_label, rows, statuses, pending) => {
    const p = plan(rows, {
      lastName: 0,
      firstName: 1,
      profileCode: 2,
      arrivedOn: 3,
      departedOn: 4,
    });
    expect(p.newAgents).toBe(1);
    expect(p.rows[0]!.planned.map((g) => g.status)).toEqual(statuses);
    expect(p.pending).toBe(pending);
    expect(p.agents[0]!.agent.pendingHabilitations?.length ?? 0).toBe(pending);
    if (pending) {
      const reason = p.agents[0]!.agent.pendingHabilitations![0]!;
      expect(reason).toMatchObject({ requestedOn: TODAY, source: 'import de liste, ligne 2' });
      expect(reason.reason.length).toBeGreaterThan(20);
    }
  });

  it('over the quota, the newcomer (latest arrival) is the one à régulariser, whatever the file order', () => {
    const p = plan(
      [
        ['NOUVEAU', 'n', 'T13', '01/10/2026'],
        ['ANCIEN', 'a', 'T13', '01/01/2015'],
        ['MOYEN', 'm', 'T13', '01/01/2020'],
      ],
      { lastName: 0, firstName: 1, profileCode: 2, arrivedOn: 3 },
    );
    expect(p.rows.map((r) => [r.agent.lastName, r.planned[0]!.status])).toEqual([
      ['NOUVEAU', 'pending'],
      ['ANCIEN', 'granted'],
      ['MOYEN', 'granted'],
    ]);
    expect(p.rows[0]!.planned[0]!.reason).toContain('Quota atteint pour le profil T13 (2 sur 2');
    expect(p.rows[0]!.planned[0]!.article).toBe('contrat art. 2.2.1');
  });

  it('« already in the portal »: granted ones are marked created in the portal, refused ones too', () => {
    const p = plan(
      [
        ['A', 'a', 'T13'],
        ['B', 'b', 'T5'],
      ],
      { lastName: 0, firstName: 1, profileCode: 2 },
      empty,
      { inPortal: true },
    );
    expect(p.habilitations[0]).toMatchObject({ appliedInPortalOn: TODAY });
    expect(p.agents[1]!.agent.pendingHabilitations![0]).toMatchObject({ inPortal: true });
  });

  const karim: Agent = {
    id: 'known',
    organisationId: 'o',
    lastName: 'BENALI',
    firstName: 'Karim',
    qualifiedSocialWorker: false,
    email: 'k.benali@ville.fr',
  };
  it.each([
    [
      'same name in the register, merged (default)',
      [['Bénali', 'karim', '', '']],
      {},
      { newAgents: 0, updatedAgents: 0, duplicates: 1 },
      [['merged', 'register']],
    ],
    [
      'same e-mail in the register, merged and completed',
      [['ZAOUI', 'Karim', 'K.Benali@ville.fr', 'Instructeur']],
      {},
      { newAgents: 0, updatedAgents: 1, duplicates: 1 },
      [['merged', 'register']],
    ],
    [
      'created anyway when chosen',
      [['BENALI', 'Karim', '', '']],
      { 2: 'create' as const },
      { newAgents: 1, updatedAgents: 0, duplicates: 1 },
      [['new-agent', 'register']],
    ],
    [
      'twice in the file (compound names written differently)',
      [
        ['MARTIN-DUPONT', 'Anne-Sophie', '', ''],
        ['Martin Dupont', 'Anne Sophie', 'as@v.fr', ''],
      ],
      {},
      { newAgents: 1, updatedAgents: 0, duplicates: 1 },
      [
        ['new-agent', undefined],
        ['merged', 'file'],
      ],
    ],
  ])('duplicates: %s', (_label, rows, choices, counts, outcomes) => {
    const p = plan(
      rows,
      { lastName: 0, firstName: 1, email: 2, function: 3 },
      { ...empty, agents: [karim] },
      { choices },
    );
    expect(p).toMatchObject(counts);
    expect(p.rows.map((r) => [r.outcome, r.duplicate?.of])).toEqual(outcomes);
  });

  it('a merge fills the empty fields only, and adds the row’s habilitations to the agent found', () => {
    const p = plan(
      [['BENALI', 'Karim', 'autre@ville.fr', 'Instructeur FSL', 'T13']],
      { lastName: 0, firstName: 1, email: 2, function: 3, profileCode: 4 },
      { ...empty, agents: [karim] },
    );
    expect(p.agents[0]!.agent).toMatchObject({
      id: 'known',
      email: 'k.benali@ville.fr',
      function: 'Instructeur FSL',
    });
    expect(p.habilitations).toMatchObject([{ agentId: 'known', profileCode: 'T13' }]);
    expect(p.rows[0]!.duplicate).toMatchObject({ name: 'Karim BENALI', reasons: ['name'] });
  });

  it('an agent already holding the habilitation is not refused nor pending: « already »', () => {
    const existing = {
      ...empty,
      agents: [karim],
      habilitations: [
        {
          id: 'h',
          agentId: 'known',
          bulletinId: 'b1',
          profileCode: 'T13',
          grantedOn: '2024-01-01',
        },
      ],
    };
    const p = plan(
      [['BENALI', 'Karim', 'T13']],
      { lastName: 0, firstName: 1, profileCode: 2 },
      existing,
    );
    expect(p.rows[0]!.planned.map((g) => g.status)).toEqual(['already']);
    expect(p.agents).toEqual([]);
  });
});

describe('CSV export', () => {
  it('exports the roster as rows the import reads back', () => {
    const rows = rosterCsvRows({
      agents: [
        {
          id: 'a',
          organisationId: 'o',
          lastName: 'BENALI',
          firstName: 'Karim',
          qualifiedSocialWorker: false,
          email: 'k@ville.fr',
          departedOn: '2026-01-31',
          portalRole: 'Utilisateur',
        },
      ],
      habilitations: [
        { id: 'h', agentId: 'a', bulletinId: 'b1', profileCode: 'T13', grantedOn: '2024-02-01' },
      ],
      bulletins: [bulletin],
      formatDate: (d) => (d ? d.split('-').reverse().join('/') : ''),
    });
    const mapping = guessMapping(ROSTER_CSV_HEADER);
    const back = mapRow(
      rows[0]!,
      2,
      mapping,
      { profiles: CATALOGUE_PROFILES, bulletins: [bulletin] },
      TODAY,
    );
    expect(back.errors).toEqual([]);
    expect(back.agent).toMatchObject({
      lastName: 'BENALI',
      firstName: 'Karim',
      email: 'k@ville.fr',
      departedOn: '2026-01-31',
      portalRole: 'Utilisateur',
    });
    expect(back.grants).toEqual([
      { profileCode: 'T13', bulletinId: 'b1', grantedOn: '2024-02-01', datedInFile: true },
    ]);
  });
});
