/**
 * Classes of office lists the roster import once missed (a list over two sheets, role codes
 * explained by a legend, abbreviated roles, a second header line under a profile grid,
 * married names, training accounts and model lines): each in general terms, table-driven.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Bulletin } from '../domain/schemas';
import { guessMapping, mapSheetRows } from './roster-import';
import {
  appendAgentSheets,
  detectHeaderRow,
  isSubHeaderRow,
  placeholderName,
  sheetFromGrid,
  type SheetGrid,
} from './roster-sheet';
import { parseLegend, parsePortalRole, roleLegend, splitMarriedName } from './roster-values';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP' };
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };
const TODAY = '2026-12-03';
const grid = (rows: string[][], sheetName?: string): SheetGrid => ({
  grid: rows,
  columnNames: rows[0]!.map((_, i) => String.fromCharCode(65 + i)),
  ...(sheetName ? { sheetName } : {}),
});
/** What the import screen does with no change by the user. */
const importRows = (sheet: SheetGrid) => {
  const detected = sheetFromGrid(sheet, detectHeaderRow(sheet.grid));
  const mapping = guessMapping(detected.headers, detected.hiddenColumns, detected.groups);
  return { detected, rows: mapSheetRows(detected, mapping, ctx, TODAY) };
};

describe('abbreviated portal roles', () => {
  it.each([
    ['Adm.', 'Administrateur'],
    ['ADM', 'Administrateur'],
    ['Adm MCP', 'Administrateur'],
    ['Admin', 'Administrateur'],
    ['Administratrice', 'Administrateur'],
    ['Suppl.', 'Administrateur suppléant'],
    ['Adm. suppl.', 'Administrateur suppléant'],
    ['Util.', 'Utilisateur'],
    ['util', 'Utilisateur'],
    ['Resp. hab.', "Responsable d'habilitations"],
    // a bare letter is never guessed: only a legend gives it a meaning
    ['U', undefined],
    ['T', undefined],
    ['S', undefined],
    ['A', undefined],
    ['Admissible', undefined],
  ])('« %s » → %s', (raw, role) => {
    expect(parsePortalRole(raw)).toBe(role);
  });
});

describe('legend lines', () => {
  it.each<[string, string | undefined, Record<string, string>]>([
    [
      'ADM MCP : T = administrateur titulaire ; S = suppléant ; U = utilisateur',
      'ADM MCP',
      { T: 'Administrateur', S: 'Administrateur suppléant', U: 'Utilisateur' },
    ],
    [
      'ADM MCP : T = titulaire, S = suppléant, U = utilisateur',
      'ADM MCP',
      { T: 'Administrateur', S: 'Administrateur suppléant', U: 'Utilisateur' },
    ],
    ['Légende : A = admin. / U = utilisatrice', '', { A: 'Administrateur', U: 'Utilisateur' }],
    [
      'Rôle : a = administrateur ; u = utilisateur',
      'Rôle',
      { A: 'Administrateur', U: 'Utilisateur' },
    ],
    // « titulaire » alone is the administrator only in a legend about the administrators
    ['Statut : T = titulaire ; C = contractuel', 'Statut', {}],
    // a profile legend explains no role
    ['Légende : X = habilité ; D = demande transmise à la Caf', '', {}],
    ['Document interne – ne pas diffuser', undefined, {}],
    ['Mise à jour : 02/10/2026', undefined, {}],
  ])('« %s »', (text, subject, roles) => {
    const legend = parseLegend(text);
    expect(legend?.subject).toBe(subject);
    expect(Object.fromEntries(legend ? roleLegend(legend) : [])).toEqual(roles);
  });

  const list = (legend: string[]) =>
    grid([
      ['NOM', 'Prénom', 'PROF.', 'ADM MCP'],
      ['JEANNIN', 'Bernard', '', 'T'],
      ['PERRET-GENTIL', 'Agnès', 'T13', 'S'],
      ['VUILLEMIN', 'Lionel', 'T01', 'U'],
      ['', '', '', ''],
      legend,
    ]);
  it('maps the codes of the role column through the legend under the table', () => {
    const { detected, rows } = importRows(
      list([
        'ADM MCP : T = administrateur titulaire ; S = suppléant ; U = utilisateur',
        '',
        '',
        '',
      ]),
    );
    expect(rows.map((r) => r.agent.portalRole)).toEqual([
      'Administrateur',
      'Administrateur suppléant',
      'Utilisateur',
    ]);
    expect(rows.flatMap((r) => r.warnings)).toEqual([]);
    // the legend line itself is no agent, and shown as left out
    expect(detected.ignored.map((l) => l.line)).toEqual([6]);
  });
  it.each([
    ['no legend', ['Mise à jour le 02/10/2026', '', '', '']],
    [
      'a legend of another column',
      ['PROF. : T = titulaire ; S = suppléant ; U = utilisateur', '', '', ''],
    ],
  ])('%s: single letters are not guessed, and said', (_, legend) => {
    const { rows } = importRows(list(legend));
    expect(rows.map((r) => r.agent.portalRole)).toEqual([undefined, undefined, undefined]);
    expect(rows[0]!.warnings[0]).toContain('Rôle dans le portail « T » non reconnu');
  });
});

