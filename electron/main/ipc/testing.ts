// Test fakes for the IPC layer (not a test file itself).
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event as IpcMainInvokeEvent, ...args);
  }
}

export interface FakeFrame {
  processId: number;
  routingId: number;
  url: string;
  parent: FakeFrame | null;
}

/** One window showing app://convention/index.html, and the event its main frame would send. */
export function fakeWindow(url = 'app://convention/index.html') {
  const mainFrame: FakeFrame = { processId: 7, routingId: 1, url, parent: null };
  const webContents = { mainFrame };
  const win = { isDestroyed: () => false, webContents };
  const goodEvent = { sender: webContents, senderFrame: mainFrame };
  return { win: win as unknown as BrowserWindow, mainFrame, webContents, goodEvent };
}
