import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { contactsAnnex, contactSection } from './contacts';
import { makeCtx } from './context';
import { personName, piecesOfCell, roleLabel, splitAtNextRole } from './records';

const annex = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const r = contactsAnnex(ctx);
  return { contacts: r.contacts.map((c) => c.value), unread: ctx.unread.map((u) => u.part) };
};

const DJIRE = {
  side: 'partner',
  role: 'administrateur',
  name: 'Véronique DJIRE',
  email: 'v.djire@ville-x.fr',
  phones: ['01 64 13 55 88'],
};
const COFFI = {
  side: 'partner',
  role: 'administrateur-suppleant',
  name: 'Sandrine COFFI',
  email: 's.coffi@ville-x.fr',
  phones: ['01 64 13 55 76'],
};

describe('contacts annex in any layout', () => {
  it.each([
    [
      'one row per line, tabs',
      [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
        'Administrateur suppléant\tSandrine COFFI\ts.coffi@ville-x.fr\t01.64.13.55.76',
      ],
    ],
    [
      'one cell per line (column by column)',
      [
        'Fonction',
        'Nom',
        'Adresse mél',
        'Téléphone',
        'Administrateur',
        'Mme Véronique DJIRE',
        'v.djire@ville-x.fr',
        '01 64 13 55 88',
        'Administrateur suppléant',
        'Sandrine COFFI',
        's.coffi@ville-x.fr',
        '0164135576',
      ],
    ],
    [
      'cells joined by single spaces',
      [
        'Fonction Nom Adresse mél Téléphone',
        'Administrateur Véronique DJIRE v.djire@ville-x.fr 01 64 13 55 88',
        'Administratrice suppléante Sandrine COFFI s.coffi@ville-x.fr 01 64 13 55 76',
      ],
    ],
    [
      'a table drawn with bars and rules',
      [
        '+-----------------------+---------------------+----------------------+---------------+',
        '| Fonction              | Nom                 | Adresse mél          | Téléphone     |',
        '+=======================+=====================+======================+===============+',
        '| Administrateur        | Véronique DJIRE     | v.djire@ville-x.fr   | 01 64 13 55 88 |',
        '+-----------------------+---------------------+----------------------+---------------+',
        '| Administrateur suppléant | Sandrine COFFI   | s.coffi@ville-x.fr   | 01 64 13 55 76 |',
        '+-----------------------+---------------------+----------------------+---------------+',
      ],
    ],
    [
      'a markdown table',
      [
        '| Fonction | Nom | Adresse mél | Téléphone |',
        '|:---|:---:|---|---:|',
        '| Administrateur | Véronique DJIRE | v.djire@ville-x.fr | 01 64 13 55 88 |',
        '| Administrateur suppléant | Sandrine COFFI | s.coffi@ville-x.fr | 01 64 13 55 76 |',
      ],
    ],
    [
      'box-drawing characters',
      [
        '┌────────────┬──────────┬──────────┬──────────┐',
        '│ Fonction │ Nom │ Adresse mél │ Téléphone │',
        '├────────────┼──────────┼──────────┼──────────┤',
        '│ Administrateur │ Véronique DJIRE │ v.djire@ville-x.fr │ 01 64 13 55 88 │',
        '│ Administrateur suppléant │ Sandrine COFFI │ s.coffi@ville-x.fr │ 01 64 13 55 76 │',
        '└────────────┴──────────┴──────────┴──────────┘',
      ],
    ],
    [
      'name before the role, tabs',
      [
        'Véronique DJIRE\tAdministrateur\tv.djire@ville-x.fr\t01 64 13 55 88',
        'Sandrine COFFI\tAdministrateur suppléant\ts.coffi@ville-x.fr\t01 64 13 55 76',
      ],
    ],
  ])('%s', (_, rows) => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      ...rows,
      '',
      'Annexe 2 – Bulletin d’adhésion au service : Cdap',
    );
    expect(r.contacts).toEqual([DJIRE, COFFI]);
    expect(r.unread).toEqual([]);
  });

  it('reads contacts written as sentences, each with the side of the last « Pour … » cue', () => {
    const r = annex(
      'Annexe 1 – Interlocuteurs',
      '',
      'Pour la Caf du Gers, l’administrateur local est M. Hugo VIDAL (hugo.vidal@caf32.caf.fr,',
      '05 62 00 11 22). Le guichet unique répond à l’adresse guichet@caf32.caf.fr.',
      '',
      'Pour la commune d’Auch, Mme Véronique DJIRE, secrétaire générale, est désignée adrninistratrice',
      '(v.djire@ville-x.fr – tél. 01.64.13.55.88). Sa suppléante est Mme Sandrine COFFI (s.coffi@ville-x.fr, 01 64 13 55 76).',
    );
    expect(r.contacts).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Hugo VIDAL',
        email: 'hugo.vidal@caf32.caf.fr',
        phones: ['05 62 00 11 22'],
      },
      { side: 'caf', role: 'guichet-unique', email: 'guichet@caf32.caf.fr', phones: [] },
      DJIRE,
      COFFI,
    ]);
    expect(r.unread).toEqual([]);
  });

  it('reads nothing from a sentence naming two roles or two persons, and says the annex was not read', () => {
    const r = annex(
      'Annexe 1 – Interlocuteurs',
      '',
      'Pour le CCAS, l’administrateur et le délégué à la protection des données sont Mme Anne VIAL et M. Jean BRUN (contact@ccas.fr).',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('a sentence announcing contacts inside an article is no contacts section', () => {
    const r = annex(
      'Article 3.3 – Escalade',
      'Les interlocuteurs suivants sont à contacter dans l’ordre :',
      'Pour la Caf : M. Paul RIVIERE Administrateur local 04 11 22 33 44',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual([]);
  });

  it.each([
    [
      'space-joined, after a phone',
      [
        'Administrateur Véronique DJIRE v.djire@ville-x.fr 01 64 13 55 88 Administrateur suppléant Sandrine COFFI s.coffi@ville-x.fr 01 64 13 55 76',
      ],
    ],
    [
      'tabs, after an e-mail and a second phone',
      [
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88 / 01.64.13.55.76 Administrateur suppléant Sandrine COFFI\ts.coffi@ville-x.fr',
      ],
    ],
  ])('splits two rows run into one line at the second role: %s', (_, rows) => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tAdresse mél\tTéléphone',
      ...rows,
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email])).toEqual([
      ['administrateur', 'Véronique DJIRE', 'v.djire@ville-x.fr'],
      ['administrateur-suppleant', 'Sandrine COFFI', 's.coffi@ville-x.fr'],
    ]);
  });

  it.each([
    [
      'Service social 01 64 13 55 88 Maison des solidarités',
      ['Service social 01 64 13 55 88 Maison des solidarités'],
    ],
    ['a@b.fr Administrateur suppléant X', ['a@b.fr', 'Administrateur suppléant X']],
  ])('split at the next role: %s', (cell, parts) => {
    expect(splitAtNextRole(cell)).toEqual(parts);
  });

  it('a role label in quotes, columns joined by spaces: the name after the closing quote', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs à la Caf',
      'Fonction Nom Adresse mél Téléphone',
      'Responsable « Mon Compte Partenaire » Inès BARON i.baron@caf32.caf.fr 05 62 00 11 23',
    );
    expect(r.contacts).toEqual([
      {
        side: 'caf',
        role: 'responsable-mcp',
        name: 'Inès BARON',
        email: 'i.baron@caf32.caf.fr',
        phones: ['05 62 00 11 23'],
      },
    ]);
  });

  it.each([
    [
      'partner domains',
      [
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
        'Administrateur suppléant\tSandrine COFFI\ts.coffi@ville-x.fr\t01 64 13 55 76',
      ],
      [DJIRE, COFFI],
    ],
    [
      'mixed domains: no side, nothing read',
      [
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr',
        'Administrateur\tPaul VIDAL\tp.vidal@caf32.caf.fr',
      ],
      [],
    ],
  ])('an annex that names no side: the e-mail domains decide (%s)', (_, rows, expected) => {
    expect(
      annex('Annexe 1 – Interlocuteurs', 'Fonction\tNom\tCourriel\tTéléphone', ...rows).contacts,
    ).toEqual(expected);
  });

  it('reads a role cell wrapped over the next lines', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tAdresse mél',
      'Délégué à la protection des\tAnne VIAL\tdpo@ville-x.fr',
      'données personnelles',
      '',
    );
    expect(r.contacts).toEqual([
      { side: 'partner', role: 'dpo', name: 'Anne VIAL', email: 'dpo@ville-x.fr', phones: [] },
    ]);
  });

  it('a role cell cut apart gives its row to no one: flagged, not added to the row above', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tAdresse mél\tTéléphone',
      'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
      'Responsable\t«\tMon\tEspace Paul',
      'Partenaire »\tBRUN\tp.brun@ville-x.fr\t01 64 13 55 99',
    );
    expect(r.contacts).toEqual([DJIRE]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('puts back together rows whose cells wrap in narrow columns', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs à la Caf',
      'Fonction\tAdresse mél\tTéléphone',
      'Guichet unique du\tCAF77-BP-MONCOMPTE-\t01 64 83 74',
      'Centre de services\tPARTENAIRES@caf77.\t63',
      'Caf\tcaf.fr',
      'Responsable\tchristophe.le-',
      'Informatique\tguehenec@cafmelun.fr',
    );
    expect(r.contacts).toEqual([
      {
        side: 'caf',
        role: 'guichet-unique',
        email: 'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
        phones: ['01 64 83 74 63'],
      },
      {
        side: 'caf',
        role: 'responsable-informatique',
        email: 'christophe.le-guehenec@cafmelun.fr',
        phones: [],
      },
    ]);
  });

  it('splits one annex by « Pour la Caf » / « Pour le partenaire » sub-headings', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs',
      'Pour la Caf',
      'Guichet unique du centre de services\tbal-mcp@caf33.caf.fr',
      'Pour le partenaire',
      'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
    );
    expect(r.contacts).toEqual([
      { side: 'caf', role: 'guichet-unique', email: 'bal-mcp@caf33.caf.fr', phones: [] },
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Véronique DJIRE',
        email: 'v.djire@ville-x.fr',
        phones: ['01 64 13 55 88'],
      },
    ]);
  });

  it('reports an annex it cannot read rather than saying it is absent', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Le tableau a été transmis séparément par courrier électronique au service.',
      '',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('does not give a name it cannot tie to one function (transposed table)', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Administrateur',
      'Administrateur suppléant',
      'Véronique DJIRE',
      'Sandrine COFFI',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual(['contacts']);
  });

  it.each([
    ['Annexe 1 – Les interlocuteurs à la Caf', 'caf'],
    ['Les interlocuteurs chez le partenaire', 'partner'],
    ['Annexe 1 –les interlocuteurs des partenaires', undefined],
  ])('section heading %s', (line, side) => {
    expect(contactSection(line)?.side).toBe(side);
  });

  it.each([
    '- Annexe 1 : les interlocuteurs des partenaires',
    '⁴ Voir tableau « Les interlocuteurs du Partenaire » en annexe 1',
    'Les interlocuteurs de la Caf sont joignables par téléphone.',
  ])('not a section: %s', (line) => expect(contactSection(line)).toBeUndefined());
});

