/**
 * The stored side of the portal reconciliation (schema v3): the history of imported portal
 * lists (no copy of the file: its name, digest and counts) and the differences kept until
 * they are resolved or explained.
 */
import { z } from 'zod';
import { DIFFERENCE_KINDS, PORTAL_ACTIONS } from '../portal/differences';
import { id, isoDate, isoDateTime, optText, reqText } from './primitives';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const UNUSED_MONTHS_MIN = 1;
export const UNUSED_MONTHS_MAX = 60;

/**
 * Paramètres: how many months without a login make a portal account « inutilisé » (the
 * reconciliation suggests revoking it). A whole number of months, 1 to 60.
 */
export const unusedMonthsSchema = z
  .number({ error: 'Indiquez un nombre de mois (par exemple 6).' })
  .int('Indiquez un nombre entier de mois.')
  .min(UNUSED_MONTHS_MIN, `Indiquez au moins ${UNUSED_MONTHS_MIN} mois.`)
  .max(UNUSED_MONTHS_MAX, `Indiquez au plus ${UNUSED_MONTHS_MAX} mois (5 ans).`);
const count = z.number().int().min(0);

export const portalImportSchema = z.strictObject({
  id,
  conventionId: id,
  importedAt: isoDateTime,
  importedBy: reqText(200),
  fileName: reqText(300),
  /** SHA-256 of the file's bytes, so that the report can say which list was compared. */
  sha256: hex64,
  bytes: count,
  rows: count,
  accounts: count,
  activeAccounts: count,
  matched: count,
  /** Lines of the file that could not be read entirely. */
  problems: count,
  /** Differences found, by kind. */
  counts: z.record(z.string().max(40), count),
});
export type PortalImport = z.infer<typeof portalImportSchema>;

export const accountSummarySchema = z.strictObject({
  key: reqText(300),
  login: optText(200),
  email: optText(254),
  lastName: optText(200),
  firstName: optText(200),
  fullName: optText(300),
  status: z.enum(['actif', 'suspendu', 'désactivé']),
  profiles: z.array(reqText(20)).max(50),
  serviceCodes: z.array(reqText(40)).max(20),
  lastLoginOn: isoDate.optional(),
  createdOn: isoDate.optional(),
});

export const DIFFERENCE_STATUSES = ['open', 'resolved', 'explained'] as const;

export const portalDifferenceSchema = z.strictObject({
  id,
  conventionId: id,
  /** Stable from one list to the next (`unknown-account|login:jdupont`). */
  key: reqText(400),
  kind: z.enum(DIFFERENCE_KINDS),
  severity: z.enum(['alerte', 'attention']),
  article: optText(60),
  message: reqText(2000),
  actions: z.array(z.enum(PORTAL_ACTIONS)).max(10),
  status: z.enum(DIFFERENCE_STATUSES),
  firstImportId: id,
  lastImportId: id,
  agentId: id.optional(),
  candidateAgentIds: z.array(id).max(50).optional(),
  habilitationId: id.optional(),
  profileCode: optText(20),
  serviceCode: optText(40),
  registerProfileCode: optText(20),
  bulletinId: id.optional(),
  account: accountSummarySchema.optional(),
  resolution: z
    .strictObject({
      /** Absent when the difference went away by itself (no longer in a later list). */
      action: z.enum(PORTAL_ACTIONS).optional(),
      at: isoDateTime,
      by: reqText(200),
      note: optText(1000),
      /** The agent chosen (match confirmed) or created (agent registered). */
      agentId: id.optional(),
    })
    .optional(),
});
export type StoredPortalDifference = z.infer<typeof portalDifferenceSchema>;
