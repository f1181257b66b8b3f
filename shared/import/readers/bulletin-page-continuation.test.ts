/**
 * A bulletin over several pages, its title repeated by the PDF at the head of each page: one
 * bulletin. Two bulletins that share a title (two sites, a signed first one, a table given
 * again) stay two. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { read } from './bulletins-test-support';

const TITLE = 'Annexe 3 – Bulletin d’adhésion au service Cdap';
const HEADER = 'Caf de la Gironde';
const page = (n: number, ...lines: string[]) => ['', `Page ${n} / 9`, '', HEADER, ...lines];

describe('a bulletin whose title each page repeats', () => {
  it.each<[string, string[], { count: number; quotas: string[][]; date?: string }]>([
    [
      'running header and page number above the repeated title',
      [
        HEADER,
        TITLE,
        'Site : Pôle solidarités',
        'Profil\tLibellé\tNombre maximum',
        'T1\tAction sociale\t3',
        'T2\tAccueil\t2',
        ...page(7, TITLE, 'T5\tLogement\t1', 'T9\tInsertion\t2'),
        ...page(8, TITLE, 'Fait à Mérignac, le 12 mars 2024', 'Pour le partenaire'),
        ...page(9),
      ],
      { count: 1, quotas: [['T1=3', 'T2=2', 'T5=1', 'T9=2']], date: '2024-03-12' },
    ],
    [
      'a page footer alone, the header row printed again on the next page',
      [
        TITLE,
        'Profils\tNombre d’utilisateurs autorisés',
        'T1\t3',
        'T2\t2',
        '',
        'Convention Mon Compte Partenaire – Commune de Mérignac – page 4',
        TITLE,
        'Profils\tNombre d’utilisateurs autorisés',
        'T11\t1',
        'Fait à Mérignac, le 12 mars 2024',
      ],
      { count: 1, quotas: [['T1=3', 'T2=2', 'T11=1']], date: '2024-03-12' },
    ],
    [
      'two sites: two bulletins',
      [
        HEADER,
        TITLE,
        'Site : Pôle solidarités',
        'Profils\tNombre d’utilisateurs autorisés',
        'T1\t3',
        ...page(
          7,
          TITLE,
          'Site : Résidence autonomie',
          'Profils\tNombre d’utilisateurs autorisés',
          'T2\t1',
        ),
        ...page(8),
      ],
      { count: 2, quotas: [['T1=3'], ['T2=1']] },
    ],
    [
      'the first one signed: two bulletins',
      [
        HEADER,
        TITLE,
        'Profils\tNombre d’utilisateurs autorisés',
        'T1\t3',
        'Fait à Mérignac, le 12 mars 2024',
        ...page(7, TITLE, 'Profils\tNombre d’utilisateurs autorisés', 'T2\t1'),
        'Fait à Mérignac, le 2 mai 2025',
        ...page(8),
      ],
      { count: 2, quotas: [['T1=3'], ['T2=1']] },
    ],
    [
      'the same profiles again: two bulletins',
      [
        HEADER,
        TITLE,
        'Profils\tNombre d’utilisateurs autorisés',
        'T1\t3',
        ...page(7, TITLE, 'Profils\tNombre d’utilisateurs autorisés', 'T1\t4'),
        ...page(8),
      ],
      { count: 2, quotas: [['T1=3'], ['T1=4']] },
    ],
    [
      'the title repeated with no page break above it: two bulletins',
      [
        TITLE,
        'Profils\tNombre d’utilisateurs autorisés',
        'T1\t3',
        '',
        'Le présent bulletin est établi en deux exemplaires.',
        TITLE,
        'Profils\tNombre d’utilisateurs autorisés',
        'T2\t1',
      ],
      { count: 2, quotas: [['T1=3'], ['T2=1']] },
    ],
  ])('%s', (_, lines, expected) => {
    const r = read(...lines);
    expect(r.bulletins).toHaveLength(expected.count);
    expect(r.bulletins.map((b) => b.quotas)).toEqual(expected.quotas);
    if (expected.date) expect(r.bulletins[0]!.date).toBe(expected.date);
  });
});
