import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { calendarDateInParis } from '../../../shared/domain/dates';
import { useDb } from '../../app/services';
import { useUserName } from '../../app/use-user-name';
import { loadRegister, type RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { getCurrentConventionId } from '../../db/repositories/settings';
import type { Actor } from '../../db/register-writer';

let registerLoaded: () => void = () => undefined;
/**
 * Resolves when a screen has read the register for the first time: start-up work that reads
 * the whole database (checks, the start-up backup) waits for it instead of competing with it.
 */
export const firstRegisterLoad = new Promise<void>((resolve) => {
  registerLoaded = resolve;
});

/** Today in Paris, as the convention's dates are (dd/mm/yyyy, Europe/Paris). */
export function todayIso(): string {
  return calendarDateInParis(new Date());
}

/** Who is writing: the name given at first run, recorded in the journal. */
export function useActor(): Actor {
  const name = useUserName() ?? 'Utilisateur inconnu';
  return useMemo(() => ({ name, now: () => new Date() }), [name]);
}

/**
 * The current convention and everything that hangs from it, loaded once and kept in sync
 * by a live query: screens filter and count in memory. `null` when there is no convention
 * yet, `undefined` while loading.
 */
export function useRegister(): RegisterSnapshot | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const currentId = await getCurrentConventionId(db);
    const id = currentId ?? (await db.conventions.toCollection().first())?.id;
    const register = id ? ((await loadRegister(db, id)) ?? null) : null;
    registerLoaded();
    return register;
  }, [db]);
}