describe('married names', () => {
  it.each([
    ['MARTIN épouse DURAND', 'MARTIN', 'épouse DURAND'],
    ['GARCIA ép. LOPEZ', 'GARCIA', 'ép. LOPEZ'],
    ['ROUSSEL née PAGÈS', 'ROUSSEL', 'née PAGÈS'],
    ['DUPONT NÉE MARTIN', 'DUPONT', 'NÉE MARTIN'],
    ['BLANC veuve NOIR', 'BLANC', 'veuve NOIR'],
    ['PONS-MARTIN', 'PONS-MARTIN', undefined],
    ['de LA FONTAINE', 'de LA FONTAINE', undefined],
    ['Épouse', 'Épouse', undefined],
  ])('« %s » → %s', (raw, lastName, other) => {
    expect(splitMarriedName(raw)).toEqual({ lastName, ...(other ? { other } : {}) });
  });

  it.each([
    [
      'a last-name column',
      ['Nom', 'Prénom'],
      ['MARTIN épouse DURAND', 'Sylvie'],
      ['PONS-MARTIN', 'Élise'],
    ],
    [
      'one name column',
      ['Nom et prénom', 'Fonction'],
      ['MARTIN épouse DURAND Sylvie', 'AS'],
      ['PONS-MARTIN Élise', 'AS'],
    ],
  ])('in %s: the name written first, the rest said', (_, header, row, other) => {
    const { rows } = importRows(grid([header, row, other]));
    expect(rows.map((r) => [r.agent.lastName, r.agent.firstName])).toEqual([
      ['MARTIN', 'Sylvie'],
      ['PONS-MARTIN', 'Élise'],
    ]);
    expect(rows[0]!.warnings).toContain(
      'Nom « MARTIN épouse DURAND » : « MARTIN » repris comme nom (le premier écrit), « épouse DURAND » non repris.',
    );
  });
});

describe('training accounts and model lines', () => {
  it.each<[string[], string | undefined]>([
    [['FORMATION', 'Compte'], 'compte de formation'],
    [['Compte test', ''], 'compte de formation'],
    [['GÉNÉRIQUE', ''], 'compte de formation'],
    [['Compte formation 2', ''], 'compte de formation'],
    [['NOM', 'Prénom'], 'ligne d’exemple'],
    [['DUPONT Jean (exemple)', ''], 'ligne d’exemple'],
    [['Exemple : DUPONT', 'Jean'], 'ligne d’exemple'],
    [['FORMATION', 'Marie'], undefined],
    [['TESTUD', 'Paul'], undefined],
    [['NOMINE', 'Léa'], undefined],
    [['DUPONT', 'Jean'], undefined],
  ])('%o → %s', (names, reason) => {
    const got = placeholderName(names);
    if (reason) expect(got).toContain(reason);
    else expect(got).toBeUndefined();
  });

  it('are left out of the agents and listed as ignored lines with their reason', () => {
    const { detected, rows } = importRows(
      grid([
        ['Identifiant', 'Nom d’usage', 'Prénom', 'Profil(s)'],
        ['xx', 'NOM', 'Prénom', 'T1'],
        ['p.rolland', 'ROLLAND', 'Paul', 'T1'],
        ['formation1', 'FORMATION', 'Compte', 'T1'],
      ]),
    );
    expect(rows.map((r) => r.agent.lastName)).toEqual(['ROLLAND']);
    expect(detected.ignored).toEqual([
      { line: 2, reason: 'ligne d’exemple (« NOM Prénom »), pas un agent' },
      {
        line: 4,
        reason: 'compte de formation, de test ou générique (« FORMATION Compte »), pas un agent',
      },
    ]);
  });
});

