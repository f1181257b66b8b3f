/** The convention and its parties, avenants, contrat de services and contacts annex, as zod schemas. */
import { z } from 'zod';
import { frenchSpacing } from '../text';
import { id, isoDate, isoDateTime, LINES, optEmail, optText, reqText } from './primitives';
import { CONTACT_ROLES, MANAGEMENT_MODES, PARTNER_KINDS, SIDES } from './vocabulary';

const person = z.strictObject({ name: optText(200), title: optText(200) });

export const organisationSchema = z.strictObject({
  id,
  role: z.enum(SIDES),
  name: reqText(300),
  partnerKind: z.enum(PARTNER_KINDS).optional(),
  siret: z
    .string()
    .regex(/^\d{14}$/, frenchSpacing('Le SIRET doit comporter 14 chiffres, sans espace.'))
    .refine(
      (s) => !/^0+$/.test(s),
      frenchSpacing(
        'Un SIRET ne peut pas être fait que de zéros : saisissez celui de l’avis de situation Sirene.',
      ),
    )
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