describe('pieces by shape', () => {
  it.each([
    ['Délégué à la protection des données ou référent Informatique et Libertés', 'dpo'],
    ['DPO', 'dpo'],
    ['Responsable « Mon Compte Partenaire »', 'responsable-mcp'],
    ['Responsab1e sécurité', 'responsable-securite'],
    ['Administrateurs', 'administrateur'],
    ['Suppléante', 'administrateur-suppleant'],
    ['Référent « Mon Compte Partenaire »', 'responsable-mcp'],
    ['Référent MCP', 'responsable-mcp'],
    ['Correspondant RGPD (DPO)', 'dpo'],
    ['Référente RGPD', 'dpo'],
    ['Délégué RGPD', 'dpo'],
    ['Référent technique', undefined],
    ['Administration générale', undefined],
    ['Dsitra', undefined],
  ])('role %s', (text, role) => {
    expect(roleLabel(text)?.role).toBe(role);
  });

  it.each([
    ['DJIRE Véronique', 'DJIRE Véronique'],
    ['Mme Karima BENALI', 'Karima BENALI'],
    ['Jean-Pierre Martin', 'Jean-Pierre Martin'],
    ['Adresse Mél', undefined],
    ['Autres interlocuteurs', undefined],
    ['CAF77-BP', undefined],
  ])('name %s', (text, name) => {
    expect(personName(text)).toBe(name);
  });

  it('classifies a space-joined cell', () => {
    expect(
      piecesOfCell(
        'Responsable Sécurité Rénald THOMAS r.thomas@ville.fr Tél : 01 64 13 55 56',
        3,
      ).map((p) => [p.kind, p.value]),
    ).toEqual([
      ['role', 'Responsable Sécurité'],
      ['name', 'Rénald THOMAS'],
      ['email', 'r.thomas@ville.fr'],
      ['phone', '01 64 13 55 56'],
    ]);
  });
});

