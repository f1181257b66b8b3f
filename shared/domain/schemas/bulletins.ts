/** The bulletins d'adhésion, their quotas per profile, and the catalogue of CDAP profiles. */
import { z } from 'zod';
import { id, isoDate, LINES, optText, reqText } from './primitives';

export const bulletinSchema = z.strictObject({
  id,
  conventionId: id,
  serviceCode: reqText(40),
  serviceLabel: optText(300),
  siteLabel: optText(200),
  annexNumber: optText(20),
  date: isoDate.optional(),
});
export type Bulletin = z.infer<typeof bulletinSchema>;

export const quotaSchema = z.strictObject({
  id,
  bulletinId: id,
  profileCode: reqText(20),
  max: z.number().int().min(0).max(100000),
});
export type Quota = z.infer<typeof quotaSchema>;

export const profileSchema = z.strictObject({
  code: reqText(20),
  label: reqText(300),
  description: optText(2000, LINES),
  requiresQualifiedSocialWorker: z.boolean(),
  /** Added or renamed by the user, not from the shipped catalogue. */
  custom: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;
