import { describe, expect, it, vi } from 'vitest';
import { argSchemas, IPC, IPC_REFUSED_PREFIX } from '../../../shared/ipc/contract';
import { createSenderCheck, handleValidated, type IpcMainLike } from './handle-validated';
import { FakeIpcMain, fakeWindow, type FakeFrame } from './testing';

function setup() {
  const ipcMain = new FakeIpcMain();
  const w = fakeWindow();
  const handler = vi.fn(async ({ name }: { name: string }) => ({ deleted: name === 'a.json' }));
  handleValidated(
    ipcMain as unknown as IpcMainLike,
    IPC.backupDelete,
    argSchemas[IPC.backupDelete],
    createSenderCheck(() => w.win),
    handler,
  );
  return { ipcMain, handler, ...w };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the call was accepted');
}

describe('handleValidated: who may call', () => {
  it('accepts the main frame of the window and returns the handler result', async () => {
    const { ipcMain, handler, goodEvent } = setup();
    await expect(ipcMain.invoke(IPC.backupDelete, goodEvent, { name: 'a.json' })).resolves.toEqual({
      deleted: true,
    });
    expect(handler).toHaveBeenCalledWith({ name: 'a.json' });
  });

  it('refuses a call without senderFrame (frame gone)', async () => {
    const { ipcMain, handler, webContents } = setup();
    const message = await refusal(
      ipcMain.invoke(
        IPC.backupDelete,
        { sender: webContents, senderFrame: null },
        { name: 'a.json' },
      ),
    );
    expect(message.startsWith(IPC_REFUSED_PREFIX)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a subframe of our window', async () => {
    const { ipcMain, handler, webContents, mainFrame } = setup();
    const subframe: FakeFrame = {
      processId: 7,
      routingId: 2,
      url: 'app://convention/frame.html',
      parent: mainFrame,
    };
    const message = await refusal(
      ipcMain.invoke(
        IPC.backupDelete,
        { sender: webContents, senderFrame: subframe },
        { name: 'a.json' },
      ),
    );
    expect(message.startsWith(IPC_REFUSED_PREFIX)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses the main frame once it shows another origin', async () => {
    const { ipcMain, handler, goodEvent, mainFrame } = setup();
    mainFrame.url = 'https://evil.example/app://convention/';
    const message = await refusal(ipcMain.invoke(IPC.backupDelete, goodEvent, { name: 'a.json' }));
    expect(message.startsWith(IPC_REFUSED_PREFIX)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses another webContents, even one showing our origin', async () => {
    const { ipcMain, handler } = setup();
    const other = fakeWindow();
    const message = await refusal(
      ipcMain.invoke(IPC.backupDelete, other.goodEvent, { name: 'a.json' }),
    );
    expect(message.startsWith(IPC_REFUSED_PREFIX)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses everything when the window is gone', async () => {
    const ipcMain = new FakeIpcMain();
    const { goodEvent } = fakeWindow();
    const handler = vi.fn(async () => ({ deleted: true }));
    handleValidated(
      ipcMain as unknown as IpcMainLike,
      IPC.backupDelete,
      argSchemas[IPC.backupDelete],
      createSenderCheck(() => null),
      handler,
    );
    const message = await refusal(ipcMain.invoke(IPC.backupDelete, goodEvent, { name: 'a.json' }));
    expect(message.startsWith(IPC_REFUSED_PREFIX)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('handleValidated: what may be sent', () => {
  it.each([
    ['a path', { name: '../../Windows/evil.json' }],
    ['a wrong extension', { name: 'a.exe' }],
    ['an extra key', { name: 'a.json', force: true }],
    ['no argument', undefined],
    ['a string instead of an object', 'a.json'],
  ])(
    'refuses %s with a prefixed French message, without calling the handler',
    async (_label, arg) => {
      const { ipcMain, handler, goodEvent } = setup();
      const message = await refusal(ipcMain.invoke(IPC.backupDelete, goodEvent, arg));
      expect(message.startsWith(IPC_REFUSED_PREFIX)).toBe(true);
      expect(message).toContain('argument invalide pour « backup:delete »');
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it('refuses extra positional arguments', async () => {
    const { ipcMain, handler, goodEvent } = setup();
    const message = await refusal(
      ipcMain.invoke(IPC.backupDelete, goodEvent, { name: 'a.json' }, 'more'),
    );
    expect(message.startsWith(IPC_REFUSED_PREFIX)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the sender before looking at the argument', async () => {
    const { ipcMain, webContents } = setup();
    const message = await refusal(
      ipcMain.invoke(IPC.backupDelete, { sender: webContents, senderFrame: null }, 42),
    );
    expect(message).toContain('ne vient pas de la fenêtre');
  });
});
