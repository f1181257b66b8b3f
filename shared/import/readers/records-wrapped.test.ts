import { describe, expect, it } from 'vitest';
import { annex } from './contacts-test-support';
import { joinWrappedLabels } from './records';

const SECTION = 'Annexe 1 – Les interlocuteurs chez le partenaire';
const HEAD = 'Fonction Nom Adresse mél Téléphone';

describe('space-joined rows whose label wrapped onto the next line', () => {
  it.each([
    [
      '« suppléante » under « Administratrice », with a second phone',
      ['Administratrice Paul ROUX p.roux@ville-y.fr 04 75 10 20 31', 'suppléante 06 11 22 33 44'],
      {
        role: 'administrateur-suppleant',
        name: 'Paul ROUX',
        email: 'p.roux@ville-y.fr',
        phones: ['04 75 10 20 31', '06 11 22 33 44'],
      },
    ],
    [
      'a label cut before its last words',
      [
        'Responsable sécurité des systèmes Aline PONS a.pons@ville-y.fr 04 75 10 20 50',
        "d'information",
      ],
      {
        role: 'responsable-securite',
        name: 'Aline PONS',
        email: 'a.pons@ville-y.fr',
        phones: ['04 75 10 20 50'],
      },
    ],
    [
      'one cell per line, a label closed by its acronym in brackets on the next line',
      ['Correspondant Informatique', 'et Libertés (CIL)', 'Mme Odile RAYNAUD', 'cil@ville-y.fr'],
      { role: 'dpo', name: 'Odile RAYNAUD', email: 'cil@ville-y.fr', phones: [] },
    ],
    [
      'a label over three lines, the job title of the name cell beside its second part',
      [
        'Délégué à la protection des Laure ESTÈVE rgpd@ville-y.fr 04 67 87 83 95',
        'données ou référent Juriste – Ville de Lunel',
        'Informatique et Libertés',
      ],
      { role: 'dpo', name: 'Laure ESTÈVE', email: 'rgpd@ville-y.fr', phones: ['04 67 87 83 95'] },
    ],
    [
      'a label over three lines, no name',
      [
        'Délégué à la protection des dpo@ville-y.fr',
        'données ou référent',
        'Informatique et Libertés',
      ],
      { role: 'dpo', email: 'dpo@ville-y.fr', phones: [] },
    ],
    [
      'a label closed by its acronym, the organisation of the name cell beside it',
      [
        'Correspondant Informatique et Céline ROUSSEAU, CIL mutualisé cil@cdg72.fr',
        'Libertés (CIL) Centre de gestion de la Sarthe',
      ],
      { role: 'dpo', name: 'Céline ROUSSEAU', email: 'cil@cdg72.fr', phones: [] },
    ],
    [
      'a long label cut, no name',
      ['Délégué à la protection des dpd@agglo-y.fr', 'données personnelles'],
      { role: 'dpo', email: 'dpd@agglo-y.fr', phones: [] },
    ],
  ])('%s', (_, rows, contact) => {
    const r = annex(
      SECTION,
      HEAD,
      'Administrateur Claire MOULIN c.moulin@ville-y.fr 04 75 10 20 30',
      '',
      ...rows,
    );
    expect(r.contacts).toEqual([
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Claire MOULIN',
        email: 'c.moulin@ville-y.fr',
        phones: ['04 75 10 20 30'],
      },
      { side: 'partner', ...contact },
    ]);
    expect(r.unread).toEqual([]);
  });

  it('a quoted label cut before its last word (Caf side)', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs à la Caf',
      'Référent « Mon Compte Aline PONS a.pons@caf07.caf.fr 04 75 10 20 50',
      'Partenaire »',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.phones])).toEqual([
      ['responsable-mcp', 'Aline PONS', ['04 75 10 20 50']],
    ]);
  });

  it('a long label wrapped before the name (« … référent Informatique et » / « Libertés Anne ROY »)', () => {
    const r = annex(
      SECTION,
      'Délégué à la protection des données ou référent Informatique et',
      'Libertés Anne ROY',
      'a.roy@ville-y.fr',
      '04 75 10 20 60',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones.join()])).toEqual([
      ['dpo', 'Anne ROY', 'a.roy@ville-y.fr', '04 75 10 20 60'],
    ]);
  });

  it.each([
    ['a family name wrapped under the label cell', 'THOMAS', 'Rénald THOMAS'],
    ['a lower-case line is no family name', 'et suivants', undefined],
  ])('%s', (_, next, name) => {
    const r = annex(
      SECTION,
      'Responsable sécurité Rénald\tr.thomas@ville-y.fr\t04 75 10 20 70',
      next,
    );
    expect(r.contacts.map((c) => c.name)).toEqual([name]);
  });

  it('a next line that is a row of its own is left alone', () => {
    const lines = [
      'Administrateur Claire MOULIN c.moulin@ville-y.fr 04 75 10 20 30',
      'Suppléant Paul ROUX p.roux@ville-y.fr',
      'Responsable sécurité Jean VIAL',
      'Marc DURAND',
    ];
    expect(joinWrappedLabels(lines, 0, lines.length)).toEqual(lines);
  });

  it('a row whose label cannot be read never gives its details to the row above', () => {
    const r = annex(
      SECTION,
      HEAD,
      'Administrateur Claire MOULIN c.moulin@ville-y.fr 04 75 10 20 30',
      'Rspnsbl scrt Jean VIAL j.vial@ville-y.fr 04 75 10 20 40',
    );
    expect(r.contacts).toEqual([
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Claire MOULIN',
        email: 'c.moulin@ville-y.fr',
        phones: ['04 75 10 20 30'],
      },
    ]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('a running footer after the last row is no second name', () => {
    const r = annex(
      SECTION,
      HEAD,
      'Administrateur Claire MOULIN c.moulin@ville-y.fr 04 75 10 20 30',
      '',
      'Convention MCP – Ville de Y Page 4 sur 6',
    );
    expect(r.contacts.map((c) => c.name)).toEqual(['Claire MOULIN']);
    expect(r.unread).toEqual([]);
  });
});

