import { describe, expect, it, vi } from 'vitest';
import type { ConventionApi } from '../../shared/ipc/contract';
import { detectPlatform } from './index';
import { createWebBridge } from './web-bridge';
import { createBrowserBackupStore } from './web-backup-store';

function fakeApi(): ConventionApi {
  return {
    getAppInfo: vi.fn(async () => ({
      name: 'Convention MCP',
      version: '1.0.0',
      dataFolder: 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP',
      backupFolder: 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP\\Sauvegardes',
      platform: 'win32',
    })),
    saveFile: vi.fn(async () => ({ status: 'cancelled' as const })),
    revealFile: vi.fn(async () => ({ done: true })),
    openExternal: vi.fn(async () => ({ opened: true })),
    backups: {
      write: vi.fn(),
      list: vi.fn(async () => []),
      read: vi.fn(),
      remove: vi.fn(),
    },
    journalSeal: {
      read: vi.fn(async () => ({
        status: 'none' as const,
        keyCreatedAt: '2026-12-01T00:00:00.000Z',
      })),
      seal: vi.fn(),
    },
  };
}

describe('platform bridge', () => {
  it('uses the Electron API when preload exposed it', async () => {
    const api = fakeApi();
    const bridge = detectPlatform({ conventionApi: api } as unknown as Window);
    expect(bridge.kind).toBe('electron');
    expect(bridge.backups.location).toBe('data-folder');
    expect((await bridge.getAppInfo()).platform).toBe('win32');
    const result = await bridge.saveFile({
      suggestedName: 'a.pdf',
      filters: ['pdf'],
      bytes: new Uint8Array([1]),
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(api.saveFile).toHaveBeenCalledOnce();
    expect(bridge.journalSeal).toBeDefined();
  });

  it('cleans the proposed name before main sees it (invisible characters, missing extension)', async () => {
    const api = fakeApi();
    const bridge = detectPlatform({ conventionApi: api } as unknown as Window);
    await bridge.saveFile({
      suggestedName: 'Annexe\u202E CCAS',
      filters: ['docx'],
      bytes: new Uint8Array([1]),
    });
    expect(api.saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: 'Annexe CCAS.docx' }),
    );
  });

  it('falls back to the web version in a plain browser', () => {
    const bridge = detectPlatform({} as Window);
    expect(bridge.kind).toBe('web');
    expect(bridge.backups.location).toBe('browser-database');
    expect(bridge.journalSeal).toBeUndefined();
  });

  it('downloads a file in the web version', async () => {
    const clicked: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    URL.revokeObjectURL = vi.fn();
    const bridge = createWebBridge(createBrowserBackupStore(`b-${Math.random()}`));
    const result = await bridge.saveFile({
      suggestedName: 'rapport-revue-2026.pdf',
      filters: ['pdf'],
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    expect(result).toEqual({ status: 'saved', path: 'rapport-revue-2026.pdf' });
    expect(clicked).toEqual(['rapport-revue-2026.pdf']);
    spy.mockRestore();
  });

  it('refuses external links outside the allowlist in the web version', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const bridge = createWebBridge(createBrowserBackupStore(`b-${Math.random()}`));
    expect(await bridge.openExternal('https://evil.example.com/')).toBe(false);
    expect(await bridge.openExternal('https://www.caf.fr/partenaires')).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });
});
