/**
 * The text of a convention kept as a Word (.docx) or LibreOffice (.odt) document, as the
 * importer reads a pasted text (see office-flow). Both are zip archives of XML parts, unzipped
 * here with fflate (pure JS, browser and Node). What cannot be read is said in French
 * (OfficeFileError): an old Word 97-2003 .doc, a password-protected document, a file that is
 * no zip or a damaged one, a spreadsheet, a document without text.
 */
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { DocxNumbering, readDocxStyles } from './docx-numbering';
import { docxText } from './docx-text';
import { OfficeFileError } from './office-file-error';
import { odtText } from './odt-text';

export { OfficeFileError } from './office-file-error';

/** An old Word, Excel or encrypted Office file: an OLE compound file, not a zip. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip starts with a local file header (or is an empty archive). */
const isZip = (b: Uint8Array) =>
  b.length >= 4 &&
  b[0] === 0x50 &&
  b[1] === 0x4b &&
  (b[2] === 3 || b[2] === 5) &&
  b[3] === b[2] + 1;
const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((v, i) => b[i] === v);

/** Unpacked XML beyond this (all parts together) is no convention: a zip bomb, refused. */
const MAX_XML_BYTES = 200 * 1024 * 1024;

export type OfficeKind = 'docx' | 'odt';

export interface OfficeText {
  kind: OfficeKind;
  text: string;
}

const text = (files: Unzipped, path: string) => {
  const data = files[path];
  return data ? strFromU8(data).replace(/^\ufeff/, '') : undefined;
};

/** The main part named in _rels/.rels (word/document.xml almost always). */
function mainDocumentPath(files: Unzipped): string {
  const rels = text(files, '_rels/.rels') ?? '';
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

/** A part related to the main document (numbering, styles), by its relationship type. */
function relatedPath(files: Unzipped, main: string, type: string, fallback: string): string {
  const slash = main.lastIndexOf('/');
  const dir = slash < 0 ? '' : main.slice(0, slash + 1);
  const rels = text(files, `${dir}_rels/${main.slice(slash + 1)}.rels`) ?? '';
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!new RegExp(`Type="[^"]*/${type}"`).test(m[0])) continue;
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (target) return target.startsWith('/') ? target.slice(1) : `${dir}${target}`;
  }
  return fallback;
}

/** The document's text; throws an OfficeFileError saying what to do when it cannot be read. */
export function readOfficeFile(bytes: Uint8Array, name: string): OfficeText {
  if (startsWith(bytes, OLE))
    throw new OfficeFileError(
      /\.(xls|xlsx|xlsm|ods)$/i.test(name)
        ? 'spreadsheet'
        : /\.(docx|docm|dotx|odt|ott)$/i.test(name)
          ? 'encrypted'
          : 'old-word',
      name,
    );
  if (!isZip(bytes)) throw new OfficeFileError('not-zip', name);

  const names = new Set<string>();
  let xmlBytes = 0;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name);
        const wanted = f.name === 'mimetype' || /\.(xml|rels)$/i.test(f.name);
        if (wanted) xmlBytes += f.originalSize;
        if (xmlBytes > MAX_XML_BYTES) throw new Error('too large');
        return wanted;
      },
    });
  } catch {
    throw new OfficeFileError('damaged', name);
  }

  const mimetype = text(files, 'mimetype')?.trim() ?? '';
  if (
    names.has('xl/workbook.xml') ||
    /opendocument\.spreadsheet/.test(mimetype) ||
    /\.(xlsx|xlsm|ods)$/i.test(name)
  )
    throw new OfficeFileError('spreadsheet', name);

  let result: OfficeText;
  if (names.has('[Content_Types].xml') && !names.has('content.xml')) {
    const main = mainDocumentPath(files);
    const documentXml = text(files, main);
    if (documentXml === undefined || !/<w:body\b/.test(documentXml))
      throw new OfficeFileError(names.has(main) ? 'damaged' : 'not-text', name);
    const numbering = new DocxNumbering(
      text(files, relatedPath(files, main, 'numbering', 'word/numbering.xml')),
    );
    const styles = readDocxStyles(
      text(files, relatedPath(files, main, 'styles', 'word/styles.xml')),
    );
    result = { kind: 'docx', text: docxText(documentXml, numbering, styles) };
  } else if (names.has('content.xml')) {
    const content = text(files, 'content.xml') ?? '';
    if ((mimetype && !/opendocument\.text/.test(mimetype)) || !/<office:text\b/.test(content))
      throw new OfficeFileError('not-text', name);
    result = { kind: 'odt', text: odtText(content, text(files, 'styles.xml')) };
  } else throw new OfficeFileError('not-text', name);

  if (!/\p{L}/u.test(result.text)) throw new OfficeFileError('no-text', name);
  return result;
}