describe('a contacts table going on after a continuation heading', () => {
  const CAF = [
    'Annexe 1 – Les interlocuteurs à la Caf',
    '',
    'Fonction\tNom\tAdresse mél\tTéléphone',
    'Administrateur\tMarie HOARAU\tm.hoarau@caf32.caf.fr\t05 62 00 00 01',
    '',
  ];
  const H = 'Fonction\tNom\tAdresse mél\tTéléphone';
  const P1 = 'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88';
  const P2 = 'Administrateur suppléant\tSandrine COFFI\ts.coffi@ville-x.fr\t01 64 13 55 76';
  const P3 = 'Délégué à la protection des données\tYann MAILLOT\tdpo@ville-x.fr\t01 64 13 55 00';
  const DPO = {
    side: 'partner',
    role: 'dpo',
    name: 'Yann MAILLOT',
    email: 'dpo@ville-x.fr',
    phones: ['01 64 13 55 00'],
  };
  const HOARAU = {
    side: 'caf',
    role: 'administrateur',
    name: 'Marie HOARAU',
    email: 'm.hoarau@caf32.caf.fr',
    phones: ['05 62 00 00 01'],
  };

  it.each([
    [
      '« Annexe 1 (suite) – … chez le partenaire »',
      [...CAF, 'Annexe 1 (suite) - Les interlocuteurs chez le partenaire', '', H, P1, P2, P3],
    ],
    [
      '« Annexe 1 suite : … de la commune »',
      [...CAF, 'Annexe 1 suite : les interlocuteurs de la commune', H, P1, P2, P3],
    ],
    [
      '« ANNEXE 1 (SUITE) – INTERLOCUTEURS DU PARTENAIRE »',
      [...CAF, 'ANNEXE 1 (SUITE) – INTERLOCUTEURS DU PARTENAIRE', H, P1, P2, P3],
    ],
  ])('a continuation heading naming the other side: %s', (_, lines) => {
    expect(annex(...lines).contacts).toEqual([HOARAU, DJIRE, COFFI, DPO]);
  });

  it.each([
    [
      '« Annexe 1 (suite) » alone, the header repeated',
      [H, P1, '', 'Annexe 1 (suite)', '', H, P2, P3],
    ],
    ['« ANNEXE 1 – SUITE ET FIN » with no header', [H, P1, P2, '', 'ANNEXE 1 – SUITE ET FIN', P3]],
    [
      'the whole heading repeated with « (suite) »',
      [H, P1, '', 'Annexe 1 – Les interlocuteurs chez le partenaire (suite)', H, P2, P3],
    ],
    [
      'the rest given one cell per line',
      [
        H,
        P1,
        P2,
        '',
        '(suite)',
        'Fonction',
        'Nom',
        'Adresse mél',
        'Téléphone',
        'Délégué à la protection des données',
        'Yann MAILLOT',
        'dpo@ville-x.fr',
        '01 64 13 55 00',
      ],
    ],
  ])('a page break inside the table: %s', (_, lines) => {
    expect(annex('Annexe 1 – Les interlocuteurs chez le partenaire', ...lines).contacts).toEqual([
      DJIRE,
      COFFI,
      DPO,
    ]);
  });

  it('a heading that names something else still ends the table', () => {
    expect(
      annex(
        'Annexe 1 – Les interlocuteurs chez le partenaire',
        H,
        P1,
        '',
        'Annexe 2 – Les formulaires',
        'Suite à la signature, le partenaire transmet …',
      ).contacts,
    ).toEqual([DJIRE]);
  });
});

