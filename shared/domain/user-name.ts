import { cleanLine, isInvisibleOnly } from './schemas/clean-text';

/**
 * The name of the person using this workstation, written in the journal with every change.
 * Its rule is `userNameSchema` (schemas/primitives.ts), built from the pieces below; this file
 * has no zod, so that start-up (which reads the stored name) does not load it.
 */
export const USER_NAME_MAX = 100;

/** Controls and bidi marks removed, spaces collapsed, trimmed. */
export function normaliseUserName(name: string): string {
  return cleanLine(name).replace(/\s+/g, ' ').trim();
}

/**
 * The stored name as `userNameSchema` reads it, or undefined when the schema would refuse it
 * (an earlier version accepted 100 000 characters): `user-name.test.ts` checks both agree.
 */
export function storedUserName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = normaliseUserName(value);
  if (name.length < 1 || name.length > USER_NAME_MAX || isInvisibleOnly(name)) return undefined;
  return name;
}
