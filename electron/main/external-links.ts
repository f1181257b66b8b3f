import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/ipc/external-links';

export type OpenExternal = (url: string) => Promise<boolean>;

/**
 * The only way the app opens anything outside itself: allowlisted https sites, in the user's
 * browser. Returns false (and opens nothing) for every other URL.
 */
export function createExternalOpener(shell: Pick<Shell, 'openExternal'>): OpenExternal {
  return async (url) => {
    if (typeof url !== 'string' || !isAllowedExternalUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  };
}
