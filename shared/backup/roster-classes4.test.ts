/**
 * Classes of office lists the roster import once missed (fourth blind set): a departure
 * written in the name cell, bare « Date début / Date fin » beside the profile of a list of one
 * habilitation a line, a yearly review's decisions, a « Toujours en poste ? » question, a
 * status that describes the habilitation, signatures side by side. Each in general terms,
 * table-driven.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Bulletin } from '../domain/schemas';
import { guessMapping, mapSheetRows, planImport } from './roster-import';
import { nameDepartureMark, readNote, readReviewDecision } from './roster-notes';
import { detectHeaderRow, sheetFromGrid, type SheetGrid } from './roster-sheet';
import { catalogueRegister } from './roster-test-support';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP' };
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };
const TODAY = '2026-12-03';
const grid = (rows: string[][]): SheetGrid => ({
  grid: rows.map((r) => [...r, ...Array<string>(Math.max(0, rows[0]!.length - r.length)).fill('')]),
  columnNames: rows[0]!.map((_, i) => String.fromCharCode(65 + i)),
});
/** What the import screen does with no change by the user. */
const importRows = (rows: string[][]) => {
  const sheet = grid(rows);
  const detected = sheetFromGrid(sheet, detectHeaderRow(sheet.grid));
  const mapping = guessMapping(detected.headers, detected.hiddenColumns, detected.groups);
  return { detected, mapping, rows: mapSheetRows(detected, mapping, ctx, TODAY) };
};
const grantsOf = (row: {
  grants: { profileCode: string; grantedOn: string; revokedOn?: string; datedInFile: boolean }[];
}) =>
  row.grants.map(
    (g) =>
      `${g.profileCode} ${g.datedInFile ? g.grantedOn : '—'}${g.revokedOn ? ` → ${g.revokedOn}` : ''}`,
  );

describe('a departure written in the name cell', () => {
  it.each<[string, string, string, string | undefined]>([
    ['MORVAN (PARTI)', 'MORVAN', 'PARTI', undefined],
    ['TANGUY - PARTIE', 'TANGUY', 'PARTIE', undefined],
    ['PARTI – DUPONT', 'DUPONT', 'PARTI', undefined],
    ['(Sortie) LEROY', 'LEROY', 'Sortie', undefined],
    ['DURAND (partie le 30/06/2025)', 'DURAND', 'partie le 30/06/2025', '2025-06-30'],
    [
      'LE GALL Morgane, retraitée depuis le 01/04/2024',
      'LE GALL Morgane',
      'retraitée depuis le 01/04/2024',
      '2024-04-01',
    ],
    ['BERNARD Luc PARTI', 'BERNARD Luc', 'PARTI', undefined],
    ['MARTIN [mutée]', 'MARTIN', 'mutée', undefined],
  ])('« %s »', (raw, name, mark, date) =>
    expect(nameDepartureMark(raw)).toEqual({ name, mark, ...(date ? { date } : {}) }),
  );

  it.each([
    'DUPONT (née MARTIN)',
    'DUPONT (congé maternité)',
    'DUPONT (mutation interne)',
    'LEFEBVRE - MARTIN',
    'LEFEBVRE-MARTIN',
    'Jean-Pierre',
    'DA SILVA João',
    'Partie',
    'DUPONT (AS)',
    'BERNARD Luc parti', // a lower-case word after the name is not a mark
  ])('« %s » is a name, no departure', (raw) => expect(nameDepartureMark(raw)).toBeUndefined());

  it.each<[string, string[][], string | undefined]>([
    [
      'dated by the departure column',
      [
        ['Nom', 'Prénom', 'Profil', 'Date de départ'],
        ['MORVAN (PARTI)', 'Erwan', 'T13', '15/07/2025'],
      ],
      '2025-07-15',
    ],
    [
      'dated by the remarks',
      [
        ['Nom', 'Prénom', 'Profil', 'Remarques'],
        ['TANGUY - PARTIE', 'Soizic', 'T13', 'Partie en retraite le 30/06/2025'],
      ],
      '2025-06-30',
    ],
    [
      'dated by the only date of the remarks',
      [
        ['Nom', 'Prénom', 'Profil', 'Remarques'],
        ['TANGUY - PARTIE', 'Soizic', 'T13', 'voir courrier du 30/06/2025'],
      ],
      '2025-06-30',
    ],
    [
      'dated in the mark itself, in a one-column name',
      [
        ['Nom et prénom', 'Profil'],
        ['DURAND Anne (partie le 30/06/2025)', 'T1'],
      ],
      '2025-06-30',
    ],
    [
      'not dated anywhere: not marked gone, said',
      [
        ['Nom', 'Prénom', 'Profil'],
        ['MORVAN (PARTI)', 'Erwan', 'T13'],
      ],
      undefined,
    ],
  ])('%s', (_, rows, departedOn) => {
    const [row] = importRows(rows).rows;
    expect(row!.errors).toEqual([]);
    expect(row!.agent.lastName).toMatch(/^(MORVAN|TANGUY|DURAND)$/);
    expect(row!.agent.departedOn).toBe(departedOn);
    expect(row!.warnings.join(' ')).toMatch(/n’est pas repris dans le nom/);
    if (!departedOn) expect(row!.warnings.join(' ')).toMatch(/date de départ n’est pas certaine/);
  });
});

