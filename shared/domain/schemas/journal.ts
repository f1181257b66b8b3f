/** The journal: every change, hash-chained. */
import { z } from 'zod';
import { isoDateTime, jsonValue, optText, reqText } from './primitives';

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
