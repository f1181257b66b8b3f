import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Bulletin } from '../domain/schemas';
import { mapRow, mapSheetRows, type ColumnMapping } from './roster-import';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP', annexNumber: '2' };
const TODAY = '2026-11-23';
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };

describe('mapRow', () => {
  const m = { lastName: 0, email: 1, profileCode: 2, grantedOn: 3, departedOn: 4, portalRole: 5 };
  it('reports each row’s errors in French', () => {
    const row = mapRow(['', 'pas-un-mel', 'T13', '31/02/2024', '', ''], 5, m, ctx, TODAY);
    expect(row.errors).toEqual(['Nom manquant.', 'Mél « pas-un-mel » invalide.']);
    // A grant date the file cannot give is left out with a remark, not the whole agent.
    expect(row.warnings).toContain(
      'Date d’habilitation « 31/02/2024 » : date illisible (attendue au format jj/mm/aaaa), non reprise.',
    );
    expect(row.grants.map((g) => g.datedInFile)).toEqual([false]);
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
  it.each([
    ['-', 0, 0],
    ['NC', 0, 0],
    ['à compléter', 0, 0],
    ['?', 0, 0],
    ['sept. 2021', 0, 1],
    ['le 01/09/2021 (à vérifier)', 0, 1],
  ])('grant date « %s »: %i error, %i remark', (raw, errorCount, warningCount) => {
    const row = mapRow(['A', '', 'T13', raw, '', ''], 2, m, ctx, TODAY);
    expect([row.errors.length, row.warnings.length]).toEqual([errorCount, warningCount]);
  });
  it('one date written among a few words is read, and the user told', () => {
    const row = mapRow(['A', '', 'T13', 'habilité le 3/4/2022', '', ''], 2, m, ctx, TODAY);
    expect(row.grants[0]).toMatchObject({ grantedOn: '2022-04-03', datedInFile: true });
    expect(row.warnings).toEqual([
      'Date d’habilitation « habilité le 3/4/2022 » : lue comme le 03/04/2022.',
    ]);
  });
  it.each([
    ['a.roy@ville.fr / accueil@ville.fr', 'a.roy@ville.fr', 1],
    ['Ada Roy <a.roy@ville.fr>', 'a.roy@ville.fr', 1],
    ['mailto:a.roy@ville.fr', 'a.roy@ville.fr', 0],
  ])('e-mail « %s » → %s (%i remark)', (raw, email, remarks) => {
    const row = mapRow(['ROY', raw, '', '', '', ''], 2, m, ctx, TODAY);
    expect([row.errors, row.agent.email, row.warnings.length]).toEqual([[], email, remarks]);
  });
  it('« parti » in the departure column: imported, not marked gone, the user told', () => {
    const row = mapRow(['A', '', '', '', 'Parti (mutation)', ''], 2, m, ctx, TODAY);
    expect([row.errors, row.warnings.length, row.agent.departedOn]).toEqual([[], 1, undefined]);
  });
  it('as many dates as profiles in the grant-date cell: each profile its own, in order', () => {
    const row = mapRow(['A', '', 'T1 / T13', '01/02/2020 - 3/4/2022', '', ''], 2, m, ctx, TODAY);
    expect(row.grants.map((g) => [g.profileCode, g.grantedOn])).toEqual([
      ['T1', '2020-02-01'],
      ['T13', '2022-04-03'],
    ]);
    expect(row.warnings).toEqual([
      'Date d’habilitation « 01/02/2020 - 3/4/2022 » : T1 le 01/02/2020, T13 le 03/04/2022 (dans l’ordre des profils).',
    ]);
    // not as many: not paired, left out with a remark
    const odd = mapRow(['A', '', 'T13', '01/02/2020 - 3/4/2022', '', ''], 2, m, ctx, TODAY);
    expect(odd.grants.map((g) => g.datedInFile)).toEqual([false]);
    expect(odd.warnings.length).toBe(1);
  });
  it('a departure the file cannot date keeps the row out', () => {
    expect(mapRow(['A', '', '', '', 'fin 2024', ''], 2, m, ctx, TODAY).errors).toEqual([
      'Date de départ « fin 2024 » : date attendue au format jj/mm/aaaa.',
    ]);
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

describe('mapSheetRows: what the whole sheet tells each row', () => {
  const summary = (r: ReturnType<typeof mapRow>) => ({
    name: `${r.agent.lastName}|${r.agent.firstName ?? ''}`,
    ...(r.agent.portalRole ? { role: r.agent.portalRole } : {}),
    ...(r.agent.arrivedOn ? { arrived: r.agent.arrivedOn } : {}),
    ...(r.agent.departedOn ? { departed: r.agent.departedOn } : {}),
    grants: r.grants.map((g) => `${g.profileCode}@${g.datedInFile ? g.grantedOn : '-'}`),
    warned: r.warnings.length,
  });
  const run = (headers: string[], rows: string[][], mapping: ColumnMapping, struck?: boolean[]) =>
    mapSheetRows({ headers, rows, ...(struck ? { struck } : {}) }, mapping, ctx, TODAY).map(
      summary,
    );

  it('cuts « Prénom Nom » names as most rows of the file show (capitals, e-mails)', () => {
    expect(
      run(
        ['Agent', 'Courriel'],
        [
          ['Lina Marchetti', 'l.marchetti@ville.fr'],
          ['Hugo Van Acker', 'secretariat@ville.fr'],
          ['Ophélie De La Tour', 'odelatour@ville.fr'],
          ['RAMOS Inès', 'i.ramos@ville.fr'],
        ],
        { fullName: 0, email: 1 },
      ).map((r) => r.name),
    ).toEqual(['MARCHETTI|Lina', 'VAN ACKER|Hugo', 'DE LA TOUR|Ophélie', 'RAMOS|Inès']);
  });

  it('a « Nom » column holding « NOM Prénom » on most rows, with no first-name column, is cut', () => {
    expect(
      run(['Nom'], [['FAVIER Lise'], ['Le Bihan'], ['GOMEZ Ana']], { lastName: 0 }).map(
        (r) => r.name,
      ),
    ).toEqual(['FAVIER|Lise', 'LE BIHAN|', 'GOMEZ|Ana']);
    // last names alone (some in two words): kept whole
    expect(
      run(['Nom'], [['FAVIER'], ['Le Bihan'], ['DE LUCA']], { lastName: 0 }).map((r) => r.name),
    ).toEqual(['FAVIER|', 'LE BIHAN|', 'DE LUCA|']);
  });

  it('a usual first name does not overturn the order the file’s capitals show', () => {
    expect(
      run(['Agent'], [['DUBOIS Léa'], ['PERRIN Tom'], ['Thomas Kylian']], { fullName: 0 }).map(
        (r) => r.name,
      ),
    ).toEqual(['DUBOIS|Léa', 'PERRIN|Tom', 'THOMAS|Kylian']);
    // with no capitals at all, the usual first names vote
    expect(
      run(['Agent'], [['Colette Renard'], ['Sylvie Morin'], ['Kylian Thomas']], {
        fullName: 0,
      }).map((r) => r.name),
    ).toEqual(['RENARD|Colette', 'MORIN|Sylvie', 'THOMAS|Kylian']);
  });

  it('without capitals or e-mails, follows the header « Prénom et nom » (else « Nom Prénom »)', () => {
    const rows = [['Maëlys Renard'], ['Ysaline Le Floch']];
    expect(run(['Prénom et nom'], rows, { fullName: 0 }).map((r) => r.name)).toEqual([
      'RENARD|Maëlys',
      'LE FLOCH|Ysaline',
    ]);
    expect(run(['Agent'], rows, { fullName: 0 }).map((r) => r.name)).toEqual([
      'MAËLYS|Renard',
      'YSALINE|Le Floch',
    ]);
  });

  it('reads an « Administrateur ? » column answered oui / suppléante / non / blank', () => {
    expect(
      run(
        ['Nom', 'Administrateur ?'],
        [
          ['A', 'Oui'],
          ['B', 'suppléante'],
          ['C', 'non'],
          ['D', ''],
          ['E', 'peut-être'],
        ],
        { lastName: 0, portalRole: 1 },
      ).map((r) => [r.role, r.warned]),
    ).toEqual([
      ['Administrateur', 0],
      ['Administrateur suppléant', 0],
      [undefined, 0],
      [undefined, 0],
      [undefined, 1],
    ]);
  });

  it('a « Statut » with its date: departure for the gone, arrival for those in post', () => {
    expect(
      run(
        ['Nom', 'Statut', 'Depuis le', 'Profil', 'Habilité le'],
        [
          ['A', 'En poste', '01/03/2019', 'Profil 1', '1er avr. 2019'],
          ['B', 'Partie', '30/09/2025', 'T13', ''],
          ['C', 'retraité', '', 'Commissions FSL', ''],
          ['D', 'congé maladie', '01/01/2026', 'T13', ''],
          ['E', 'à définir', '', '', ''],
          ['F', 'Retraitée depuis le 31/08/2025', '', '', ''],
        ],
        { lastName: 0, status: 1, statusDate: 2, profileCode: 3, grantedOn: 4 },
      ),
    ).toEqual([
      { name: 'A|', arrived: '2019-03-01', grants: ['T1@2019-04-01'], warned: 0 },
      { name: 'B|', departed: '2025-09-30', grants: ['T13@-'], warned: 0 },
      // gone, but no date: not marked gone, the user is told
      { name: 'C|', grants: ['T13@-'], warned: 1 },
      { name: 'D|', grants: ['T13@-'], warned: 0 },
      { name: 'E|', grants: [], warned: 1 },
      { name: 'F|', departed: '2025-08-31', grants: [], warned: 0 },
    ]);
  });

  it('departures from the remarks and struck rows; absences, arrivals and dated profiles are not departures', () => {
    expect(
      run(
        ['Nom', 'Profil', 'Date', 'Remarques'],
        [
          ['A', 'T1 / T13', '02/01/2020', 'T13 accordé le 05/06/2022'],
          ['B', 'T13', '02/01/2020', 'congé parental jusqu’au 30/06/2027'],
          ['C', 'T13', '02/01/2020', 'sortie des effectifs le 31/12/2026'],
          ['D', 'T13', '02/01/2020', 'arrivée le 15/12/2019'],
          ['E', 'T13', '02/01/2020', 'mutation'],
          ['F', 'T13', '02/01/2020', 'nouvelle adresse au 01/02/2024'],
          ['G', 'T13', '02/01/2020', ''],
        ],
        { lastName: 0, profileCode: 1, grantedOn: 2, remarks: 3 },
        [false, false, false, false, false, true, true],
      ),
    ).toEqual([
      { name: 'A|', grants: ['T1@2020-01-02', 'T13@2022-06-05'], warned: 0 },
      { name: 'B|', grants: ['T13@2020-01-02'], warned: 0 },
      { name: 'C|', departed: '2026-12-31', grants: ['T13@2020-01-02'], warned: 0 },
      { name: 'D|', arrived: '2019-12-15', grants: ['T13@2020-01-02'], warned: 0 },
      // a departure without a date: the user is told, nothing invented
      { name: 'E|', grants: ['T13@2020-01-02'], warned: 1 },
      // struck through, the only date of its remark
      { name: 'F|', departed: '2024-02-01', grants: ['T13@2020-01-02'], warned: 0 },
      // struck through without a date
      { name: 'G|', grants: ['T13@2020-01-02'], warned: 1 },
    ]);
  });

  it('a habilitation ends on its « Date de retrait », or on the date a remark gives', () => {
    const ends = (headers: string[], rows: string[][], mapping: ColumnMapping) =>
      mapSheetRows({ headers, rows }, mapping, ctx, TODAY).map((r) => [
        r.grants.map((g) => `${g.profileCode}:${g.revokedOn ?? ''}`),
        r.warnings.length,
      ]);
    expect(
      ends(
        ['Nom', 'Profil', 'Date', 'Remarques'],
        [
          ['A', 'T1 / T13', '01/01/2020', 'profil T1 retiré le 02/02/2025'],
          ['B', 'T13', '01/01/2020', 'accès supprimé le 03/03/2025'],
          ['C', 'T13', '01/01/2020', 'habilitation supprimée (date ?)'],
          ['D', 'T13', '01/01/2020', 'habilitation close le 01/01/2019'],
          ['E', 'T13', '', 'habilitation retirée le 01/01/2024'],
        ],
        { lastName: 0, profileCode: 1, grantedOn: 2, remarks: 3 },
      ),
    ).toEqual([
      [['T1:2025-02-02', 'T13:'], 0],
      [['T13:2025-03-03'], 0],
      [['T13:'], 1], // no date: told, nothing invented
      [['T13:'], 1], // before the grant: told, left out
      [[], 1], // ended and never dated: left out
    ]);
    expect(
      ends(
        ['Nom', 'Profil', 'Date d’habilitation', 'Fin d’habilitation'],
        [['A', 'T5', '01/01/2020', '31/12/2024']],
        { lastName: 0, profileCode: 1, grantedOn: 2, revokedOn: 3 },
      ),
    ).toEqual([[['T5:2024-12-31'], 0]]);
  });

  it('one column per profile: a cross, « oui » or a date asks for it', () => {
    const headers = ['Nom', 'Date d’habilitation', 'T1', 'T5 – RSA', 'Profil 13'];
    const rows = [
      ['A', '01/02/2020', 'x', '', 'oui'],
      ['B', '', '', '03/04/2021', 'non'],
      ['C', '05/06/2022', '✓', '?', '-'],
    ];
    const mapped = mapSheetRows({ headers, rows }, { lastName: 0, grantedOn: 1 }, ctx, TODAY);
    expect(
      mapped.map((r) => [
        r.grants.map((g) => `${g.profileCode}@${g.datedInFile ? g.grantedOn : '-'}`),
        r.warnings.length,
      ]),
    ).toEqual([
      [['T1@2020-02-01', 'T13@2020-02-01'], 0],
      [['T5@2021-04-03'], 0],
      [['T1@2022-06-05'], 1],
    ]);
  });

  it('a word alone on a line of a fuller table is a section title, shown as not imported', () => {
    const mapped = mapSheetRows(
      {
        headers: ['Nom', 'Prénom', 'Profil'],
        rows: [
          ['ROCHE', 'Ada', 'T1'],
          ['ACCUEIL', '', ''],
          ['VIAL', 'Tom', 'T13'],
          ['Nina PONS', '', ''],
        ],
      },
      { lastName: 0, firstName: 1, profileCode: 2 },
      ctx,
      TODAY,
    );
    expect(mapped.map((r) => r.errors.length)).toEqual([0, 1, 0, 1]);
    expect(mapped[1]!.errors[0]).toContain('« ACCUEIL »');
  });

  it('a line with a profile and no name goes with the agent above it, and the user is told', () => {
    const mapped = mapSheetRows(
      {
        headers: ['Nom', 'Prénom', 'Mél', 'Profil', 'Date'],
        rows: [
          ['ROCHE', 'Ada', 'a.roche@v.fr', 'T1', '01/02/2020'],
          ['', '', '', 'T5', '03/04/2021'],
          ['', '', '', '', 'note sans profil'],
        ],
        lines: [5, 6, 7],
      },
      { lastName: 0, firstName: 1, email: 2, profileCode: 3, grantedOn: 4 },
      ctx,
      TODAY,
    );
    expect(mapped[1]!.agent).toMatchObject({
      lastName: 'ROCHE',
      firstName: 'Ada',
      email: 'a.roche@v.fr',
    });
    expect(mapped[1]!.grants.map((g) => g.profileCode)).toEqual(['T5']);
    expect(mapped[1]!.warnings).toEqual([
      'Ligne sans nom : rattachée à l’agent de la ligne 5 (ROCHE Ada).',
    ]);
    expect(mapped[2]!.errors).toContain('Nom manquant.');
  });

  it('a line hidden in the file is imported, with a remark', () => {
    const mapped = mapSheetRows(
      { headers: ['Nom'], rows: [['ROY'], ['VIAL']], hidden: [false, true] },
      { lastName: 0 },
      ctx,
      TODAY,
    );
    expect(mapped.map((r) => [r.errors.length, r.warnings.length])).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});
