/**
 * The PDF line rebuilder on table and page shapes that word processors produce on A4 and that
 * broke the rebuilt text: cells centred vertically (a wrapped cell starts above its row's
 * baseline), justified cells (word gaps printed as gaps), two cells drawn as one text run,
 * running headers, phone numbers at the start of a line, paragraph spacing. Items are given in
 * drawing order (cell by cell, as Word and LibreOffice draw tables), in a proportional font.
 */
import { describe, expect, it } from 'vitest';
import { layoutPdfPages } from '../../../shared/import/pdf-layout';
import type { PdfPageInput, PdfTextItem } from '../../../shared/import/pdf-geometry';
import { joinWrapped } from '../../../shared/import/pdf-join';
import { splitAtColumns } from '../../../shared/import/pdf-tables';

const SIZE = 10;
/** A proportional font: narrow and wide letters (per 1000 em), like Arial. */
const ADVANCE: Record<string, number> = {
  ' ': 278,
  i: 222,
  l: 222,
  f: 278,
  t: 278,
  r: 333,
  '.': 278,
  '@': 1015,
  m: 833,
  w: 722,
};
const advance = (c: string) => ADVANCE[c] ?? (/[A-ZÉ]/.test(c) ? 700 : /\d/.test(c) ? 556 : 540);
const measure = (s: string) => [...s].reduce((w, c) => w + (advance(c) * SIZE) / 1000, 0);

const item = (str: string, x: number, y: number): PdfTextItem => ({
  str,
  transform: [SIZE, 0, 0, SIZE, x, y],
  width: measure(str),
  height: SIZE,
  fontName: 'f1',
});
/** Words of one justified line, each its own item, `gap` apart. */
const justified = (words: string[], x: number, y: number, gap: number): PdfTextItem[] => {
  let at = x;
  return words.map((w) => {
    const it = item(w, at, y);
    at += measure(w) + gap;
    return it;
  });
};
const page = (items: PdfTextItem[], height = 842): PdfPageInput => ({ items, width: 595, height });
const texts = (pages: PdfPageInput[]) =>
  layoutPdfPages(pages)
    .map((l) => l.text)
    .filter(Boolean);

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

  it('drops a running header printed at the same height on the pages, keeps the same words elsewhere on a page', () => {
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
      'Article 1 – Texte',
      'recommandée avec un préavis de trois mois.',
      signature,
      'Article 3 – Texte',
      signature,
    ]);
  });
});

describe('splitAtColumns', () => {
  const fragment = (text: string, x: number) => ({
    text,
    x,
    end: x + measure(text),
    y: 700,
    size: SIZE,
    font: 'f1',
    order: 1,
    lastOrder: 1,
    charWidth: measure(text) / text.length,
    gapBefore: Infinity,
  });
  it.each([
    {
      text: 'Claire BOUCHER c.boucher@ville.fr',
      column: 'Claire BOUCHER ',
      cut: ['Claire BOUCHER', 'c.boucher@ville.fr'],
    },
    {
      text: 'BRIDOUX Sylvain rssi@caf62.caf.fr',
      column: 'BRIDOUX Sylvain ',
      cut: ['BRIDOUX Sylvain', 'rssi@caf62.caf.fr'],
    },
    // no word gap near the column start: left whole
    { text: 'Responsable Informatique', column: 'Respons', cut: ['Responsable Informatique'] },
    // a number is never cut, even when a column of another row falls on one of its gaps
    { text: '05 61 27 84 12', column: '05 61 ', cut: ['05 61 27 84 12'] },
  ])('$text', ({ text, column, cut }) => {
    const x = 240;
    const pieces = splitAtColumns(fragment(text, x), [58, x, x + measure(column)]);
    expect(pieces.map((p) => p.text)).toEqual(cut);
  });

  it('leaves whole a run that does not start on a column (text laid out with spaces)', () => {
    const x = 250;
    expect(
      splitAtColumns(fragment('Le Maire', x), [58, 240, x + measure('Le ')]).map((p) => p.text),
    ).toEqual(['Le Maire']);
  });
});

describe('joinWrapped: an address cut before its last letters', () => {
  it.each([
    ['mcp.partenaires@caf62.caf.f', 'r', 'mcp.partenaires@caf62.caf.fr'],
    ['gregory.lefebvre@caf62.caf.f', 'r', 'gregory.lefebvre@caf62.caf.fr'],
    ['dpo@mairie.fr', 'ou au standard', 'dpo@mairie.fr ou au standard'],
    ['écrire au service', 'r', 'écrire au service r'],
  ])('%s + %s', (a, b, expected) => expect(joinWrapped(a, b)).toBe(expected));
});

describe('a word hyphenated at the end of a short line', () => {
  it.each([
    {
      name: 'on the same page',
      pages: [
        [
          ['- Accompagnement social des personnes isolées et des fa-', 700],
          ['milles', 688],
          ['Fin.', 650],
        ],
      ],
    },
    {
      name: 'across a page break',
      pages: [
        [['- Accompagnement social des personnes isolées et des fa-', 80]],
        [
          ['milles', 770],
          ['Fin.', 700],
        ],
      ],
    },
  ])('goes on with the next line’s lower-case word, $name', ({ pages }) => {
    const out = texts(
      pages.map((lines) => page(lines.map(([t, y]) => item(t as string, 57, y as number)))),
    );
    expect(out).toEqual(['- Accompagnement social des personnes isolées et des familles', 'Fin.']);
  });
  it('a hyphen before a capital stays (« Saint- » / « Orens »)', () => {
    const out = texts([
      page([item('La commune de Saint-', 57, 700), item('Orens est partenaire.', 57, 688)]),
    ]);
    expect(out.join(' ')).not.toContain('SaintOrens');
  });
});

describe('a text of one-line paragraphs printed as it is', () => {
  it('joins the one line the word processor wrapped (closer than paragraphs), keeps the others apart', () => {
    const lines: [string, number][] = [
      ['Article 1 – Objet', 760],
      ['Le partenaire accède aux services.', 745.6],
      ['Les bulletins sont annexés.', 731.2],
      ['ANNEXE 2-2 - BULLETIN D’ADHESION AU SERVICE CDAP - RELAIS PETITE ENFANCE DE', 716.8],
      ['DAMBACH', 704.7],
      ['Profils et quotas ci-dessous.', 690.3],
      ['Fin de l’annexe.', 675.9],
    ];
    const items = lines.map(([t, y]) => item(t, 57, y));
    // the long title reaches the right margin
    items[3] = { ...items[3]!, width: 538 - 57 };
    expect(texts([page(items)])).toEqual([
      'Article 1 – Objet',
      'Le partenaire accède aux services.',
      'Les bulletins sont annexés.',
      'ANNEXE 2-2 - BULLETIN D’ADHESION AU SERVICE CDAP - RELAIS PETITE ENFANCE DE DAMBACH',
      'Profils et quotas ci-dessous.',
      'Fin de l’annexe.',
    ]);
  });
});

describe('a sentence wrapped before words that start headings', () => {
  it.each([
    ['contrat de services.', true],
    ['titre gratuit.', true],
    ['Contrat de services', false],
    ['Article 4 – Durée', false],
  ])('« … » / « %s » joined: %s', (next, joins) => {
    const items = [
      {
        ...item(
          'Les services ouverts au partenaire sont définis dans les bulletins annexés au',
          57,
          700,
        ),
        width: 538 - 57,
      },
      item(next, 57, 688),
      item('Fin.', 57, 650),
    ];
    expect(texts([page(items)]).length).toBe(joins ? 2 : 3);
  });
});
