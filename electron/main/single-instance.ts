import type { App, BrowserWindow } from 'electron';

export type SingleInstanceApp = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>;
export type FocusableWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'
>;

/**
 * Two instances on the same profile break IndexedDB (« Internal error opening backing store »).
 * Returns false (and asks the app to quit) when another instance already holds the lock;
 * otherwise brings the existing window forward whenever a second instance is launched.
 */
export function ensureSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    if (!win.isVisible()) win.show();
    win.focus();
  });
  return true;
}
