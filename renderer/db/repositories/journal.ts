import {
  verifyChain,
  type ChainVerification,
  type JournalHeadRecord,
} from '../../../shared/domain/journal-chain';
import type { AppDatabase } from '../database';
import { JOURNAL_HEAD_KEY } from '../register-writer';

export async function readJournalHead(db: AppDatabase): Promise<JournalHeadRecord | null> {
  const value = (await db.meta.get(JOURNAL_HEAD_KEY))?.value as JournalHeadRecord | undefined;
  return value ?? null;
}

/** « journal intègre », or the first entry that does not verify. */
export async function verifyJournal(db: AppDatabase): Promise<ChainVerification> {
  return db.transaction('r', [db.journal, db.meta], async () => {
    const [entries, head] = await Promise.all([db.journal.orderBy('seq').toArray(), readJournalHead(db)]);
    return verifyChain(entries, head);
  });
}
