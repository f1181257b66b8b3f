import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { getUserName, setUserName } from './settings';
import { exportAllAsPlainJson } from './raw-export';

describe('settings repository', () => {
  it('keeps the user name, trimmed, across reopen', async () => {
    const name = uniqueDbName();
    const db = await openDatabase({ name, appVersion: '0.1.0' });
    expect(await getUserName(db)).toBeUndefined();
    await setUserName(db, '  Sandrine   COFFI ');
    db.close();
    const again = await openDatabase({ name, appVersion: '0.1.0' });
    expect(await getUserName(again)).toBe('Sandrine COFFI');
    await expect(setUserName(again, '   ')).rejects.toThrow('Indiquez votre prénom et votre nom.');
    await expect(setUserName(again, 'x'.repeat(1000))).rejects.toThrow(
      /^Ce nom est trop long\u00A0: 100 caractères au plus\.$/,
    );
    await expect(setUserName(again, 'x'.repeat(100_000))).rejects.toThrow('trop long');
    await expect(setUserName(again, '\u200B\u200D')).rejects.toThrow('caractères invisibles');
    expect(await getUserName(again)).toBe('Sandrine COFFI');
    await setUserName(again, 'Ana\u202E\tLOPES\u0000');
    expect(await getUserName(again)).toBe('Ana LOPES');
    // A name an earlier version let through is not used: the first-run screen asks again.
    await again.settings.put({ key: 'userName', value: 'y'.repeat(5000) });
    expect(await getUserName(again)).toBeUndefined();
    again.close();
  });

  it('exports every table as plain JSON', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
    await setUserName(db, 'Karim BENALI');
    const now = new Date('2026-03-14T09:30:00.000Z');
    const json = JSON.parse(await exportAllAsPlainJson(db, '0.1.0', now)) as {
      exportedAt: string;
      tables: Record<string, unknown[]>;
    };
    expect(json.exportedAt).toBe('2026-03-14T09:30:00.000Z');
    expect(json.tables.settings).toEqual([{ key: 'userName', value: 'Karim BENALI' }]);
    expect(json.tables.profiles?.length).toBeGreaterThan(10);
    expect(Object.keys(json.tables)).toContain('habilitations');
    db.close();
  });
});
