import { describe, expect, it } from 'vitest';
import { EXPORT_TABLES, TABLE_KEYS, TABLE_LABELS, TABLE_SCHEMAS } from '../../backup/export-format';
import { journalEntrySchema, subcontractorNoticeSchema } from '../schemas';
import {
  EXPORT_TABLE_NAMES,
  JOURNALED_TABLE_NAMES,
  keyFieldOf,
  TABLE_NAMES,
  TABLES,
  TABLES_SINCE_SCHEMA,
  tableLabel,
  tablePluralLabel,
} from './registry';

describe('table registry', () => {
  it('lists the backup tables in their usual order, the journal last', () => {
    expect(EXPORT_TABLES).toEqual([
      'settings',
      'profiles',
      'organisations',
      'conventions',
      'avenants',
      'serviceContracts',
      'contacts',
      'bulletins',
      'quotas',
      'agents',
      'habilitations',
      'reviewCampaigns',
      'reviewItems',
      'documents',
      'incidents',
      'bilans',
      'subcontractorNotices',
      'securitySessions',
      'portalImports',
      'portalDifferences',
      'journal',
    ]);
    expect(EXPORT_TABLE_NAMES).not.toContain('meta');
  });

  it('journals every data table but the journal itself', () => {
    expect(JOURNALED_TABLE_NAMES).toEqual(EXPORT_TABLES.filter((t) => t !== 'journal'));
    expect(TABLE_NAMES.filter((t) => TABLES[t].journaled && !TABLES[t].exported)).toEqual([]);
  });

  it('derives keys, schemas and the tables a backup may lack', () => {
    expect(TABLE_KEYS.journal).toBe('seq');
    expect(TABLE_KEYS.profiles).toBe('code');
    expect(TABLE_KEYS.settings).toBe('key');
    expect(keyFieldOf('agents')).toBe('id');
    expect(TABLE_SCHEMAS.journal).toBe(journalEntrySchema);
    expect(TABLE_SCHEMAS.subcontractorNotices).toBe(subcontractorNoticeSchema);
    expect(TABLES_SINCE_SCHEMA).toEqual({ portalImports: 3, portalDifferences: 3 });
  });

  it('names every table once in French, the same words for one row and for the table', () => {
    const singular = TABLE_NAMES.map((t) => TABLES[t].label);
    const plural = TABLE_NAMES.map((t) => TABLES[t].pluralLabel);
    expect(new Set(singular).size).toBe(singular.length);
    expect(new Set(plural).size).toBe(plural.length);
    expect(tableLabel('subcontractorNotices')).toBe('Prestataire');
    expect(tablePluralLabel('subcontractorNotices')).toBe('Prestataires');
    expect(TABLE_LABELS.subcontractorNotices).toBe('Prestataires');
    expect(tableLabel('unknown')).toBeUndefined();
    for (const t of JOURNALED_TABLE_NAMES) {
      // The plural starts with the singular's first word (« Bulletin » → « Bulletins »).
      const word = TABLES[t].label.split(/[ ’]/)[0]!;
      expect(TABLES[t].pluralLabel.startsWith(word), t).toBe(true);
    }
  });
});
