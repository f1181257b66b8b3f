import type { App } from 'electron';
import { join } from 'node:path';
import { APP_ID, APP_NAME } from './constants';

export type IdentityApp = Pick<App, 'setName' | 'getPath' | 'setPath' | 'setAppUserModelId'>;

/**
 * Pins the app name and the data folders explicitly, so that renaming the npm package or the
 * product never moves `userData` (and the IndexedDB inside it). Must run before `ready`.
 * Returns the pinned `userData` path.
 */
export function pinAppIdentity(
  app: IdentityApp,
  platform: NodeJS.Platform = process.platform,
): string {
  app.setName(APP_NAME);
  const userData = join(app.getPath('appData'), APP_NAME);
  app.setPath('userData', userData);
  // Chromium storage (IndexedDB, Local Storage) lives in `sessionData`; pin it to the same place.
  app.setPath('sessionData', userData);
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  return userData;
}