describe('bare « Date début / Date fin » right of the profile column', () => {
  it.each<[string[], Record<string, number>]>([
    [
      ['Nom', 'Prénom', 'Profil', 'Date début', 'Date fin'],
      { profileCode: 2, grantedOn: 3, revokedOn: 4 },
    ],
    [
      [
        'NOM',
        'PRENOM',
        'CODE PROFIL',
        'LIBELLE PROFIL',
        'DATE DEBUT',
        'DATE FIN',
        'DATE SORTIE AGENT',
      ],
      { profileCode: 2, grantedOn: 4, revokedOn: 5, departedOn: 6 },
    ],
    [['Nom', 'Profil', 'Début', 'Fin'], { profileCode: 1, grantedOn: 2, revokedOn: 3 }],
  ])('%j date the habilitation', (headers, expected) =>
    expect(guessMapping(headers)).toMatchObject(expected),
  );

  it.each<[string[], Record<string, number>]>([
    // left of the profile: the agent's
    [['Nom', 'Date début', 'Date fin', 'Profil'], { arrivedOn: 1, departedOn: 2, profileCode: 3 }],
    // not bare: the agent's
    [['Nom', 'Profil', 'Date d’entrée', 'Date de sortie'], { arrivedOn: 2, departedOn: 3 }],
    // another field between: the agent's
    [['Nom', 'Profil', 'Fonction', 'Date de fin'], { function: 2, departedOn: 3 }],
    // no profile column
    [['Nom', 'Date de fin'], { departedOn: 1 }],
  ])('%j stay the agent’s', (headers, expected) =>
    expect(guessMapping(headers)).toMatchObject(expected),
  );

  it('a tool’s export of one habilitation a line, with ended lines and a leaver', () => {
    const { rows } = importRows([
      [
        'NOM',
        'PRENOM',
        'CODE PROFIL',
        'LIBELLE PROFIL',
        'DATE DEBUT',
        'DATE FIN',
        'ETAT',
        'DATE SORTIE AGENT',
      ],
      ['HOARAU', 'Jean-Luc', 'T1', 'Action sociale', '44200', '', 'ACTIF', ''],
      ['HOARAU', 'Jean-Luc', 'T13', 'Commissions FSL', '44200', '45291', 'REVOQUE', ''],
      ['RIVIERE', 'Marie', 'T1', 'Action sociale', '43242', '45747', 'REVOQUE', '45747'],
    ]);
    expect(rows.map(grantsOf)).toEqual([
      ['T1 2021-01-04'],
      ['T13 2021-01-04 → 2023-12-31'],
      ['T1 2018-05-22 → 2025-03-31'],
    ]);
    expect(rows.map((r) => r.agent.departedOn)).toEqual([undefined, undefined, '2025-03-31']);
    // « REVOQUE » is the habilitation's state, not a status not understood.
    expect(rows.flatMap((r) => r.warnings)).toEqual([]);
    let n = 0;
    const plan = planImport(rows, catalogueRegister(100), {
      today: TODAY,
      organisationId: 'o1',
      newId: () => `a${++n}`,
      inPortal: true,
    });
    expect(plan.agents.map((a) => a.agent.lastName)).toEqual(['HOARAU', 'RIVIERE']);
  });

  it('a status saying the habilitation ended, with no end date: kept, said', () => {
    const { rows } = importRows([
      ['Nom', 'Prénom', 'Profil', 'Date début', 'État'],
      ['HOARAU', 'Jean-Luc', 'T13', '04/01/2021', 'Révoqué'],
    ]);
    expect(grantsOf(rows[0]!)).toEqual(['T13 2021-01-04']);
    expect(rows[0]!.agent.departedOn).toBeUndefined();
    expect(rows[0]!.warnings.join(' ')).toMatch(
      /semble retirée, mais la date de retrait n’est pas écrite/,
    );
  });
});

