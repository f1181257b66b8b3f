import { describe, expect, it } from 'vitest';
import { sealHeader, type ExportHeader } from '../../../shared/backup/export-format';
import { canonicalJson } from '../../../shared/domain/journal-chain';
import { agentSchema, type Agent } from '../../../shared/domain/schemas';
import { seededDb } from '../../../test/support/seed-register';
import { buildExport } from '../export-import/export';
import { parseExportFile, replaceAllData } from '../export-import/import';
import { openDatabase, SCHEMA_META_KEY } from '../open-database';
import { saveAgent } from '../repositories/roster';
import { seedDatabaseAtVersion, uniqueDbName } from '../../../test/support/migration-harness';
import { CURRENT_SCHEMA_VERSION } from './history';

const v1Agent = {
  id: 'a1',
  organisationId: 'o1',
  lastName: 'BENALI',
  firstName: 'Karim',
  qualifiedSocialWorker: false,
  departedOn: '2026-01-31',
};
const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-24T10:00:00Z') };

describe('schema v2 (habilitations à régulariser on the agent)', () => {
  it('opens a v1 database unchanged, then stores and reads back a pending habilitation', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    const name = uniqueDbName('v1-to-v2');
    await seedDatabaseAtVersion(name, 1, async (old) => {
      await old.table('agents').put(v1Agent);
    });
    const db = await openDatabase({ name, appVersion: '2.0.0' });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await db.meta.get(SCHEMA_META_KEY))?.value).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    const agent = await db.agents.get('a1');
    expect(agent).toEqual(v1Agent);
    expect(agentSchema.safeParse(agent).success).toBe(true);

    const withPending: Agent = {
      ...agent!,
      pendingHabilitations: [
        {
          id: 'p1',
          bulletinId: 'b1',
          profileCode: 'T1',
          requestedOn: '2026-11-24',
          reason: 'Le bulletin Cdap ne prévoit aucune habilitation pour le profil T1.',
          article: 'contrat art. 2.2.1',
          code: 'quota-none',
          inPortal: true,
        },
      ],
    };
    await saveAgent(db, actor, withPending);
    db.close();
    const again = await openDatabase({ name, appVersion: '2.0.0' });
    expect((await again.agents.get('a1'))?.pendingHabilitations).toEqual(
      withPending.pendingHabilitations,
    );
    again.close();
  });

  it('restores a backup written in format 1 (before this field existed)', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, {
      appVersion: '1.0.0',
      now: () => new Date('2026-11-23T12:00:00Z'),
    });
    // The same file as a v1 app wrote it: only the header's schema version differs (sealed again).
    const text = new TextDecoder().decode(built.bytes);
    const nl = text.indexOf('\n');
    const header = JSON.parse(text.slice('{"header":'.length, nl - 1)) as ExportHeader;
    const v1File = new TextEncoder().encode(
      `{"header":${canonicalJson(sealHeader({ ...header, schemaVersion: 1 }))},${text.slice(nl)}`,
    );
    const parsed = await parseExportFile(v1File);
    expect(parsed.header.schemaVersion).toBe(1);
    await db.agents.clear();
    await replaceAllData(db, parsed);
    expect(await db.agents.count()).toBe(parsed.body.tables.agents.length);
    db.close();
  });
});