describe('grid rows whose cells wrap (the label in the first cell of each line)', () => {
  it.each([
    [
      'a quoted label cut, the name in the second cell, the e-mail cut after @',
      [
        '+------------------------+------------------+----------------------+----------------+',
        '| Référent « Mon Compte   | Odile MARTY      | odile.marty@         | 05 53 02 11 40 |',
        '| Partenaire »           |                  | caf24.caf.fr         |                |',
        '+------------------------+------------------+----------------------+----------------+',
      ],
      'Annexe 1 – Les interlocuteurs à la Caf',
      ['caf', 'responsable-mcp', 'Odile MARTY', 'odile.marty@caf24.caf.fr', '05 53 02 11 40'],
    ],
    [
      'a qualifier in brackets wrapped under the label, a second phone on the next line',
      [
        '+------------------------+------------------+----------------------+----------------+',
        '| Administratrice (chef  | Rose LAVAL       | r.laval@             | 05 53 90 00 12 |',
        '| de projet numérique)   |                  | perigueux.fr         | 06 70 00 00 12 |',
        '+------------------------+------------------+----------------------+----------------+',
      ],
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      [
        'partner',
        'administrateur',
        'Rose LAVAL',
        'r.laval@perigueux.fr',
        '05 53 90 00 12 + 06 70 00 00 12',
      ],
    ],
  ])('%s', (_, grid, section, expected) => {
    const r = annex(section, '', ...grid);
    expect(r.contacts.map((c) => [c.side, c.role, c.name, c.email, c.phones.join(' + ')])).toEqual([
      expected,
    ]);
  });
});

describe('tab rows whose cells wrap, a label over three lines', () => {
  const SECTION = 'Annexe 1 – Les interlocuteurs chez le partenaire';
  const HEAD = 'Fonction\tAdresse mél\tTéléphone';

  it('the label « Délégué à la » / « protection des » / « données » opens its own row', () => {
    const r = annex(
      SECTION,
      HEAD,
      'Administratrice\tm.roux@ville-\t05 53 00 00 01',
      'Marie ROUX\tperigueux.fr',
      'Délégué à la\tdpd@ville-\t05 53 00 00 09',
      'protection des\tperigueux.fr',
      'données',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones.join()])).toEqual([
      ['administrateur', 'Marie ROUX', 'm.roux@ville-perigueux.fr', '05 53 00 00 01'],
      ['dpo', undefined, 'dpd@ville-perigueux.fr', '05 53 00 00 09'],
    ]);
  });

  it('a hyphenated family name in capitals alone on its line is a name, not a piece of address', () => {
    const r = annex(
      SECTION,
      HEAD,
      'Administratrice\tm.roux-\t05 53 00 00 01',
      'Marie\tblanc@perigueux.fr',
      'ROUX-BLANC',
    );
    expect(r.contacts.map((c) => [c.name, c.email])).toEqual([
      ['Marie ROUX-BLANC', 'm.roux-blanc@perigueux.fr'],
    ]);
  });

  it('a row that swallowed the next one (two addresses) is reported, not read', () => {
    const r = annex(
      SECTION,
      HEAD,
      'Administratrice\tm.roux@ville-\t05 53 00 00 01',
      'Marie ROUX\tperigueux.fr',
      'Rspnsbl\tj.vial@ville-',
      'scrt\tperigueux.fr',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual(['contacts']);
  });
});

describe('a « Nom et fonction » cell of two paragraphs (job title on the next line)', () => {
  const HEADER = 'Fonction\tNom et fonction\tAdresse mél\tTéléphone';
  it('a job title that reads like a role label goes on with the row above', () => {
    const r = annex(
      SECTION,
      HEADER,
      'Administrateur\tClaire HÉBERT',
      'Directrice de la gestion locative\tc.hebert@bh.fr\t02 31 51 26 10',
      'Responsable Sécurité\tYohann DESLANDES',
      'Responsable informatique\ty.deslandes@bh.fr\t02 31 51 26 70',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual([
      ['administrateur', 'Claire HÉBERT', 'c.hebert@bh.fr', ['02 31 51 26 10']],
      ['responsable-securite', 'Yohann DESLANDES', 'y.deslandes@bh.fr', ['02 31 51 26 70']],
    ]);
  });

  it('without that shape elsewhere in the table, a role label opens its own row', () => {
    const r = annex(
      SECTION,
      HEADER,
      'Administrateur\tClaire HÉBERT\tc.hebert@bh.fr\t02 31 51 26 10',
      'Responsable Sécurité\tYohann DESLANDES',
      'Responsable informatique\tdsi@bh.fr\t02 31 51 26 70',
    );
    // (the nameless row itself is not kept as a contact; what matters is that its details
    // are not given to the row above)
    expect(r.contacts.map((c) => [c.role, c.name, c.email])).toEqual([
      ['administrateur', 'Claire HÉBERT', 'c.hebert@bh.fr'],
      ['responsable-securite', 'Yohann DESLANDES', undefined],
    ]);
  });
});
