/**
 * The PDF line rebuilder on table and page shapes that word processors produce on A4 and that
 * broke the rebuilt text: cells centred vertically (a wrapped cell starts above its row's
 * baseline), justified cells (word gaps printed as gaps), two cells drawn as one text run,
 * running headers, phone numbers at the start of a line, paragraph spacing. Items are given in
 * drawing order (cell by cell, as Word and LibreOffice draw tables), in a proportional font.
 */
import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../../../shared/import/pdf-geometry';
import { item, measure, page, texts } from '../../support/pdf-proportional-items';

/** Words of one justified line, each its own item, `gap` apart. */
const justified = (words: string[], x: number, y: number, gap: number): PdfTextItem[] => {
  let at = x;
  return words.map((w) => {
    const it = item(w, at, y);
    at += measure(w) + gap;
    return it;
  });
};

// a contacts table: columns at 58 (role), 240 (name), 325 (e-mail), 465 (phone); row pitch 25,
// line pitch inside a cell 12
const COLS = [58, 240, 240 + measure('Claire BOUCHER ') + 1.5, 465];
const header = (y: number) =>
  ['Fonction', 'Nom', 'Adresse mél', 'Téléphone'].map((t, c) => item(t, COLS[c]!, y));
const row = (y: number, cells: string[]) =>
  cells.flatMap((t, c) => (t ? [item(t, COLS[c]!, y)] : []));

