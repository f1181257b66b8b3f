import { describe, expect, it } from 'vitest';
import { annex } from './contacts-test-support';
import { cleanLine, emailOfLine } from './records-column-cells';
import { emailNamesPerson } from './records-column-pairs';

describe('an OCR line of a column-by-column contacts table', () => {
  it.each([
    ['| Responsable Sécurité |', 'Responsable Sécurité'],
    ['{Guichet unique du Centre L', 'Guichet unique du Centre'],
    ['Délégué à la protection des', 'Délégué à la protection des'],
    ['données jh', 'données'],
    ['. . | Odile FERRAND', 'Odile FERRAND'],
    ['Administrateurs :', 'Administrateurs'],
  ])('%s is cleaned to %s', (line, clean) => {
    expect(cleanLine(line)).toBe(clean);
  });

  it.each([
    ['p.vernier@ornans.fr', 'p.vernier@ornans.fr', false],
    ['pauline. vernier@ornans.fr', 'pauline.vernier@ornans.fr', true],
    ['accueil.mcp @ornans.fr', 'accueil.mcp@ornans.fr', true],
    ['r.mekki(@ornans.fr', 'r.mekki@ornans.fr', true],
    ['s.giraud@ornans. fr', 's.giraud@ornans.fr', true],
    ['voir p.vernier@ornans.fr', undefined, false],
    ['p.vernier@ornans.fr r.mekki@ornans.fr', undefined, false],
  ])('%s: the e-mail cell %s', (line, email, corrected) => {
    const got = emailOfLine(line);
    expect(got?.email).toBe(email);
    if (email) expect(got?.corrected).toBe(corrected);
  });

  it.each([
    ['pauline.vernier@x.fr', 'Pauline VERNIER', true],
    ['p.vernier@x.fr', 'Pauline VERNIER', true],
    ['pvernier@x.fr', 'Pauline VERNIER', true],
    ['vernier.p@x.fr', 'Pauline VERNIER', true],
    ['jp.le-bihan@x.fr', 'Jean-Pierre LE BIHAN', true],
    ['herve.durand@x.fr', 'Hervé DURAND', true],
    ['dpo@x.fr', 'Pauline VERNIER', false],
    ['p.verdier@x.fr', 'Pauline VERNIER', false],
    ['m.vernier@x.fr', 'Pauline VERNIER', false],
  ])('%s names %s: %s', (email, name, expected) => {
    expect(emailNamesPerson(email, name)).toBe(expected);
  });
});

const SECTION = 'Annexe 1 – Les interlocuteurs chez le partenaire';
const CAF = 'Annexe 1 – Les interlocuteurs à la Caf';
type Row = [string, string | undefined, string | undefined, string[]];

