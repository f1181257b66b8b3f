/**
 * The zod schema every row of each stored table satisfies, under the table's name in the
 * registry (registry.ts): checked when a row is written (renderer/db/register-writer.ts) and
 * when a backup is read (shared/backup/export-format.ts). Kept apart from the registry so
 * that what start-up needs (the Dexie schema, the labels) does not carry zod; the type below
 * and `row-schemas.test.ts` check that both list exactly the same tables.
 */
import { z } from 'zod';
import {
  agentSchema,
  avenantSchema,
  bilanAnnuelSchema,
  bulletinSchema,
  contactSchema,
  conventionSchema,
  habilitationSchema,
  incidentSchema,
  issuedDocumentSchema,
  journalEntrySchema,
  organisationSchema,
  portalDifferenceSchema,
  portalImportSchema,
  profileSchema,
  quotaSchema,
  reviewCampaignSchema,
  reviewItemSchema,
  securitySessionSchema,
  serviceContractSchema,
  settingSchema,
  subcontractorNoticeSchema,
} from '../schemas';
import type { TableName } from './registry';

/** Technical values the app keeps beside the data (schema version, journal head). */
export const metaRecordSchema = z.strictObject({
  key: z.string().min(1).max(60),
  value: z.unknown(),
});
export type MetaRecord = z.infer<typeof metaRecordSchema>;

/** One schema per registry table, no more, no less (an object literal: extra keys are refused). */
export const TABLE_ROW_SCHEMAS = {
  meta: metaRecordSchema,
  settings: settingSchema,
  profiles: profileSchema,
  organisations: organisationSchema,
  conventions: conventionSchema,
  avenants: avenantSchema,
  serviceContracts: serviceContractSchema,
  contacts: contactSchema,
  bulletins: bulletinSchema,
  quotas: quotaSchema,
  agents: agentSchema,
  habilitations: habilitationSchema,
  reviewCampaigns: reviewCampaignSchema,
  reviewItems: reviewItemSchema,
  documents: issuedDocumentSchema,
  incidents: incidentSchema,
  bilans: bilanAnnuelSchema,
  subcontractorNotices: subcontractorNoticeSchema,
  securitySessions: securitySessionSchema,
  portalImports: portalImportSchema,
  portalDifferences: portalDifferenceSchema,
  journal: journalEntrySchema,
} as const satisfies Record<TableName, z.ZodType>;

/** The zod schema of each table, by name. */
export function schemasOf<T extends TableName>(
  names: readonly T[],
): { [K in T]: (typeof TABLE_ROW_SCHEMAS)[K] } {
  return Object.fromEntries(names.map((t) => [t, TABLE_ROW_SCHEMAS[t]])) as {
    [K in T]: (typeof TABLE_ROW_SCHEMAS)[K];
  };
}
