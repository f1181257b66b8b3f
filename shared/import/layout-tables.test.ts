import { describe, expect, it } from 'vitest';
import { tabsFromLayout } from './layout-tables';
import { normalizeLine, normalizeLines } from './normalize';

describe('tables laid out with spaces (pdftotext -layout)', () => {
  it('rows under a header become tab-separated cells, wrapped cells in their column', () => {
    const lines = [
      '        Fonction                  Nom               Adresse mél / balf                         Téléphone',
      '',
      '        Administrateurs           Laurent SOULA     laurent.soula@caf.fr                       05 61 99 77 31',
      '                                  Nadia BERKANI     nadia.berkani@caf.fr                       05 61 99 77 32',
      '        Responsable « Mon         Valérie           v.escaffre@caf.fr                          05 61 99 77 20',
      '        Compte Partenaire »       ESCAFFRE',
    ];
    expect(tabsFromLayout(lines)).toEqual([
      'Fonction\tNom\tAdresse mél / balf\tTéléphone',
      '',
      'Administrateurs\tLaurent SOULA\tlaurent.soula@caf.fr\t05 61 99 77 31',
      '\tNadia BERKANI\tnadia.berkani@caf.fr\t05 61 99 77 32',
      'Responsable « Mon\tValérie\tv.escaffre@caf.fr\t05 61 99 77 20',
      'Compte Partenaire »\tESCAFFRE',
    ]);
  });

  it('a centred number stays in its column; a side sub-row is left as it is', () => {
    const lines = [
      '    Niveau   Nom                    Fonction                       Téléphone',
      '    1        Gwenaëlle TANGUY       Responsable Partenariats       02 97 62 43 10',
      'Pour le partenaire :',
      '    1        Anne-Sophie JÉGO       Directrice générale            02 97 43 81 02',
    ];
    expect(tabsFromLayout(lines)).toEqual([
      'Niveau\tNom\tFonction\tTéléphone',
      '1\tGwenaëlle TANGUY\tResponsable Partenariats\t02 97 62 43 10',
      'Pour le partenaire :',
      '1\tAnne-Sophie JÉGO\tDirectrice générale\t02 97 43 81 02',
    ]);
  });

  it.each([
    [
      'justified prose with wide gaps, no header',
      [
        '    La  Caf conserve la trace de toutes les connexions et les actions de l’utilisateur',
        '    sur  les services mis à disposition.',
      ],
    ],
    [
      'two tables side by side (a header that repeats its cells)',
      [
        '    Profils    Nombre d’utilisateurs autorisés          Profils    Nombre d’utilisateurs autorisés',
        '    T2                      2                           T13                     1',
      ],
    ],
    [
      'a header of two cells only (signatures side by side)',
      [
        '    Pour la Caf                              Pour le partenaire',
        '    Le Directeur     Le Maire',
      ],
    ],
  ])('left alone: %s', (_, lines) => {
    expect(tabsFromLayout(lines)).toEqual(lines);
  });

  it('a cell filling its column to the end, one space before a phone or an e-mail: two cells, and the rows after it still read', () => {
    const lines = [
      'Ordre  Partie       Nom                Fonction                                         Téléphone        Mél',
      '1      Caf          Nadia BENSALEM     Conseillère technique partenaires                04 66 27 58 21   n.bensalem@caf.fr',
      '2      Caf          Olivier GRAS       Responsable du département relations partenaires 04 66 27 58 03',
      '1      Bailleur     Sabine ROUX        Responsable du contentieux locatif               04 66 62 41 10   s.roux@hg.fr',
    ];
    expect(tabsFromLayout(lines)).toEqual([
      'Ordre\tPartie\tNom\tFonction\tTéléphone\tMél',
      '1\tCaf\tNadia BENSALEM\tConseillère technique partenaires\t04 66 27 58 21\tn.bensalem@caf.fr',
      '2\tCaf\tOlivier GRAS\tResponsable du département relations partenaires\t04 66 27 58 03',
      '1\tBailleur\tSabine ROUX\tResponsable du contentieux locatif\t04 66 62 41 10\ts.roux@hg.fr',
    ]);
  });

  it('the table ends at a long line that fits no column', () => {
    const lines = [
      '  Fonction        Nom              Téléphone',
      '  Administrateur  Paul ROCHE       04 75 10 20 30',
      '  Le responsable sécurité du partenaire est l’interlocuteur unique de la Caf pour',
      '  Suppléant       Jean VIAL        04 75 10 20 31',
    ];
    const out = tabsFromLayout(lines);
    expect(out[1]).toBe('Administrateur\tPaul ROCHE\t04 75 10 20 30');
    expect(out.slice(2)).toEqual(lines.slice(2));
  });

  it('keeps one line per line through normalisation', () => {
    const text = [
      'Fonction   Nom          Téléphone',
      'RSSI       Paul ROCHE   04 75 10 20 30',
      '',
    ].join('\n');
    expect(normalizeLines(text)).toEqual([
      'Fonction\tNom\tTéléphone',
      'RSSI\tPaul ROCHE\t04 75 10 20 30',
      '',
    ]);
  });
});

