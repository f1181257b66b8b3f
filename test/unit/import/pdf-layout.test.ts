/**
 * The PDF line rebuilder on item fixtures laid out like a real page: a 300-pt wide page with
 * 50-pt margins (200 pt of text, about 40 characters), 10-pt text, soft-wrapped paragraphs,
 * lists, narrow tables with wrapped cells, running headers and page numbers.
 */
import { describe, expect, it } from 'vitest';
import { layoutPdfPages, type PdfLine } from '../../../shared/import/pdf-layout';
import type { PdfPageInput, PdfTextItem } from '../../../shared/import/pdf-geometry';
import { joinWrapped } from '../../../shared/import/pdf-join';

const SIZE = 10;
const LEFT = 50;
const WIDTH = 300;
const HEIGHT = 400;
const RIGHT = WIDTH - LEFT;
const PITCH = 11.5;

/** Width of a text in the fixture's font: letters 5 pt, spaces 2.8 pt. */
const measure = (s: string) => [...s].reduce((w, c) => w + (c === ' ' ? 2.8 : 5), 0);

const item = (str: string, x: number, y: number, font = 'f1'): PdfTextItem => ({
  str,
  transform: [SIZE, 0, 0, SIZE, x, y],
  width: measure(str),
  height: SIZE,
  fontName: font,
});

/** Greedy wrap into lines no wider than `width`, as a word processor does. */
function wrap(text: string, width = RIGHT - LEFT): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A page builder: blocks flow down from the top margin. */
class Page {
  items: PdfTextItem[] = [];
  y = HEIGHT - 50;
  constructor(readonly width = WIDTH) {}
  get right() {
    return this.width - LEFT;
  }
  paragraph(
    text: string,
    opts: { x?: number; after?: number; font?: string; bullet?: string } = {},
  ) {
    const x = opts.x ?? LEFT;
    const textX = opts.bullet ? x + 12 : x;
    wrap(text, this.right - textX).forEach((line, i) => {
      if (i === 0 && opts.bullet) this.items.push(item(opts.bullet, x, this.y, 'sym'));
      this.items.push(item(line, textX, this.y, opts.font));
      this.y -= PITCH;
    });
    this.y -= opts.after ?? 4;
    return this;
  }
  /** A table drawn cell by cell (as Word and LibreOffice do), columns at `xs`. */
  table(rows: string[][], xs: number[]) {
    for (const row of rows) {
      let lowest = this.y;
      row.forEach((cell, c) => {
        const width = (xs[c + 1] ?? this.right) - xs[c]! - 4;
        wrap(cell, width).forEach((line, i) => {
          const y = this.y - i * PITCH;
          this.items.push(item(line, xs[c]!, y));
          lowest = Math.min(lowest, y);
        });
      });
      this.y = lowest - PITCH - 1.5;
    }
    this.y -= 4;
    return this;
  }
  line(text: string, x: number, y: number) {
    this.items.push(item(text, x, y));
    return this;
  }
  done(): PdfPageInput {
    return { items: this.items, width: this.width, height: HEIGHT };
  }
}

const texts = (lines: PdfLine[]) => lines.map((l) => l.text).filter(Boolean);

const LEAD =
  'Le partenaire s’engage à exécuter la présente convention et à faire utiliser par ses personnels l’accès aux données dans le strict respect de ses missions :';
const MISSION_1 =
  'Accompagnement social global des familles et des personnes isolées rencontrant des difficultés';
const MISSION_2 = 'Instruction des demandes d’aide sociale facultative';

