import { describe, expect, it } from 'vitest';
import { annex, COFFI, DJIRE } from './contacts-test-support';
import { joinNameCells, personName, piecesOfCell, roleLabel } from './records';

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
    // a job title after the name that holds what a name may not
    ['Ludovic THIÉRY Responsable du service numérique Ville / CCAS', 'Ludovic THIÉRY'],
    ['Anne VIAL Directrice (CCAS, pôle social)', 'Anne VIAL'],
    ['Jean DUPONT / Marie MARTIN', undefined],
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

  it.each([
    ['Mickaël HAM0N', 'Mickaël HAMON'],
    ['DUP0NT Corinne', 'DUPONT Corinne'],
    ['Service 2024', undefined],
  ])('a zero between capitals of a name cell: %s', (cell, name) => {
    const p = piecesOfCell(cell, 0).find((x) => x.kind === 'name');
    expect(p?.value).toBe(name);
    if (name) expect(p?.corrected).toBe(true);
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

describe('tab rows with NOM and Prénom in two columns and a « Service / qualité » column', () => {
  it('one person from the two name cells; a job title that reads like a role is no new row', () => {
    const r = annex(
      'Les interlocuteurs chez le partenaire',
      'Fonction\tNOM\tPrénom\tService / qualité\tAdresse mél\tTéléphone',
      'Administrateur\tDUCHÊNE\tAurélie\tDirectrice du CCAS\ta.duchene@x.fr\t02 48 53 07 21',
      'Responsable Sécurité\tLEGENDRE\tThomas\tRSSI – Ville de Vierzon\tt.legendre@x.fr\t02 48 52 65 40',
      'Délégué à la protection des données\tJulie\tROCHEREAU\tDPO mutualisée\tdpo@cdg18.fr',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email])).toEqual([
      ['administrateur', 'Aurélie DUCHÊNE', 'a.duchene@x.fr'],
      ['responsable-securite', 'Thomas LEGENDRE', 't.legendre@x.fr'],
      ['dpo', 'Julie ROCHEREAU', 'dpo@cdg18.fr'],
    ]);
    expect(r.unread).toEqual([]);
  });

  it('two rows run into one line (a role after an e-mail) are still two', () => {
    const r = annex(
      'Les interlocuteurs chez le partenaire',
      'Administrateur\tPaul ROCHE\tp.roche@x.fr\tSuppléant\tJean VIAL\tj.vial@x.fr',
    );
    expect(r.contacts.map((c) => [c.role, c.name])).toEqual([
      ['administrateur', 'Paul ROCHE'],
      ['administrateur-suppleant', 'Jean VIAL'],
    ]);
  });
});

describe('joinNameCells', () => {
  it.each([
    [['DUCHÊNE', 'Aurélie'], ['Aurélie DUCHÊNE']],
    [['Jean-Pierre', 'MARTIN'], ['Jean-Pierre MARTIN']],
    [
      ['RSSI', 'Mairie'],
      ['RSSI', 'Mairie'],
    ],
    [
      ['Paul ROCHE', 'Directeur'],
      ['Paul ROCHE', 'Directeur'],
    ],
  ])('%j', (cells, out) => {
    expect(joinNameCells(cells)).toEqual(out);
  });
});

describe('a job title is no person', () => {
  it.each([
    ['Directrice du CIAS', undefined],
    ['Responsable du CCAS', undefined],
    ['Chargée de mission DSI', undefined],
    ['Service RSSI', undefined],
    ['Jean du MESNIL', 'Jean du MESNIL'],
    ['Mme Directrice DUPONT', 'Directrice DUPONT'],
  ])('%s', (text, name) => {
    expect(personName(text)).toBe(name);
  });
});

