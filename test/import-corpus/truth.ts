/**
 * The hand-checked truth of one corpus document: what a careful human reads in it, field by
 * field, in the shape of `ConventionExtraction` (shared/import/types.ts).
 *
 * A scalar field is:
 * - absent or `null`: the document does not hold it (any value given is « invented »);
 * - a string: the value;
 * - a list of strings: any of them is right (the document itself disagrees, e.g. two
 *   addresses of the CAF in two copies);
 * - `{ optional: … }`: a value the document implies without stating it where the field
 *   lives (a template's printed place of signature): not counted when absent, right when it
 *   is one of these, wrong otherwise.
 */
import { z } from 'zod';
import { CONTACT_ROLES, SIDES } from '../../shared/domain/schemas/vocabulary';

const one = z.string().min(1);
export const scalarSchema = z
  .union([
    one,
    z.array(one).min(1),
    z.strictObject({ optional: z.union([one, z.array(one).min(1)]) }),
    z.null(),
  ])
  .optional();
export type TruthScalar = z.infer<typeof scalarSchema>;

const escalationSchema = z.strictObject({
  side: z.enum(SIDES),
  name: one,
  function: scalarSchema,
  phone: scalarSchema,
  email: scalarSchema,
});

const contactSchema = z.strictObject({
  side: z.enum(SIDES),
  role: z.enum(CONTACT_ROLES),
  name: scalarSchema,
  email: scalarSchema,
  phones: z.array(one).default([]),
  /** Named in the text but outside the contacts annex (a deliberation designating the
   *  administrators): judged when read, not counted when not. */
  optional: z.boolean().optional(),
});

const bulletinSchema = z.strictObject({
  serviceCode: one,
  serviceLabel: scalarSchema,
  siteLabel: scalarSchema,
  annexNumber: scalarSchema,
  date: scalarSchema,
  /** Profile code → maximum; profiles left empty in the document are not listed. */
  quotas: z.record(z.string(), z.number().int().nonnegative()).default({}),
});

export const truthSchema = z.strictObject({
  /** What this document is and why it is in the corpus (English). */
  about: z.string().optional(),
  caf: z
    .strictObject({
      name: scalarSchema,
      address: scalarSchema,
      directorName: scalarSchema,
      directorTitle: scalarSchema,
    })
    .default({}),
  partner: z
    .strictObject({
      name: scalarSchema,
      kind: scalarSchema,
      address: scalarSchema,
      representativeName: scalarSchema,
      representativeTitle: scalarSchema,
      siret: scalarSchema,
      email: scalarSchema,
      phone: scalarSchema,
    })
    .default({}),
  convention: z
    .strictObject({
      number: scalarSchema,
      signedAt: scalarSchema,
      signedOn: scalarSchema,
      mode: scalarSchema,
      missions: z.array(z.union([one, z.array(one).min(1)])).default([]),
    })
    .default({ missions: [] }),
  deliberation: z
    .strictObject({
      body: scalarSchema,
      date: scalarSchema,
      number: scalarSchema,
      prefectureActId: scalarSchema,
    })
    .default({}),
  serviceContract: z
    .strictObject({
      signedOn: scalarSchema,
      serviceCentreEmail: scalarSchema,
      serviceCentreHours: scalarSchema,
      handlingTime: scalarSchema,
      escalation: z.array(escalationSchema).default([]),
    })
    .default({ escalation: [] }),
  contacts: z.array(contactSchema).default([]),
  bulletins: z.array(bulletinSchema).default([]),
});

export type Truth = z.infer<typeof truthSchema>;
export type TruthContact = Truth['contacts'][number];
export type TruthBulletin = Truth['bulletins'][number];
export type TruthEscalation = Truth['serviceContract']['escalation'][number];

/** Parses a truth file's JSON, with the path in the message when it is malformed. */
export function parseTruth(json: unknown, where: string): Truth {
  const r = truthSchema.safeParse(json);
  if (!r.success)
    throw new Error(`${where}: truth file does not match the schema: ${z.prettifyError(r.error)}`);
  return r.data;
}

/** A deep copy, for transforms that derive a variant's truth from its original's. */
export const cloneTruth = (t: Truth): Truth => structuredClone(t);