describe('layoutPdfPages', () => {
  it.each([
    {
      name: 'joins a soft-wrapped paragraph and keeps the next paragraph apart',
      page: () =>
        new Page().paragraph(LEAD, { after: 6 }).paragraph('Fait à Lieusaint, le 12 décembre 2023'),
      expected: [LEAD, 'Fait à Lieusaint, le 12 décembre 2023'],
    },
    {
      name: 'keeps the lead sentence of article 8 whole and each mission on its own line',
      page: () =>
        new Page()
          .paragraph('Article 8 – Missions du partenaire', { font: 'bold' })
          .paragraph(LEAD, { after: 0 })
          .paragraph(MISSION_1, { bullet: '•', after: 0 })
          .paragraph(MISSION_2, { bullet: '•', after: 0 })
          .paragraph(
            'Le partenaire désigne ses interlocuteurs dans l’annexe 1 de la présente convention.',
          ),
      expected: [
        'Article 8 – Missions du partenaire',
        LEAD,
        `- ${MISSION_1}`,
        `- ${MISSION_2}`,
        'Le partenaire désigne ses interlocuteurs dans l’annexe 1 de la présente convention.',
      ],
    },
    {
      name: 'missions without bullets and without spacing stay apart when they end short',
      page: () =>
        new Page()
          .paragraph('Instruction des dossiers FSL', { after: 0 })
          .paragraph('Suivi des allocataires', { after: 0 }),
      expected: ['Instruction des dossiers FSL', 'Suivi des allocataires'],
    },
    {
      name: 'a heading never continues the line above, even a full one',
      page: () =>
        new Page()
          .line('Les services ouverts au partenaire sont', LEFT, 300)
          .line('Article 9 – Engagements des parties', LEFT, 300 - PITCH),
      expected: ['Les services ouverts au partenaire sont', 'Article 9 – Engagements des parties'],
    },
    {
      name: 'a narrow table: one-space gaps that line up become tabs, a wrapped cell stays in its row',
      page: () =>
        new Page().table(
          [
            ['Fonction', 'Nom', 'Mél'],
            ['Administrateur', 'DUPONT Marie', 'm.dupont@caf.fr'],
            ['Administrateur suppléant', 'LEROY Jean', 'j.leroy@ville.fr'],
          ],
          [LEFT, 125, 165],
        ),
      expected: [
        'Fonction\tNom\tMél',
        'Administrateur\tDUPONT Marie\tm.dupont@caf.fr',
        'Administrateur suppléant\tLEROY Jean\tj.leroy@ville.fr',
      ],
    },
    {
      name: 'a lone narrow gap that lines up with nothing stays a space',
      page: () =>
        new Page()
          .line('Convention', LEFT, 300)
          .line('n° 2023-267', LEFT + measure('Convention') + 4, 300),
      expected: ['Convention n° 2023-267'],
    },
    {
      name: 'a justified line whose word gaps were printed as gaps is not a table',
      page: () =>
        new Page()
          .line('Profil T2', LEFT, 300)
          .line('– Prestataires', 109.7, 300)
          .line('sociaux : Ce', 194.4, 300)
          .line('destiné aux prestataires de services', LEFT, 300 - PITCH),
      expected: ['Profil T2 – Prestataires sociaux : Ce destiné aux prestataires de services'],
    },
    {
      name: 'a grid of profile codes over a row of numbers filling some cells keeps every cell in place',
      page: () =>
        new Page(600).paragraph('Nombre maximum d’habilitations par profil :').table(
          [
            Array.from({ length: 13 }, (_v, k) => `T${k + 1}`),
            ['3', '', '', '1', '', '', '', '', '2', '', '', '', '1'],
          ],
          Array.from({ length: 13 }, (_v, k) => LEFT + k * 38),
        ),
      expected: [
        'Nombre maximum d’habilitations par profil :',
        'T1\tT2\tT3\tT4\tT5\tT6\tT7\tT8\tT9\tT10\tT11\tT12\tT13',
        '3\t\t\t1\t\t\t\t\t2\t\t\t\t1',
      ],
    },
    {
      name: 'a phone number cut between its groups at the end of a line goes on, even where its next group would have fit',
      page: () =>
        new Page()
          .paragraph(LEAD, { after: 6 })
          .line('Pour le partenaire : Mme LAFAYE – 05', LEFT, 200)
          .line('53 45 27 60 – c.lafaye@ch.fr', LEFT, 200 - PITCH),
      expected: [LEAD, 'Pour le partenaire : Mme LAFAYE – 05 53 45 27 60 – c.lafaye@ch.fr'],
    },
    {
      // (its groups are digits evenly spaced, like a grid's cells, but a word gap apart)
      name: 'a phone number printed group by group stays one number',
      page: () =>
        new Page()
          .line('Tél. :', LEFT, 300)
          .line('03', LEFT + 30.6, 300)
          .line('21', LEFT + 43.4, 300)
          .line('61', LEFT + 56.2, 300)
          .line('27', LEFT + 69, 300)
          .line('96', LEFT + 81.8, 300),
      expected: ['Tél. : 03 21 61 27 96'],
    },
    {
      name: 'a phone number with dots starting a wrapped line is no numbered heading',
      page: () =>
        new Page().paragraph(
          'Pour la Caf, il convient de joindre Mme Inès BARON, responsable du pôle, au 04.11.22.33.45. Pour le partenaire, Mme Lina MOREL.',
        ),
      expected: [
        'Pour la Caf, il convient de joindre Mme Inès BARON, responsable du pôle, au 04.11.22.33.45. Pour le partenaire, Mme Lina MOREL.',
      ],
    },
    {
      name: 'a numbered heading still starts its own line',
      page: () =>
        new Page()
          .line('Le contrat prend effet à sa signature et dure', LEFT, 300)
          .line('3.2. Modification du contrat', LEFT, 300 - PITCH),
      expected: ['Le contrat prend effet à sa signature et dure', '3.2. Modification du contrat'],
    },
  ])('$name', ({ page, expected }) => {
    expect(texts(layoutPdfPages([page().done()]))).toEqual(expected);
  });

  it('joins a paragraph on a page whose table cells sit half a line apart (cells set off-centre)', () => {
    const page = new Page();
    for (let r = 0; r < 8; r++) {
      page.line(`Ligne ${r}`, LEFT, page.y).line(`valeur ${r}`, 150, page.y - PITCH / 2);
      page.y -= PITCH * 2;
    }
    page.paragraph(LEAD).paragraph(MISSION_1);
    const out = texts(layoutPdfPages([page.done()]));
    expect(out).toContain(LEAD);
    expect(out).toContain(MISSION_1);
  });

  it('joins a numbered item printed in one piece with its next line under its text', () => {
    const page = new Page().paragraph(LEAD);
    const indent = measure('1. ');
    wrap(MISSION_1, RIGHT - LEFT - indent).forEach((line, i) => {
      page.line(i === 0 ? `1. ${line}` : line, i === 0 ? LEFT : LEFT + indent, page.y);
      page.y -= PITCH;
    });
    page.line('2. Suivi des allocataires', LEFT, page.y);
    expect(texts(layoutPdfPages([page.done()]))).toEqual([
      LEAD,
      `1. ${MISSION_1}`,
      '2. Suivi des allocataires',
    ]);
  });

  it('keeps a contact row wrapped on two lines whole: its e-mail and phone stay in the row', () => {
    const page = new Page(400).table(
      [
        ['Fonction', 'Nom', 'Mél', 'Téléphone'],
        [
          'Délégué à la protection des données',
          'BERNARD Sophie',
          'dpo@mairie.fr',
          '03 20 11 22 36 06 12 34 56 78',
        ],
        ['Administrateur', 'DUPONT Paul', 'p.dupont@ville.fr', '03 20 11 22 33'],
      ],
      [LEFT, 130, 200, 290],
    );
    expect(texts(layoutPdfPages([page.done()]))).toEqual([
      'Fonction\tNom\tMél\tTéléphone',
      'Délégué à la protection des données\tBERNARD Sophie\tdpo@mairie.fr\t03 20 11 22 36 06 12 34 56 78',
      'Administrateur\tDUPONT Paul\tp.dupont@ville.fr\t03 20 11 22 33',
    ]);
  });

  it('keeps running headers once at the top, drops page numbers, joins a paragraph across pages and keeps each line’s page', () => {
    const body =
      'Le présent contrat de services a pour objet de définir les engagements de services entre la Caf et son partenaire dans le cadre de l’accès aux services.';
    const lines = wrap(body);
    const pages = [1, 2, 3].map((n) => {
      const page = new Page()
        .line('Convention Mon Compte Partenaire – Ccas de Lieusaint', LEFT, HEIGHT - 20)
        .line(`Page ${n} sur 3`, 130, 15);
      page.y = HEIGHT - 50;
      if (n === 1) page.paragraph(`Article ${n} – Objet`, { font: 'bold' });
      if (n === 1)
        lines.slice(0, 2).forEach((l) => {
          page.line(l, LEFT, page.y);
          page.y -= PITCH;
        });
      if (n === 2)
        lines.slice(2).forEach((l) => {
          page.line(l, LEFT, page.y);
          page.y -= PITCH;
        });
      if (n === 3) page.paragraph('Article 2 – Durée', { font: 'bold' });
      return page.done();
    });
    const out = layoutPdfPages(pages).filter((l) => l.text);
    expect(out).toEqual([
      { text: 'Convention Mon Compte Partenaire – Ccas de Lieusaint', page: 1 },
      { text: 'Article 1 – Objet', page: 1 },
      { text: body, page: 1 },
      { text: 'Article 2 – Durée', page: 3 },
    ]);
  });

  it('keeps a line of a one-page document that only looks like a header, and drops its page number', () => {
    const page = new Page().paragraph('Bulletin d’adhésion au service Cdap').line('- 1 -', 140, 15);
    expect(texts(layoutPdfPages([page.done()]))).toEqual(['Bulletin d’adhésion au service Cdap']);
  });

  it('never lets a line break of the text hide in an item (one output line, one page)', () => {
    const page = new Page().line('Convention\nn°\f2023', LEFT, 300).done();
    const out = layoutPdfPages([page]);
    expect(out.map((l) => l.text)).toEqual(['Convention n° 2023']);
  });

  it('reads rotated text (a stamp in the margin) as its own line', () => {
    const page = new Page().paragraph('Convention d’accès').done();
    page.items = [
      ...page.items,
      {
        str: 'ID : 077-217702513-20231212-10_2023-DE',
        transform: [0, 8, -8, 0, 20, 100],
        width: 150,
        height: 8,
      },
    ];
    expect(texts(layoutPdfPages([page]))).toEqual([
      'Convention d’accès',
      'ID : 077-217702513-20231212-10_2023-DE',
    ]);
  });
});

