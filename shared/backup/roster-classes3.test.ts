/**
 * Classes of ordinary office lists the roster import once missed (third blind set): a name
 * title merged over two columns, a title merged over the whole table above the header, …
 * Each in general terms, table-driven.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Bulletin } from '../domain/schemas';
import {
  guessMapping,
  mapSheetRows,
  planImport,
  readEndedCell,
  readRequestKind,
  type RequestKind,
} from './roster-import';
import { detectHeaderRow, isTotalsRow, sheetFromGrid, type SheetGrid } from './roster-sheet';
import { catalogueRegister } from './roster-test-support';
import { parseProfileCodes, parseRosterDate } from './roster-values';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP' };
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };
const TODAY = '2026-12-03';
const grid = (rows: string[][]): SheetGrid => ({
  grid: rows.map((r) => [...r, ...Array<string>(Math.max(0, rows[0]!.length - r.length)).fill('')]),
  columnNames: rows[0]!.map((_, i) => String.fromCharCode(65 + i)),
});
/** What the import screen does with no change by the user. */
const importRows = (sheet: SheetGrid) => {
  const detected = sheetFromGrid(sheet, detectHeaderRow(sheet.grid));
  const mapping = guessMapping(detected.headers, detected.hiddenColumns, detected.groups);
  return { detected, mapping, rows: mapSheetRows(detected, mapping, ctx, TODAY) };
};

describe('a name title merged over two columns', () => {
  it.each<[string, string[][], [string, string][]]>([
    [
      'NOM then Prénom, told by the capitals',
      [
        ['Agent', 'Agent', 'Fonction', 'Profil'],
        ['LE GALL', 'Anne', 'Assistante sociale', 'T1'],
        ['MARTIN', 'Paul', 'Accueil', 'T13'],
      ],
      [
        ['LE GALL', 'Anne'],
        ['MARTIN', 'Paul'],
      ],
    ],
    [
      'Prénom then NOM',
      [
        ['Nom et prénom', 'Nom et prénom', 'Fonction', 'Profil'],
        ['Anne', 'DE VOS', 'Assistante sociale', 'T1'],
        ['Paul', 'MARTIN', 'Accueil', 'T13'],
      ],
      [
        ['DE VOS', 'Anne'],
        ['MARTIN', 'Paul'],
      ],
    ],
    [
      'told by the e-mail when no word is in capitals',
      [
        ['Agent', 'Agent', 'Courriel', 'Profil'],
        ['Durand', 'Marc', 'm.durand@ville.fr', 'T1'],
      ],
      [['DURAND', 'Marc']],
    ],
  ])('%s', (_, rows, names) => {
    const { rows: mapped } = importRows(grid(rows));
    expect(mapped.map((m) => [m.agent.lastName, m.agent.firstName])).toEqual(names);
  });

  it('is left alone when nothing tells the order', () => {
    const { mapping } = importRows(
      grid([
        ['Agent', 'Agent', 'Profil'],
        ['Quéran', 'Olbec', 'T1'],
      ]),
    );
    expect(mapping.lastName).toBeUndefined();
    expect(mapping.fullName).toBe(0);
  });
});

describe('a title merged over the whole table above the header', () => {
  it('is no group title: « Départ » stays the departure, not the end of a habilitation', () => {
    const title = 'CCAS de X — agents ayant accès au dossier allocataire (CDAP)';
    const { detected, rows } = importRows(
      grid([
        [title, title, title, title],
        ['Nom', 'Prénom', 'Profil', 'Départ'],
        ['ROY', 'Ada', 'T1', '31/05/2026'],
      ]),
    );
    expect(detected.groups).toEqual(['', '', '', '']);
    expect(rows[0]!.agent.departedOn).toBe('2026-05-31');
    expect(rows[0]!.grants[0]!.revokedOn).toBeUndefined();
  });

  it('a real group title over some columns still is one', () => {
    const { rows } = importRows(
      grid([
        ['', '', 'Habilitation', 'Habilitation', 'Habilitation'],
        ['Nom', 'Prénom', 'Profil', 'Date de début', 'Date de fin'],
        ['ROY', 'Ada', 'T1', '01/02/2020', '31/05/2026'],
      ]),
    );
    expect(rows[0]!.grants[0]!.revokedOn).toBe('2026-05-31');
    expect(rows[0]!.agent.departedOn).toBeUndefined();
  });
});

describe('a header « Fin de fonctions »', () => {
  it.each([
    'Fin de fonctions',
    'Fin de fonction',
    'Date de fin de fonctions',
    'Cessation de fonctions',
  ])('« %s » is the departure', (h) =>
    expect(guessMapping(['Nom', 'Prénom', h]).departedOn).toBe(2),
  );
});

describe('profiles written « profils 1 et 13 »', () => {
  it.each<[string, string[]]>([
    ['profils 1 et 13', ['T1', 'T13']],
    ['Profils 1, 4 et 5', ['T1', 'T4', 'T5']],
    ['profil 13 (FSL)', ['T13']],
    ['Profil 1 + Profil 13', ['T1', 'T13']],
  ])('« %s »', (raw, codes) => expect(parseProfileCodes(raw, CATALOGUE_PROFILES)).toEqual(codes));
});

