/** The data the yearly review report is built from (stored with the document), and its input. */
import { z } from 'zod';
import type {
  PortalImport,
  ReviewCampaign,
  ReviewItem,
  StoredPortalDifference,
} from '../../domain/schemas';
import { documentMetaSchema, type DocumentMeta } from '../meta';

const text = z.string().optional();

export const reviewReportSnapshotSchema = z.object({
  meta: documentMetaSchema,
  year: z.number().int(),
  partner: z.object({
    name: z.string(),
    siret: text,
    representativeName: text,
    representativeTitle: text,
  }),
  caf: z.object({ name: text }),
  openedOn: z.string(),
  closedOn: text,
  conductedBy: text,
  previousReviewOn: text,
  summary: z.object({
    reviewed: z.number(),
    maintained: z.number(),
    modified: z.number(),
    revoked: z.number(),
    users: z.number(),
    anomalies: z.array(z.object({ label: z.string(), found: z.number(), fixed: z.number() })),
  }),
  bulletins: z.array(
    z.object({
      label: z.string(),
      rows: z.array(
        z.object({
          profileCode: z.string(),
          quota: z.number().nullable(),
          before: z.number(),
          after: z.number(),
        }),
      ),
    }),
  ),
  rows: z.array(
    z.object({
      name: z.string(),
      function: text,
      service: text,
      profile: z.string(),
      grantedOn: z.string(),
      decision: z.string(),
      reason: text,
      decidedBy: text,
      appliedOn: text,
    }),
  ),
  checklist: z.array(z.object({ label: z.string(), answer: text, comment: text })),
  /** « Rapprochement avec la liste du portail »: a review opened from the portal's list. */
  portal: z
    .object({
      fileName: z.string(),
      importedAt: z.string(),
      importedBy: z.string(),
      sha256: z.string(),
      accounts: z.number(),
      activeAccounts: z.number(),
      matched: z.number(),
      /** Items of the review that exist only in the portal. */
      portalOnlyItems: z.number(),
      kinds: z.array(
        z.object({
          label: z.string(),
          article: z.string(),
          found: z.number(),
          resolved: z.number(),
          explained: z.number(),
          open: z.number(),
        }),
      ),
      differences: z.array(
        z.object({
          label: z.string(),
          subject: z.string(),
          outcome: z.string(),
          by: text,
          on: text,
        }),
      ),
    })
    .optional(),
  /** Who signs the attestation, for which partner, where and when (older reports: absent). */
  attestation: z
    .object({
      signatoryName: text,
      signatoryRole: text,
      /** « du CCAS de Lieusaint », « de la commune de … », « pour : … ». */
      partnerPhrase: z.string(),
      place: text,
      date: text,
    })
    .optional(),
});
export type ReviewReportSnapshot = z.infer<typeof reviewReportSnapshotSchema>;

export interface ReviewReportInput {
  meta: DocumentMeta;
  campaign: ReviewCampaign;
  items: readonly ReviewItem[];
  previous?: ReviewCampaign;
  partner: { name: string; siret?: string; representative?: { name?: string; title?: string } };
  caf: { name: string };
  bulletins: readonly { id: string; label: string }[];
  quotas: readonly { bulletinId: string; profileCode: string; max: number }[];
  /** Extra anomalies known at closing (missing suppléant, outdated contacts). */
  contactAnomalies?: { missingSuppleant: boolean; outdatedContacts: boolean };
  attestation?: ReviewReportSnapshot['attestation'];
  /** The portal's list the review was opened from and its differences (stored rows). */
  portal?: {
    list: Pick<
      PortalImport,
      | 'id'
      | 'fileName'
      | 'importedAt'
      | 'importedBy'
      | 'sha256'
      | 'accounts'
      | 'activeAccounts'
      | 'matched'
    >;
    differences: readonly StoredPortalDifference[];
    /** Agent id → « Prénom NOM », for the differences about an agent. */
    agentNames: ReadonlyMap<string, string>;
  };
}
