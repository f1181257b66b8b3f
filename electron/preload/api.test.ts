import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/ipc/channels';
import { createApi, type Invoke } from './api';

function setup() {
  const calls: Array<[string, unknown]> = [];
  const invoke = vi.fn(async (channel: string, arg: unknown) => {
    calls.push([channel, arg]);
    return { channel };
  });
  const api = createApi(invoke as unknown as Invoke);
  return { api, calls, invoke };
}

describe('preload api', () => {
  it('maps each named function to its channel with the right argument', async () => {
    const { api, calls } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    await api.getAppInfo();
    await api.saveFile({ suggestedName: 'a.pdf', filters: ['pdf'], bytes });
    await api.openExternal('https://www.caf.fr');
    await api.backups.write('b.json', bytes);
    await api.backups.list();
    await api.backups.read('b.json');
    await api.backups.remove('b.json');
    await api.journalSeal.read();
    await api.journalSeal.seal({ seq: 3, hash: 'a'.repeat(64), extra: 1 } as never, true);
    expect(calls).toEqual([
      [IPC.appInfo, undefined],
      [IPC.fileSave, { suggestedName: 'a.pdf', filters: ['pdf'], bytes }],
      [IPC.openExternal, { url: 'https://www.caf.fr' }],
      [IPC.backupWrite, { name: 'b.json', bytes }],
      [IPC.backupList, undefined],
      [IPC.backupRead, { name: 'b.json' }],
      [IPC.backupDelete, { name: 'b.json' }],
      [IPC.journalSealRead, undefined],
      [IPC.journalSeal, { head: { seq: 3, hash: 'a'.repeat(64) }, rewind: true }],
    ]);
  });

  it('returns what main answers', async () => {
    const { api } = setup();
    await expect(api.backups.list()).resolves.toEqual({ channel: IPC.backupList });
  });

  it('exposes named functions only, frozen, with no generic channel access', () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual([
      'backups',
      'getAppInfo',
      'journalSeal',
      'openExternal',
      'revealFile',
      'saveFile',
    ]);
    expect(Object.keys(api.backups).sort()).toEqual(['list', 'read', 'remove', 'write']);
    expect(Object.keys(api.journalSeal).sort()).toEqual(['read', 'seal']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.backups)).toBe(true);
    expect(Object.isFrozen(api.journalSeal)).toBe(true);
    for (const value of [...Object.values(api), ...Object.values(api.backups)]) {
      expect(['function', 'object']).toContain(typeof value);
    }
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('passes one argument per call, never a caller-chosen channel', async () => {
    const { api, invoke } = setup();
    await (api.backups.read as (...args: unknown[]) => Promise<unknown>)('b.json', 'app:info');
    expect(invoke).toHaveBeenCalledWith(IPC.backupRead, { name: 'b.json' });
  });
});
