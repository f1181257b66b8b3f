import {
  CATALOGUE_PROFILES,
  checkNewProfile,
  compareProfileCodes,
  normaliseProfileCode,
} from '../../../shared/domain/profiles';
import type { Profile } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { writeRegister, type Actor, type RegisterWriter } from '../register-writer';
import { ValidationError } from '../validation';

export interface NewProfileFields {
  code: string;
  label: string;
  description?: string | undefined;
  requiresQualifiedSocialWorker?: boolean | undefined;
}

export { normaliseProfileCode };

/** Was this code shipped with the catalogue (as opposed to added by the user)? */
export function isCatalogueCode(code: string): boolean {
  const normal = normaliseProfileCode(code);
  return CATALOGUE_PROFILES.some((p) => p.code === normal);
}

/** The catalogue's original label of a code, when it has one. */
export function catalogueLabel(code: string): string | undefined {
  const normal = normaliseProfileCode(code);
  return CATALOGUE_PROFILES.find((p) => p.code === normal)?.label;
}

/** Every profile of the catalogue (shipped and added), sorted T1, T2 … T13. */
export async function listProfiles(db: AppDatabase): Promise<Profile[]> {
  const rows = await db.profiles.toArray();
  return rows.sort((a, b) => compareProfileCodes(a.code, b.code));
}

/**
 * Adds a profile inside an open register transaction (over `profiles`): refused when the code
 * is empty or already in the catalogue.
 */
export function putNewProfile(
  db: AppDatabase,
  w: RegisterWriter,
  fields: NewProfileFields,
): Promise<Profile> {
  const code = normaliseProfileCode(fields.code);
  const label = fields.label.trim();
  // The duplicate check runs below, on the table itself, to name the existing profile.
  const { code: codeProblem, label: labelProblem } = checkNewProfile({ code, label }, []);
  const problems = [codeProblem, labelProblem].filter((p): p is string => Boolean(p));
  if (problems.length) return Promise.reject(new ValidationError(problems));
  return db.profiles.get(code).then((existing) => {
    if (existing) {
      throw new ValidationError([
        `Le profil ${code} existe déjà dans le catalogue (« ${existing.label} »).`,
      ]);
    }
    const description = fields.description?.trim();
    return w.put(
      'profiles',
      {
        code,
        label,
        ...(description ? { description } : {}),
        requiresQualifiedSocialWorker: fields.requiresQualifiedSocialWorker ?? false,
        custom: true,
      },
      `Profil ${code} ajouté`,
    );
  });
}

/** Adds a profile the shipped catalogue lacks; it is marked as added by the user. */
export function addProfile(
  db: AppDatabase,
  actor: Actor,
  fields: NewProfileFields,
): Promise<Profile> {
  return writeRegister(db, actor, ['profiles'], (w) => putNewProfile(db, w, fields));
}

/** Changes a profile's label; the code is its key and never changes. */
export function renameProfile(
  db: AppDatabase,
  actor: Actor,
  code: string,
  label: string,
): Promise<Profile> {
  const trimmed = label.trim();
  if (!trimmed) return Promise.reject(new ValidationError(['Indiquez le libellé du profil.']));
  return writeRegister(db, actor, ['profiles'], async (w) => {
    const existing = await db.profiles.get(normaliseProfileCode(code));
    if (!existing)
      throw new ValidationError([`Le profil ${code} n’existe plus dans le catalogue.`]);
    if (existing.label === trimmed) return existing;
    return w.put(
      'profiles',
      { ...existing, label: trimmed, custom: true },
      `Profil ${existing.code} renommé « ${trimmed} »`,
    );
  });
}
