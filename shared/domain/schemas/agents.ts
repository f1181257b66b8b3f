/** The agents and their habilitations, granted or « à régulariser ». */
import { z } from 'zod';
import { id, isoDate, isoDateTime, LINES, optEmail, optText, reqText } from './primitives';
import { PORTAL_ROLES } from './vocabulary';

/**
 * A habilitation the register could not grant (profile not in the bulletin, quota reached, T1
 * for an agent not marked qualified…), kept on the agent « à régulariser »: it is granted
 * once the rules allow it, or dismissed. Added in schema version 2.
 */
export const pendingHabilitationSchema = z.strictObject({
  id,
  bulletinId: id,
  profileCode: reqText(20),
  requestedOn: isoDate,
  /** The rule's French message when it was refused, and its article. */
  reason: reqText(1000),
  article: optText(60),
  /** The rule's code (`quota-none`, `quota-full`, `habilitation-unqualified`…). */
  code: optText(60),
  /** The habilitation already exists in « Mon Compte Partenaire » (listed at onboarding). */
  inPortal: z.boolean().optional(),
  /** Where it comes from, e.g. « import de liste, ligne 12 ». */
  source: optText(300),
});
export type PendingHabilitation = z.infer<typeof pendingHabilitationSchema>;

export const agentSchema = z.strictObject({
  id,
  organisationId: id,
  lastName: reqText(100),
  firstName: optText(100),
  function: optText(200),
  service: optText(200),
  email: optEmail,
  phoneFixed: optText(40),
  phoneMobile: optText(40),
  qualifiedSocialWorker: z.boolean(),
  arrivedOn: isoDate.optional(),
  departedOn: isoDate.optional(),
  portalLogin: optText(100),
  portalRole: z.enum(PORTAL_ROLES).optional(),
  /** Set when the personal data was erased (6 years after the last de-validation). */
  purgedAt: isoDateTime.optional(),
  /** Habilitations asked for but refused by the rules, « à régulariser » (schema v2). */
  pendingHabilitations: z.array(pendingHabilitationSchema).max(50).optional(),
});
export type Agent = z.infer<typeof agentSchema>;

export const habilitationSchema = z.strictObject({
  id,
  agentId: id,
  bulletinId: id,
  profileCode: reqText(20),
  grantedOn: isoDate,
  grantedBy: optText(200),
  justification: optText(1000, LINES),
  /** The date it was really created in « Mon Compte Partenaire ». */
  appliedInPortalOn: isoDate.optional(),
  revokedOn: isoDate.optional(),
  revocationReason: optText(1000, LINES),
  revocationAppliedInPortalOn: isoDate.optional(),
  purgedAt: isoDateTime.optional(),
});
export type Habilitation = z.infer<typeof habilitationSchema>;
