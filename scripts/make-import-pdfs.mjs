// Makes the corpus's A4 PDFs and office files with LibreOffice (run once by hand; they are committed
// because CI has no LibreOffice):
//
//   node scripts/make-import-pdfs.mjs [--force]   (--force: remake the files already there)
//
// Each sample text becomes a flat ODT document (A4, 2 cm margins), then a PDF:
// - `<sample>.a4-text.pdf`: the text as it is, one paragraph per line, tabs kept as tabs
//   (Writer's default tab stops), long lines wrapped by Writer;
// - `<sample>.a4-tables.pdf`: runs of tab-separated lines become real Writer tables (thin
//   borders, 0.05 cm padding, equal columns over the text width), so cells sit a few points
//   apart and long cells wrap inside their column — as a Word table prints.
// Tables of contents (« … \t 12 ») stay paragraphs in both, as Word's TOC does.
// lieusaint-2023.a4-tables.pdf (32 pages) is also the import bench's « 30-page PDF ».
// The same documents with tables are also saved as Word and LibreOffice files, read through
// the app's office reader (shared/import/office-file.ts): `office/<id>.tables.docx` (Writer's
// Word export: real Word tables, w:tab runs) and `office/<id>.tables.odt` (text:s, text:tab,
// repeated table columns); and `office/<id>.numbered.{docx,odt}`, the same with the « Article
// N – » headings and the bullets as automatic numbering (Writer lists; Word's numbering.xml).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  renameSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '../test/fixtures/import-corpus');
const SAMPLES = ['lieusaint-2023', 'mons-en-baroeul-2017', 'seine-maritime-2020-template'];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** One line's content: markdown bold markers dropped, tabs and runs of spaces kept. */
const inline = (line) =>
  esc(line.replace(/\*\*/g, ''))
    .replace(/\t/g, '<text:tab/>')
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);

const para = (line) =>
  line.trim()
    ? `<text:p text:style-name="P">${inline(line)}</text:p>`
    : '<text:p text:style-name="P"/>';
const isToc = (line) =>
  /\t(\d+|Erreur ! Signet non défini\.)\s*$/.test(line) && !/^T\d+\t/.test(line);

function table(rows, n) {
  const cells = (row) => {
    const cs = row.split('\t');
    while (cs.length < n) cs.push('');
    return cs
      .map(
        (c) =>
          `<table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="TP">${inline(c.trim())}</text:p></table:table-cell>`,
      )
      .join('');
  };
  return `<table:table table:style-name="T"><table:table-column table:style-name="TC${n}" table:number-columns-repeated="${n}"/>${rows
    .map((r) => `<table:table-row>${cells(r)}</table:table-row>`)
    .join('')}</table:table>`;
}

/**
 * « numbered »: the article headings and bullets as Writer lists, so that their numbers exist only
 * as a list style (« Article 2.1 – » from levels 1-3 of the style « Articles »), as in a document
 * written with automatic numbering. A heading whose parent numbers are the ones counted so far
 * becomes a list item (a level-1 « 1 » restarts the list, another gap sets the item's number);
 * any other stays a plain paragraph.
 */
const ARTICLE = /^Article (\d+(?:\.\d+){0,2}) – (.+)$/;
const BULLET = /^[•●▪-]\s+(\S.*)$/;
function numberedItem(line, counts, state) {
  if (line.includes('\t')) return undefined;
  const m = ARTICLE.exec(line);
  if (m) {
    const nums = m[1].split('.').map(Number);
    const level = nums.length;
    if (nums.slice(0, -1).some((n, k) => counts[k] !== n)) return undefined;
    const n = nums[level - 1];
    const expected = (counts[level - 1] ?? 0) + 1;
    const restart = level === 1 && n === 1 && counts.length > 0;
    counts.length = level;
    counts[level - 1] = n;
    const item = `<text:list-item${n !== expected && !restart ? ` text:start-value="${n}"` : ''}><text:p text:style-name="P">${inline(m[2])}</text:p></text:list-item>`;
    let nested = item;
    for (let l = 1; l < level; l++)
      nested = `<text:list-item><text:list>${nested}</text:list></text:list-item>`;
    // continued by id: text:continue-numbering would only continue the list just before (a bullet list)
    const cont = state.last && !restart ? ` text:continue-list="${state.last}"` : '';
    state.last = `articles${++state.n}`;
    return `<text:list xml:id="${state.last}" text:style-name="Articles"${cont}>${nested}</text:list>`;
  }
  const b = BULLET.exec(line);
  if (b)
    return `<text:list text:style-name="Puces"><text:list-item><text:p text:style-name="P">${inline(b[1])}</text:p></text:list-item></text:list>`;
  return undefined;
}

