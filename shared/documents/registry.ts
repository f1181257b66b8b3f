/**
 * Which builder makes which document. To add a document (e.g. the review report), write a
 * pure builder module in this folder and add one entry here: the generation service, the
 * worker, the history and « Régénérer » then work for it with no other change.
 */
import type { Document as DocxDocument } from 'docx';
import type { z } from 'zod';
import type { DOCUMENT_KINDS } from '../domain/schemas';
import {
  adminChangeFileName,
  adminChangeSnapshotSchema,
  buildAdminChangePdf,
  checkAdminChange,
} from './admin-change';
import { fontCoverageWarning } from './font-coverage';
import {
  buildDeliberationAnnexPdf,
  checkDeliberationAnnex,
  deliberationAnnexBlocks,
  deliberationAnnexFileName,
  deliberationAnnexSnapshotSchema,
} from './deliberation-annex';
import type { DocumentMeta } from './meta';
import type { PdfContent } from './pdf-render';
import {
  buildReviewReportCsv,
  buildReviewReportPdf,
  checkReviewReport,
  reviewReportFileName,
  reviewReportSnapshotSchema,
} from './review-report';
import { DocumentRefusedError, type DocumentCheck } from './missing';

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentFormat = 'pdf' | 'docx' | 'csv';

/** Every snapshot carries its meta (convention, partner, generation instant). */
export interface SnapshotBase {
  meta: DocumentMeta;
}

export interface DocumentBuilder<S extends SnapshotBase = SnapshotBase> {
  kind: DocumentKind;
  /** French name shown in the history: « Formulaire de changement d’administrateur ». */
  label: string;
  /** Validates a stored snapshot before regeneration (old snapshots keep working). */
  schema: z.ZodType<S>;
  /** Refusals (blocking), fields printed as lines to fill, warnings. */
  check: (snapshot: S) => DocumentCheck;
  fileName: (snapshot: S, format: DocumentFormat) => string;
  /** A pdfmake definition, or one with a long table painted onto reserved pages. */
  pdf?: (snapshot: S) => PdfContent;
  /** Word's library is loaded only for a Word document (a PDF does not wait for it). */
  docx?: (snapshot: S) => Promise<DocxDocument>;
  /** CSV text (use `toExcelCsv` from ./csv). */
  csv?: (snapshot: S) => string;
}

const adminChange: DocumentBuilder<z.infer<typeof adminChangeSnapshotSchema>> = {
  kind: 'changement-administrateur',
  label: 'Formulaire de changement d’administrateur',
  schema: adminChangeSnapshotSchema,
  check: checkAdminChange,
  fileName: (s) => adminChangeFileName(s),
  pdf: buildAdminChangePdf,
};

const deliberationAnnex: DocumentBuilder<z.infer<typeof deliberationAnnexSnapshotSchema>> = {
  kind: 'annexe-deliberation',
  label: 'Annexe à la délibération',
  schema: deliberationAnnexSnapshotSchema,
  check: checkDeliberationAnnex,
  fileName: (s, format) => deliberationAnnexFileName(s, format === 'docx' ? 'docx' : 'pdf'),
  pdf: buildDeliberationAnnexPdf,
  docx: async (s) => {
    const { blocksToDocx } = await import('./docx');
    return blocksToDocx(s.meta, deliberationAnnexBlocks(s), 'Annexe à la délibération');
  },
};

const reviewReport: DocumentBuilder<z.infer<typeof reviewReportSnapshotSchema>> = {
  kind: 'rapport-revue',
  label: 'Rapport de revue annuelle des habilitations',
  schema: reviewReportSnapshotSchema,
  check: checkReviewReport,
  fileName: (s) => reviewReportFileName(s, 'pdf'),
  pdf: buildReviewReportPdf,
};

const reviewCsv: DocumentBuilder<z.infer<typeof reviewReportSnapshotSchema>> = {
  kind: 'csv-revue',
  label: 'Tableau de la revue (CSV)',
  schema: reviewReportSnapshotSchema,
  check: checkReviewReport,
  fileName: (s) => reviewReportFileName(s, 'csv'),
  csv: buildReviewReportCsv,
};

/** Labels of every kind, registered or not (the history shows them all). */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'changement-administrateur': 'Formulaire de changement d’administrateur',
  'annexe-deliberation': 'Annexe à la délibération',
  'rapport-revue': 'Rapport de revue annuelle des habilitations',
  'csv-revue': 'Tableau de la revue (CSV)',
};

/** The registered builders. The review report adds `'rapport-revue'` and `'csv-revue'` here. */
export const DOCUMENT_BUILDERS: Partial<Record<DocumentKind, DocumentBuilder<never>>> = {
  'changement-administrateur': adminChange as unknown as DocumentBuilder<never>,
  'annexe-deliberation': deliberationAnnex as unknown as DocumentBuilder<never>,
  'rapport-revue': reviewReport as unknown as DocumentBuilder<never>,
  'csv-revue': reviewCsv as unknown as DocumentBuilder<never>,
};

export function builderFor(kind: DocumentKind): DocumentBuilder<SnapshotBase> {
  const builder = DOCUMENT_BUILDERS[kind];
  if (!builder) throw new Error(`Aucun modèle de document n’est enregistré pour « ${kind} ».`);
  return builder as unknown as DocumentBuilder<SnapshotBase>;
}

/** Parses a snapshot (fresh or stored) for its kind; throws when it does not fit. */
export function parseSnapshot(kind: DocumentKind, snapshot: unknown): SnapshotBase {
  return builderFor(kind).schema.parse(snapshot);
}

/**
 * The builder's check, plus a warning when the snapshot holds characters the documents' fonts
 * cannot print (PDF documents only: Word and CSV use the reader's fonts).
 */
export function checkDocument(kind: DocumentKind, snapshot: SnapshotBase): DocumentCheck {
  const builder = builderFor(kind);
  const check = builder.check(snapshot);
  const warning = builder.pdf ? fontCoverageWarning(snapshot) : undefined;
  return warning ? { ...check, warnings: [...check.warnings, warning] } : check;
}

/** Throws `DocumentRefusedError` with the French reasons when a blocking field is empty. */
export function assertExportable(kind: DocumentKind, snapshot: SnapshotBase): DocumentCheck {
  const check = checkDocument(kind, snapshot);
  if (check.refusals.length) throw new DocumentRefusedError(check.refusals);
  return check;
}

/** What the worker or a test renders: PDF content (see `renderPdf`), a docx Document, or CSV text. */
export type DocumentSource =
  | { format: 'pdf'; content: PdfContent }
  | { format: 'docx'; document: Promise<DocxDocument> }
  | { format: 'csv'; text: string };

export function buildDocumentSource(
  kind: DocumentKind,
  format: DocumentFormat,
  snapshot: unknown,
): DocumentSource {
  const builder = builderFor(kind);
  const parsed = builder.schema.parse(snapshot);
  if (format === 'pdf' && builder.pdf) return { format, content: builder.pdf(parsed) };
  if (format === 'docx' && builder.docx) return { format, document: builder.docx(parsed) };
  if (format === 'csv' && builder.csv) return { format, text: builder.csv(parsed) };
  throw new Error(`Le document « ${builder.label} » n’existe pas au format ${format}.`);
}
