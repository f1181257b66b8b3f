import { z } from 'zod';
import { calendarDateInParis, formatDateFr } from '../domain/dates';
import { shortHead } from '../domain/journal-integrity';

/**
 * What every document snapshot carries: whose convention it is and when it was generated.
 * The generation instant is stored, so that a document rebuilt from its snapshot shows the
 * original date (and, for PDFs, has the same bytes).
 */
export const documentMetaSchema = z.object({
  conventionId: z.string().min(1),
  partnerId: z.string().min(1),
  partnerName: z.string(),
  conventionNumber: z.string().optional(),
  /** ISO instant of the first generation. */
  generatedAt: z.string().min(1),
  /** Who generated it first (for the PDF's « Author »). */
  generatedBy: z.string().optional(),
  /**
   * The journal's last entry when the document was issued, printed in the footer: a later
   * cut or rewrite of the journal shows against this copy. Absent from older snapshots.
   */
  journalHead: z
    .object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) })
    .optional(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** « Généré le 02/12/2026 · Journal n° 1 234 · 3f2a9c4b1d07… » */
export function generatedLine(meta: Pick<DocumentMeta, 'generatedAt' | 'journalHead'>): string {
  const head = meta.journalHead ? ` · ${shortHead(meta.journalHead)}` : '';
  return `Généré le ${generatedOnFr(meta)}${head}`;
}

/** `dd/mm/yyyy` of the generation, in Paris. */
export function generatedOnFr(meta: Pick<DocumentMeta, 'generatedAt'>): string {
  return formatDateFr(calendarDateInParis(meta.generatedAt));
}
