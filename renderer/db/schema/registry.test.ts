import { describe, expect, it } from 'vitest';
import {
  cumulatedStores,
  nextVersionStores,
  registryStores,
  TABLE_NAMES,
  TABLES,
} from '../../../shared/domain/tables/registry';
import { createDatabase } from '../database';
import {
  CURRENT_SCHEMA_VERSION,
  NEXT_SCHEMA_STORES,
  RELEASED_SCHEMAS,
  SCHEMA_HISTORY,
} from './history';
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';
import { V3_STORES } from './v3';

describe('the frozen schema versions and the table registry', () => {
  it('v1, v2 and v3 add up to exactly the registry: no next version is pending', () => {
    // A failure here means the registry (shared/domain/tables/registry.ts) no longer matches
    // the released versions: the app now applies the derived difference as a new version.
    // Freeze it before release: a vN.ts with these stores, a line in RELEASED_SCHEMAS and a
    // migration test; never edit v1–v3.
    expect(NEXT_SCHEMA_STORES).toEqual({});
    expect(cumulatedStores(RELEASED_SCHEMAS)).toEqual(registryStores());
    expect(SCHEMA_HISTORY).toBe(RELEASED_SCHEMAS);
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
  });

  it('keeps the released stores strings as they shipped (never edited)', () => {
    expect(V1_STORES).toEqual({
      meta: 'key',
      settings: 'key',
      profiles: 'code',
      organisations: 'id, role',
      conventions: 'id, partnerId, cafId',
      avenants: 'id, conventionId',
      serviceContracts: 'id, &conventionId',
      contacts: 'id, conventionId, [conventionId+side], agentId',
      bulletins: 'id, conventionId',
      quotas: 'id, bulletinId, &[bulletinId+profileCode]',
      agents: 'id, organisationId',
      habilitations: 'id, agentId, bulletinId, profileCode',
      reviewCampaigns: 'id, conventionId, [conventionId+year], status',
      reviewItems: 'id, campaignId, habilitationId',
      documents: 'id, conventionId, kind, createdAt',
      incidents: 'id, conventionId, kind',
      bilans: 'id, conventionId',
      subcontractorNotices: 'id, conventionId',
      securitySessions: 'id, conventionId',
      journal: '++seq, [entity+entityId], at',
    });
    expect(V2_STORES).toEqual({});
    expect(V3_STORES).toEqual({
      portalImports: 'id, conventionId, importedAt',
      portalDifferences: 'id, conventionId, &[conventionId+key], status, agentId',
    });
  });

  it('dates every table with the released version that created it', () => {
    for (const t of TABLE_NAMES) {
      const first = RELEASED_SCHEMAS.find((v) => typeof v.stores[t] === 'string');
      expect(first?.version, t).toBe(TABLES[t].since);
    }
  });

  it('opens a database whose tables and indexes are the registry’s', () => {
    const db = createDatabase('registry-shape-only');
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    const contacts = db.table('contacts').schema;
    expect(contacts.primKey.name).toBe('id');
    expect(contacts.indexes.map((i) => i.src).sort()).toEqual([...TABLES.contacts.indexes].sort());
    expect(db.table('journal').schema.primKey.auto).toBe(true);
  });
});

describe('nextVersionStores', () => {
  it('derives the tables a new version must add, change or delete', () => {
    const withoutV3 = RELEASED_SCHEMAS.filter((v) => v.version < 3);
    expect(nextVersionStores(withoutV3)).toEqual(V3_STORES);
    const changed = [...RELEASED_SCHEMAS, { stores: { agents: 'id', retired: 'id' } }];
    expect(nextVersionStores(changed)).toEqual({ agents: 'id, organisationId', retired: null });
  });

  it('ignores spacing differences in a released stores string', () => {
    expect(
      nextVersionStores([...RELEASED_SCHEMAS, { stores: { agents: 'id,organisationId ' } }]),
    ).toEqual({});
  });
});
