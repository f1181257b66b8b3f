import type { ConventionApi } from '../../shared/ipc/contract';
import { cleanSuggestedName } from '../../shared/ipc/file-names';
import { requestPersistentStorage } from './persist';
import type { PlatformBridge } from './types';

export function createElectronBridge(api: ConventionApi): PlatformBridge {
  return {
    kind: 'electron',
    getAppInfo: () => api.getAppInfo(),
    saveFile: (request) =>
      api.saveFile({ ...request, suggestedName: cleanSuggestedName(request.suggestedName, request.filters) }),
    openExternal: async (url) => (await api.openExternal(url)).opened,
    requestPersistentStorage,
    backups: {
      location: 'data-folder',
      write: (name, bytes) => api.backups.write(name, bytes),
      list: () => api.backups.list(),
      read: (name) => api.backups.read(name),
      remove: (name) => api.backups.remove(name),
    },
    journalSeal: {
      read: () => api.journalSeal.read(),
      seal: (head, rewind) => api.journalSeal.seal(head, rewind),
    },
  };
}
