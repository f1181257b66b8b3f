/** The yearly review: its campaigns and their items, from the register or the portal's list. */
import { z } from 'zod';
import { DIFFERENCE_KINDS } from '../portal/differences';
import { accountSummarySchema, DIFFERENCE_STATUSES } from './portal';
import { id, isoDate, isoDateTime, LINES, optText, reqText } from './primitives';

export const CHECKLIST_ANSWERS = ['oui', 'non', 'sans-objet'] as const;
export const REVIEW_DECISIONS = ['maintenir', 'modifier', 'supprimer'] as const;

export const reviewCampaignSchema = z.strictObject({
  id,
  conventionId: id,
  year: z.number().int().min(2000).max(2100),
  status: z.enum(['open', 'closed']),
  openedAt: isoDateTime,
  openedBy: reqText(200),
  closedAt: isoDateTime.optional(),
  closedBy: optText(200),
  checklist: z.array(
    z.strictObject({
      key: reqText(60),
      answer: z.enum(CHECKLIST_ANSWERS).optional(),
      comment: optText(1000, LINES),
    }),
  ),
  /** Opened from the portal's list (a reverse review): the imported list it started from. */
  portalImportId: id.optional(),
});
export type ReviewCampaign = z.infer<typeof reviewCampaignSchema>;

/** A review item of a review opened from the portal's list: where the access exists, and its differences. */
export const reviewItemPortalSchema = z.strictObject({
  importId: id,
  /** The access exists in the portal's list (false: a habilitation absent from the portal). */
  inPortal: z.boolean(),
  /** The access is an active habilitation of the register (false: an account or profile only in the portal). */
  inRegister: z.boolean(),
  /** The differences found for it, with their state when the review opened. */
  differences: z
    .array(
      z.strictObject({ id, kind: z.enum(DIFFERENCE_KINDS), status: z.enum(DIFFERENCE_STATUSES) }),
    )
    .max(30),
  /** For an access only in the portal: the account, as the portal lists it. */
  account: accountSummarySchema.optional(),
});
export type ReviewItemPortal = z.infer<typeof reviewItemPortalSchema>;

export const reviewItemSchema = z
  .strictObject({
    id,
    campaignId: id,
    /** Absent only for an access that exists in the portal but not in the register (`portal.account`). */
    habilitationId: id.optional(),
    /** What the habilitation looked like when the campaign opened (the report prints this). */
    snapshot: z.strictObject({
      /** Absent for an account the register does not know. */
      agentId: id.optional(),
      agentName: reqText(300),
      agentFunction: optText(200),
      agentService: optText(200),
      bulletinId: id,
      bulletinLabel: reqText(300),
      profileCode: reqText(20),
      grantedOn: isoDate,
    }),
    answers: z.strictObject({
      stillInOrganisation: z.boolean().optional(),
      sameFunction: z.boolean().optional(),
      profileStillNeeded: z.boolean().optional(),
      personalAccount: z.boolean().optional(),
    }),
    decision: z.enum(REVIEW_DECISIONS).optional(),
    newProfileCode: optText(20),
    reason: optText(1000, LINES),
    decidedBy: optText(200),
    decidedAt: isoDateTime.optional(),
    /** The day the decision was really applied in « Mon Compte Partenaire ». */
    appliedInPortalOn: isoDate.optional(),
    /** For a « modifier » applied at closing: the habilitation created with the new profile. */
    newHabilitationId: id.optional(),
    addedAfterOpening: z.boolean(),
    portal: reviewItemPortalSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (!item.habilitationId && !item.portal?.account) {
      ctx.addIssue({
        code: 'custom',
        path: ['habilitationId'],
        message:
          'Une ligne de revue porte sur une habilitation du registre ou sur un compte du portail.',
      });
    }
    if (item.habilitationId && !item.snapshot.agentId) {
      ctx.addIssue({
        code: 'custom',
        path: ['snapshot', 'agentId'],
        message: 'La ligne de revue d’une habilitation nomme son agent.',
      });
    }
  });
export type ReviewItem = z.infer<typeof reviewItemSchema>;
