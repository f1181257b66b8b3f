import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { normalizeSpaces } from '../../../shared/documents/text';
import { lieusaintAnnex } from './lieusaint';
import { docxText, pdfPagesText, renderKind } from './render-node';

const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/\s*\n\s*/g, ' ');

describe('Annexe à la délibération (FORMS.md §3)', () => {
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
    expect(flat).toContain('AUTORISE le président, Michel BISSON, à signer la convention d’accès à « Mon Compte Partenaire »');
    expect(flat).toContain('DÉSIGNE Véronique DJIRE, Responsable du CCAS, en tant qu’administrateur');
    expect(flat).toContain('Sandrine COFFI, Adjointe à la responsable du CCAS, en tant que suppléant');
    expect(flat).toContain('Instruction des dossiers FSL');
    expect(flat).toContain('T13');
    expect(flat).toContain('Caisse d\'Allocations familiales de Seine-et-Marne');
    expect(normalizeSpaces('a\u202Fb')).toBe('a\u00A0b');
  });

  it('.docx footer: the journal head it was issued at, when the snapshot has one', async () => {
    const annex = lieusaintAnnex();
    const head = { seq: 42, hash: 'abcdef012345'.padEnd(64, '0') };
    const bytes = await renderKind('annexe-deliberation', 'docx', { ...annex, meta: { ...annex.meta, journalHead: head } });
    const zip = await JSZip.loadAsync(bytes);
    const footers = await Promise.all(
      Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')),
    );
    expect(plain(footers.join('').replace(/<[^>]+>/g, ''))).toContain('Journal n° 42 · abcdef012345…');
  });

  it('regenerating the PDF from the stored snapshot gives the same text, even with other data today', async () => {
    const stored = JSON.parse(JSON.stringify(lieusaintAnnex())) as unknown;
    const a = await pdfPagesText(await renderKind('annexe-deliberation', 'pdf', stored));
    const b = await pdfPagesText(await renderKind('annexe-deliberation', 'pdf', stored));
    expect(b).toEqual(a);
    expect(a.join('')).toContain('Généré le 04/03/2024');
  });
});
