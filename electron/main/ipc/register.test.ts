import { describe, expect, it, vi } from 'vitest';
import { IPC, IPC_REFUSED_PREFIX, type AppInfo } from '../../../shared/ipc/contract';
import { createExternalOpener } from '../external-links';
import type { BackupFolder } from '../services/backup-folder';
import { createSavedFiles } from '../services/saved-files';
import { createSenderCheck } from './handle-validated';
import { FakeIpcMain, fakeWindow } from './testing';
import { registerAllIpc } from './register';

const info: AppInfo = {
  name: 'Convention MCP',
  version: '1.0.0',
  dataFolder: '/d',
  backupFolder: '/d/Sauvegardes',
  platform: 'win32',
};

function setup() {
  const ipcMain = new FakeIpcMain();
  const w = fakeWindow();
  const shell = { openExternal: vi.fn(async () => undefined) };
  const backups: BackupFolder = {
    path: '/d/Sauvegardes',
    write: vi.fn(async (name: string, bytes: Uint8Array) => ({
      name,
      size: bytes.byteLength,
      modifiedAt: '2025-01-01T00:00:00.000Z',
    })),
    list: vi.fn(async () => []),
    read: vi.fn(async () => new Uint8Array([1, 2])),
    remove: vi.fn(async () => ({ deleted: true })),
  };
  const saveFile = vi.fn(async () => ({ status: 'cancelled' as const }));
  const journalSeal = {
    read: vi.fn(async () => ({
      status: 'none' as const,
      keyCreatedAt: '2026-01-01T00:00:00.000Z',
    })),
    seal: vi.fn(async () => ({
      sealed: true as const,
      state: { status: 'none' as const, keyCreatedAt: '2026-01-01T00:00:00.000Z' },
    })),
  };
  const desktop = { openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() };
  const savedFiles = createSavedFiles(desktop);
  registerAllIpc(
    { ipcMain: ipcMain, senderCheck: createSenderCheck(() => w.win) },
    {
      getAppInfo: () => info,
      saveFile,
      savedFiles,
      openExternal: createExternalOpener(shell),
      backups,
      journalSeal,
    },
  );
  return {
    ipcMain,
    shell,
    desktop,
    savedFiles,
    backups,
    saveFile,
    journalSeal,
    event: w.goodEvent,
  };
}

