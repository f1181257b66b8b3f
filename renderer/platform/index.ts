import type { ConventionApi } from '../../shared/ipc/contract';
import { createElectronBridge } from './electron-bridge';
import type { PlatformBridge } from './types';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    conventionApi?: ConventionApi;
  }
}

/** Electron's preload exposes `window.conventionApi`; anywhere else we are the web version. */
export function detectPlatform(win: Window = window): PlatformBridge {
  return win.conventionApi ? createElectronBridge(win.conventionApi) : createWebBridge();
}

export type { PlatformBridge, SaveRequest, BackupStore, BackupLocation, BackupFolderControl, BackupFolderStatus } from './types';
