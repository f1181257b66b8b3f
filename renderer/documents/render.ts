/**
 * Turns a document kind + format + snapshot into file bytes. Runs in the PDF worker (and in
 * the main thread only where no Worker exists, i.e. tests). Fonts are loaded once.
 */
import { Packer } from 'docx';
import pdfMake from 'pdfmake/build/pdfmake';
import { fontDictionary } from '../../shared/documents/fonts';
import { buildDocumentSource, type DocumentFormat, type DocumentKind } from '../../shared/documents/registry';
import { loadFontVfs } from './fonts';

export interface RenderRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  snapshot: unknown;
}

let fontsReady: Promise<void> | undefined;

function ensureFonts(): Promise<void> {
  fontsReady ??= loadFontVfs().then((vfs) => {
    pdfMake.addVirtualFileSystem(vfs);
    pdfMake.setFonts(fontDictionary());
  });
  fontsReady.catch(() => {
    fontsReady = undefined;
  });
  return fontsReady;
}

/** A blank form: building it once warms every layout path the real documents use. */
const WARM_UP_FORM = {
  meta: { conventionId: 'warm-up', partnerId: 'warm-up', partnerName: 'Préparation', generatedAt: '2024-01-01T00:00:00.000Z' },
  role: 'administrateur',
  effectiveOn: '2024-01-01',
  caf: {},
  newAdmin: { name: 'Préparation « é »' },
  replaces: true,
  replaced: {},
  partnerSignatory: {},
  adminSignatory: {},
};

/**
 * Loads and registers the fonts now, then builds a blank administrator-change form: the font
 * files are parsed and the layout code is warmed up before the user's first document (the
 * worker's warm-up, when a screen that issues documents opens).
 */
export async function prepareFonts(): Promise<void> {
  await ensureFonts();
  const source = buildDocumentSource('changement-administrateur', 'pdf', WARM_UP_FORM);
  if (source.format === 'pdf') await pdfMake.createPdf(source.definition).getBuffer();
}

export async function renderDocument(
  request: RenderRequest,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const source = buildDocumentSource(request.kind, request.format, request.snapshot);
  switch (source.format) {
    case 'pdf': {
      await ensureFonts();
      onProgress?.(0.1);
      pdfMake.setProgressCallback((p: number) => onProgress?.(0.1 + 0.85 * p));
      const buffer = await pdfMake.createPdf(source.definition).getBuffer();
      onProgress?.(1);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
    }
    case 'docx':
      return new Uint8Array(await Packer.toArrayBuffer(source.document));
    case 'csv':
      return new TextEncoder().encode(source.text);
  }
}
