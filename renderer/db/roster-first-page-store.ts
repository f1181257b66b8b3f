/**
 * Where the roster's first-page projection is kept (shared/domain/roster-first-page.ts): in
 * `localStorage`, read synchronously at start-up — a large IndexedDB database takes a second
 * or more to open on a cold start, `localStorage` a millisecond. It is a copy of what the
 * register says, never the register: it is dropped as soon as the register changes (see
 * `RegisterProvider`), checked against the register's journal head once the database is open
 * (`isFirstPageCurrent`), and the whole register replaces it on screen a moment later.
 */
import {
  isRosterFirstPage,
  sameStamp,
  type RosterFirstPage,
} from '../../shared/domain/roster-first-page-stamp';
import type { IsoDate } from '../../shared/domain/dates';
import type { AppDatabase } from './database';

/** The journal head record the register writer keeps in `meta` (register-writer.ts). */
export const JOURNAL_HEAD_META_KEY = 'journalHead';
/** The setting naming the convention this workstation opens (settings.ts). */
export const CURRENT_CONVENTION_KEY = 'currentConventionId';

const storageKey = (dbName: string) => `${dbName}:premiere-page-agents`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The projection kept for database `dbName` if it was built today by this schema version;
 * whether the register is still in that state is checked once it is open.
 */
export function readStoredFirstPage(
  dbName: string,
  today: IsoDate,
  schemaVersion: number,
): RosterFirstPage | null {
  try {
    const text = storage()?.getItem(storageKey(dbName));
    if (!text) return null;
    const page: unknown = JSON.parse(text);
    if (!isRosterFirstPage(page)) return null;
    return page.stamp.today === today && page.stamp.schemaVersion === schemaVersion ? page : null;
  } catch {
    return null;
  }
}

export function storeFirstPage(dbName: string, page: RosterFirstPage): void {
  try {
    storage()?.setItem(storageKey(dbName), JSON.stringify(page));
  } catch {
    // Full or unavailable storage: the first page is read the slow way.
  }
}

export function forgetStoredFirstPage(dbName: string): void {
  try {
    storage()?.removeItem(storageKey(dbName));
  } catch {
    // Nothing kept.
  }
}

/** The stamp of the register's current state, read in one transaction (today and schema given). */
export async function currentFirstPageStamp(
  db: AppDatabase,
): Promise<{ head: { seq: number; hash: string } | null; currentConventionId: string | null }> {
  return db.transaction('r', [db.meta, db.settings], async () => {
    const [head, current] = await Promise.all([
      db.meta.get(JOURNAL_HEAD_META_KEY),
      db.settings.get(CURRENT_CONVENTION_KEY),
    ]);
    const value = head?.value as { seq?: unknown; hash?: unknown } | undefined;
    return {
      head:
        typeof value?.seq === 'number' && typeof value.hash === 'string'
          ? { seq: value.seq, hash: value.hash }
          : null,
      currentConventionId: typeof current?.value === 'string' ? current.value : null,
    };
  });
}

/** Whether `page` was built from the register exactly as it is now. */
export async function isFirstPageCurrent(db: AppDatabase, page: RosterFirstPage): Promise<boolean> {
  const now = await currentFirstPageStamp(db);
  return (
    now.head !== null &&
    sameStamp(page.stamp, {
      head: now.head,
      currentConventionId: now.currentConventionId,
      today: page.stamp.today,
      schemaVersion: page.stamp.schemaVersion,
    })
  );
}