describe('PDF tables drawn cell by cell', () => {
  it.each([
    {
      name: 'a cell centred vertically on two lines stays in its row (its first line above the row baseline)',
      items: () => [
        ...header(760),
        ...row(735, ['Administrateur']),
        // the name cell, drawn after the role: one line above and one below the baseline
        item('Marie-Hélène', COLS[1]!, 741),
        item('DURAND-LEROY', COLS[1]!, 729),
        ...row(735, ['', '', 'mh.durand@caf.fr', '01 02 03 04 05']),
        ...row(710, ['Responsable Sécurité', 'Paul MARTIN', 'rssi@caf.fr', '01 02 03 04 06']),
      ],
      expected: [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tMarie-Hélène DURAND-LEROY\tmh.durand@caf.fr\t01 02 03 04 05',
        'Responsable Sécurité\tPaul MARTIN\trssi@caf.fr\t01 02 03 04 06',
      ],
    },
    {
      name: 'a justified role cell (stretched word gaps) is one cell, its last line below; the name drawn after it stays in its column',
      items: () => [
        ...header(760),
        ...justified(['Délégué', 'à', 'la', 'protection'], COLS[0]!, 741, 12),
        item('des données', COLS[0]!, 729),
        item('Anne PETIT', COLS[1]!, 735),
        item('dpo@ville.fr', COLS[2]!, 735),
        ...row(710, ['Administrateur', 'Paul MARTIN', 'p.martin@ville.fr', '01 02 03 04 06']),
      ],
      expected: [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Délégué à la protection des données\tAnne PETIT\tdpo@ville.fr',
        'Administrateur\tPaul MARTIN\tp.martin@ville.fr\t01 02 03 04 06',
      ],
    },
    {
      name: 'a phone number justified in a narrow cell and wrapped is read whole',
      items: () => [
        ...header(760),
        ...row(735, ['Administrateur', 'Paul MARTIN', 'p.martin@ville.fr']),
        ...justified(['03', '21', '61', '27'], COLS[3]!, 741, 7),
        item('95', COLS[3]!, 729),
        ...row(710, ['Responsable Sécurité', 'Anne PETIT', 'a.petit@ville.fr', '03 21 61 27 96']),
      ],
      expected: [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tPaul MARTIN\tp.martin@ville.fr\t03 21 61 27 95',
        'Responsable Sécurité\tAnne PETIT\ta.petit@ville.fr\t03 21 61 27 96',
      ],
    },
    {
      name: 'an e-mail cut at the cell edge before its last letter is rejoined',
      items: () => [
        ...header(760),
        ...row(735, ['Administrateur', 'Paul MARTIN']),
        item('mcp.partenaires@caf62.caf.f', COLS[2]!, 741),
        item('r', COLS[2]!, 729),
        ...row(735, ['', '', '', '03 21 21 62 10']),
        ...row(710, ['Responsable Sécurité', 'Anne PETIT', 'a.petit@ville.fr', '03 21 61 27 96']),
      ],
      expected: [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tPaul MARTIN\tmcp.partenaires@caf62.caf.fr\t03 21 21 62 10',
        'Responsable Sécurité\tAnne PETIT\ta.petit@ville.fr\t03 21 61 27 96',
      ],
    },
    {
      name: 'a one-line section row above a row is its own row, not the first line of the next cell',
      items: () => [
        ...header(760),
        item('Administrateurs', COLS[0]!, 747),
        ...row(734, ['Administrateurs', '', 'bp-mcp@caf.fr']),
        item('01 64 83 74 63 01 64', COLS[3]!, 734),
        item('83 75 18', COLS[3]!, 722.5),
        ...row(709, ['Responsable Sécurité', 'Anne PETIT', 'a.petit@ville.fr', '01 02 03 04 06']),
      ],
      expected: [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateurs',
        'Administrateurs\t\tbp-mcp@caf.fr\t01 64 83 74 63 01 64 83 75 18',
        'Responsable Sécurité\tAnne PETIT\ta.petit@ville.fr\t01 02 03 04 06',
      ],
    },
    {
      name: 'two cells one word gap apart drawn as one run are cut at the column start',
      items: () => [
        ...header(760),
        ...row(735, ['Administrateur', 'Paul MARTIN', 'p.martin@ville.fr', '01 02 03 04 05']),
        item('Administrateur suppléant', COLS[0]!, 710),
        // « Claire BOUCHER » fills its cell up to a word gap before the e-mail column: one run
        // for the producer (the e-mail starts within 1.5 pt of the column)
        item(`Claire BOUCHER c.boucher@ville.fr`, COLS[1]!, 710),
        item('01 02 03 04 06', COLS[3]!, 710),
        ...row(685, ['Responsable Sécurité', 'Anne PETIT', 'a.petit@ville.fr', '01 02 03 04 07']),
      ],
      expected: [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tPaul MARTIN\tp.martin@ville.fr\t01 02 03 04 05',
        'Administrateur suppléant\tClaire BOUCHER\tc.boucher@ville.fr\t01 02 03 04 06',
        'Responsable Sécurité\tAnne PETIT\ta.petit@ville.fr\t01 02 03 04 07',
      ],
    },
    {
      name: 'a heading between two tables stays apart, each table with its own columns',
      items: () => [
        ...header(760),
        ...row(735, ['Administrateur', 'Paul MARTIN', 'p.martin@caf.fr', '01 02 03 04 05']),
        ...row(710, ['Responsable Sécurité', 'Anne PETIT', 'a.petit@caf.fr', '01 02 03 04 06']),
        item('Les interlocuteurs chez le partenaire', 57, 692),
        ...['Fonction', 'Nom', 'Adresse mél', 'Téléphone'].map((t, c) =>
          item(t, [58, 200, 300, 470][c]!, 674),
        ),
        ...['Administrateur', 'Luc NOIR', 'l.noir@ville.fr', '03 04 05 06 07'].map((t, c) =>
          item(t, [58, 200, 300, 470][c]!, 649),
        ),
        ...['Responsable Sécurité', 'Eva BLANC', 'e.blanc@ville.fr', '03 04 05 06 08'].map((t, c) =>
          item(t, [58, 200, 300, 470][c]!, 624),
        ),
      ],
      expected: [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tPaul MARTIN\tp.martin@caf.fr\t01 02 03 04 05',
        'Responsable Sécurité\tAnne PETIT\ta.petit@caf.fr\t01 02 03 04 06',
        'Les interlocuteurs chez le partenaire',
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tLuc NOIR\tl.noir@ville.fr\t03 04 05 06 07',
        'Responsable Sécurité\tEva BLANC\te.blanc@ville.fr\t03 04 05 06 08',
      ],
    },
  ])('$name', ({ items, expected }) => {
    expect(texts([page(items())])).toEqual(expected);
  });
});

