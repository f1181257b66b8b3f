/**
 * Issue 14: zod's English defaults must not reach the user from Electron's main process
 * either. The real entry (index.ts) is started with a mocked `electron`, every handler it
 * registers is called from the app's own window with wrong arguments, and each refusal must
 * be French: the main bundle installs the French error map by itself (it shares no module
 * graph with the renderer).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const state = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  appData: '',
  windows: [] as { webContents: unknown }[],
}));

vi.mock('electron', () => {
  /** Any member, called or read, is another stub; never a thenable. */
  const stub = (overrides: Record<string, unknown> = {}): unknown =>
    new Proxy(function () {}, {
      get: (_t, prop) =>
        prop in overrides ? overrides[prop as string] : prop === 'then' ? undefined : stub(),
      apply: () => stub(),
      construct: () => stub() as object,
    });
  const mainFrame = {
    processId: 1,
    routingId: 1,
    url: 'app://convention/index.html',
    parent: null,
  };
  class BrowserWindow {
    webContents = stub({ mainFrame });
    constructor() {
      state.windows.push(this);
      return new Proxy(this, {
        get: (target, prop) =>
          prop in target
            ? (target as Record<string | symbol, unknown>)[prop]
            : prop === 'isDestroyed'
              ? () => false
              : stub(),
      });
    }
  }
  const app = stub({
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: () => true,
    getPath: () => state.appData,
    getAppPath: () => state.appData,
    getVersion: () => '0.0.0-test',
    isPackaged: false,
  });
  const ipcMain = {
    handle: (channel: string, listener: Listener) => state.handlers.set(channel, listener),
  };
  const safeStorage = stub({ isEncryptionAvailable: () => false });
  const all = {
    app,
    BrowserWindow,
    ipcMain,
    safeStorage,
    dialog: stub(),
    Menu: stub(),
    protocol: stub(),
    session: stub(),
    shell: stub(),
  };
  return { ...all, default: all };
});

state.appData = mkdtempSync(join(tmpdir(), 'convention-main-'));
afterAll(() => rmSync(state.appData, { recursive: true, force: true }));

/** English words zod 4 uses in its default messages. */
const ENGLISH =
  /\b(Invalid|expected|received|Too (big|small)|must|string|number|input|Unrecognized|characters?)\b/;

async function refusal(channel: string, arg: unknown): Promise<string> {
  const handler = state.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  const win = state.windows[0]!;
  const event = {
    sender: win.webContents,
    senderFrame: (win.webContents as { mainFrame: unknown }).mainFrame,
  };
  try {
    await handler(event, arg);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${channel} accepted ${JSON.stringify(arg)}`);
}

describe('Electron main: IPC argument errors are French', () => {
  it('every channel refuses wrong arguments with French messages only', async () => {
    await import('./index');
    // The handlers are registered once the (mocked) app is ready.
    for (let i = 0; i < 20 && state.handlers.size === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(state.windows.length).toBeGreaterThan(0);
    const { IPC, IPC_REFUSED_PREFIX } = await import('../../shared/ipc/contract');
    expect([...state.handlers.keys()].sort()).toEqual(Object.values(IPC).sort());

    const cases: [string, unknown][] = [
      [IPC.appInfo, { extra: 1 }],
      [IPC.fileSave, { suggestedName: 42, filters: ['exe'], bytes: 'abc' }],
      [
        IPC.fileSave,
        { suggestedName: 'x'.repeat(300), filters: [], bytes: new Uint8Array(1), other: true },
      ],
      [IPC.fileReveal, { path: '', action: 'lancer' }],
      [IPC.openExternal, { url: 12 }],
      [IPC.backupWrite, { name: '../../etc/passwd', bytes: new Uint8Array(1) }],
      [IPC.backupList, 'tout'],
      [IPC.backupRead, {}],
      [IPC.backupDelete, { name: 'a.exe' }],
      [IPC.journalSealRead, 3],
      [IPC.journalSeal, { head: { seq: -1, hash: 'zz' }, rewind: 'oui' }],
    ];
    const messages: string[] = [];
    for (const [channel, arg] of cases) {
      const message = await refusal(channel, arg);
      expect(message.startsWith(IPC_REFUSED_PREFIX), message).toBe(true);
      messages.push(message);
    }
    const english = messages.filter((m) => ENGLISH.test(m.replace(/« [^»]* »/g, '')));
    expect(english).toEqual([]);
    // Specific French wording from the app's own map (not zod's bare French locale).
    expect(messages.join('\n')).toMatch(
      /Valeur inattendue|Format invalide|Champ inattendu|Ce champ est obligatoire/,
    );
  });
});