describe('registerAllIpc', () => {
  it('registers exactly one handler per channel of the contract', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC).sort());
  });

  it('serves app info', async () => {
    const { ipcMain, event } = setup();
    await expect(ipcMain.invoke(IPC.appInfo, event, undefined)).resolves.toEqual(info);
  });

  it('opens only allowlisted URLs', async () => {
    const { ipcMain, event, shell } = setup();
    await expect(
      ipcMain.invoke(IPC.openExternal, event, { url: 'https://www.cnil.fr/' }),
    ).resolves.toEqual({ opened: true });
    await expect(
      ipcMain.invoke(IPC.openExternal, event, { url: 'https://evil.example/' }),
    ).resolves.toEqual({ opened: false });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('passes checked save requests to the save service and refuses bad ones', async () => {
    const { ipcMain, event, saveFile } = setup();
    const good = {
      suggestedName: 'convention.pdf',
      filters: ['pdf'],
      bytes: new Uint8Array([37, 80]),
    };
    await expect(ipcMain.invoke(IPC.fileSave, event, good)).resolves.toEqual({
      status: 'cancelled',
    });
    await expect(
      ipcMain.invoke(IPC.fileSave, event, { ...good, suggestedName: '..\\..\\evil.pdf' }),
    ).rejects.toThrow(IPC_REFUSED_PREFIX);
    await expect(
      ipcMain.invoke(IPC.fileSave, event, { ...good, bytes: 'not bytes' }),
    ).rejects.toThrow(IPC_REFUSED_PREFIX);
    await expect(
      ipcMain.invoke(IPC.fileSave, event, { ...good, filters: ['exe'] }),
    ).rejects.toThrow(IPC_REFUSED_PREFIX);
    expect(saveFile).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a name without the requested extension', { suggestedName: 'rapport.exe', filters: ['pdf'] }],
    ['an extension only', { suggestedName: '.pdf', filters: ['pdf'] }],
    [
      'another requested type than the name',
      { suggestedName: 'rapport.csv', filters: ['pdf', 'docx'] },
    ],
    ['a right-to-left override', { suggestedName: 'rapport\u202Efdp.pdf', filters: ['pdf'] }],
    ['a control character', { suggestedName: 'rapport\u0007.pdf', filters: ['pdf'] }],
    ['a line break', { suggestedName: 'rapport\n.pdf', filters: ['pdf'] }],
    ['a zero-width space', { suggestedName: 'rap\u200Bport.pdf', filters: ['pdf'] }],
    ['an isolate', { suggestedName: '\u2066rapport.pdf', filters: ['pdf'] }],
  ])('refuses a save request with %s', async (_label, fields) => {
    const { ipcMain, event, saveFile } = setup();
    await expect(
      ipcMain.invoke(IPC.fileSave, event, { ...fields, bytes: new Uint8Array([1]) }),
    ).rejects.toThrow(IPC_REFUSED_PREFIX);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('accepts a name ending with any requested extension, in any case', async () => {
    const { ipcMain, event, saveFile } = setup();
    for (const suggestedName of ['Annexe délibération.DOCX', 'annexe.pdf', 'Revue « 2026 ».pdf']) {
      await ipcMain.invoke(IPC.fileSave, event, {
        suggestedName,
        filters: ['pdf', 'docx'],
        bytes: new Uint8Array([1]),
      });
    }
    expect(saveFile).toHaveBeenCalledTimes(3);
  });

  it('routes the journal seal channels with checked heads', async () => {
    const { ipcMain, event, journalSeal } = setup();
    const head = { seq: 12, hash: 'a'.repeat(64) };
    await ipcMain.invoke(IPC.journalSealRead, event, undefined);
    await ipcMain.invoke(IPC.journalSeal, event, { head, rewind: false });
    expect(journalSeal.seal).toHaveBeenCalledWith(head, false);
    for (const bad of [
      { head: { seq: -1, hash: 'a'.repeat(64) }, rewind: false },
      { head: { seq: 1, hash: 'xyz' }, rewind: false },
      { head, rewind: 'yes' },
      { head: { ...head, mac: 'f'.repeat(64) }, rewind: false },
    ]) {
      await expect(ipcMain.invoke(IPC.journalSeal, event, bad)).rejects.toThrow(IPC_REFUSED_PREFIX);
    }
    expect(journalSeal.seal).toHaveBeenCalledTimes(1);
  });

  it('routes the four backup channels', async () => {
    const { ipcMain, event, backups } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(
      ipcMain.invoke(IPC.backupWrite, event, { name: 'b.json', bytes }),
    ).resolves.toMatchObject({ name: 'b.json', size: 3 });
    await expect(ipcMain.invoke(IPC.backupList, event, undefined)).resolves.toEqual([]);
    await expect(ipcMain.invoke(IPC.backupRead, event, { name: 'b.json' })).resolves.toEqual(
      new Uint8Array([1, 2]),
    );
    await expect(ipcMain.invoke(IPC.backupDelete, event, { name: 'b.json' })).resolves.toEqual({
      deleted: true,
    });
    await expect(ipcMain.invoke(IPC.backupRead, event, { name: '/etc/passwd' })).rejects.toThrow(
      IPC_REFUSED_PREFIX,
    );
    expect(backups.read).toHaveBeenCalledTimes(1);
    expect(backups.write).toHaveBeenCalledWith('b.json', bytes);
  });

  it('file:reveal opens only a file saved in this session, with a valid action', async () => {
    const { ipcMain, event, desktop, savedFiles } = setup();
    savedFiles.remember('/home/agent/Annexe.docx');
    await expect(
      ipcMain.invoke(IPC.fileReveal, event, { path: '/home/agent/Annexe.docx', action: 'show' }),
    ).resolves.toEqual({ done: true });
    expect(desktop.showItemInFolder).toHaveBeenCalledWith('/home/agent/Annexe.docx');
    const other = await ipcMain.invoke(IPC.fileReveal, event, { path: '/bin/sh', action: 'open' });
    expect(other).toMatchObject({ done: false });
    expect(desktop.openPath).not.toHaveBeenCalled();
    await expect(
      ipcMain.invoke(IPC.fileReveal, event, { path: '/home/agent/Annexe.docx', action: 'run' }),
    ).rejects.toThrow(IPC_REFUSED_PREFIX);
  });
});
