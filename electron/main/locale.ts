import type { App } from 'electron';

export const APP_LOCALE = 'fr-FR';

/**
 * Forces the French locale whatever the Windows display language: Chromium's own widgets
 * (date pickers, the file picker's buttons, spell-check, number formats) are then French.
 * Must run before `ready`.
 */
export function forceFrenchLocale(app: Pick<App, 'commandLine'>): void {
  app.commandLine.appendSwitch('lang', APP_LOCALE);
}