describe('a contact given as a form (field ⇥ value under its role)', () => {
  it('a job title holding a role word (« CIL mutualisé ») is no new row', () => {
    const r = annex(
      'Les interlocuteurs chez le partenaire',
      'Correspondant Informatique et Libertés (CIL)\tNom, prénom\tPascal MAZARS',
      '\tFonction\tCIL mutualisé – Centre de gestion du Tarn',
      '\tAdresse mél\tcil@cdg81.fr',
      '\tTéléphone(s)\t05 63 60 16 50',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual([
      ['dpo', 'Pascal MAZARS', 'cil@cdg81.fr', ['05 63 60 16 50']],
    ]);
  });
});

describe('a table whose first column says whose person each row is', () => {
  it('« Côté ⇥ Rôle ⇥ Nom – prénom ⇥ Mél ⇥ Tél. » with « Caf » and « CCAS » rows', () => {
    expect(
      annex(
        'ANNEXE 1 – LES INTERLOCUTEURS',
        '',
        'Côté\tRôle\tNom – prénom\tMél\tTél.',
        'Caf\tAdministrateur\tGERARD Sandrine\tsandrine.gerard@caf52.caf.fr\t03 25 35 27 46',
        'CCAS\tAdministrateur suppléant\tMATHIEU Bruno\tb.mathieu@bourmont52.fr\t03 25 01 11 63 / 07 81 44 06 29',
      ).contacts,
    ).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        name: 'GERARD Sandrine',
        email: 'sandrine.gerard@caf52.caf.fr',
        phones: ['03 25 35 27 46'],
      },
      {
        side: 'partner',
        role: 'administrateur-suppleant',
        name: 'MATHIEU Bruno',
        email: 'b.mathieu@bourmont52.fr',
        phones: ['03 25 01 11 63', '07 81 44 06 29'],
      },
    ]);
  });
});

describe('a table typed with semicolons between its cells', () => {
  it('« Rôle ; Nom ; Courriel ; Téléphone », the side glued before the role (« CAF – … »)', () => {
    expect(
      annex(
        'ANNEXE 1 – INTERLOCUTEURS',
        '',
        'Rôle ; Nom ; Courriel ; Téléphone',
        'CAF – Responsable Mon Compte Partenaire ; Christine MALRIEU ; christine.malrieu@caf15.caf.fr ; 04 71 45 58 32',
        'CAF – Centre de services ; ; centredeservices@caf15.caf.fr ;',
        'Association – Administrateur ; Florence VIDAL ; f.vidal@aph15.fr ; 04 71 48 22 60 ; 06 07 51 93 28',
      ),
    ).toEqual({
      contacts: [
        {
          side: 'caf',
          role: 'responsable-mcp',
          name: 'Christine MALRIEU',
          email: 'christine.malrieu@caf15.caf.fr',
          phones: ['04 71 45 58 32'],
        },
        {
          side: 'caf',
          role: 'guichet-unique',
          email: 'centredeservices@caf15.caf.fr',
          phones: [],
        },
        {
          side: 'partner',
          role: 'administrateur',
          name: 'Florence VIDAL',
          email: 'f.vidal@aph15.fr',
          phones: ['04 71 48 22 60', '06 07 51 93 28'],
        },
      ],
      unread: [],
    });
  });
});

