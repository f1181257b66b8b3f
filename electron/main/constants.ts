/**
 * Identity of the app as Chromium and the OS see it. Changing any of these values moves the
 * IndexedDB data (it lives under `userData/IndexedDB/<origin>`), i.e. silently "loses" every
 * register the user has typed in. Never change them once released.
 */
export const APP_NAME = 'Convention MCP';
export const APP_ID = 'fr.conventionmcp.app';

export const APP_SCHEME = 'app';
export const APP_HOST = 'convention';
/** The one origin the window may show: fixed in development and in the packaged app. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Returns true for URLs of our own origin (`app://convention/...`) and nothing else. */
export function isAppUrl(raw: string): boolean {
  if (typeof raw !== 'string' || !raw.startsWith(`${APP_ORIGIN}/`)) return false;
  try {
    const url = new URL(raw);
    return (
      url.protocol === `${APP_SCHEME}:` &&
      url.host === APP_HOST &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}
