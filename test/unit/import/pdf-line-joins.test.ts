/**
 * The PDF line rebuilder on pieces of lines: a text run cut at table columns, an address cut
 * before its last letters, a word hyphenated at the end of a short line, one-line paragraphs,
 * a sentence wrapped before words that start headings.
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../../shared/import/pdf-join';
import { splitAtColumns } from '../../../shared/import/pdf-tables';
import { item, measure, page, SIZE, texts } from '../../support/pdf-proportional-items';

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
