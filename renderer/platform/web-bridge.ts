import { isAllowedExternalUrl } from '../../shared/ipc/external-links';
import { MIME_BY_FILTER } from './mime';
import { requestPersistentStorage } from './persist';
import type { BackupStore, PlatformBridge } from './types';
import { createBrowserBackupStore } from './web-backup-store';

export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

/** The browser version: files go through a download, data stays in this browser profile. */
export function createWebBridge(backups: BackupStore = createBrowserBackupStore()): PlatformBridge {
  return {
    kind: 'web',
    async getAppInfo() {
      return {
        name: 'Convention MCP',
        version: APP_VERSION,
        dataFolder: 'Base IndexedDB de ce navigateur',
        backupFolder: 'Base « sauvegardes » de ce navigateur',
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
      link.download = suggestedName;
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
  };
}
