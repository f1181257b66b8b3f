import { describe, expect, it } from 'vitest';
import { annex } from './contacts-test-support';
import { columnHeader, readColumns } from './records-columns';

describe('column headers', () => {
  it.each([
    ['Fonction', 'role'],
    ['Fonction et dénomination', 'role'],
    ['Nom et prénom', 'name'],
    ['Nom et fonction', 'name'],
    ['Nom, prénom et qualité', 'name'],
    ['Adresse mél/balf', 'email'],
    ['Courriel', 'email'],
    ['Adresse électronique', 'email'],
    ['Téléphone', 'phone'],
    ['Tél.', 'phone'],
    ['Service', 'other'],
    ['Fonction du signataire de la convention', undefined],
    ['Nom du partenaire : CCAS de Rians', undefined],
  ])('%s', (line, kind) => {
    expect(columnHeader(line)).toBe(kind);
  });
});

describe('a contacts table given column by column', () => {
  const SECTION = 'Annexe 1 – Vos interlocuteurs au sein de la commune';

  it.each([
    [
      'headers in another order, « néant » and « - » for empty cells',
      [
        'Fonction',
        'Administratrice principale',
        'Suppléante',
        'RSSI',
        'Téléphone',
        '03 81 22 40 10',
        'néant',
        '03 81 22 40 77 / 06 70 11 52 98',
        'Nom et prénom',
        'Mme Odile FERRAND',
        'HUMBERT Lucie',
        '-',
        'Courriel',
        'o.ferrand@mairie-ornans.fr',
        'l.humbert@mairie-ornans.fr',
        'si@mairie-ornans.fr',
      ],
      [
        ['administrateur', 'Odile FERRAND', 'o.ferrand@mairie-ornans.fr', ['03 81 22 40 10']],
        ['administrateur-suppleant', 'HUMBERT Lucie', 'l.humbert@mairie-ornans.fr', []],
        [
          'responsable-securite',
          undefined,
          'si@mairie-ornans.fr',
          ['03 81 22 40 77', '06 70 11 52 98'],
        ],
      ],
    ],
    [
      'names interleaved with the labels, a label wrapped, blank lines between columns',
      [
        'Fonction et dénomination',
        'Administrateur',
        'M. Hugo ROUSSEL',
        'Délégué à la protection des',
        'données personnelles',
        'Mme Inès BARTHE',
        '',
        'Adresse électronique',
        'h.roussel@ornans.fr',
        'dpd@cc-loue.fr',
        '',
        'Téléphone',
        '03.81.22.40.31',
        '+33 3 81 57 00 12',
      ],
      [
        ['administrateur', 'Hugo ROUSSEL', 'h.roussel@ornans.fr', ['03 81 22 40 31']],
        ['dpo', 'Inès BARTHE', 'dpd@cc-loue.fr', ['03 81 57 00 12']],
      ],
    ],
  ])('%s', (_, lines, expected) => {
    const { contacts } = annex(SECTION, ...lines);
    expect(contacts.map((c) => [c.role, c.name, c.email, c.phones])).toEqual(expected);
    expect(contacts.every((c) => c.side === 'partner')).toBe(true);
  });

  it('a column that lost its empty cells is reported, never given by rank', () => {
    const r = annex(
      SECTION,
      'Fonction',
      'Administrateur',
      'Responsable sécurité',
      'DPO',
      'Mél',
      'a.morel@ornans.fr',
      'rssi@ornans.fr',
      'dpo@ornans.fr',
      'Téléphone',
      '03 81 22 40 90',
    );
    expect(r.contacts.map((c) => [c.role, c.email, c.phones])).toEqual([
      ['administrateur', 'a.morel@ornans.fr', []],
      ['responsable-securite', 'rssi@ornans.fr', []],
      ['dpo', 'dpo@ornans.fr', []],
    ]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('the last column stops at the first line of another shape (a running footer)', () => {
    const r = annex(
      SECTION,
      'Fonction',
      'Administrateur',
      'Suppléant',
      'Téléphone',
      '03 81 22 40 10',
      '03 81 22 40 11',
      'Commune d’Ornans – Convention MCP',
      'Page 7',
    );
    expect(r.contacts.map((c) => c.phones)).toEqual([['03 81 22 40 10'], ['03 81 22 40 11']]);
    expect(r.unread).toEqual([]);
  });

  it('a « Nom et fonction » column (job title under each name) cut by a page footer', () => {
    const r = annex(
      SECTION,
      'Fonction',
      'Administrateur',
      'Administrateur suppléant',
      'Correspondant Informatique',
      'et Libertés (CIL)',
      '',
      'Contrat de service – Commune d’Ornans 2/4',
      'Nom et fonction',
      'Mme Sandrine GIRAUD',
      'Responsable du service',
      'Enfance-Éducation',
      'M. Rachid MEKKI',
      'Régisseur principal',
      'M. Patrice OLIVE',
      'Responsable informatique',
      'Adresse mél',
      's.giraud@ornans.fr',
      'r.mekki@ornans.fr',
      'p.olive@ornans.fr',
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email])).toEqual([
      ['administrateur', 'Sandrine GIRAUD', 's.giraud@ornans.fr'],
      ['administrateur-suppleant', 'Rachid MEKKI', 'r.mekki@ornans.fr'],
      ['dpo', 'Patrice OLIVE', 'p.olive@ornans.fr'],
    ]);
    expect(r.unread).toEqual([]);
  });

  it('a « Nom et fonction » column that lost a name is still reported', () => {
    const r = annex(
      SECTION,
      'Fonction',
      'Administrateur',
      'Suppléant',
      'Nom et fonction',
      'Mme Sandrine GIRAUD',
      'Responsable du service',
      'Régisseur principal',
      'Mél',
      's.giraud@ornans.fr',
      'r.mekki@ornans.fr',
    );
    expect(r.contacts.map((c) => c.name)).toEqual([undefined, undefined]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('an OCR comma for the last dot of an e-mail is read, marked corrected', () => {
    const lines = ['Fonction', 'Administrateur', 'Adresse mél', 'p.vernier@ornans,fr'];
    expect(readColumns(lines, 0, lines.length)?.records[0]).toMatchObject({
      emails: ['p.vernier@ornans.fr'],
      corrected: true,
    });
  });

  it.each([
    [
      'a header row written one cell per line (rows follow)',
      ['Fonction', 'Nom', 'Mél', 'Administrateur', 'Paul ROCHE', 'p.roche@x.fr'],
    ],
    ['a tab table', ['Fonction\tNom', 'Administrateur\tPaul ROCHE']],
    ['no role column first', ['Nom', 'Paul ROCHE', 'Fonction', 'Administrateur']],
    [
      'a cell of the role column that is neither a label nor a name',
      ['Fonction', 'Administrateur', 'voir la délibération du 3 mai', 'Nom', 'Paul ROCHE'],
    ],
  ])('not a column layout: %s', (_, lines) => {
    expect(readColumns(lines, 0, lines.length)).toBeUndefined();
  });
});
