import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_ENTRY_URL, APP_NAME } from './constants';

/** The renderer is an untrusted web page: it only reaches Node through the preload's API. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

export const MIN_WINDOW_SIZE = { width: 1024, height: 680 } as const;

export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowOptions {
  BrowserWindow: WindowConstructor;
  preloadPath: string;
  /** DevTools are only available when running from sources. */
  isPackaged: boolean;
  /** resources/icon.png (Linux and development; the Windows .exe carries icon.ico). */
  iconPath?: string;
}

export function mainWindowOptions(
  preloadPath: string,
  isPackaged: boolean,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    ...(iconPath ? { icon: iconPath } : {}),
    width: 1280,
    height: 840,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      devTools: !isPackaged,
      preload: preloadPath,
    },
  };
}

/** Creates the one window of the app and loads the renderer from `app://convention/`. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new options.BrowserWindow(
    mainWindowOptions(options.preloadPath, options.isPackaged, options.iconPath),
  );
  win.once('ready-to-show', () => {
    win.show();
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[window] failed to load the renderer', error);
  });
  return win;
}
