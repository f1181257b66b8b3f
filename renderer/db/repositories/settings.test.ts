import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../testing/migration-harness';
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
    await expect(setUserName(again, '   ')).rejects.toThrow('Indiquez votre nom.');
    expect(await getUserName(again)).toBe('Sandrine COFFI');
    again.close();
  });

  it('exports every table as plain JSON', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
    await setUserName(db, 'Karim BENALI');
    const json = JSON.parse(await exportAllAsPlainJson(db, '0.1.0')) as {
      tables: Record<string, unknown[]>;
    };
    expect(json.tables.settings).toEqual([{ key: 'userName', value: 'Karim BENALI' }]);
    expect(json.tables.profiles?.length).toBeGreaterThan(10);
    expect(Object.keys(json.tables)).toContain('habilitations');
    db.close();
  });
});
