import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildExport } from '../export-import/export';
import { parseExportFile, replaceAllData } from '../export-import/import';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { deleteDraft, loadDraft, saveDraft } from './drafts';

const schema = z.object({ lastName: z.string() });

describe('document drafts', () => {
  it('keeps a draft per convention until deleted, ignores an unreadable one, and survives a backup and restore', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
    expect(await loadDraft(db, 'changement-administrateur', 'c1', schema)).toBeUndefined();
    await saveDraft(db, 'changement-administrateur', 'c1', {
      savedAt: '2026-11-23T10:00:00.000Z',
      step: 1,
      values: { lastName: 'MARCHAND' },
    });
    expect(await loadDraft(db, 'changement-administrateur', 'c1', schema)).toEqual({
      savedAt: '2026-11-23T10:00:00.000Z',
      step: 1,
      values: { lastName: 'MARCHAND' },
    });
    expect(await loadDraft(db, 'changement-administrateur', 'c2', schema)).toBeUndefined();

    // A full backup carries the draft; restoring it brings the draft back.
    const backup = await buildExport(db, { appVersion: '0.1.0' });
    await deleteDraft(db, 'changement-administrateur', 'c1');
    expect(await loadDraft(db, 'changement-administrateur', 'c1', schema)).toBeUndefined();
    await replaceAllData(db, await parseExportFile(backup.bytes));
    expect((await loadDraft(db, 'changement-administrateur', 'c1', schema))?.values).toEqual({
      lastName: 'MARCHAND',
    });

    await db.settings.put({ key: 'brouillon:changement-administrateur:c1', value: { step: 'x' } });
    expect(await loadDraft(db, 'changement-administrateur', 'c1', schema)).toBeUndefined();
  });
});
