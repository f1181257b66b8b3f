/**
 * Turns a document kind + format + snapshot into file bytes. Runs in the PDF worker (and in
 * the main thread only where no Worker exists, i.e. tests). Fonts are loaded once.
 */
import pdfMake from 'pdfmake/build/pdfmake';
import { fontDictionary } from '../../shared/documents/fonts';
import { measurePaintedTable, renderPdf, type PdfEngine } from '../../shared/documents/pdf-render';
import {
  buildDocumentSource,
  type DocumentFormat,
  type DocumentKind,
} from '../../shared/documents/registry';
import { loadFontVfs } from './fonts';

export interface RenderRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  snapshot: unknown;
}

let fontsReady: Promise<void> | undefined;
const engine = pdfMake as unknown as PdfEngine;

function ensureFonts(): Promise<void> {
  fontsReady ??= loadFontVfs().then((vfs) => {
    // Entries of bytes, which pdfmake takes as they are (its types only list base64 text).
    pdfMake.addVirtualFileSystem(
      vfs as unknown as Parameters<typeof pdfMake.addVirtualFileSystem>[0],
    );
    pdfMake.setFonts(fontDictionary());
  });
  fontsReady.catch(() => {
    fontsReady = undefined;
  });
  return fontsReady;
}

/**
 * A filled-in form of made-up values: building it once warms the layout paths a real form
 * takes (every field printed, not a line to fill), before the user's first document.
 */
const WARM_UP_FORM = {
  meta: {
    conventionId: 'warm-up',
    partnerId: 'warm-up',
    partnerName: 'CCAS de Préparation',
    conventionNumber: '2024-000 000 000',
    generatedAt: '2024-01-01T00:00:00.000Z',
    generatedBy: 'Préparation',
  },
  role: 'administrateur-suppleant',
  effectiveOn: '2024-01-01',
  caf: {
    name: 'Caisse d’Allocations familiales de Préparation',
    address: '1 rue de la Préparation, 00000 Ville',
  },
  newAdmin: {
    name: 'Élodie PRÉPARATION',
    firstName: 'Élodie',
    lastName: 'PRÉPARATION',
    function: 'Agent d’accueil social',
    phoneFixed: '0100000000',
    phoneMobile: '0600000000',
    email: 'preparation@example.fr',
  },
  replaces: true,
  replaced: { name: 'Karim PRÉPARATION', email: 'ancien@example.fr' },
  partnerSignatory: { function: 'Président', name: 'Michel PRÉPARATION' },
  adminSignatory: { function: 'Agent d’accueil social', name: 'Élodie PRÉPARATION' },
};

/** A two-row review report: warms the painted-table path (measuring fonts, wrap, paint). */
const WARM_UP_REPORT = {
  meta: WARM_UP_FORM.meta,
  year: 2024,
  partner: { name: 'Préparation' },
  caf: {},
  openedOn: '2024-01-01',
  summary: { reviewed: 2, maintained: 1, modified: 0, revoked: 1, users: 2, anomalies: [] },
  bulletins: [],
  rows: ['Préparation « é »', 'Mise en route'].map((name) => ({
    name,
    function: 'Agent d’accueil social',
    service: 'Accueil',
    profile: 'T1',
    grantedOn: '2024-01-01',
    decision: 'Maintenu',
    reason: 'Préparation du moteur de mise en page',
  })),
  checklist: [],
};

/** What the worker builds once, unseen, when a screen that issues documents opens. */
export const WARM_UP_DOCUMENTS = [
  ['changement-administrateur', WARM_UP_FORM],
  ['rapport-revue', WARM_UP_REPORT],
] as const;

/**
 * The worker's warm-up, step by step: load and register the fonts, then build a made-up
 * administrator-change form and a tiny review report, so that the font files are parsed and
 * both layout paths are warm before the user's first document (see `warm-up.ts`: a user's
 * request never waits for more than the step in progress).
 */
export const WARM_UP_STEPS: readonly (() => Promise<void>)[] = [
  ensureFonts,
  ...WARM_UP_DOCUMENTS.map(([kind, snapshot]) => async () => {
    const source = buildDocumentSource(kind, 'pdf', snapshot);
    if (source.format === 'pdf') await renderPdf(engine, source.content);
  }),
];

/**
 * A warm-up step for a document the screen already knows (the review report of a closed
 * review): its long table is laid out unseen, so that every word of it is shaped before the
 * user asks for it (see `measurePaintedTable`). The document itself is not built.
 */
export async function prepareDocument(request: RenderRequest): Promise<void> {
  if (request.format !== 'pdf') return;
  await ensureFonts();
  const source = buildDocumentSource(request.kind, 'pdf', request.snapshot);
  if (source.format === 'pdf') await measurePaintedTable(engine, source.content);
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
      const bytes = await renderPdf(engine, source.content, {
        onProgress: (p) => onProgress?.(0.1 + 0.9 * p),
      });
      return bytes;
    }
    case 'docx': {
      // Loaded on the first Word document only: a PDF never waits for Word's library.
      const [{ Packer }, document] = await Promise.all([import('docx'), source.document]);
      return new Uint8Array(await Packer.toArrayBuffer(document));
    }
    case 'csv':
      return new TextEncoder().encode(source.text);
  }
}
