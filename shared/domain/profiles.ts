import { z } from 'zod';
import catalogue from './data/cdap-profiles.json';
import type { Profile } from './schemas';

const catalogueSchema = z.object({
  service: z.object({ code: z.string(), label: z.string() }),
  profiles: z.array(
    z.object({
      code: z.string().min(1),
      label: z.string().min(1),
      for: z.string().optional(),
      requiresQualifiedSocialWorker: z.boolean().optional(),
    }),
  ),
});

const parsed = catalogueSchema.parse(catalogue);

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