describe('a contacts table an OCR gave column by column, empty cells lost', () => {
  it.each<[string, string[], Row[], string[]]>([
    [
      'fewer names than rows, the « Nom » header after its names, an e-mail broken by a space: names tied by their e-mails, the short phone column reported',
      [
        CAF,
        'Fonction',
        'Administrateur',
        '',
        'Responsable « Mon',
        'Compte Partenaire »',
        'Responsable',
        'Sécurité',
        'Délégué à la protection',
        'des données |',
        'Odile FERRAND',
        'Rachid MEKKI',
        'Nom',
        'Adresse mél',
        'odile. ferrand@caf25.cnafmail.fr',
        'r.mekki@caf25.cnafmail.fr',
        'securite@caf25.cnafmail.fr',
        'dpd@caf25.cnafmail.fr',
        'Téléphone',
        '03 81 22 40 10',
      ],
      [
        ['administrateur', 'Odile FERRAND', 'odile.ferrand@caf25.cnafmail.fr', []],
        ['responsable-mcp', 'Rachid MEKKI', 'r.mekki@caf25.cnafmail.fr', []],
        ['responsable-securite', undefined, 'securite@caf25.cnafmail.fr', []],
        ['dpo', undefined, 'dpd@caf25.cnafmail.fr', []],
      ],
      ['contacts'],
    ],
    [
      'names in the role column, job titles under « Nom et qualité » (one reads as a label): a name no e-mail spells takes its rank',
      [
        'Fonction',
        'Lucie HUMBERT',
        'Administrateur',
        'Pôle social',
        'Administrateur suppléant Paul ROCHE',
        'Autres interlocuteurs :',
        'Inès BARTHE',
        'Délégué à la protection des',
        '',
        'données jh',
        'Nom et qualité',
        'Directrice du CCAS',
        'Agent d’accueil',
        'DPO – Syndicat mixte',
        'Adresse mél',
        'l.humbert@ornans.fr',
        'p.roche@ornans.fr',
        'rgpd@sm-doubs.fr',
        'Téléphone',
        '03 81 22 40 10',
        '03 81 22 40 11',
        '03 81 57 00 12',
      ],
      [
        ['administrateur', 'Lucie HUMBERT', 'l.humbert@ornans.fr', ['03 81 22 40 10']],
        ['administrateur-suppleant', 'Paul ROCHE', 'p.roche@ornans.fr', ['03 81 22 40 11']],
        ['dpo', 'Inès BARTHE', 'rgpd@sm-doubs.fr', ['03 81 57 00 12']],
      ],
      [],
    ],
    [
      'a group heading « Administrateurs », a name wrapped in its cell, names out of order, the first row kept whole',
      [
        CAF,
        'Fonction | Nom et qualité | Adresse mél | Téléphone',
        'Responsable Sécurité Hugo ROUSSEL h.roussel@caf25.cnafmail.fr 03 81 22 40 31',
        'Administrateurs',
        'Administrateur Administratrice principale',
        'Responsable Informatique',
        'Marc',
        'VIDAL',
        'Sandrine GIRAUD',
        'Adresse mél',
        'sandrine.giraud@caf25.cnafmail.fr',
        'marc.vidal@caf25.cnafmail.fr',
      ],
      [
        ['responsable-securite', 'Hugo ROUSSEL', 'h.roussel@caf25.cnafmail.fr', ['03 81 22 40 31']],
        ['administrateur', 'Sandrine GIRAUD', 'sandrine.giraud@caf25.cnafmail.fr', []],
        ['responsable-informatique', 'Marc VIDAL', 'marc.vidal@caf25.cnafmail.fr', []],
      ],
      [],
    ],
    [
      'as many names as rows, fewer e-mails: names by rank, each e-mail to the row it spells',
      [
        'Fonction',
        'Administrateur',
        'Suppléant',
        'RSSI',
        'Nom',
        'Lucie HUMBERT',
        'Paul ROCHE',
        'Marc VIDAL',
        'Courriel',
        'p.roche@ornans.fr',
        'mvidal@ornans.fr',
      ],
      [
        ['administrateur', 'Lucie HUMBERT', undefined, []],
        ['administrateur-suppleant', 'Paul ROCHE', 'p.roche@ornans.fr', []],
        ['responsable-securite', 'Marc VIDAL', 'mvidal@ornans.fr', []],
      ],
      [],
    ],
  ])('%s', (_, lines, expected, unread) => {
    const caf = lines[0] === CAF;
    const r = annex(...(caf ? lines : [SECTION, ...lines]));
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual(expected);
    expect(r.contacts.every((c) => c.side === (caf ? 'caf' : 'partner'))).toBe(true);
    expect(r.unread).toEqual(unread);
  });

  it.each<[string, string[], Row[]]>([
    [
      'a name no e-mail spells, with fewer names than rows: reported, never given to the free row',
      [
        'Fonction',
        'Administrateur',
        'Suppléant',
        'Délégué à la protection des données',
        'Nom',
        'Lucie HUMBERT',
        'Inès BARTHE',
        'Mél',
        'l.humbert@ornans.fr',
        'accueil@ornans.fr',
        'dpo@sm-doubs.fr',
      ],
      [
        ['administrateur', 'Lucie HUMBERT', 'l.humbert@ornans.fr', []],
        ['administrateur-suppleant', undefined, 'accueil@ornans.fr', []],
        ['dpo', undefined, 'dpo@sm-doubs.fr', []],
      ],
    ],
    [
      'a DPO mailbox that rank would give to the security row: no e-mail by rank, no name by guess',
      [
        'Fonction',
        'Administrateur',
        'Responsable sécurité',
        'Délégué à la protection des données',
        'Nom',
        'Lucie HUMBERT',
        'Mél',
        'l.humbert@ornans.fr',
        'dpo@ornans.fr',
        'rssi@ornans.fr',
      ],
      [],
    ],
    [
      'names at other ranks than their e-mails: the one no e-mail spells is not given by rank',
      [
        'Fonction',
        'Administrateur',
        'Suppléant',
        'Responsable sécurité',
        'Nom',
        'Paul ROCHE',
        'Lucie HUMBERT',
        'Marc VIDAL',
        'Mél',
        'l.humbert@ornans.fr',
        'p.roche@ornans.fr',
        'securite@ornans.fr',
      ],
      [
        ['administrateur', 'Lucie HUMBERT', 'l.humbert@ornans.fr', []],
        ['administrateur-suppleant', 'Paul ROCHE', 'p.roche@ornans.fr', []],
        ['responsable-securite', undefined, 'securite@ornans.fr', []],
      ],
    ],
  ])('flagged, nothing invented: %s', (_, lines, expected) => {
    const r = annex(SECTION, ...lines);
    expect(r.contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual(expected);
    expect(r.unread).toContain('contacts');
  });
});

describe('a short phone column of such a table', () => {
  const table = [
    CAF,
    'Fonction',
    'Administrateur',
    'Responsable Sécurité',
    'Guichet unique',
    'Nom',
    'Odile FERRAND',
    'Rachid MEKKI',
    'Adresse mél',
    'o.ferrand@caf.fr',
    'r.mekki@caf.fr',
    'guichet@caf.fr',
    'Téléphone',
    '03 81 22 40 10',
  ];
  it.each<[string, string[], string[][], string[]]>([
    [
      'a phone the contrat gives next to one row’s person is that row’s',
      ['* Mme Odile FERRAND – conseillère (03 81 22 40 10)'],
      [['03 81 22 40 10'], [], []],
      [],
    ],
    [
      'a line naming two of the rows’ persons ties nothing',
      ['Mme Odile FERRAND et M. Rachid MEKKI : 03 81 22 40 10'],
      [[], [], []],
      ['contacts'],
    ],
    [
      'a phone given elsewhere to someone out of the table ties nothing',
      ['M. Paul ROCHE, directeur : 03 81 22 40 10'],
      [[], [], []],
      ['contacts'],
    ],
    ['a phone found nowhere else is reported', [], [[], [], []], ['contacts']],
  ])('%s', (_, before, phones, unread) => {
    const r = annex('Article 5 – Escalade', ...before, ...table);
    expect(r.contacts.map((c) => c.phones)).toEqual(phones);
    expect(r.unread).toEqual(unread);
  });
});