describe('a name cell saying more than a name', () => {
  const row = (role: string, cell: string) =>
    annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tAdresse mél\tTéléphone',
      `${role}\t${cell}\tx.y@ville-x.fr\t01 64 13 55 88`,
    ).contacts[0]?.name;

  it.each([
    [
      'a function after a comma',
      'Administrateur',
      'Céline MARCHETTI, responsable du CCAS',
      'Céline MARCHETTI',
    ],
    [
      'a description in parentheses',
      'DPO',
      'Laure FAVIER (DPO mutualisé, Centre de gestion du Loiret)',
      'Laure FAVIER',
    ],
    [
      'a function acronym after the name',
      'Responsable sécurité',
      'Christophe DUCASSE RSSI',
      'Christophe DUCASSE',
    ],
    [
      'a function after a dash',
      'Administrateur suppléant',
      'Mme Anne ROUX – Directrice générale des services',
      'Anne ROUX',
    ],
    [
      '« NOM Prénom » and a function after a semicolon',
      'Administrateur',
      'PERRIN Julie ; secrétaire de mairie',
      'PERRIN Julie',
    ],
    [
      'the function first, the name after a comma',
      'Administrateur',
      'Directrice, Céline MARCHETTI',
      'Céline MARCHETTI',
    ],
    [
      'a title in capitals after the family name',
      'Administrateur',
      'Yves-Marie LE GALL, Maire',
      'Yves-Marie LE GALL',
    ],
  ])('%s', (_, role, cell, name) => {
    expect(row(role, cell)).toBe(name);
  });

  it.each([
    ['a service, no person', 'Pôle Solidarité, Centre communal'],
    ['only a function', 'Responsable du CCAS (par intérim)'],
  ])('no name when the cell names no person: %s', (_, cell) => {
    expect(row('Administrateur', cell)).toBeUndefined();
  });
});