describe('a Word list item pasted as text (marker, tab, text)', () => {
  it.each([
    ['o\tMme Amandine REY – Administratrice locale', 'o Mme Amandine REY – Administratrice locale'],
    ['•\tPour la Caf :', '• Pour la Caf :'],
    ['1.\tM. Florent CHAPUIS', '1. M. Florent CHAPUIS'],
    ['-\tdélai de prise en charge : 2 jours', '- délai de prise en charge : 2 jours'],
  ])('%s', (raw, line) => {
    expect(normalizeLine(raw)).toBe(line);
  });

  it.each(['1\tMme X\t04 79 70 52 18', 'T1\t3', '-\t-\tdpo@x.fr'])(
    'a table row stays one: %s',
    (raw) => {
      expect(normalizeLine(raw)).toBe(raw);
    },
  );
});

describe('a header centred over its columns', () => {
  it('cells that start left of their header are still in its column', () => {
    const lines = [
      '            Fonction               Nom et qualité                       Adresse mél                  Téléphone',
      'Administrateur                Erwan KERVELLA             erwan.kervella@caf.fr                    02 99 29 19 44',
      'Responsable « Mon',
      '                              Nolwenn PRIGENT            nolwenn.prigent@caf.fr                   02 99 29 19 05',
      'Compte Partenaire »',
    ];
    expect(tabsFromLayout(lines)).toEqual([
      'Fonction\tNom et qualité\tAdresse mél\tTéléphone',
      'Administrateur\tErwan KERVELLA\terwan.kervella@caf.fr\t02 99 29 19 44',
      'Responsable « Mon',
      '\tNolwenn PRIGENT\tnolwenn.prigent@caf.fr\t02 99 29 19 05',
      'Compte Partenaire »',
    ]);
  });
});

describe('a phone wrapped in its cell', () => {
  it('« 04 50 88 63 » then « 14 » below in the same column is one phone', () => {
    const lines = [
      '  Nom Prénom                Fonction                     Adresse mél                     Tél. fixe',
      '                     Administrateur                                                    04 50 88 63',
      'Régis DUNAND                               regis.dunand@caf.fr',
      '                     local                                                             14',
    ];
    expect(tabsFromLayout(lines)).toEqual([
      'Nom Prénom\tFonction\tAdresse mél\tTél. fixe',
      '\tAdministrateur\t\t04 50 88 63 14',
      'Régis DUNAND\t\tregis.dunand@caf.fr',
      '\tlocal\t\t',
    ]);
  });

  it('a whole phone is never lengthened; a two-digit cell of another column stays there', () => {
    const lines = [
      'Fonction        Nom              Tél.              Nombre',
      'Administrateur  Paul ROCHE       04 50 88 63 14',
      '                                 15                2',
      'Suppléant       Jean VIAL        04 50 88 63',
      '                                                  14',
    ];
    const out = tabsFromLayout(lines);
    expect(out[1]).toBe('Administrateur\tPaul ROCHE\t04 50 88 63 14');
    expect(out[2]).toBe('\t\t15\t2');
    expect(out[3]).toBe('Suppléant\tJean VIAL\t04 50 88 63');
    expect(out[4]).toBe('\t\t\t14');
  });
});

describe('a space-laid table cut by a page break', () => {
  it('goes on under the page number and the running footer', () => {
    const footer = 'Caf du Doubs · CIAS du Val de Morteau        Paraphes :  FB  /  GV';
    const out = normalizeLines(
      [
        footer,
        '',
        'Partie    Fonction                          Nom                  Adresse mél                           Téléphone',
        'Caf       Administrateur local              Damien GIRARDOT      damien.girardot@caf25.caf.fr          03 81 47 52 16',
        '',
        '                                   - 9 -',
        '',
        footer,
        '',
        'CIAS      Administrateur                    Laetitia BOURDIN     l.bourdin@valdemorteau.fr              03 81 67 18 42',
        '',
        footer,
      ].join('\n'),
    );
    expect(out[9]).toBe(
      'CIAS\tAdministrateur\tLaetitia BOURDIN\tl.bourdin@valdemorteau.fr\t03 81 67 18 42',
    );
  });
});
