import catalogue from './data/cdap-profiles.json';
import type { Profile } from './schemas';

/**
 * The shape of the shipped catalogue file. Checked by `profiles.test.ts` (zod) rather than
 * at every start: it is a file of the app, and zod is kept out of the start-up bundle.
 */
export interface CatalogueFile {
  service: { code: string; label: string };
  profiles: {
    code: string;
    label: string;
    for?: string;
    requiresQualifiedSocialWorker?: boolean;
  }[];
}

const parsed: CatalogueFile = catalogue;

export const DEFAULT_SERVICE = parsed.service;

/** The shipped CDAP catalogue, as the profile rows seeded into a new database. */
export const CATALOGUE_PROFILES: readonly Profile[] = parsed.profiles.map((p) => ({
  code: p.code,
  label: p.label,
  description: p.for,
  requiresQualifiedSocialWorker: p.requiresQualifiedSocialWorker ?? false,
  custom: false,
}));

/** Profile codes sort as T1, T2 … T10, not as strings. */
export function compareProfileCodes(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' });
}

/** Profile codes are kept without spaces and in capitals (`t 13 ` → `T13`). */
export function normaliseProfileCode(code: string): string {
  return code.trim().replace(/\s+/g, '').toUpperCase();
}

export interface NewProfileProblems {
  code?: string;
  label?: string;
}

/**
 * What is wrong with a profile the user adds to the catalogue: a code (as on the bulletin,
 * at most 20 characters) that is not already there, and a label. Empty when it can be added.
 */
export function checkNewProfile(
  fields: { code: string; label: string },
  existing: readonly Pick<Profile, 'code'>[],
): NewProfileProblems {
  const code = normaliseProfileCode(fields.code);
  const problems: NewProfileProblems = {};
  if (!code)
    problems.code = 'Indiquez le code du profil, tel qu’écrit sur le bulletin (par exemple T23).';
  else if (code.length > 20)
    problems.code = 'Le code du profil ne peut pas dépasser 20 caractères.';
  else if (existing.some((p) => normaliseProfileCode(p.code) === code)) {
    problems.code = `Le profil ${code} est déjà dans le catalogue.`;
  }
  if (!fields.label.trim()) problems.label = 'Indiquez le libellé du profil.';
  return problems;
}
