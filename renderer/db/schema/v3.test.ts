import { describe, expect, it } from 'vitest';
import { sealHeader, type ExportHeader } from '../../../shared/backup/export-format';
import { canonicalJson } from '../../../shared/domain/journal-chain';
import { seededDb } from '../../../test/support/seed-register';
import { buildExport } from '../export-import/export';
import { parseExportFile, replaceAllData } from '../export-import/import';
import { openDatabase } from '../open-database';
import { seedDatabaseAtVersion, uniqueDbName } from '../../../test/support/migration-harness';
import { CURRENT_SCHEMA_VERSION } from './history';

describe('schema v3 (portal lists and differences)', () => {
  it('opens a v2 database with its rows intact and the two new tables empty and usable', async () => {
    const name = uniqueDbName('v2-to-v3');
    await seedDatabaseAtVersion(name, 2, async (old) => {
      await old
        .table('agents')
        .put({ id: 'a1', organisationId: 'o1', lastName: 'BENALI', qualifiedSocialWorker: false });
    });
    const db = await openDatabase({ name, appVersion: '3.0.0' });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.agents.get('a1')).toMatchObject({ lastName: 'BENALI' });
    expect(await db.portalImports.count()).toBe(0);
    await db.portalDifferences.put({
      id: 'd1',
      conventionId: 'c1',
      key: 'unknown-account|login:x',
      kind: 'unknown-account',
      severity: 'alerte',
      article: 'conv. art. 9.2',
      message: 'Compte inconnu',
      actions: ['explain'],
      status: 'open',
      firstImportId: 'i1',
      lastImportId: 'i1',
    });
    expect(
      await db.portalDifferences
        .where('[conventionId+key]')
        .equals(['c1', 'unknown-account|login:x'])
        .count(),
    ).toBe(1);
    db.close();
  });

  it('restores a backup written before v3 (no portal tables): they come back empty', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, {
      appVersion: '2.0.0',
      now: () => new Date('2026-11-23T12:00:00Z'),
    });
    const text = new TextDecoder().decode(built.bytes);
    const nl = text.indexOf('\n');
    const header = JSON.parse(text.slice('{"header":'.length, nl - 1)) as ExportHeader;
    const body = JSON.parse(text.slice(nl + 1 + '"body":'.length, -2)) as {
      tables: Record<string, unknown>;
    };
    delete body.tables.portalImports;
    delete body.tables.portalDifferences;
    const bodyText = canonicalJson(body);
    const bodyBytes = new TextEncoder().encode(bodyText);
    const { sha256HexBytes } = await import('../../../shared/backup/export-format');
    const counts = { ...header.counts };
    delete counts.portalImports;
    delete counts.portalDifferences;
    const oldHeader = sealHeader({
      ...header,
      schemaVersion: 2,
      counts,
      bodyBytes: bodyBytes.byteLength,
      bodySha256: sha256HexBytes(bodyBytes),
    });
    const file = new TextEncoder().encode(
      `{"header":${canonicalJson(oldHeader)},\n"body":${bodyText}}\n`,
    );
    const parsed = await parseExportFile(file);
    await replaceAllData(db, parsed);
    expect(await db.portalImports.count()).toBe(0);
    expect(await db.agents.count()).toBeGreaterThan(0);
    db.close();
  });
});