describe('a yearly review’s decisions', () => {
  it.each<[string, ReturnType<typeof readReviewDecision>]>([
    ['Maintenu', 'keep'],
    ['Habilitation maintenue', 'keep'],
    ['Reconduit', 'keep'],
    ['Supprimé', 'end'],
    ['À supprimer', 'end'],
    ['Non maintenu', 'end'],
    ['Non renouvelée', 'end'],
    ['Retrait', 'end'],
    ['Ajouté', 'add'],
    ['Ajout T13', 'add'],
    ['Création', 'add'],
    ['Modifié', 'change'],
    ['voir avec le chef de service', undefined],
  ])('« %s »', (raw, decision) => expect(readReviewDecision(raw)).toBe(decision));

  const header = [
    'Nom Prénom',
    'Profil',
    'Habilité depuis',
    'Décision',
    'Date d’effet',
    'Commentaire',
  ];
  it.each<[string, string[], string[], RegExp | undefined]>([
    [
      'kept',
      ['DELATTRE Sandrine', 'T1', '12/03/2019', 'Maintenu', '', ''],
      ['T1 2019-03-12'],
      undefined,
    ],
    [
      'ended on the decision’s date',
      ['DELATTRE Sandrine', 'T13', '12/03/2019', 'Supprimé', '20/01/2026', ''],
      ['T13 2019-03-12 → 2026-01-20'],
      undefined,
    ],
    [
      'to end, with no date: kept, said',
      ['DELATTRE Sandrine', 'T13', '12/03/2019', 'À supprimer', '', ''],
      ['T13 2019-03-12'],
      /sans date d’effet — gardé/,
    ],
    [
      'added on the decision’s date',
      ['WAGNER Léa', 'T13', '', 'Ajouté', '20/01/2026', ''],
      ['T13 2026-01-20'],
      undefined,
    ],
    [
      'added, with its own grant date: that one',
      ['WAGNER Léa', 'T13', '01/12/2025', 'Ajouté', '20/01/2026', ''],
      ['T13 2025-12-01'],
      undefined,
    ],
    [
      'a decision naming its profile ends that one only',
      ['WAGNER Léa', 'T1 / T13', '06/11/2023', 'Supprimé T13', '20/01/2026', ''],
      ['T1 2023-11-06', 'T13 2023-11-06 → 2026-01-20'],
      undefined,
    ],
    [
      'not understood: nothing changed, said',
      ['WAGNER Léa', 'T1', '06/11/2023', 'voir avec le chef', '20/01/2026', ''],
      ['T1 2023-11-06'],
      /Décision « voir avec le chef » non comprise/,
    ],
  ])('%s', (_, line, grants, warning) => {
    const { mapping, rows } = importRows([header, line]);
    expect(mapping).toMatchObject({ grantedOn: 2, reviewDecision: 3, effectiveOn: 4 });
    expect(grantsOf(rows[0]!)).toEqual(grants);
    if (warning) expect(rows[0]!.warnings.join(' ')).toMatch(warning);
    else expect(rows[0]!.warnings).toEqual([]);
  });

  it.each([
    'Date d’effet',
    'Date de mise en œuvre',
    'Mis en œuvre le',
    'Date de la décision',
    'Traité le',
  ])('« %s » beside « Suite donnée » is the decision’s date', (h) =>
    expect(guessMapping(['Agent', 'Profil', 'Suite donnée', h])).toMatchObject({
      reviewDecision: 2,
      effectiveOn: 3,
    }),
  );

  it('a decision’s date alone (no decision column) is not kept', () =>
    expect(guessMapping(['Nom', 'Profil', 'Date de mise en œuvre']).effectiveOn).toBeUndefined());

  it('without a decision column, « Date d’effet » stays the grant date', () =>
    expect(guessMapping(['Nom', 'Profil', 'Date d’effet'])).toMatchObject({ grantedOn: 2 }));
});

