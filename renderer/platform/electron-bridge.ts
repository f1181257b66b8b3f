import type { ConventionApi } from '../../shared/ipc/contract';
import { cleanSuggestedName } from '../../shared/ipc/file-names';
import { requestPersistentStorage } from './persist';
import type { PlatformBridge } from './types';

export function createElectronBridge(api: ConventionApi): PlatformBridge {
  return {
    kind: 'electron',
    getAppInfo: () => api.getAppInfo(),
    saveFile: (request) =>
      api.saveFile({
        ...request,
        suggestedName: cleanSuggestedName(request.suggestedName, request.filters),
      }),
    revealFile: (path, action) => api.revealFile(path, action),
    openExternal: async (url) => (await api.openExternal(url)).opened,
    requestPersistentStorage,
    // Passed through as preload built them from the contract: a new backup or seal
    // function needs no line here.
    backups: { location: 'data-folder', ...api.backups },
    journalSeal: api.journalSeal,
  };
}
