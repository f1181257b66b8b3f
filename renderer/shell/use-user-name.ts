import { useLiveQuery } from 'dexie-react-hooks';
import { getUserName } from '../db/repositories/settings';
import { useDb } from './services';

/** The user's name, `undefined` while it loads, `null` when it was never given. */
export function useUserName(): string | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getUserName(db)) ?? null, [db]);
}