describe('« Toujours en poste ? » answered oui / non', () => {
  it.each<[string, string, string | undefined, RegExp | undefined]>([
    ['Oui', '', undefined, undefined],
    ['Non', 'Fin de stage le 28/02/2026', '2026-02-28', undefined],
    ['Non', 'Départ (mutation) le 31/08/2025', '2025-08-31', undefined],
    ['Non', '', undefined, /date de départ n’est pas certaine/],
  ])('« %s », « %s »', (answer, remark, departedOn, warning) => {
    const { mapping, rows } = importRows([
      ['Nom', 'Prénom', 'Profil', 'Toujours en poste ?', 'Commentaire'],
      ['PIRON', 'Maxime', 'T13', answer, remark],
    ]);
    expect(mapping.status).toBe(3);
    expect(rows[0]!.agent.departedOn).toBe(departedOn);
    if (warning) expect(rows[0]!.warnings.join(' ')).toMatch(warning);
    else expect(rows[0]!.warnings).toEqual([]);
  });
});

describe('end of an internship or a fixed-term contract', () => {
  it.each<[string, string]>([
    ['Fin de stage le 28/02/2026', '2026-02-28'],
    ['fin de CDD au 31/12/2025', '2025-12-31'],
    ['Fin de détachement le 01/09/2025', '2025-09-01'],
  ])('« %s » is a departure', (raw, date) => expect(readNote(raw).departure).toEqual({ date }));
});

describe('signatures side by side under the table', () => {
  it('are no agent', () => {
    const { detected, rows } = importRows([
      ['Nom', 'Prénom', 'Profil', 'Commentaire', 'Fonction'],
      ['ROY', 'Ada', 'T1', '', 'AS'],
      ['', '', '', '', ''],
      ['Visa de l’administrateur :', '', '', 'Visa du directeur :', ''],
    ]);
    expect(rows.map((r) => r.agent.lastName)).toEqual(['ROY']);
    expect(detected.ignored.map((l) => l.reason).join(' ')).toMatch(/bloc de signature/);
  });
});

describe('lines filled grey', () => {
  const rows = [
    ['Nom', 'Prénom', 'Profil', 'Observations'],
    ['ADAM', 'Léo', 'T1', ''],
    ['BRUN', 'Ana', 'T13', 'quitté la mairie le 12/09/2025'],
    ['CARON', 'Max', 'T13', 'voir courrier du 03/02/2025'],
    ['DUVAL', 'Zoé', 'T1', ''],
    ['EVRARD', 'Jo', 'T1', ''],
    ['FAURE', 'Lou', 'T1', ''],
    ['GIL', 'Ana', 'T1', ''],
    ['HUET', 'Paul', 'T1', ''],
  ];
  const read = (greyRows: number[], note?: string) => {
    const sheet = grid(note ? [...rows, [''], [note]] : rows);
    const detected = sheetFromGrid({ ...sheet, greyRows }, 0);
    return mapSheetRows(detected, guessMapping(detected.headers), ctx, TODAY);
  };

  it('with a note saying grey is gone: a departure dated from the remarks, else said', () => {
    const mapped = read([2, 3, 7], 'En grisé : agents ayant quitté la collectivité');
    expect(mapped.map((r) => r.agent.departedOn)).toEqual([
      undefined,
      '2025-09-12',
      '2025-02-03',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(mapped[6]!.warnings.join(' ')).toMatch(
      /Ligne grisée .* date de départ n’est pas certaine/,
    );
    expect(mapped[3]!.warnings).toEqual([]);
  });

  it.each<[string, number[], string | undefined]>([
    ['no note: nothing read, each grey line said', [3], undefined],
    ['a note about something else', [3], 'En gris : demandes en attente de la Caf'],
    ['striped one line in two: says nothing', [1, 3, 5, 7], 'En grisé : agents partis'],
  ])('%s', (_, greyRows, note) => {
    const mapped = read(greyRows, note);
    expect(mapped.map((r) => r.agent.departedOn)).toEqual([
      undefined,
      // the remark's own words still say it
      '2025-09-12',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const said = mapped.filter((r) => r.warnings.some((w) => /Ligne grisée/.test(w))).length;
    expect(said).toBe(greyRows.length > 3 ? 0 : greyRows.length);
  });
});