function body(text, tables, numbered = false) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  const counts = [];
  const state = { last: undefined, n: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const item = numbered ? numberedItem(line.replace(/\*\*/g, ''), counts, state) : undefined;
    if (item) {
      out.push(item);
      continue;
    }
    if (!tables || !line.includes('\t') || isToc(line)) {
      out.push(para(line));
      continue;
    }
    // a table: consecutive tab lines (a blank line inside a table stays in it, as in the samples' quota table)
    const rows = [];
    let j = i;
    while (
      j < lines.length &&
      ((lines[j].includes('\t') && !isToc(lines[j])) ||
        (lines[j] === '' && lines[j + 1]?.includes('\t') && !isToc(lines[j + 1])))
    ) {
      if (lines[j] !== '') rows.push(lines[j].replace(/\t+$/, (m) => m));
      j++;
    }
    const n = Math.max(...rows.map((r) => r.split('\t').length));
    out.push(table(rows, n));
    i = j - 1;
  }
  return out.join('\n');
}

const LIST_STYLES = `<text:list-style style:name="Articles">${[1, 2, 3]
  .map(
    (l) =>
      `<text:list-level-style-number text:level="${l}" style:num-prefix="Article " style:num-suffix=" –" style:num-format="1" text:display-levels="${l}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:list-level-style-number>`,
  )
  .join(
    '',
  )}</text:list-style><text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>`;

function fodt(text, tables, numbered = false) {
  const widths = [2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<style:style style:name="TC${n}" style:family="table-column"><style:table-column-properties style:column-width="${(17 / n).toFixed(3)}cm"/></style:style>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="fr" fo:country="FR"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm" fo:text-align="justify"/></style:style>
<style:style style:name="TP" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>
${widths}
${numbered ? LIST_STYLES : ''}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${body(text, tables, numbered)}
</office:text></office:body></office:document>
`;
}

/** Converts the flat ODT with LibreOffice to `format` (pdf, docx, odt) and moves it to outFile. */
function convert(fodtText, format, outFile) {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.fodt'), fodtText);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        dir,
        join(dir, 'doc.fodt'),
      ],
      { stdio: 'pipe' },
    );
    renameSync(join(dir, `doc.${format}`), outFile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Two hand-written conventions as well, with real tables: their truth is written/<id>.truth.json.
const WRITTEN = ['caf73-2022-epci-multisite', 'caf29-2018-ccas-roles-reformules'];

for (const [dir, id, layouts] of [
  ...SAMPLES.map((id) => [
    'samples',
    id,
    [
      ['a4-text', false],
      ['a4-tables', true],
    ],
  ]),
  ...WRITTEN.map((id) => ['written', id, [['a4-tables', true]]]),
]) {
  const text = readFileSync(join(corpus, dir, `${id}.txt`), 'utf8');
  for (const [suffix, tables] of layouts) {
    const out = join(corpus, 'pdf', `${id}.${suffix}.pdf`);
    // committed PDFs are kept (a new export differs in its metadata) unless --force
    if (existsSync(out) && !process.argv.includes('--force')) continue;
    convert(fodt(text, tables), 'pdf', out);
    console.log(out);
  }
  // the version with tables as Word and LibreOffice documents
  mkdirSync(join(corpus, 'office'), { recursive: true });
  for (const [suffix, numbered] of [
    ['tables', false],
    ['numbered', true],
  ])
    for (const format of ['docx', 'odt']) {
      const out = join(corpus, 'office', `${id}.${suffix}.${format}`);
      if (existsSync(out) && !process.argv.includes('--force')) continue;
      convert(fodt(text, true, numbered), format, out);
      console.log(out);
    }
}
