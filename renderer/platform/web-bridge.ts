import { cleanSuggestedName } from '../../shared/ipc/file-names';
import { isAllowedExternalUrl } from '../../shared/ipc/external-links';
import { MIME_BY_FILTER } from './mime';
import { requestPersistentStorage } from './persist';
import { createSwitchableBackupStore } from './switchable-backup-store';
import type { BackupFolderControl, BackupStore, PlatformBridge } from './types';

export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

function isFolderControl(store: BackupStore): store is BackupStore & BackupFolderControl {
  return typeof (store as Partial<BackupFolderControl>).chooseFolder === 'function';
}

function backupPlace(backups: BackupStore): string {
  const status = isFolderControl(backups) ? backups.status() : undefined;
  if (status?.kind === 'folder') return `Dossier « ${status.folderName} » de votre ordinateur`;
  return 'Base « sauvegardes » de ce navigateur';
}

/**
 * The browser version: files go through a download, data stays in this browser profile.
 * Backups go to a folder the user chose where the browser allows it, else to a browser
 * database (the switchable store); a plain store can be given instead (tests).
 */
export function createWebBridge(
  backups: BackupStore = createSwitchableBackupStore(),
): PlatformBridge {
  return {
    kind: 'web',
    async getAppInfo() {
      return {
        name: 'Convention MCP',
        version: APP_VERSION,
        dataFolder: 'Base IndexedDB de ce navigateur',
        backupFolder: backupPlace(backups),
        platform: 'web',
      };
    },
    async saveFile({ suggestedName, filters, bytes }) {
      const type = MIME_BY_FILTER[filters[0] ?? 'json'];
      // Copy into a fresh ArrayBuffer: a Blob must not see later changes to the caller's view.
      const blob = new Blob([bytes.slice().buffer], { type });
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = cleanSuggestedName(suggestedName, filters);
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      return { status: 'saved', path: suggestedName };
    },
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    requestPersistentStorage,
    backups,
    ...(isFolderControl(backups) ? { backupFolder: backups } : {}),
  };
}
