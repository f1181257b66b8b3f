/**
 * The life of the contract: the documents issued, service requests and security incidents, the
 * bilans annuels, subcontractor notices and security information sessions.
 */
import { z } from 'zod';
import { id, isoDate, isoDateTime, jsonValue, LINES, optText, reqText } from './primitives';
import { SIDES } from './vocabulary';

export const DOCUMENT_KINDS = [
  'changement-administrateur',
  'annexe-deliberation',
  'rapport-revue',
  'csv-revue',
] as const;

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
