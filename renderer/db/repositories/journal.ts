import {
  verifyChain,
  type ChainVerification,
  type JournalHeadRecord,
} from '../../../shared/domain/journal-chain';
import type { JournalEntry } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { JOURNAL_HEAD_KEY } from '../register-writer';

export async function readJournalHead(db: AppDatabase): Promise<JournalHeadRecord | null> {
  const value = (await db.meta.get(JOURNAL_HEAD_KEY))?.value as JournalHeadRecord | undefined;
  return value ?? null;
}

/** « journal intègre », or the first entry that does not verify. */
export async function verifyJournal(db: AppDatabase): Promise<ChainVerification> {
  return db.transaction('r', [db.journal, db.meta], async () => {
    const [entries, head] = await Promise.all([
      db.journal.orderBy('seq').toArray(),
      readJournalHead(db),
    ]);
    return verifyChain(entries, head);
  });
}

export interface JournalQuery {
  entity?: string;
  actor?: string;
  /** Inclusive `YYYY-MM-DD` bounds on the entry's instant (UTC date). */
  from?: string;
  to?: string;
  text?: string;
  limit: number;
}

/** The newest entries matching the filters, newest first, at most `limit`. */
export async function queryJournal(db: AppDatabase, q: JournalQuery): Promise<JournalEntry[]> {
  const text = q.text?.trim().toLocaleLowerCase('fr');
  const collection = db.journal.orderBy('seq').reverse();
  return collection
    .filter(
      (e) =>
        (!q.entity || e.entity === q.entity) &&
        (!q.actor || e.actor === q.actor) &&
        (!q.from || e.at.slice(0, 10) >= q.from) &&
        (!q.to || e.at.slice(0, 10) <= q.to) &&
        (!text ||
          `${e.summary ?? ''} ${e.entityId} ${e.actor}`.toLocaleLowerCase('fr').includes(text)),
    )
    .limit(q.limit)
    .toArray();
}

export async function journalActors(db: AppDatabase): Promise<string[]> {
  const actors = new Set<string>();
  await db.journal.each((e) => actors.add(e.actor));
  return [...actors].sort((a, b) => a.localeCompare(b, 'fr'));
}

export async function allJournalEntries(db: AppDatabase): Promise<JournalEntry[]> {
  return db.journal.orderBy('seq').toArray();
}
