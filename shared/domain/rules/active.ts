/**
 * When a habilitation or a contact counts as current.
 *
 * Habilitation: active on `today` when it has no revocation date, or its revocation date is
 * after today (a revocation recorded for a future date has not taken effect yet). Revoked on
 * today itself = no longer active. A habilitation granted with a future date is active
 * already: it holds its place in the quota.
 *
 * Contact: current when `validFrom ≤ today` and (no `validTo` or `validTo ≥ today`).
 */
import type { IsoDate } from '../dates';
import type { Contact, Habilitation } from '../schemas';

export function isHabilitationActive(h: Pick<Habilitation, 'revokedOn'>, today: IsoDate): boolean {
  return h.revokedOn === undefined || h.revokedOn > today;
}

export function isContactCurrent(
  c: Pick<Contact, 'validFrom' | 'validTo'>,
  today: IsoDate,
): boolean {
  return c.validFrom <= today && (c.validTo === undefined || c.validTo >= today);
}

/** Profile codes are compared trimmed and case-insensitively (`t13 ` = `T13`). */
export function sameProfileCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}