describe('family names with particles in capitals', () => {
  it.each([
    ['Yann LE GALL', 'Yann LE GALL'],
    ['Françoise LE BIHAN', 'Françoise LE BIHAN'],
    ['Anne DE LA TOUR', 'Anne DE LA TOUR'],
    ['Marc DU PLESSIS Directeur', 'Marc DU PLESSIS'],
    ["Jean D'ARTAGNAN", "Jean D'ARTAGNAN"],
    ['Pieter VAN DER BERG', 'Pieter VAN DER BERG'],
    ['LE GALL Yann', 'LE GALL Yann'],
  ])('name %s', (text, name) => {
    expect(personName(text)).toBe(name);
  });

  it('in a contacts row, the whole family name is the name', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Administrateur\tYann LE GALL\ty.legall@ville-x.fr\t02 98 00 00 01',
    );
    expect(r.contacts[0]?.name).toBe('Yann LE GALL');
  });
});

describe('two persons in one contacts cell', () => {
  const HEAD = [
    'Annexe 1 – Les interlocuteurs chez le partenaire',
    'Fonction\tNom\tAdresse mél\tTéléphone',
  ];
  const DUFAU = {
    side: 'partner',
    role: 'administrateur',
    name: 'Isabelle DUFAU',
    email: 'mcp@ccas-x.fr',
  };
  const LACAZE = {
    side: 'partner',
    role: 'administrateur',
    name: 'Thomas LACAZE',
    email: 'mcp@ccas-x.fr',
  };

  it.each([
    [
      'names and phones split by slashes',
      'Administrateurs\tIsabelle DUFAU / Thomas LACAZE\tmcp@ccas-x.fr\t05 58 05 41 10 / 05 58 05 41 02',
    ],
    [
      'names joined by « et », civilities',
      'Administrateurs\tMme Isabelle DUFAU et M. Thomas LACAZE\tmcp@ccas-x.fr\t05.58.05.41.10 – 05.58.05.41.02',
    ],
    [
      'cells joined by spaces',
      'Administrateurs Isabelle DUFAU / Thomas LACAZE mcp@ccas-x.fr 05 58 05 41 10 / 05 58 05 41 02',
    ],
    [
      'a singular label, the cell still naming two',
      'Administrateur\tIsabelle DUFAU / Thomas LACAZE\tmcp@ccas-x.fr\t05 58 05 41 10 / 05 58 05 41 02',
    ],
  ])('%s: two contacts of the role, the shared mailbox, the phone of the same rank', (_, row) => {
    const r = annex(...HEAD, row);
    expect(r.contacts).toEqual([
      { ...DUFAU, phones: ['05 58 05 41 10'] },
      { ...LACAZE, phones: ['05 58 05 41 02'] },
    ]);
    expect(r.unread).toEqual([]);
  });

  it('one phone for two persons: no phone is guessed', () => {
    const r = annex(
      ...HEAD,
      'Administrateurs\tIsabelle DUFAU / Thomas LACAZE\tmcp@ccas-x.fr\t05 58 05 41 10',
    );
    expect(r.contacts).toEqual([
      { ...DUFAU, phones: [] },
      { ...LACAZE, phones: [] },
    ]);
  });

  it('one e-mail each: each its own', () => {
    const r = annex(
      ...HEAD,
      'Administrateurs\tIsabelle DUFAU / Thomas LACAZE\ti.dufau@ccas-x.fr / t.lacaze@ccas-x.fr\t05 58 05 41 10 / 05 58 05 41 02',
    );
    expect(r.contacts.map((c) => c.email)).toEqual(['i.dufau@ccas-x.fr', 't.lacaze@ccas-x.fr']);
  });

  it('the two administrators named together are not taken as administrator and deputy', () => {
    const r = annex(
      ...HEAD,
      'Administrateurs\tIsabelle DUFAU / Thomas LACAZE\tmcp@ccas-x.fr\t05 58 05 41 10 / 05 58 05 41 02',
    );
    expect(r.contacts.map((c) => c.role)).toEqual(['administrateur', 'administrateur']);
  });

  it('a cell whose parts are not all persons is not split', () => {
    const r = annex(
      ...HEAD,
      'Administrateur\tIsabelle DUFAU / Service social\tmcp@ccas-x.fr\t05 58 05 41 10',
    );
    expect(r.contacts.map((c) => c.name)).toEqual([undefined]);
  });
});