describe('joinWrapped', () => {
  it.each([
    ['Le service est ouvert', 'du lundi au vendredi', 'Le service est ouvert du lundi au vendredi'],
    ['la liste des habi-', 'litations accordées', 'la liste des habilitations accordées'],
    ['Mme Marie-', 'Claire DUPONT', 'Mme Marie-Claire DUPONT'],
    ['c’est-à-', 'dire le partenaire', 'c’est-à-dire le partenaire'],
    ['le non-', 'respect de la convention', 'le non-respect de la convention'],
    ['marie-claire.dupont@mairie-', 'exemple.fr', 'marie-claire.dupont@mairie-exemple.fr'],
    [
      'christophe.le-',
      'guehenec@cafmelun.cnafmail.fr',
      'christophe.le-guehenec@cafmelun.cnafmail.fr',
    ],
    [
      'informatique-et-libertes.cafmelun@caf.cnafmail.',
      'fr',
      'informatique-et-libertes.cafmelun@caf.cnafmail.fr',
    ],
    ['r.thomas@ville-lieusai', 'nt.fr', 'r.thomas@ville-lieusaint.fr'],
    [
      'écrire à dpo@mairie.fr',
      'ou au 03 20 11 22 33',
      'écrire à dpo@mairie.fr ou au 03 20 11 22 33',
    ],
    [
      'CAF77-BP-MONCOMPTE-',
      'PARTENAIRES@caf77.caf.fr',
      'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
    ],
    ['Article 2 –', 'Documents', 'Article 2 – Documents'],
    ['du 22-', '23 avenue', 'du 22-23 avenue'],
    [
      'par courriel à mcp-partenaires@caf34.caf.fr.',
      'Il est ouvert du lundi au vendredi',
      'par courriel à mcp-partenaires@caf34.caf.fr. Il est ouvert du lundi au vendredi',
    ],
  ])('%s + %s', (a, b, expected) => {
    expect(joinWrapped(a, b)).toBe(expected);
  });

  it('keeps a hyphen the document writes elsewhere', () => {
    expect(joinWrapped('le co-', 'financement', new Set(['co-financement']))).toBe(
      'le co-financement',
    );
    expect(joinWrapped('les presta-', 'tions', new Set(['prestations']))).toBe('les prestations');
  });
});
