import { JOURNALED_TABLE_NAMES, TABLES } from '../../../shared/domain/tables/registry';
import type { JournalEntry } from '../../../shared/domain/schemas';

/** French name of each journaled table (from the table registry), for the « Élément » column. */
export const ENTITY_LABELS: Record<string, string> = Object.fromEntries(
  JOURNALED_TABLE_NAMES.map((t) => [t, TABLES[t].label]),
);

export const ACTION_LABELS: Record<JournalEntry['action'], string> = {
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  purge: 'Purge',
  import: 'Import',
};

const instant = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** « 23/11/2026 11:00 », Paris time. */
export function formatInstant(iso: string): string {
  return instant.format(new Date(iso)).replace(/\u202f/g, '\u00a0');
}

/** The fields that changed between before and after, for the detail line. */
export function changedFields(entry: JournalEntry): string[] {
  if (!entry.payload) return [];
  const before = (entry.payload.before ?? {}) as Record<string, unknown>;
  const after = (entry.payload.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
