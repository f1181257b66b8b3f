/**
 * Contacts rows a PDF, a Word copy or pdftotext laid out over several lines: a label ending
 * on the next line, a label cut around its row, a name above its row, a name cell of two
 * lines. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { annex } from './contacts-test-support';
import { joinLabelsAroundRows, joinNamesAboveRows } from './records';

const SECTION = 'Annexe 1 – Les interlocuteurs chez le partenaire';

describe('a tab row whose label ends on the next line', () => {
  it('« Administratrice ⇥ … » then « suppléante ⇥ 07 … »', () => {
    const r = annex(
      SECTION,
      'Fonction\tNom\tAdresse mél\tTéléphone',
      'Administratrice\tManon DELAYGUE\tm.delaygue@x.fr\t04 75 29 18 40',
      'Administratrice\tLucas ARNAUD\tl.arnaud@x.fr\t04 75 29 18 44',
      'suppléante\t07 61 32 58 04',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.phones])).toEqual([
      ['administrateur', 'Manon DELAYGUE', ['04 75 29 18 40']],
      ['administrateur-suppleant', 'Lucas ARNAUD', ['04 75 29 18 44', '07 61 32 58 04']],
    ]);
  });
});

describe('a role label cut in two by a row of two lines', () => {
  it.each([
    [
      'the row on the second part’s line',
      [
        'Responsable « Mon',
        '',
        'Compte Partenaire »\tStéphanie GOULARD\ts.goulard@caf.fr\t03 26 84 42 17',
      ],
    ],
    [
      'the row between the two parts (cells centred in their height)',
      [
        'Responsable « Mon',
        'Stéphanie GOULARD\ts.goulard@caf.fr\t03 26 84 42 17',
        'Compte Partenaire »',
      ],
    ],
  ])('%s', (_, rows) => {
    const r = annex('Les interlocuteurs à la Caf', 'Fonction\tNom\tMél\tTéléphone', ...rows);
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual([
      ['responsable-mcp', 'Stéphanie GOULARD', 's.goulard@caf.fr', ['03 26 84 42 17']],
    ]);
  });

  it('the former name of the portal (« Responsable « Cafpro » »)', () => {
    const r = annex(
      'Les interlocuteurs à la Caf',
      'Responsable « Cafpro »\tMonique RAYNAUD\tm.raynaud@caf.fr\t04 68 11 24 52',
    );
    expect(r.contacts.map((c) => c.role)).toEqual(['responsable-mcp']);
  });

  it('a name alone above a row is no label part', () => {
    const lines = [
      'Administrateur\tPaul ROCHE\tp.roche@x.fr',
      'Jean VIAL',
      'Suppléant\tj.vial@x.fr',
    ];
    expect(joinLabelsAroundRows(lines, 0, lines.length)).toEqual(lines);
  });
});

describe('a name alone above its row (cells centred in a two-line row)', () => {
  it('goes into the nameless row below, with a phone standing between them', () => {
    const r = annex(
      'Les interlocuteurs chez le partenaire',
      'Fonction\tNom et qualité\tAdresse mél\tTéléphone',
      'Hélène TRÉGUIER',
      'Administrateur\tResponsable du service\th.treguier@x.fr\t02 99 47 16 30',
      'Solidarités',
      'Mathieu COLLEU',
      '02 99 47 16 34',
      'Administrateur suppléant\tConseiller en économie\tm.colleu@x.fr',
      'sociale et familiale',
      'Arnaud BESNIER',
      'Responsable Sécurité\tService informatique\ta.besnier@x.fr\t02 99 47 16 70',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual([
      ['administrateur', 'Hélène TRÉGUIER', 'h.treguier@x.fr', ['02 99 47 16 30']],
      ['administrateur-suppleant', 'Mathieu COLLEU', 'm.colleu@x.fr', ['02 99 47 16 34']],
      ['responsable-securite', 'Arnaud BESNIER', 'a.besnier@x.fr', ['02 99 47 16 70']],
    ]);
  });

  it('a name under a nameless row is left where it is (it may be that row’s)', () => {
    const lines = [
      'Administrateur\t\tp.roche@x.fr',
      'Paul ROCHE',
      'Suppléant\tService RH\tj.vial@x.fr',
    ];
    expect(joinNamesAboveRows(lines, 0, lines.length)).toEqual(lines);
  });

  it('a table given one cell a line is not touched', () => {
    const lines = [
      'Administrateur',
      'Mme Yasmina BENALI',
      'y.benali@x.fr',
      'Responsable Sécurité',
      'M. Henri CASTELLI',
    ];
    expect(joinNamesAboveRows(lines, 0, lines.length)).toEqual(lines);
  });
});

describe('a name cell of two lines whose job title reads like the row’s role', () => {
  it('one person: the job title line brings the details of the row above', () => {
    const r = annex(
      'Les interlocuteurs chez le partenaire',
      'Délégué à la protection des données\tAnaïs TESSIER',
      'DPO mutualisée – CDG 37\tdpo@cdg37.fr\t02 47 60 85 42',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual([
      ['dpo', 'Anaïs TESSIER', 'dpo@cdg37.fr', ['02 47 60 85 42']],
    ]);
  });

  it('two persons under « Administrateurs », each name then its details', () => {
    const r = annex(
      'Les interlocuteurs à la Caf',
      'Fonction\tNom / qualité\tAdresse mél\tTéléphone',
      'Administrateurs\tÉlodie VÉRON',
      'Administratrice locale MCP\telodie.veron@caf.fr\t02 33 32 41 16',
      '\tPauline GOUJON',
      'Administratrice locale MCP\tpauline.goujon@caf.fr\t02 33 32 41 19',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email])).toEqual([
      ['administrateur', 'Élodie VÉRON', 'elodie.veron@caf.fr'],
      ['administrateur', 'Pauline GOUJON', 'pauline.goujon@caf.fr'],
    ]);
  });

  it('a row with its own details already is followed by a new row of the same role', () => {
    const r = annex(
      'Les interlocuteurs à la Caf',
      'Administrateur\tÉlodie VÉRON\telodie.veron@caf.fr',
      'Administrateur\tpauline.goujon@caf.fr',
    );
    expect(r.contacts[0]).toMatchObject({ name: 'Élodie VÉRON', email: 'elodie.veron@caf.fr' });
    expect(r.contacts.filter((c) => c.email === 'pauline.goujon@caf.fr')).toHaveLength(1);
    expect(r.contacts.find((c) => c.email === 'pauline.goujon@caf.fr')?.name).toBeUndefined();
  });
});
