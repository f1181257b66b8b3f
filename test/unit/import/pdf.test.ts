/**
 * The PDF path: A4 PDFs printed by LibreOffice from Word documents of the samples (justified
 * text, running headers, « Page N sur M », narrow tables with wrapped cells — see
 * test/fixtures/import/make-a4-pdfs.mjs) and from the plain text (tab stops), read back with
 * pdfjs, give the text's values with the page each was read on; a PDF made of one-line
 * paragraphs on a huge page too. Scans, damaged and protected files get a French message.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { extractConvention, type ConventionExtraction } from '../../../shared/import';
import {
  NO_TEXT_MESSAGE,
  PdfUnreadableError,
  PdfWithoutTextError,
  readPdf,
  readPdfText,
} from '../../../renderer/features/import/pdf-reader';
import { isMostlyImage } from '../../../shared/import/pdf-source';
import { pageOfLine, describeSource } from '../../../shared/import/source-ref';

const require = createRequire(import.meta.url);
const FONT_DIR = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

interface PdfMakeNode {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

async function renderPdf(def: TDocumentDefinitions): Promise<Uint8Array> {
  const pdfmake = require('pdfmake') as PdfMakeNode;
  const file = `${FONT_DIR}DejaVuSans.ttf`;
  pdfmake.setFonts({ DejaVu: { normal: file, bold: file, italics: file, bolditalics: file } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => p.startsWith(FONT_DIR));
  return new Uint8Array(await pdfmake.createPdf(def).getBuffer());
}

/** One PDF line per text line; a row with tabs becomes columns (as a Word table prints). */
function textToPdf(text: string): TDocumentDefinitions {
  const content: Content[] = text.split(/\r\n|\r|\n/).map((line): Content => {
    if (!line.includes('\t')) return { text: line === '' ? ' ' : line };
    return {
      columns: line
        .split('\t')
        .map((cell) => ({ text: cell === '' ? ' ' : cell, width: 'auto' as const })),
      columnGap: 60,
    };
  });
  return {
    pageSize: { width: 5000, height: 3000 },
    pageMargins: 20,
    defaultStyle: { font: 'DejaVu', fontSize: 8 },
    content,
  };
}

const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

/** A grey 2×2 PNG: the « scanned page » of the image tests. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAAEElEQVR4nGNgYPj/n4GBAQAGAAL/6mpkRwAAAABJRU5ErkJggg==';

/** Values, sources texts, confidences, conflicts and flags; not the line numbers (blank lines differ). */
function comparable(x: ConventionExtraction, dropped: string[] = []): unknown {
  const drop = new Set(['lines', 'sourceLine', ...dropped]);
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !drop.has(k))
          .map(([k, val]) => [k, strip(val)]),
      );
    }
    return v;
  };
  return strip(x);
}

