import type { ConventionApi } from '../../shared/ipc/contract';
import { createElectronBridge } from './electron-bridge';
import { observeBackupStore } from './observed-backup-store';
import type { PlatformBridge } from './types';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    conventionApi?: ConventionApi;
  }
}

/** Electron's preload exposes `window.conventionApi`; anywhere else we are the web version. */
export function detectPlatform(win: Window = window): PlatformBridge {
  const bridge = win.conventionApi ? createElectronBridge(win.conventionApi) : createWebBridge();
  return { ...bridge, backups: observeBackupStore(bridge.backups) };
}

export { subscribeBackupsChanged } from './observed-backup-store';

export type {
  PlatformBridge,
  JournalSealer,
  SaveRequest,
  BackupStore,
  BackupLocation,
  BackupFolderControl,
  BackupFolderStatus,
} from './types';
