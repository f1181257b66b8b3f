/**
 * Keeps the desktop app's keyed seal (electron/main/services/journal-seal.ts) on the
 * journal's head: after every committed change of the journal, the new head is sealed — but
 * only when the journal still holds the entry sealed last, unchanged. A journal cut or
 * rewritten outside the application is never sealed over: the seal stays as evidence until
 * the user restores a backup (`rewind`).
 */
import Dexie from 'dexie';
import type { JournalHeadRecord } from '../../shared/domain/journal-chain';
import { GENESIS_HASH } from '../../shared/domain/journal-chain';
import type { JournalSealResult } from '../../shared/ipc/contract';
import type { JournalSealer } from '../platform';
import type { AppDatabase } from './database';
import { JOURNAL_HEAD_KEY } from './register-writer';

async function currentHead(db: AppDatabase): Promise<JournalHeadRecord> {
  const head = (await db.meta.get(JOURNAL_HEAD_KEY))?.value as JournalHeadRecord | undefined;
  return head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Seals the current head if it extends the sealed one. `rewind` (after a restore or « Tout
 * effacer », which replace the journal on the user's request) seals it whatever came before.
 */
export async function sealJournalHead(
  db: AppDatabase,
  sealer: JournalSealer,
  rewind = false,
): Promise<JournalSealResult | undefined> {
  const head = await currentHead(db);
  if (!rewind) {
    const state = await sealer.read();
    if (state.status === 'unavailable' || state.status === 'invalid') return undefined;
    if (state.status === 'sealed' && state.seq > 0) {
      if (head.seq <= state.seq && !(head.seq === state.seq && head.hash === state.hash))
        return undefined;
      const sealedEntry = await db.journal.get(state.seq);
      if (!sealedEntry || sealedEntry.hash !== state.hash) return undefined;
      if (head.seq === state.seq) return undefined;
    }
  }
  return sealer.seal(head, rewind);
}

/**
 * Seals after each change of the journal (in this window or another), a moment later so that
 * a burst of writes gives one seal. Returns the function that stops it.
 */
export function startJournalSealing(
  db: AppDatabase,
  sealer: JournalSealer,
  delayMs = 300,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(() => sealJournalHead(db, sealer)).catch(() => undefined);
    }, delayMs);
  };
  const prefix = `idb://${db.name}/journal/`;
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.startsWith(prefix))) schedule();
  };
  Dexie.on('storagemutated', listener);
  schedule(); // at start: seal what the last session wrote, if it extends the seal
  return () => {
    if (timer) clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
