import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` (no time, no zone): how every convention date is stored. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'Cette date n’existe pas.');

/** An instant, ISO 8601 with zone (`new Date().toISOString()`). */
export const isoDateTime = z.iso.datetime({ offset: true });

export const id = z.string().min(1).max(64);

/** Optional free text: absent and empty string both mean « not filled ». */
export const optText = (max = 500) => z.string().trim().max(max).optional();
export const reqText = (max = 500) =>
  z.string().trim().min(1, 'Ce champ est obligatoire.').max(max);

export const email = z.email('Adresse mél invalide.').max(254);
export const optEmail = z.union([email, z.literal('')]).optional();