describe('long French dates', () => {
  it.each<[string, string | null]>([
    ['3 mai 2022', '2022-05-03'],
    ['mardi 3 mai 2022', '2022-05-03'],
    ['Jeudi, 1er septembre 2022', '2022-09-01'],
    ['mardi 2022', null],
  ])('« %s »', (raw, iso) => expect(parseRosterDate(raw)).toBe(iso));
});

describe('a signature block or a note under the table', () => {
  it.each<[string, string[][]]>([
    [
      'signature in the profile column',
      [
        ['', '', 'Fait à Millau, le 2 novembre 2026', ''],
        ['', '', 'Le Président du CCAS,', ''],
        ['', '', '', ''],
        ['', '', 'Alain VERNHES', ''],
      ],
    ],
    [
      'signature with the name in the name column',
      [
        ['Fait à Millau, le 2 novembre 2026', '', '', ''],
        ['La Directrice', '', '', ''],
        ['Claire BOUDET', '', '', ''],
      ],
    ],
    ['a note after a blank line', [['', '', '', 'Pierre MARTIN (ancien agent)']]],
  ])('%s: no agent, no line attached to the last agent', (_, below) => {
    const { detected, rows } = importRows(
      grid([
        ['Agent', 'Poste', 'Profil', 'Depuis le'],
        ['Mme Émilie DA COSTA', 'Accueil', 'T13', '01/09/2021'],
        ['', '', '', ''],
        ...below,
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.warnings).toEqual([]);
    expect(rows[0]!.agent).toMatchObject({ lastName: 'DA COSTA', firstName: 'Émilie' });
    expect(detected.ignored.length).toBeGreaterThanOrEqual(
      below.filter((r) => r.some(Boolean)).length,
    );
  });
});

describe('a profile named by what it is for', () => {
  it.each<[string, string[]]>([
    ['Instruction RSA', ['T4']],
    ['Accompagnement des bénéficiaires du RSA', ['T5']],
    ['Protection des majeurs', ['T9']],
    ['Action sociale + FSL', ['T1', 'T13']],
    ['Fonds de solidarité logement', ['T13']],
    // ambiguous or unknown: nothing read
    ['RSA', []],
    ['Instruction', []],
    ['Instruction RSA + ménage', []],
  ])('« %s »', (raw, codes) => expect(parseProfileCodes(raw, CATALOGUE_PROFILES)).toEqual(codes));

  it('is said « à vérifier » when read from the description; « (aucune) » is no profile', () => {
    const { rows } = importRows(
      grid([
        ['Nom', 'Prénom', 'Habilitation'],
        ['MAS', 'Kévin', 'Instruction RSA'],
        ['ROUQUETTE', 'Fabienne', '(aucune)'],
      ]),
    );
    expect(rows[0]!.grants.map((g) => g.profileCode)).toEqual(['T4']);
    expect(rows[0]!.warnings.join()).toMatch(/lu comme T4 .*à vérifier/);
    expect(rows[1]!.grants).toEqual([]);
    expect(rows[1]!.warnings).toEqual([]);
  });
});

describe('a log of requests sent to the Caf, one form a line', () => {
  const header = [
    'Type de demande',
    'Nom',
    'Prénom',
    'Fonction',
    'Profil demandé',
    'Rôle demandé',
    "Date d'effet",
    'Motif',
    'Visa Caf',
  ];
  const plan = (lines: string[][]) => {
    const { rows } = importRows(grid([header, ...lines]));
    let n = 0;
    const result = planImport(rows, catalogueRegister(100), {
      today: TODAY,
      organisationId: 'o1',
      newId: () => `x${++n}`,
      inPortal: true,
    });
    return result.agents.map(({ agent }) => ({
      name: agent.lastName,
      function: agent.function,
      role: agent.portalRole,
      departedOn: agent.departedOn,
      habilitations: result.rows
        .filter((r) => r.agentId === agent.id)
        .flatMap((r) => r.planned)
        .map((g) => [g.profileCode, g.grantedOn, g.revokedOn ?? '']),
      warnings: result.rows.filter((r) => r.agentId === agent.id).flatMap((r) => r.warnings),
    }));
  };

  it.each<[string, string[][], Record<string, unknown>]>([
    [
      'a suppression ends the habilitation; a departure motif dates the departure',
      [
        [
          'Création',
          'ROY',
          'Ada',
          'Instructrice',
          'T13',
          'Utilisateur',
          '01/10/2022',
          'Arrivée',
          '',
        ],
        ['Suppression', 'ROY', 'Ada', 'Instructrice', 'T13', '', '31/08/2024', 'Mutation', ''],
      ],
      {
        departedOn: '2024-08-31',
        role: 'Utilisateur',
        habilitations: [['T13', '2022-10-01', '2024-08-31']],
      },
    ],
    [
      'a suppression of an agent who stays: revocation only',
      [
        ['Création', 'ROY', 'Ada', 'Accueil', 'T13', 'Utilisateur', '19/06/2023', '', ''],
        [
          'Suppression',
          'ROY',
          'Ada',
          'Accueil',
          'T13',
          '',
          '13/03/2026',
          'Reste agent de la ville',
          '',
        ],
      ],
      { departedOn: undefined, habilitations: [['T13', '2023-06-19', '2026-03-13']] },
    ],
    [
      'a modification « T1 (remplace T13) »: T13 ended, T1 granted, the latest function',
      [
        ['Création', 'ROY', 'Ada', "Agent d'accueil", 'T13', 'Utilisateur', '15/03/2021', '', ''],
        [
          'Modification',
          'ROY',
          'Ada',
          'Conseillère ESF',
          'T1 (remplace T13)',
          'Utilisateur',
          '16/01/2023',
          '',
          '',
        ],
      ],
      {
        function: 'Conseillère ESF',
        habilitations: [
          ['T13', '2021-03-15', '2023-01-16'],
          ['T1', '2023-01-16', ''],
        ],
      },
    ],
    [
      '« Ajout T13 (conserve T1) »: a second habilitation, T1 kept once',
      [
        ['Création', 'ROY', 'Ada', 'AS', 'T1', 'Utilisateur', '15/03/2021', '', ''],
        [
          'Modification',
          'ROY',
          'Ada',
          'AS',
          'Ajout T13 (conserve T1)',
          'Utilisateur',
          '24/02/2025',
          '',
          '',
        ],
      ],
      {
        habilitations: [
          ['T1', '2021-03-15', ''],
          ['T13', '2025-02-24', ''],
        ],
      },
    ],
    [
      'a création still « En attente Caf »: the agent, no habilitation',
      [
        [
          'Création',
          'ROY',
          'Ada',
          'AS',
          'T1',
          'Utilisateur',
          '',
          'Arrivée le 02/11/2026',
          'En attente Caf',
        ],
      ],
      { role: 'Utilisateur', habilitations: [] },
    ],
  ])('%s', (_, lines, expected) => {
    const agents = plan(lines);
    expect(agents).toHaveLength(1);
    expect(agents[0]).toMatchObject(expected);
  });

  it('a suppression with nothing to end is said, not guessed', () => {
    const [agent] = plan([
      ['Suppression', 'ROY', 'Ada', 'AS', 'T5', '', '31/08/2024', 'Départ en retraite', ''],
    ]);
    expect(agent!.habilitations).toEqual([]);
    expect(agent!.warnings.join()).toMatch(/Retrait de T5 .*aucune habilitation T5/);
  });

  it.each<[string, RequestKind | undefined]>([
    ['Création', 'creation'],
    ['Demande de modification', 'modification'],
    ["Suppression d'habilitation", 'suppression'],
    ['Urgent', undefined],
  ])('« %s » is a %s', (raw, kind) => expect(readRequestKind(raw)).toBe(kind));
});

describe('a profile asked but waiting for the Caf in the remarks', () => {
  it('gives no habilitation, said on the row', () => {
    const { rows } = importRows(
      grid([
        ['Nom', 'Prénom', 'Profil', 'Observations'],
        ['ROY', 'Ada', 'T13', 'Habilitation demandée le 20/11/2026 – en attente'],
        ['MAS', 'Léo', 'T1 / T13', 'T13 en attente'],
      ]),
    );
    expect(rows[0]!.grants).toEqual([]);
    expect(rows[0]!.warnings.join()).toMatch(/en attente/);
    expect(rows[1]!.grants.map((g) => g.profileCode)).toEqual(['T1']);
  });
});

describe('a count line under the table', () => {
  it.each<[string[], boolean]>([
    [['Agents affichés :', '37', '', ''], true],
    [['Nombre d’agents', '11', '', ''], true],
    [['ROY', 'Ada', 'T1', '2'], false],
    [['Remarque :', 'voir DUPONT', '', ''], false],
  ])('%j', (row, expected) => expect(isTotalsRow(row)).toBe(expected));
});

describe('« retiré le … » in a profile-grid cell', () => {
  it.each<[string, { grantedOn?: string; revokedOn: string } | undefined]>([
    ['retiré le 15/05/2026', { revokedOn: '2026-05-15' }],
    ['01/03/2022 – retiré le 31/12/2025', { grantedOn: '2022-03-01', revokedOn: '2025-12-31' }],
    ['supprimé le 3 mai 2024', { revokedOn: '2024-05-03' }],
    ['retiré', undefined],
    ['01/03/2022', undefined],
  ])('« %s »', (raw, expected) => expect(readEndedCell(raw)).toEqual(expected));

  it('gives the habilitation with its end', () => {
    const { rows } = importRows(
      grid([
        ['Nom', 'Prénom', 'T1', 'T16'],
        ['POIRIER', 'Isabelle', '', '01/03/2022 – retiré le 31/12/2025'],
      ]),
    );
    expect(rows[0]!.grants).toMatchObject([
      { profileCode: 'T16', grantedOn: '2022-03-01', revokedOn: '2025-12-31', datedInFile: true },
    ]);
    expect(rows[0]!.warnings).toEqual([]);
  });
});
