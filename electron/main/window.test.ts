import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, type WindowConstructor } from './window';

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly show = vi.fn();
  readonly loadURL = vi.fn(async () => undefined);
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
}

function create(isPackaged: boolean, iconPath?: string) {
  FakeWindow.created = [];
  createMainWindow({
    BrowserWindow: FakeWindow as unknown as WindowConstructor,
    preloadPath: '/app/dist-electron/preload.cjs',
    isPackaged,
    ...(iconPath ? { iconPath } : {}),
  });
  expect(FakeWindow.created).toHaveLength(1);
  return FakeWindow.created[0] as FakeWindow;
}

describe('createMainWindow', () => {
  it('uses the app icon for the window', () => {
    expect(create(true, '/app/resources/icon.png').options.icon).toBe('/app/resources/icon.png');
  });

  it('creates the window with the secure webPreferences and the preload', () => {
    const win = create(true);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      preload: '/app/dist-electron/preload.cjs',
    });
  });

  it('has the French title, a minimum size, and stays hidden until ready-to-show', () => {
    const win = create(true);
    expect(win.options).toMatchObject({ title: 'Convention MCP', show: false });
    expect(win.options.minWidth).toBeGreaterThanOrEqual(800);
    expect(win.options.minHeight).toBeGreaterThanOrEqual(600);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('loads the renderer from the fixed app origin', () => {
    const win = create(false);
    expect(win.loadURL).toHaveBeenCalledWith('app://convention/index.html');
  });

  it('keeps DevTools for development runs only', () => {
    expect(create(false).options.webPreferences?.devTools).toBe(true);
    expect(create(true).options.webPreferences?.devTools).toBe(false);
  });
});
