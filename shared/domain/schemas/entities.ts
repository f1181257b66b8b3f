/**
 * Every persisted entity of the register, as zod schemas. The Dexie tables store exactly
 * these shapes; imports and IPC payloads are parsed with them before they touch the data.
 */
import { z } from 'zod';
import { email, id, isoDate, isoDateTime, jsonValue, optEmail, optText, reqText, userNameSchema } from './primitives';
import { frenchSpacing } from '../text';
import { accountSummarySchema, DIFFERENCE_STATUSES, unusedMonthsSchema } from './portal';
import { DIFFERENCE_KINDS } from '../portal/differences';

const LINES = { multiline: true } as const;

export const PARTNER_KINDS = ['CCAS', 'commune', 'EPCI', 'autre'] as const;
export const MANAGEMENT_MODES = ['délégué', 'centralisé'] as const;
export const PORTAL_ROLES = [
  'Administrateur',
  'Administrateur suppléant',
  "Responsable d'habilitations",
  'Utilisateur',
] as const;
export const SIDES = ['caf', 'partner'] as const;

/** Contact roles of Annexe 1; which side may hold which is in `ROLES_BY_SIDE`. */
export const CONTACT_ROLES = [
  'administrateur',
  'administrateur-suppleant',
  'responsable-mcp',
  'responsable-securite',
  'responsable-informatique',
  'dpo',
  'guichet-unique',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type Side = (typeof SIDES)[number];

export const ROLES_BY_SIDE: Record<Side, readonly ContactRole[]> = {
  caf: [
    'administrateur',
    'responsable-mcp',
    'responsable-securite',
    'responsable-informatique',
    'dpo',
    'guichet-unique',
  ],
  partner: ['administrateur', 'administrateur-suppleant', 'responsable-securite', 'dpo'],
};

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  administrateur: 'Administrateur',
  'administrateur-suppleant': 'Administrateur suppléant',
  'responsable-mcp': 'Responsable « Mon Compte Partenaire »',
  'responsable-securite': 'Responsable Sécurité',
  'responsable-informatique': 'Responsable Informatique',
  dpo: 'Délégué à la protection des données',
  'guichet-unique': 'Guichet unique du Centre de services Caf',
};

const person = z.strictObject({ name: optText(200), title: optText(200) });

