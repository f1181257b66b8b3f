/**
 * Drafts of documents being prepared (the administrator-change form): kept in the
 * `settings` table — which every backup and restore carries — under one key per convention
 * and kind, until the document is exported or the user abandons it. No schema change: a
 * draft is a plain value, validated with zod when read back (an unreadable draft is ignored).
 */
import { z } from 'zod';
import type { AppDatabase } from '../database';

const draftKey = (kind: string, conventionId: string) => `brouillon:${kind}:${conventionId}`;

export interface StoredDraft<T> {
  savedAt: string;
  step: number;
  values: T;
}

export async function loadDraft<T>(
  db: AppDatabase,
  kind: string,
  conventionId: string,
  schema: z.ZodType<T>,
): Promise<StoredDraft<T> | undefined> {
  const row = await db.settings.get(draftKey(kind, conventionId));
  const parsed = z
    .object({ savedAt: z.string().max(40), step: z.number().int().min(0).max(10), values: schema })
    .safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function saveDraft<T>(
  db: AppDatabase,
  kind: string,
  conventionId: string,
  draft: StoredDraft<T>,
): Promise<void> {
  await db.settings.put({ key: draftKey(kind, conventionId), value: draft });
}

export async function deleteDraft(
  db: AppDatabase,
  kind: string,
  conventionId: string,
): Promise<void> {
  await db.settings.delete(draftKey(kind, conventionId));
}
