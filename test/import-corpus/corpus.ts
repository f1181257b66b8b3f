/**
 * The generalisation corpus, read from test/fixtures/import-corpus/ (Node only):
 * - samples/: the three real texts with their hand-checked truth;
 * - pdf/: A4 PDFs of the samples made once with LibreOffice (scripts/make-import-pdfs.mjs); `<sample>.<how>.pdf` is scored
 *   against `samples/<sample>.truth.json` (or `written/<id>.truth.json` for the hand-written
 *   conventions also printed to PDF);
 * - office/: the same documents with real tables saved as Word and LibreOffice files
 *   (`<id>.tables.docx`, `<id>.tables.odt`, same script), and with their article headings and
 *   bullets as automatic numbering (`<id>.numbered.docx`, `.odt`), read through the app's office
 *   reader and scored against the truth of the text they were made from;
 * - written/: conventions written by hand the way other CAFs and years write them, each with
 *   its truth;
 * - held-out/: conventions written blind and scored once before the readers' authors saw them
 *   (the figure measured then is in the README); scored apart, as a check on over-fitting;
 * - variants: generated from the samples by the seeded layout transformer (transform.ts),
 *   each with its truth derived from the sample's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOfficeFile } from '../../shared/import/office-file';
import { readPdfText } from '../../renderer/features/import/pdf-reader';
import { parseTruth, type Truth } from './truth';
import { generateVariants, SAMPLE_SECTIONS } from './variants';

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/import-corpus/', import.meta.url));

export type Group = 'samples' | 'pdf' | 'office' | 'variants' | 'written' | 'held-out';
export const GROUPS: readonly Group[] = [
  'samples',
  'pdf',
  'office',
  'variants',
  'written',
  'held-out',
];

export interface CorpusDoc {
  id: string;
  group: Group;
  truth: Truth;
  /** The family of a generated variant (ocr, vertical-tables…). */
  family?: string;
  /** Plain text, a PDF to read through the app's PDF path, or a .docx/.odt through its office reader. */
  text?: string;
  pdf?: string;
  office?: string;
}

const readTruth = (path: string) => parseTruth(JSON.parse(readFileSync(path, 'utf8')), path);
const files = (dir: string, ext: string) =>
  existsSync(`${CORPUS_DIR}${dir}`)
    ? readdirSync(`${CORPUS_DIR}${dir}`)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

export function sampleDocs(): CorpusDoc[] {
  return files('samples', '.txt').map((f) => {
    const id = f.replace(/\.txt$/, '');
    return {
      id,
      group: 'samples',
      text: readFileSync(`${CORPUS_DIR}samples/${f}`, 'utf8'),
      truth: readTruth(`${CORPUS_DIR}samples/${id}.truth.json`),
    };
  });
}

/** The truth of a document made from a sample or a written text: `<source>.truth.json`. */
function sourceTruth(dir: string, f: string): Truth {
  const source = f.split('.')[0]!;
  const truth = ['samples', 'written']
    .map((d) => `${CORPUS_DIR}${d}/${source}.truth.json`)
    .find((p) => existsSync(p));
  if (!truth)
    throw new Error(`${dir}/${f}: no samples/ or written/ truth named ${source}.truth.json`);
  return readTruth(truth);
}

export function pdfDocs(): CorpusDoc[] {
  return files('pdf', '.pdf').map((f) => ({
    id: f.replace(/\.pdf$/, ''),
    group: 'pdf',
    pdf: `${CORPUS_DIR}pdf/${f}`,
    truth: sourceTruth('pdf', f),
  }));
}

const OFFICE_FILE = /\.(docx|odt)$/;

export function officeDocs(): CorpusDoc[] {
  return [...files('office', '.docx'), ...files('office', '.odt')].sort().map((f) => ({
    id: f,
    group: 'office',
    office: `${CORPUS_DIR}office/${f}`,
    truth: sourceTruth('office', f),
  }));
}

export function writtenDocs(dir: 'written' | 'held-out' = 'written'): CorpusDoc[] {
  return files(dir, '.txt').map((f) => {
    const id = f.replace(/\.txt$/, '');
    return {
      id,
      group: dir,
      text: readFileSync(`${CORPUS_DIR}${dir}/${f}`, 'utf8'),
      truth: readTruth(`${CORPUS_DIR}${dir}/${id}.truth.json`),
    };
  });
}

/**
 * Any folder of documents with their truth: `<id>.txt`, `<id>.pdf`, `<id>.docx` or `<id>.odt`
 * next to `<id>.truth.json` (for conventions kept outside the repository, e.g. real ones that
 * cannot be committed).
 */
export function folderDocs(dir: string): CorpusDoc[] {
  const d = dir.endsWith('/') ? dir : `${dir}/`;
  return readdirSync(d)
    .filter((f) => /\.(txt|pdf|docx|odt)$/.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.(txt|pdf|docx|odt)$/, '');
      const truth = readTruth(`${d}${id.split('.')[0]}.truth.json`);
      if (f.endsWith('.pdf'))
        return { id: `${id}.pdf`, group: 'written' as const, pdf: `${d}${f}`, truth };
      if (OFFICE_FILE.test(f))
        return { id: f, group: 'written' as const, office: `${d}${f}`, truth };
      return { id, group: 'written' as const, text: readFileSync(`${d}${f}`, 'utf8'), truth };
    });
}

export function variantDocs(samples: readonly CorpusDoc[] = sampleDocs()): CorpusDoc[] {
  return samples.flatMap((s) =>
    SAMPLE_SECTIONS[s.id]
      ? generateVariants({
          id: s.id,
          text: s.text!,
          truth: s.truth,
          sections: SAMPLE_SECTIONS[s.id]!,
        }).map((v) => ({
          id: v.id,
          group: 'variants' as const,
          family: v.family,
          text: v.text,
          truth: v.truth,
        }))
      : [],
  );
}

export function loadCorpus(groups: readonly Group[] = GROUPS): CorpusDoc[] {
  const samples = sampleDocs();
  return [
    ...(groups.includes('samples') ? samples : []),
    ...(groups.includes('pdf') ? pdfDocs() : []),
    ...(groups.includes('office') ? officeDocs() : []),
    ...(groups.includes('variants') ? variantDocs(samples) : []),
    ...(groups.includes('written') ? writtenDocs() : []),
    ...(groups.includes('held-out') ? writtenDocs('held-out') : []),
  ];
}

/** The text the importer sees: the document's text, or its PDF or office file read as the app reads it. */
export async function documentText(doc: CorpusDoc): Promise<string> {
  if (doc.text !== undefined) return doc.text;
  if (doc.office !== undefined)
    return readOfficeFile(new Uint8Array(readFileSync(doc.office)), basename(doc.office)).text;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return readPdfText(pdfjs, new Uint8Array(readFileSync(doc.pdf!)));
}