describe('second header line under a profile grid', () => {
  const header = ['NOM', 'Prénom', 'Rôle MCP', 'T1', 'T13', 'T16'];
  it.each<[string, string[], boolean]>([
    [
      'profile labels, names merged down',
      ['NOM', 'Prénom', 'Rôle MCP', 'Action sociale', 'Commissions FSL', 'DALO / Ccapex'],
      true,
    ],
    ['profile labels only', ['', '', '', 'Action sociale', 'Commissions FSL', ''], true],
    ['an agent ticked', ['GUÉRIN', 'Hélène', 'Adm.', 'X', '', ''], false],
    ['an agent with dates', ['', '', '', '2022-09-05', '01/02/2024', ''], false],
    [
      'an agent with « retiré le »',
      ['BONNEAU', 'Ludivine', '', '', 'retiré le 15/05/2026', ''],
      false,
    ],
    ['one label only', ['', '', '', 'Action sociale', '', ''], false],
  ])('%s → %s', (_, row, expected) => {
    expect(isSubHeaderRow(row, header, [3, 4, 5])).toBe(expected);
  });

  it('is left out as a header line, not read as an agent', () => {
    const { detected, rows } = importRows(
      grid([
        header,
        ['NOM', 'Prénom', 'Rôle MCP', 'Action sociale', 'Commissions FSL', 'DALO / Ccapex'],
        ['GUÉRIN', 'Hélène', 'Adm.', '', '', ''],
        ['BRAULT', 'Annabelle', 'Util.', 'X', '', ''],
      ]),
    );
    expect(rows.map((r) => [r.agent.lastName, r.agent.portalRole])).toEqual([
      ['GUÉRIN', 'Administrateur'],
      ['BRAULT', 'Utilisateur'],
    ]);
    expect(detected.ignored[0]!.line).toBe(2);
    expect(detected.ignored[0]!.reason).toContain('second titre des colonnes');
  });
});

describe('a list on several sheets', () => {
  const enPoste = grid(
    [
      ['Agents habilités', '', '', '', ''],
      ['Prénom', 'NOM', 'Fonction', 'Habilitation CDAP', 'Courriel'],
      ['Sarah', 'PARRAUD', 'AS', 'T1', 's.parraud@v.fr'],
    ],
    'En poste',
  );
  const departs = grid(
    [
      ['Agents partis', '', '', '', ''],
      ['', '', '', '', ''],
      ['Prénom', 'NOM', 'Habilitation CDAP', 'Date de départ', 'Fonction'],
      ['Corinne', 'MOUTAUD', 'T1', '30.06.2025', 'AS'],
      ['Bruno', 'DESROCHES', 'T13', 'à voir', 'Secrétaire'],
    ],
    'Départs',
  );
  it('reads the other sheet’s agents under the first one’s columns; its departures kept', () => {
    const merged = appendAgentSheets(enPoste, 1, [{ sheet: departs, headerRow: 2 }]);
    expect(merged.parts).toEqual([{ name: 'Départs', start: 3, headerRow: 5 }]);
    const { detected, rows } = importRows(merged);
    expect(detected.headers).toEqual([
      'Prénom',
      'NOM',
      'Fonction',
      'Habilitation CDAP',
      'Courriel',
      'Date de départ',
    ]);
    expect(
      rows.map((r) => [r.line, r.agent.lastName, r.agent.function, r.agent.departedOn]),
    ).toEqual([
      [3, 'PARRAUD', 'AS', undefined],
      [7, 'MOUTAUD', 'AS', '2025-06-30'],
      [8, 'DESROCHES', 'Secrétaire', undefined],
    ]);
    expect(detected.rowSheets).toEqual(['En poste', 'Départs', 'Départs']);
    // the second sheet's title and header lines are named, with the sheet's own line
    expect(detected.ignored.map((l) => l.reason)).toEqual([
      'au-dessus des titres (« Agents habilités »)',
      'feuille « Départs », ligne 1, au-dessus des titres (« Agents partis »)',
      'titres des colonnes de la feuille « Départs » (sa ligne 3)',
    ]);
    // an agent of the « Départs » sheet without a readable date: not marked gone, said
    expect(rows[2]!.warnings.join(' ')).toContain(
      'feuille « Départs » (agents partis) sans date de départ lisible',
    );
    expect(rows[0]!.warnings).toEqual([]);
  });
});
