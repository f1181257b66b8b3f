import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './constants';
import type { OpenExternal } from './external-links';

export type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

function logRejection(what: string, url: string): void {
  console.warn(`[security] ${what} refused: ${url.slice(0, 200)}`);
}

/**
 * Guards one webContents: no new windows (allowlisted links go to the system browser), no
 * navigation or redirect away from `app://convention`, no <webview>.
 */
export function guardWebContents(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url)
      .then((opened) => {
        if (!opened) logRejection('window.open', url);
      })
      .catch(() => logRejection('window.open', url));
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      logRejection('navigation', event.url);
    }
  });

  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      logRejection('redirect', event.url);
    }
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Applies `guardWebContents` to every webContents the app ever creates. */
export function installWebContentsGuards(app: Pick<App, 'on'>, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, openExternal);
  });
}

export type HardenedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * Electron grants every permission by default. The app needs none (camera, notifications,
 * geolocation, HID…), so every request and every check is refused.
 */
export function hardenSession(session: HardenedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
