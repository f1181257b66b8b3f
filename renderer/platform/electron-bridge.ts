import type { ConventionApi } from '../../shared/ipc/contract';
import { requestPersistentStorage } from './persist';
import type { PlatformBridge } from './types';

export function createElectronBridge(api: ConventionApi): PlatformBridge {
  return {
    kind: 'electron',
    getAppInfo: () => api.getAppInfo(),
    saveFile: (request) => api.saveFile(request),
    openExternal: async (url) => (await api.openExternal(url)).opened,
    requestPersistentStorage,
    backups: {
      location: 'data-folder',
      write: (name, bytes) => api.backups.write(name, bytes),
      list: () => api.backups.list(),
      read: (name) => api.backups.read(name),
      remove: (name) => api.backups.remove(name),
    },
  };
}
