import { useLiveQuery } from 'dexie-react-hooks';
import { useContext, useMemo } from 'react';
import { calendarDateInParis } from '../../../shared/domain/dates';
import { useDb } from '../services';
import { useUserName } from '../use-user-name';
import {
  loadCurrentRegister,
  type RegisterSnapshot,
} from '../../db/repositories/register-snapshot';
import type { Actor } from '../../db/register-writer';
import { markOnce } from '../perf';
import {
  NO_PROVIDER,
  RegisterContext,
  RosterPreviewContext,
  type RosterFirstScreen,
} from './register-context';

let registerLoaded: () => void = () => undefined;
/**
 * Resolves when a screen has read the register for the first time: start-up work that reads
 * the whole database (checks, the start-up backup) waits for it instead of competing with it.
 */
export const firstRegisterLoad = new Promise<void>((resolve) => {
  registerLoaded = resolve;
});

/**
 * The last « today » and the UTC hour it holds for. Paris is a whole number of hours from UTC
 * (+1, +2 in summer; the clocks change on the hour too), so its date changes only as a UTC
 * hour begins: within one, the date read is the same. Screens ask on each render (each
 * keystroke of the roster's search), and reading it costs an Intl formatting.
 */
let today: { hour: number; date: string } | undefined;

/** Today in Paris, as the convention's dates are (dd/mm/yyyy, Europe/Paris). */
export function todayIso(): string {
  const now = Date.now();
  const hour = Math.floor(now / 3_600_000);
  if (today?.hour !== hour) today = { hour, date: calendarDateInParis(new Date(now)) };
  return today.date;
}

/** Who is writing: the name given at first run, recorded in the journal. */
export function useActor(): Actor {
  const name = useUserName() ?? 'Utilisateur inconnu';
  return useMemo(() => ({ name, now: () => new Date() }), [name]);
}

/**
 * The current convention and everything that hangs from it, loaded once by the
 * `RegisterProvider` of the app shell and kept in sync by a live query: screens filter and
 * count in memory. `null` when there is no convention yet, `undefined` while loading.
 * Outside a provider (a screen rendered alone, in tests) the hook runs its own live query.
 */
export function useRegister(): RegisterSnapshot | null | undefined {
  const provided = useContext(RegisterContext);
  const own = useRegisterQuery(provided === NO_PROVIDER);
  return provided === NO_PROVIDER ? own : provided;
}

/** The live query itself; `enabled` false reads nothing. */
export function useRegisterQuery(enabled = true): RegisterSnapshot | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!enabled) return undefined;
    markOnce('register:read-start');
    const register = await loadCurrentRegister(db);
    markOnce('register:read-end');
    registerLoaded();
    return register;
  }, [db, enabled]);
}

/** The roster's first page while the register is read (see `RegisterProvider`), or undefined. */
export function useRosterPreview(): RosterFirstScreen | null | undefined {
  return useContext(RosterPreviewContext);
}
