import type { AppDatabase } from '../database';

const USER_NAME = 'userName';
const CURRENT_CONVENTION = 'currentConventionId';

export async function getUserName(db: AppDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(USER_NAME))?.value;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export async function setUserName(db: AppDatabase, name: string): Promise<void> {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new Error('Indiquez votre nom.');
  await db.settings.put({ key: USER_NAME, value: trimmed });
}

export async function getCurrentConventionId(db: AppDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(CURRENT_CONVENTION))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function setCurrentConventionId(db: AppDatabase, id: string): Promise<void> {
  await db.settings.put({ key: CURRENT_CONVENTION, value: id });
}