export const organisationSchema = z.strictObject({
  id,
  role: z.enum(SIDES),
  name: reqText(300),
  partnerKind: z.enum(PARTNER_KINDS).optional(),
  siret: z
    .string()
    .regex(/^\d{14}$/, frenchSpacing('Le SIRET doit comporter 14 chiffres, sans espace.'))
    .refine((s) => !/^0+$/.test(s), frenchSpacing('Un SIRET ne peut pas être fait que de zéros : saisissez celui de l’avis de situation Sirene.'))
    .optional(),
  address: optText(500),
  representative: person.optional(),
  email: optEmail,
  phone: optText(40),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const deliberationSchema = z.strictObject({
  body: optText(200),
  date: isoDate.optional(),
  number: optText(100),
  prefectureActId: optText(200),
});

export const terminationSchema = z.strictObject({
  letterReceivedOn: isoDate,
  effectiveOn: isoDate,
  initiatedBy: z.enum(SIDES).optional(),
});

export const conventionSchema = z.strictObject({
  id,
  partnerId: id,
  cafId: id,
  label: optText(200),
  number: optText(100),
  signedAt: optText(200),
  signedOn: isoDate.optional(),
  effectiveOn: isoDate.optional(),
  mode: z.enum(MANAGEMENT_MODES),
  missions: z.array(reqText(500)).max(100),
  deliberation: deliberationSchema.optional(),
  termination: terminationSchema.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Convention = z.infer<typeof conventionSchema>;

export const avenantSchema = z.strictObject({
  id,
  conventionId: id,
  date: isoDate,
  object: reqText(1000, LINES),
});
export type Avenant = z.infer<typeof avenantSchema>;

export const escalationContactSchema = z.strictObject({
  side: z.enum(SIDES),
  name: reqText(200),
  function: optText(200),
  phone: optText(40),
  email: optEmail,
});

export const serviceContractSchema = z.strictObject({
  id,
  conventionId: id,
  signedOn: isoDate.optional(),
  serviceCentreEmail: optEmail,
  serviceCentreHours: optText(200),
  handlingTime: optText(200),
  /** In the order they must be called (contrat art. 3.3). */
  escalation: z.array(escalationContactSchema).max(20),
});
export type ServiceContract = z.infer<typeof serviceContractSchema>;

export const contactSchema = z.strictObject({
  id,
  conventionId: id,
  side: z.enum(SIDES),
  role: z.enum(CONTACT_ROLES),
  name: optText(200),
  function: optText(200),
  email: optEmail,
  phones: z.array(z.string().trim().min(1).max(40)).max(5),
  agentId: id.optional(),
  validFrom: isoDate,
  validTo: isoDate.optional(),
});
export type Contact = z.infer<typeof contactSchema>;

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
    .array(z.strictObject({ id, kind: z.enum(DIFFERENCE_KINDS), status: z.enum(DIFFERENCE_STATUSES) }))
    .max(30),
  /** For an access only in the portal: the account, as the portal lists it. */
  account: accountSummarySchema.optional(),
});
export type ReviewItemPortal = z.infer<typeof reviewItemPortalSchema>;

export const reviewItemSchema = z.strictObject({
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
}).superRefine((item, ctx) => {
  if (!item.habilitationId && !item.portal?.account) {
    ctx.addIssue({ code: 'custom', path: ['habilitationId'], message: 'Une ligne de revue porte sur une habilitation du registre ou sur un compte du portail.' });
  }
  if (item.habilitationId && !item.snapshot.agentId) {
    ctx.addIssue({ code: 'custom', path: ['snapshot', 'agentId'], message: 'La ligne de revue d’une habilitation nomme son agent.' });
  }
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const DOCUMENT_KINDS = ['changement-administrateur', 'annexe-deliberation', 'rapport-revue', 'csv-revue'] as const;

export const issuedDocumentSchema = z.strictObject({
  id,
  conventionId: id,
  kind: z.enum(DOCUMENT_KINDS),
  format: z.enum(['pdf', 'csv', 'docx']),
  fileName: reqText(200),
  createdAt: isoDateTime,
  createdBy: reqText(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The data the document was built from, so that it can be rebuilt identically. */
  snapshot: jsonValue,
  sentToCafOn: isoDate.optional(),
});
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

export const incidentSchema = z.strictObject({
  id,
  conventionId: id,
  kind: z.enum(['service-request', 'security']),
  /** Sent on (service request) or occurred on (security incident). */
  date: isoDate,
  service: optText(100),
  object: reqText(500),
  description: optText(4000, LINES),
  status: z.enum(['open', 'answered', 'closed']),
  answeredOn: isoDate.optional(),
  reportedOn: isoDate.optional(),
});
export type Incident = z.infer<typeof incidentSchema>;

export const bilanAnnuelSchema = z.strictObject({
  id,
  conventionId: id,
  meetingOn: isoDate,
  reportWrittenBy: z.enum(SIDES).optional(),
  reportValidatedOn: isoDate.optional(),
});
export type BilanAnnuel = z.infer<typeof bilanAnnuelSchema>;

export const subcontractorNoticeSchema = z.strictObject({
  id,
  conventionId: id,
  provider: reqText(300),
  location: optText(300),
  tasks: optText(1000, LINES),
  notifiedOn: isoDate,
  startOn: isoDate,
});
export type SubcontractorNotice = z.infer<typeof subcontractorNoticeSchema>;

export const securitySessionSchema = z.strictObject({
  id,
  conventionId: id,
  date: isoDate,
  attendeeAgentIds: z.array(id),
  notes: optText(2000, LINES),
});
export type SecuritySession = z.infer<typeof securitySessionSchema>;

export const JOURNAL_ACTIONS = ['create', 'update', 'delete', 'purge', 'import'] as const;

/** What the writer puts in `actor` today (the user name is capped well below it). */
export const JOURNAL_ACTOR_MAX = 200;
/**
 * Stored entries are hash-chained and never rewritten: an entry an earlier version wrote with
 * a very long user name must still restore, or that register's every backup would be refused.
 * The writer applies `JOURNAL_ACTOR_MAX` to new entries.
 */
const STORED_ACTOR_MAX = 100_000;

export const journalEntrySchema = z.strictObject({
  seq: z.number().int().positive(),
  at: isoDateTime,
  actor: reqText(STORED_ACTOR_MAX),
  action: z.enum(JOURNAL_ACTIONS),
  entity: reqText(60),
  entityId: reqText(64),
  summary: optText(500),
  /** Before → after. Erased by a purge; `payloadDigest` keeps the chain verifiable. */
  payload: z.strictObject({ before: jsonValue, after: jsonValue }).nullable(),
  payloadDigest: z.string().regex(/^[0-9a-f]{64}$/),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** Settings the app knows, each with its own schema; any other key holds a JSON value. */
export const KNOWN_SETTINGS = {
  userName: userNameSchema,
  currentConventionId: id,
  portalUnusedMonths: unusedMonthsSchema,
} as const satisfies Record<string, z.ZodType>;

export const settingSchema = z
  .strictObject({ key: reqText(60), value: jsonValue })
  .superRefine((row, ctx) => {
    const known = (KNOWN_SETTINGS as Record<string, z.ZodType>)[row.key];
    if (!known) return;
    const result = known.safeParse(row.value);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: ['value'], message: issue.message });
    }
  });
export type Setting = z.infer<typeof settingSchema>;

export { email };
