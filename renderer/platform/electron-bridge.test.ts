import { describe, expect, it, vi } from 'vitest';
import type { ConventionApi } from '../../shared/ipc/contract';
import { createElectronBridge } from './electron-bridge';

describe('Electron bridge', () => {
  it('passes every backup and seal function of the preload API through, unchanged', async () => {
    const api = {
      getAppInfo: vi.fn(),
      saveFile: vi.fn(),
      revealFile: vi.fn(async () => ({ done: true })),
      openExternal: vi.fn(async () => ({ opened: true })),
      backups: { write: vi.fn(), list: vi.fn(async () => []), read: vi.fn(), remove: vi.fn() },
      journalSeal: { read: vi.fn(), seal: vi.fn() },
    } as unknown as ConventionApi;
    const bridge = createElectronBridge(api);
    for (const name of Object.keys(api.backups) as (keyof ConventionApi['backups'])[]) {
      expect(bridge.backups[name]).toBe(api.backups[name]);
    }
    expect(bridge.journalSeal).toBe(api.journalSeal);
    expect(bridge.backups.location).toBe('data-folder');
    await expect(bridge.openExternal('https://www.caf.fr/')).resolves.toBe(true);
    await expect(bridge.revealFile?.('C:\\Documents\\Revue.pdf', 'show')).resolves.toEqual({
      done: true,
    });
    expect(api.revealFile).toHaveBeenCalledWith('C:\\Documents\\Revue.pdf', 'show');
  });
});
