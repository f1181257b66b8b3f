import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { normalizeSpaces } from '../../../shared/documents/text';
import fixture from '../../fixtures/fixture-lieusaint.json' with { type: 'json' };
import { lieusaintAnnex } from './lieusaint';
import { docxText, pdfPagesText, renderKind } from './render-node';

const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/\s*\n\s*/g, ' ');

// Whole PDFs with their fonts: seconds each on a loaded machine.
describe('Annexe à la délibération (FORMS.md §3)', { timeout: 30_000 }, () => {
  it('PDF: parties, object, bulletin and quota, missions, administrators and the operative text', async () => {
    const bytes = await renderKind('annexe-deliberation', 'pdf', lieusaintAnnex());
    const pages = await pdfPagesText(bytes);
    const text = plain(pages.join('\n'));
    for (const expected of [
      'Annexe à la délibération',
      "Caisse d'Allocations familiales de Seine-et-Marne",
      'CCAS de Lieusaint, SIRET 267 701 647 00013',
      'représenté par Michel BISSON, Président',
      'Objet de la convention',
      'mode délégué',
      'Bulletin Cdap (annexe 2)',
      'T13',
      'Instruction des dossiers FSL',
      'AUTORISE le président, Michel BISSON, à signer la convention d’accès à « Mon Compte Partenaire »',
      'DÉSIGNE Véronique DJIRE, Responsable du CCAS, en tant qu’administrateur « Mon Compte Partenaire » et Sandrine COFFI, Adjointe à la responsable du CCAS, en tant que suppléant.',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toContain(`Page 1 / ${pages.length}`);
    expect(text).toContain('CCAS de Lieusaint — Convention n° 2023-267 701 647');
  });

  it('.docx: word/document.xml holds the same operative text and names', async () => {
    const bytes = await renderKind('annexe-deliberation', 'docx', lieusaintAnnex());
    const { text } = await docxText(bytes);
    const flat = plain(text);
    expect(flat).toContain(
      'AUTORISE le président, Michel BISSON, à signer la convention d’accès à « Mon Compte Partenaire »',
    );
    expect(flat).toContain(
      'DÉSIGNE Véronique DJIRE, Responsable du CCAS, en tant qu’administrateur',
    );
    expect(flat).toContain(
      'Sandrine COFFI, Adjointe à la responsable du CCAS, en tant que suppléant',
    );
    expect(flat).toContain('Instruction des dossiers FSL');
    expect(flat).toContain('T13');
    expect(flat).toContain("Caisse d'Allocations familiales de Seine-et-Marne");
    expect(normalizeSpaces('a\u202Fb')).toBe('a\u00A0b');
  });

  it('.docx footer: the journal head it was issued at, when the snapshot has one', async () => {
    const annex = lieusaintAnnex();
    const head = { seq: 42, hash: 'abcdef012345'.padEnd(64, '0') };
    const bytes = await renderKind('annexe-deliberation', 'docx', {
      ...annex,
      meta: { ...annex.meta, journalHead: head },
    });
    const zip = await JSZip.loadAsync(bytes);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d*\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(plain(footers.join('').replace(/<[^>]+>/g, ''))).toContain(
      'Journal n° 42 · abcdef012345…',
    );
  });

  it('regenerating the PDF from the stored snapshot gives the same text, even with other data today', async () => {
    const stored = JSON.parse(JSON.stringify(lieusaintAnnex())) as unknown;
    const a = await pdfPagesText(await renderKind('annexe-deliberation', 'pdf', stored));
    const b = await pdfPagesText(await renderKind('annexe-deliberation', 'pdf', stored));
    expect(b).toEqual(a);
    expect(a.join('')).toContain('Généré le 04/03/2024');
  });
});

describe('Annexe à la délibération: Word file IT accepts, heading and operative part', () => {
  const cited = () => ({
    ...lieusaintAnnex(),
    deliberation: {
      number: fixture.convention.deliberation.number,
      date: fixture.convention.deliberation.date,
    },
  });

  it('.docx: fonts Windows has, French language, one level-1 heading citing the deliberation, creator metadata', async () => {
    const bytes = await renderKind('annexe-deliberation', 'docx', cited());
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const { xml, text } = await docxText(bytes);
    const core = await zip.file('docProps/core.xml')!.async('string');
    // Every font named in styles and text is one Windows ships.
    const fonts = new Set(
      [...(styles + xml).matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(
      [...fonts].filter(
        (f) => !['Arial', 'Calibri', 'Calibri Light', 'Times New Roman', 'Cambria'].includes(f!),
      ),
    ).toEqual([]);
    expect(fonts.has('Arial')).toBe(true);
    expect(styles + xml).toContain('w:lang w:val="fr-FR"');
    const headings1 = xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? [];
    expect(headings1).toHaveLength(1);
    expect(plain(text)).toContain('Annexe à la délibération n° 10.2023 du 12/12/2023');
    expect(core).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
    expect(core).toContain('<dc:title>Annexe à la délibération');
    // The operative part is chained « keep with next » up to « DÉSIGNE ».
    const desig = xml.indexOf('DÉSIGNE');
    const projet = xml.indexOf('6. Projet de dispositif');
    expect(xml.slice(projet, desig).match(/<w:keepNext\/>/g)?.length ?? 0).toBe(2);
  });

  it('heading without a deliberation number yet: blank lines to fill by hand', async () => {
    const bytes = await renderKind('annexe-deliberation', 'pdf', {
      ...lieusaintAnnex(),
      deliberation: {},
    });
    const text = plain((await pdfPagesText(bytes)).join('\n'));
    expect(text).toMatch(/Annexe à la délibération n° \S+ du \S+/);
  });

  it('PDF: « DÉSIGNE … » is never alone on a page, however long the annex grows', async () => {
    const missions = lieusaintAnnex().missions;
    let pushedOver = 0;
    for (let extra = 0; extra <= 36; extra += 3) {
      const annex = {
        ...cited(),
        missions: [
          ...missions,
          ...Array.from(
            { length: extra },
            (_, i) =>
              `Mission complémentaire n° ${i + 1} décrite sur une ligne entière pour allonger l’annexe.`,
          ),
        ],
      };
      const pages = (await pdfPagesText(await renderKind('annexe-deliberation', 'pdf', annex))).map(
        plain,
      );
      const page = pages.findIndex((p) => p.includes('DÉSIGNE'));
      expect(page, `${extra} missions`).toBeGreaterThanOrEqual(0);
      expect(pages[page], `${extra} missions`).toContain('6. Projet de dispositif');
      expect(pages[page], `${extra} missions`).toContain('AUTORISE');
      if (page > 0 && !pages[page - 1]!.includes('5. Administrateurs')) pushedOver++;
    }
    // Some lengths did push the whole operative part to the next page (the case tested).
    expect(pushedOver).toBeGreaterThan(0);
  });
});
