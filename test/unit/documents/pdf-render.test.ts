import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { DOCUMENT_FONT } from '../../../shared/documents/fonts';
import { frameFooterText, withPageFrame } from '../../../shared/documents/frame';
import type { PaintedPdf } from '../../../shared/documents/pdf-render';
import { renderPdf } from './render-node';

const meta = {
  conventionId: 'c1',
  partnerId: 'p1',
  partnerName: 'CCAS de Lieusaint',
  conventionNumber: '2023-267 701 647',
  generatedAt: '2024-03-04T10:00:00.000Z',
};

/** Kerned pairs (AV, Té, Wa), accents, a long word, empty cells, quotes and « ». */
function rows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    `AVRIL Té${i} WAGNER`,
    i % 3 ? 'Agent d’accueil « social »' : '',
    'Maison des solidarités Nord',
    `T${(i % 22) + 1}`,
    '15/12/2022',
    i % 4 ? 'Maintenu' : 'Supprimé',
    i % 5 ? '' : 'Départ de l’agent — mutation au CCAS voisin, accès à retirer',
    'Véronique DJIRE',
    i % 7 ? '—' : 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  ]);
}

function painted(n: number, tablePagesOverride?: (pages: number) => number): PaintedPdf {
  return {
    font: DOCUMENT_FONT,
    footer: frameFooterText(meta),
    table: {
      heading: '4. Détail des habilitations revues',
      header: [
        'NOM Prénom',
        'Fonction',
        'Service / site',
        'Profil',
        'Accordée le',
        'Décision',
        'Motif',
        'Décidé par',
        'Appliqué dans le portail le',
      ],
      rows: rows(n),
      widths: [95, 95, 70, 35, 52, 70, '*', 70, 62],
      orientation: 'landscape',
      margins: [40, 40, 40, 60],
    },
    definition: (pages) => {
      const reserved = tablePagesOverride ? tablePagesOverride(pages) : pages;
      const content: Content[] = [
        { text: 'Synthèse', style: 'heading' },
        { text: 'Une page en portrait avant le tableau.' },
        ...Array.from({ length: reserved }, (_, i): Content =>
          i === 0
            ? { text: '', pageBreak: 'before', pageOrientation: 'landscape' }
            : { text: '', pageBreak: 'before' },
        ),
        { text: 'Attestation', style: 'heading', pageBreak: 'before', pageOrientation: 'portrait' },
      ];
      return withPageFrame(meta, content, {
        title: 'Essai',
        margins: [40, 40, 40, 60],
        paintedOrientation: 'landscape',
      });
    },
  };
}

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
}

async function pageItems(bytes: Uint8Array): Promise<Item[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: Item[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items.flatMap((it) =>
        'str' in it && it.str.trim()
          ? [
              {
                str: it.str,
                x: it.transform[4] as number,
                y: it.transform[5] as number,
                size: it.transform[0] as number,
              },
            ]
          : [],
      ),
    );
  }
  await doc.destroy();
  return pages;
}

const sortItems = (items: Item[]) =>
  [...items].sort((a, b) => b.y - a.y || a.x - b.x || a.str.localeCompare(b.str));

describe('painted tables', () => {
  it('writes the same texts at the same places whether batched or drawn one by one with pdfkit', async () => {
    const content = painted(80);
    const [batched, oneByOne] = await Promise.all([
      renderPdf(content),
      renderPdf(content, { batchText: false }),
    ]);
    const a = await pageItems(batched);
    const b = await pageItems(oneByOne);
    expect(a.length).toBe(b.length);
    expect(a.length).toBeGreaterThan(4);
    a.forEach((page, i) => {
      const left = sortItems(page);
      const right = sortItems(b[i]!);
      expect(left.map((it) => it.str)).toEqual(right.map((it) => it.str));
      left.forEach((it, k) => {
        expect(it.x).toBeCloseTo(right[k]!.x, 2);
        expect(it.y).toBeCloseTo(right[k]!.y, 2);
        expect(it.size).toBeCloseTo(right[k]!.size, 2);
      });
    });
    // Batching is what makes the file small: far fewer operators to deflate.
    expect(batched.byteLength).toBeLessThan(oneByOne.byteLength);
  }, 30_000);

  it('puts every row once, the header and one footer on every table page', async () => {
    const pages = await pageItems(await renderPdf(painted(120)));
    const count = pages.length;
    const tablePages = pages.slice(1, -1);
    expect(tablePages.length).toBeGreaterThan(4);
    for (const [i, page] of pages.entries()) {
      const strs = page.map((it) => it.str);
      expect(strs.filter((s) => s === `Page ${i + 1} / ${count}`)).toHaveLength(1);
      expect(strs.filter((s) => s.startsWith('Généré le 04/03/2024'))).toHaveLength(1);
      expect(strs.filter((s) => s.startsWith('CCAS de Lieusaint — Convention n°'))).toHaveLength(1);
    }
    for (const page of tablePages) expect(page.map((it) => it.str)).toContain('NOM Prénom');
    expect(pages[1]!.map((it) => it.str)).toContain('4. Détail des habilitations revues');
    const names = tablePages
      .flat()
      .map((it) => it.str)
      .filter((s) => s.startsWith('AVRIL'));
    expect(names).toEqual(rows(120).map((r) => r[0]));
    // The footer's page number is right-aligned on the rule's end, as pdfmake puts it.
    const number = pages[2]!.find((it) => it.str.startsWith('Page 3 /'))!;
    const portrait = pages[0]!.find((it) => it.str.startsWith('Page 1 /'))!;
    expect(number.y).toBeCloseTo(portrait.y, 1);
  }, 30_000);

  it('gives a table without rows its page, heading and header', async () => {
    const pages = await pageItems(await renderPdf(painted(0)));
    expect(pages).toHaveLength(3);
    const strs = pages[1]!.map((it) => it.str);
    expect(strs).toContain('4. Détail des habilitations revues');
    expect(strs).toContain('NOM Prénom');
    expect(strs).toContain('Page 2 / 3');
  }, 30_000);

  it('gives the same bytes twice (a regenerated report is identical)', async () => {
    const content = painted(60);
    const first = await renderPdf(content);
    const second = await renderPdf(content);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  }, 30_000);

  it('refuses to paint when the definition did not reserve the pages the table needs', async () => {
    await expect(renderPdf(painted(120, (n) => n - 1))).rejects.toThrow(
      /pages attendues, \d+ pages? réservées? trouvées?/,
    );
  }, 30_000);

  it('reports progress up to 1, never going back', async () => {
    const seen: number[] = [];
    await renderPdf(painted(60), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1]!)).toBe(true);
  }, 30_000);
});
