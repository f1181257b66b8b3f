/**
 * Node-side rendering for document tests: the same pdfmake engine and the same DejaVu files
 * as the app's worker, registered by path.
 */
import { Packer } from 'docx';
import JSZip from 'jszip';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontDictionary } from '../../../shared/documents/fonts';
import {
  renderPdf as renderSharedPdf,
  type PaintOptions,
  type PdfContent,
  type PdfEngine,
} from '../../../shared/documents/pdf-render';
import {
  buildDocumentSource,
  type DocumentFormat,
  type DocumentKind,
} from '../../../shared/documents/registry';

const require = createRequire(import.meta.url);
const FONT_DIR = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));

interface PdfMakeNode {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(
    def: TDocumentDefinitions,
    options?: { bufferPages?: boolean },
  ): { getStream(): Promise<unknown>; getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMakeNode | undefined;
function engine(): PdfMakeNode {
  if (!pdfmake) {
    pdfmake = require('pdfmake') as PdfMakeNode;
    pdfmake.setFonts(fontDictionary((f) => path.join(FONT_DIR, f)));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p) => p.startsWith(FONT_DIR));
  }
  return pdfmake;
}

/** Node's pdfmake, fonts registered by path (the same engine interface as the worker's). */
export function nodePdfEngine(): PdfEngine {
  return engine();
}

export async function renderPdf(content: PdfContent, options?: PaintOptions): Promise<Uint8Array> {
  return renderSharedPdf(engine(), content, options);
}

export async function renderKind(
  kind: DocumentKind,
  format: DocumentFormat,
  snapshot: unknown,
): Promise<Uint8Array> {
  const source = buildDocumentSource(kind, format, snapshot);
  if (source.format === 'pdf') return renderPdf(source.content);
  if (source.format === 'docx')
    return new Uint8Array(await Packer.toArrayBuffer(await source.document));
  return new TextEncoder().encode(source.text);
}

/** The text of each page, items joined in reading order (lines separated by « \n »). */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    pages.push(text);
  }
  await doc.destroy();
  return pages;
}

/** `word/document.xml` of a .docx, with the XML tags removed between runs of a paragraph. */
export async function docxText(bytes: Uint8Array): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { xml, text };
}