describe('a grid of roles and sides (a column per side)', () => {
  const rows = [
    'Administrateur\tMehdi BOUAZZA mehdi.bouazza@caf59.caf.fr 03 20 90 24 51\tJulien CARLIER j.carlier@horizon.org 03 27 96 41 12',
    'Administrateur suppléant\t–\tAmandine LEFEBVRE a.lefebvre@horizon.org 03 27 96 41 15',
    'Responsable Sécurité\tsecurite-si.caf59@caf.cnafmail.fr\tJulien CARLIER j.carlier@horizon.org',
  ];
  const expected = [
    ['caf', 'administrateur', 'Mehdi BOUAZZA', 'mehdi.bouazza@caf59.caf.fr'],
    ['partner', 'administrateur', 'Julien CARLIER', 'j.carlier@horizon.org'],
    ['partner', 'administrateur-suppleant', 'Amandine LEFEBVRE', 'a.lefebvre@horizon.org'],
    ['caf', 'responsable-securite', undefined, 'securite-si.caf59@caf.cnafmail.fr'],
    ['partner', 'responsable-securite', 'Julien CARLIER', 'j.carlier@horizon.org'],
  ];
  const sideRows = (r: ReturnType<typeof annex>) =>
    r.contacts.map((c) => [c.side, c.role, c.name, c.email]);
  it('« Rôle ⇥ Caf ⇥ Partenaire »', () => {
    expect(
      sideRows(annex('ANNEXE 1 – LES INTERLOCUTEURS', 'Rôle\tCaf\tPartenaire', ...rows)),
    ).toEqual(expected);
  });
  it.each([
    'Fonction\tÀ la Caf\tChez le partenaire',
    'Rôle\tPour la Caf\tPour le partenaire',
    'Rôle\tCôté Caf\tCôté partenaire',
  ])('sides behind a preposition: « %s »', (head) => {
    expect(sideRows(annex('ANNEXE 1 – LES INTERLOCUTEURS', head, ...rows))).toEqual(expected);
  });
  it('the partner first: « Fonction ⇥ Commune de X ⇥ Caf du Nord »', () => {
    const swapped = rows.map((r) => {
      const [role, caf, partner] = r.split('\t');
      return [role, partner, caf].join('\t');
    });
    expect(
      sideRows(
        annex(
          'ANNEXE 1 – LES INTERLOCUTEURS',
          'Fonction\tCommune de Douai\tCaf du Nord',
          ...swapped,
        ),
      ),
    ).toEqual([expected[1], expected[0], expected[2], expected[4], expected[3]]);
  });
  it('only the Caf’s column titled (the partner’s title wrapped around the row)', () => {
    expect(
      sideRows(
        annex(
          'ANNEXE 1 – LES INTERLOCUTEURS',
          'Association Horizon Solidarités',
          'Rôle\tCaf du Nord',
          'Douaisis',
          ...rows,
        ),
      ),
    ).toEqual(expected);
  });
});

describe('a plural role cell spanning a row per person (a merged « Administrateurs » cell)', () => {
  const HEAD = ['ANNEXE 1 – LISTE DES CONTACTS', '', 'Pour le partenaire', ''];
  const rows = (sep: string, ...cells: string[][]) => cells.map((c) => c.join(sep));
  it.each([
    ['tabs', '\t'],
    ['pipes', ' | '],
    ['several spaces', '    '],
  ])('%s: each person keeps the details of their own row', (_, sep) => {
    const r = annex(
      ...HEAD,
      ...rows(
        sep,
        ['Rôle', 'Nom Prénom', 'Téléphone', 'Courriel'],
        ['Administrateurs', 'BLANC Julie', '', 'j.blanc@mairie-x.fr'],
        ['', 'ROUX Marc', '02 31 22 33 45 / 06 12 34 56 78', 'm.roux@mairie-x.fr'],
        ['Responsable sécurité', 'PETIT Luc', '02 31 22 33 46', 'l.petit@mairie-x.fr'],
      ),
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones.join(', ')])).toEqual([
      ['administrateur', 'BLANC Julie', 'j.blanc@mairie-x.fr', ''],
      // (two administrators and no deputy: the second is the deputy, to confirm — DOMAIN.md)
      [
        'administrateur-suppleant',
        'ROUX Marc',
        'm.roux@mairie-x.fr',
        '02 31 22 33 45, 06 12 34 56 78',
      ],
      ['responsable-securite', 'PETIT Luc', 'l.petit@mairie-x.fr', '02 31 22 33 46'],
    ]);
  });

  it('cells one per line: the details between a name and the next are that person’s', () => {
    const r = annex(
      ...HEAD,
      'Rôle',
      'Nom Prénom',
      'Téléphone',
      'Courriel',
      'Administrateurs',
      'BLANC Julie',
      '02 31 22 33 44',
      'j.blanc@mairie-x.fr',
      'ROUX Marc',
      '02 31 22 33 45',
      'm.roux@mairie-x.fr',
    );
    expect(r.contacts.map((c) => [c.name, c.email, c.phones.join(', ')])).toEqual([
      ['BLANC Julie', 'j.blanc@mairie-x.fr', '02 31 22 33 44'],
      ['ROUX Marc', 'm.roux@mairie-x.fr', '02 31 22 33 45'],
    ]);
  });
});
