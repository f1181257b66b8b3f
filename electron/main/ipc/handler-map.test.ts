import { describe, expect, it, vi } from 'vitest';
import {
  API_ROUTES,
  IPC,
  IPC_REFUSED_PREFIX,
  isApiRoute,
  type IpcChannel,
  type IpcHandlers,
} from '../../../shared/ipc/contract';
import { createSenderCheck } from './handle-validated';
import { createIpcHandlers, registerIpcHandlers, type AllIpcDeps } from './register';
import { FakeIpcMain, fakeWindow } from './testing';

const CHANNELS = Object.values(IPC) as IpcChannel[];

/** A spy per channel, registered the way main does it. */
function setup(handlers: Partial<IpcHandlers> = {}) {
  const ipcMain = new FakeIpcMain();
  const w = fakeWindow();
  const spies = Object.fromEntries(
    CHANNELS.map((c) => [c, vi.fn(async () => 'ok')]),
  ) as unknown as Record<IpcChannel, ReturnType<typeof vi.fn>>;
  registerIpcHandlers(
    { ipcMain: ipcMain, senderCheck: createSenderCheck(() => w.win) },
    { ...(spies as unknown as IpcHandlers), ...handlers },
  );
  return { ipcMain, spies, ...w };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the call was accepted');
}

describe('one handler map, registered in a loop', () => {
  it('registers every channel of the contract once', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)(
    'refuses %s from another window, before looking at the argument',
    async (channel) => {
      const { ipcMain, spies } = setup();
      const other = fakeWindow();
      const message = await refusal(ipcMain.invoke(channel, other.goodEvent, undefined));
      expect(message).toContain(IPC_REFUSED_PREFIX);
      expect(message).toContain('ne vient pas de la fenêtre');
      expect(spies[channel]).not.toHaveBeenCalled();
    },
  );

  it.each(CHANNELS)('checks the argument of %s with its schema', async (channel) => {
    const { ipcMain, spies, goodEvent } = setup();
    const message = await refusal(ipcMain.invoke(channel, goodEvent, { unexpected: true }));
    expect(message).toContain(`argument invalide pour « ${channel} »`);
    expect(spies[channel]).not.toHaveBeenCalled();
  });

  it('passes the checked argument to the channel’s handler only', async () => {
    const { ipcMain, spies, goodEvent } = setup();
    await expect(ipcMain.invoke(IPC.backupRead, goodEvent, { name: 'a.json' })).resolves.toBe('ok');
    expect(spies[IPC.backupRead]).toHaveBeenCalledWith({ name: 'a.json' });
    for (const c of CHANNELS.filter((c) => c !== IPC.backupRead))
      expect(spies[c]).not.toHaveBeenCalled();
  });

  it('stops the start-up when a channel has no handler', () => {
    expect(() => setup({ [IPC.backupList]: undefined })).toThrow(/backup:list/);
  });

  it('builds the map from the services, one entry per channel', () => {
    const handlers = createIpcHandlers({} as AllIpcDeps);
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });
});

describe('the preload routes', () => {
  it('reach every channel exactly once', () => {
    const channels: string[] = [];
    const walk = (routes: object) => {
      for (const entry of Object.values(routes)) {
        if (isApiRoute(entry)) channels.push(entry.channel);
        else walk(entry as object);
      }
    };
    walk(API_ROUTES);
    expect(channels.sort()).toEqual([...CHANNELS].sort());
  });
});
