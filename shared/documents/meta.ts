import { z } from 'zod';
import { calendarDateInParis, formatDateFr } from '../domain/dates';

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
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** `dd/mm/yyyy` of the generation, in Paris. */
export function generatedOnFr(meta: Pick<DocumentMeta, 'generatedAt'>): string {
  return formatDateFr(calendarDateInParis(meta.generatedAt));
}