describe('PDF prose shapes', () => {
  const RIGHT = 538;
  /** Words of a full line, stretched to the right margin. */
  const full = (text: string, y: number) => item(text, 57, y);

  it('keeps one-line paragraphs apart when paragraphs are spaced a little more than lines, even when a line is full', () => {
    const long =
      'Administrateur suppléant Romain GIROUD r.giroud@ville.fr 04 79 84 36 29 / 06 71 22 54 08 et au';
    const items = [
      // a wrapped paragraph: line pitch 12
      full(
        'La présente convention définit les modalités d’accès du partenaire aux services mis à disposition',
        700,
      ),
      item('sur « Mon Compte Partenaire ».', 57, 688),
      // one-line paragraphs 14.4 apart
      item(long, 57, 659),
      item('Responsable Sécurité Romain GIROUD r.giroud@ville.fr', 57, 644.6),
      item('Délégué à la protection des données Cécile ANTHOINE dpo@ville.fr', 57, 630.2),
      full(
        'Le partenaire limite le nombre de personnes habilitées et signale sans délai tout départ d’un agent',
        601,
      ),
      item('habilité.', 57, 589),
    ];
    // the long line reaches the right margin, so that only the spacing tells
    items[2] = { ...items[2]!, width: RIGHT - 57 };
    items[0] = { ...items[0]!, width: RIGHT - 57 };
    items[5] = { ...items[5]!, width: RIGHT - 57 };
    expect(texts([page(items)])).toEqual([
      'La présente convention définit les modalités d’accès du partenaire aux services mis à disposition sur « Mon Compte Partenaire ».',
      long,
      'Responsable Sécurité Romain GIROUD r.giroud@ville.fr',
      'Délégué à la protection des données Cécile ANTHOINE dpo@ville.fr',
      'Le partenaire limite le nombre de personnes habilitées et signale sans délai tout départ d’un agent habilité.',
    ]);
  });

  it.each([
    ['02.40.12.34.57. Pour le partenaire, la Caf s’adresse à Mme Claire BOUCHER.', true],
    ['02 40 12 34 57, puis à défaut le responsable.', true],
    ['3.2 – Fonctionnement du centre de services', false],
    ['1. Objet du contrat', false],
  ])('a line starting « %s » continues the paragraph: %s', (next, joins) => {
    const items = [
      {
        ...item('Pour la Caf, il convient de joindre Mme Sophie MORVAN, responsable, au', 57, 700),
        width: RIGHT - 57,
      },
      item(next, 57, 688),
      item('Fin.', 57, 650),
    ];
    const out = texts([page(items)]);
    expect(out.length).toBe(joins ? 2 : 3);
  });

  it('keeps a running header printed at the same height on the pages once, at the top, and the same words elsewhere on a page', () => {
    const signature = 'Fait à Chambéry, le 14 novembre 2022';
    const pages = [1, 2, 3, 4].map((n) => {
      const items = [
        item('Convention Mon Compte Partenaire – CC Cœur de Savoie', 57, 810),
        item(`Page ${n} / 4`, 280, 20),
      ];
      if (n === 2)
        items.push(
          item('recommandée avec un préavis de trois mois.', 57, 775),
          item(signature, 57, 746),
        );
      else if (n === 4) items.push(item(signature, 57, 770));
      else items.push(item(`Article ${n} – Texte`, 57, 700));
      return page(items);
    });
    expect(texts(pages)).toEqual([
      'Convention Mon Compte Partenaire – CC Cœur de Savoie',
      'Article 1 – Texte',
      'recommandée avec un préavis de trois mois.',
      signature,
      'Article 3 – Texte',
      signature,
    ]);
  });
});