describe('PDF import', () => {
  it('extracts the same values from the Lieusaint PDF as from its text', async () => {
    const text = readFileSync(
      new URL('../../fixtures/samples/lieusaint-2023.txt', import.meta.url),
      'utf8',
    );
    const bytes = await renderPdf(textToPdf(text));
    const fromPdf = await readPdfText(await pdfjs(), bytes);
    const a = extractConvention(fromPdf);
    const b = extractConvention(text);
    expect(a.bulletins[0]?.value.quotas[0]?.value).toEqual({ profileCode: 'T13', max: 4 });
    expect(comparable(a)).toEqual(comparable(b));
  }, 60_000);

  it.each([
    ['lieusaint-a4.pdf', 'lieusaint-2023.txt'],
    ['mons-a4.pdf', 'mons-en-baroeul-2017.txt'],
  ])(
    'reads %s (A4, Word layout) as its text reads, every value with its page',
    async (pdf, txt) => {
      const text = readFileSync(new URL(`../../fixtures/samples/${txt}`, import.meta.url), 'utf8');
      const source = await readPdf(
        await pdfjs(),
        new Uint8Array(readFileSync(`${FIXTURES}${pdf}`)),
        pdf,
      );
      const a = extractConvention(source.text);
      expect(a.lines).toHaveLength(source.linePages.length);
      // the excerpts may differ: a cell the Word document cut (« MONCOMPTE- PARTENAIRES ») is whole
      expect(comparable(a, ['sourceText'])).toEqual(
        comparable(extractConvention(text), ['sourceText']),
      );
      expect(source.imagePages).toEqual([]);
      expect(source.pageCount).toBeGreaterThan(5);
      // no « Page N sur M » left in the text; the running header once, first, out of the sentences
      expect(source.text).not.toMatch(/Page \d+ sur \d+/);
      const lines = source.text.split('\n');
      const headers = lines.filter((l) => l.startsWith('Convention Mon Compte Partenaire –'));
      expect(headers).toHaveLength(1);
      expect(lines[0]).toBe(headers[0]);
    },
    60_000,
  );

  it('says on which page of the Lieusaint A4 PDF each value was read', async () => {
    const source = await readPdf(
      await pdfjs(),
      new Uint8Array(readFileSync(`${FIXTURES}lieusaint-a4.pdf`)),
    );
    const x = extractConvention(source.text);
    const origin = { kind: 'pdf' as const, name: 'lieusaint-a4.pdf', linePages: source.linePages };
    const siret = x.partner.siret!;
    expect(siret.value).toBe('26770164700013');
    expect(describeSource(origin, siret.sourceLine, siret.sourceText)).toBe(
      'page 10 : « Numéro de SIRET du siège social: 267 701 647 00013 »',
    );
    const t13 = x.bulletins[0]!.value.quotas[0]!;
    expect(pageOfLine(origin, t13.sourceLine)).toBe(8);
    // the CAF's contacts table (page 5) and the partner's (page 6), wrapped cells kept whole
    const contacts = x.contacts.map((c) => [
      c.value.role,
      c.value.name ?? c.value.email,
      pageOfLine(origin, c.sourceLine),
    ]);
    expect(contacts).toContainEqual([
      'dpo',
      'informatique-et-libertes.cafmelun@caf.cnafmail.fr',
      5,
    ]);
    expect(contacts).toContainEqual(['administrateur', 'Véronique DJIRE', 6]);
  }, 60_000);

  it('reads a narrow contacts table and a bulleted missions article from an A4 PDF', async () => {
    const source = await readPdf(
      await pdfjs(),
      new Uint8Array(readFileSync(`${FIXTURES}narrow-tables-a4.pdf`)),
    );
    const lines = source.text.split('\n');
    expect(lines).toContain(
      'Le partenaire s’engage à exécuter la présente convention et donc à faire utiliser par ses personnels l’accès aux données dans le strict respect de ses missions :',
    );
    expect(lines).toContain(
      '- Accompagnement social global des familles et des personnes isolées rencontrant des difficultés d’accès aux droits et d’insertion',
    );
    expect(lines).toContain(
      'Administrateur\tDUPONT Marie-Claire\tmarie-claire.dupont@mairie-exemple.fr\t03 20 11 22 33',
    );
    expect(lines).toContain(
      'Responsable sécurité\tMARTIN Paul\tp.martin@mairie-exemple.fr\t03 20 11 22 35 06 12 34 56 78',
    );
    expect(lines).toContain(
      'Délégué à la protection des données\tBERNARD Sophie\tdpo@mairie-exemple.fr\t03 20 11 22 36',
    );
    const x = extractConvention(source.text);
    // (the e-mail of each row is the readers' business: the rows above carry it whole)
    expect(x.contacts.map((c) => [c.value.role, c.value.name, c.value.phones])).toEqual([
      ['administrateur', 'DUPONT Marie-Claire', ['03 20 11 22 33']],
      ['administrateur-suppleant', 'LEROY Jean', ['03 20 11 22 34']],
      ['responsable-securite', 'MARTIN Paul', ['03 20 11 22 35', '06 12 34 56 78']],
      ['dpo', 'BERNARD Sophie', ['03 20 11 22 36']],
    ]);
    expect(x.contacts[0]!.value.email).toBe('marie-claire.dupont@mairie-exemple.fr');
    expect(x.convention.missions.map((m) => m.value).slice(0, 3)).toEqual([
      "Accompagnement social global des familles et des personnes isolées rencontrant des difficultés d'accès aux droits et d'insertion",
      "Instruction des demandes d'aide sociale facultative",
      'Domiciliation des personnes sans domicile stable',
    ]);
  }, 60_000);

  it('reads the Lieusaint text printed to A4 with tab stops (no tables): parties, signature, bulletin', async () => {
    const text = readFileSync(
      new URL('../../fixtures/samples/lieusaint-2023.txt', import.meta.url),
      'utf8',
    );
    const source = await readPdf(
      await pdfjs(),
      new Uint8Array(readFileSync(`${FIXTURES}lieusaint-txt-a4.pdf`)),
    );
    const a = extractConvention(source.text);
    const b = extractConvention(text);
    for (const get of [
      (x: ConventionExtraction) => x.partner.name?.value,
      (x: ConventionExtraction) => x.partner.siret?.value,
      (x: ConventionExtraction) => x.partner.representativeName?.value,
      (x: ConventionExtraction) => x.caf.name?.value,
      (x: ConventionExtraction) => x.caf.directorName?.value,
      (x: ConventionExtraction) => x.convention.number?.value,
      (x: ConventionExtraction) => x.convention.signedOn?.value,
      (x: ConventionExtraction) => x.convention.missions.map((m) => m.value),
      (x: ConventionExtraction) => x.bulletins.map((bu) => bu.value.quotas.map((q) => q.value)),
    ])
      expect(get(a)).toEqual(get(b));
  }, 60_000);

  it('refuses a PDF without a text layer (a scan): « Ce PDF est une image »', async () => {
    const bytes = await renderPdf({
      pageSize: 'A4',
      defaultStyle: { font: 'DejaVu' },
      content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 400, h: 600, color: '#dddddd' }] }],
    });
    const read = readPdfText(await pdfjs(), bytes);
    await expect(read).rejects.toBeInstanceOf(PdfWithoutTextError);
    await expect(readPdfText(await pdfjs(), bytes)).rejects.toThrow(NO_TEXT_MESSAGE);
    // The committed scan used by the end-to-end test is refused the same way.
    const committed = new Uint8Array(readFileSync(`${FIXTURES}scan-sans-texte.pdf`));
    await expect(readPdfText(await pdfjs(), committed)).rejects.toBeInstanceOf(PdfWithoutTextError);
    expect(NO_TEXT_MESSAGE).toMatch(/^Ce PDF est une image : /);
    expect(NO_TEXT_MESSAGE).toMatch(/exportez-le en texte/);
  });

  it('takes a scan whose only text is a stamp for an image (mostly image)', async () => {
    const bytes = await renderPdf({
      pageSize: 'A4',
      defaultStyle: { font: 'DejaVu' },
      content: [
        { text: 'Reçu en préfecture le 14/12/2023', fontSize: 8 },
        { image: PNG, width: 500, height: 700 },
        { text: 'ID : 077-217700000-20231212-10_2023-DE', fontSize: 8, pageBreak: 'before' },
        { image: PNG, width: 500, height: 700 },
      ],
    });
    const source = await readPdf(await pdfjs(), bytes);
    expect(source.imagePages).toEqual([1, 2]);
    expect(isMostlyImage(source.pageCount, source.imagePages)).toBe(true);
    // a page of text with a logo is not an image page
    const letter = await renderPdf({
      pageSize: 'A4',
      defaultStyle: { font: 'DejaVu' },
      content: [
        { image: PNG, width: 40 },
        {
          text: 'La présente convention est signée entre la Caisse d’allocations familiales et le partenaire. '.repeat(
            6,
          ),
        },
      ],
    });
    expect((await readPdf(await pdfjs(), letter)).imagePages).toEqual([]);
  });

  it('says in French that a damaged, fake or protected PDF cannot be read, never « Invalid PDF structure »', async () => {
    const good = new Uint8Array(readFileSync(`${FIXTURES}narrow-tables-a4.pdf`));
    for (const bytes of [
      good.slice(0, 1500),
      new TextEncoder().encode('Ceci n’est pas un PDF'),
      new Uint8Array(),
    ]) {
      const error = await readPdf(await pdfjs(), bytes, 'convention.pdf').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfUnreadableError);
      expect((error as PdfUnreadableError).reason).toBe('damaged');
      expect((error as Error).message).toMatch(
        /^Le fichier « convention\.pdf » n’est pas un PDF lisible/,
      );
      expect((error as Error).message).not.toMatch(/Invalid PDF/);
    }
    const locked = await renderPdf({
      pageSize: 'A4',
      defaultStyle: { font: 'DejaVu' },
      userPassword: 'secret',
      ownerPassword: 'secret',
      content: ['Convention'],
    });
    const error = await readPdf(await pdfjs(), locked).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfUnreadableError);
    expect((error as PdfUnreadableError).reason).toBe('encrypted');
    expect((error as Error).message).toMatch(/^Ce PDF est protégé par un mot de passe/);
  });
});
