import type { Contact, Side } from '../../../shared/domain/schemas';

/** How the contacts screen names a side and a person. */
export const SIDE_TITLE: Record<Side, string> = { caf: 'Côté Caf', partner: 'Côté partenaire' };
export const SIDE_WORDS: Record<Side, string> = { caf: 'côté Caf', partner: 'côté partenaire' };

export function contactDisplayName(c: Pick<Contact, 'name' | 'email'>): string {
  return c.name?.trim() || c.email || 'Interlocuteur sans nom';
}

export function isEnded(c: Contact, today: string) {
  return c.validTo !== undefined && c.validTo < today;
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string) {
  return a > b ? a : b;
}
