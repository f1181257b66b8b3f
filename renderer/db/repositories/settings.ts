import { storedUserName } from '../../../shared/domain/user-name';
import type { AppDatabase } from '../database';
import { parseOrThrow } from '../validation';

const USER_NAME = 'userName';
const CURRENT_CONVENTION = 'currentConventionId';

/**
 * The user's name, or undefined when none was given — or when the one stored is not
 * valid (an earlier version accepted 100 000 characters): the first-run screen asks again.
 */
export async function getUserName(db: AppDatabase): Promise<string | undefined> {
  return storedUserName((await db.settings.get(USER_NAME))?.value);
}

/**
 * The schemas of the writes below, loaded when a setting is first written: reading the
 * settings at start-up does not load zod. Never called inside a Dexie transaction.
 */
const schemas = () => import('../../../shared/domain/schemas');

/** Refused with a French message (nothing written) when the name is empty, too long or invisible. */
export async function setUserName(db: AppDatabase, name: string): Promise<void> {
  const { settingSchema, userNameSchema } = await schemas();
  const value = parseOrThrow(userNameSchema, name);
  await db.settings.put(parseOrThrow(settingSchema, { key: USER_NAME, value }));
}

export async function getCurrentConventionId(db: AppDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(CURRENT_CONVENTION))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function setCurrentConventionId(db: AppDatabase, id: string): Promise<void> {
  const { settingSchema } = await schemas();
  await db.settings.put(parseOrThrow(settingSchema, { key: CURRENT_CONVENTION, value: id }));
}
