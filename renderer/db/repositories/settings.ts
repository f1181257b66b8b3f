import { settingSchema, userNameSchema } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { parseOrThrow } from '../validation';

const USER_NAME = 'userName';
const CURRENT_CONVENTION = 'currentConventionId';

/**
 * The user's name, or undefined when none was given — or when the one stored is not
 * valid (an earlier version accepted 100 000 characters): the first-run screen asks again.
 */
export async function getUserName(db: AppDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(USER_NAME))?.value;
  const parsed = userNameSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Refused with a French message (nothing written) when the name is empty, too long or invisible. */
export async function setUserName(db: AppDatabase, name: string): Promise<void> {
  const value = parseOrThrow(userNameSchema, name);
  await db.settings.put(parseOrThrow(settingSchema, { key: USER_NAME, value }));
}

export async function getCurrentConventionId(db: AppDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(CURRENT_CONVENTION))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function setCurrentConventionId(db: AppDatabase, id: string): Promise<void> {
  await db.settings.put(parseOrThrow(settingSchema, { key: CURRENT_CONVENTION, value: id }));
}
