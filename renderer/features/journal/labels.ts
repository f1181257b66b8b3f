import { WIPE_ENTITY } from '../../../shared/domain/journal-integrity';
import type { JournalEntry } from '../../../shared/domain/schemas';
import {
  fieldLabel,
  JOURNALED_TABLE_NAMES,
  TABLES,
  tableLabel,
} from '../../../shared/domain/tables/registry';

/** French name of each journaled table (from the table registry), for the « Élément » filter. */
export const ENTITY_LABELS: Record<string, string> = Object.fromEntries(
  JOURNALED_TABLE_NAMES.map((t) => [t, TABLES[t].label]),
);

/** « Agent », « Registre » (the « Tout effacer » entry); an unknown name is shown as it is. */
export function entityLabel(entity: string): string {
  if (entity === WIPE_ENTITY) return 'Registre';
  return tableLabel(entity) ?? entity;
}

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

/** The changed fields in French (« Date de départ, Service »), from the table registry. */
export function changedFieldLabels(entry: JournalEntry): string[] {
  return changedFields(entry)
    .map((k) => fieldLabel(entry.entity, k) ?? k)
    .sort((a, b) => a.localeCompare(b, 'fr'));
}

const journalField = (field: keyof JournalEntry) => fieldLabel('journal', field) ?? field;

/**
 * The journal as a table for the CSV export: what a reader needs first (number, date,
 * author, action, element, summary, changed fields in French), then the technical
 * identifiers and hashes, last.
 */
export function journalCsvTable(entries: readonly JournalEntry[]): {
  header: string[];
  rows: unknown[][];
} {
  return {
    header: [
      journalField('seq'),
      journalField('at'),
      journalField('actor'),
      journalField('action'),
      journalField('entity'),
      journalField('summary'),
      'Champs modifiés',
      journalField('entityId'),
      journalField('hash'),
    ],
    rows: entries.map((e) => [
      e.seq,
      formatInstant(e.at),
      e.actor,
      ACTION_LABELS[e.action],
      entityLabel(e.entity),
      e.summary ?? '',
      changedFieldLabels(e).join(', '),
      e.entityId,
      e.hash,
    ]),
  };
}
