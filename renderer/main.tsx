import { StrictMode } from 'react';
import { technicalErrorMessage } from '../shared/domain/technical-errors';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { preloadScreen } from './shell/routes';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { ServicesProvider } from './shell/services';
import { StartupError } from './shell/StartupError';
import { openDatabase } from './db/open-database';
import { detectPlatform, type PlatformBridge } from './platform';
import type { AppDatabase } from './db/database';
import { useUiStore } from './store/ui-store';
import { APP_VERSION } from './platform/web-bridge';
import { firstRegisterLoad } from './shell/register/use-register';
import './shell/styles.css';
import { markOnce } from './shell/perf';
import { calendarDateInParis } from '../shared/domain/dates';
import { DB_NAME } from './db/database';
import { readStoredFirstPage } from './db/roster-first-page-store';
import { CURRENT_SCHEMA_VERSION } from './db/schema/history';
import { FirstScreen } from './shell/first-screen/FirstScreen';
import { setStartFirstPage } from './shell/first-screen/start-page';
import { installFrenchTypography } from './ui/french-typography';

markOnce('app:script');
// Opening on the roster: the first page the last run kept is shown before the register is
// open (a large IndexedDB database takes a second or more to open on a cold start).
const startPage = /^#\/agents(?:[?/]|$)/.test(location.hash)
  ? readStoredFirstPage(DB_NAME, calendarDateInParis(new Date()), CURRENT_SCHEMA_VERSION)
  : null;
setStartFirstPage(startPage);
// French spacing (non-breaking spaces before : ; ! ? and inside « ») for every text shown.
installFrenchTypography();

/** Runs `work` once the next frame is painted. */
function afterPaint(work: () => void) {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

/**
 * Runs `work` once the first screen has been handed to the browser: after the first frame,
 * when the main thread is idle (at most one second later). The screen's own reads are then
 * already queued ahead of the start-up reads of the whole register.
 */
function afterFirstScreen(work: () => void) {
  const start = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => work(), { timeout: 1000 })
      : setTimeout(work, 0);
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(start, 0));
  else start();
}

/**
 * The start-up guards' code (the whole-register check, the automatic backups and their
 * export format, the journal sealing) is loaded with them, after the first screen: the first
 * screen's bundle does not carry it.
 */
async function startupGuards(db: AppDatabase, platform: PlatformBridge) {
  const [{ startAutomaticBackups }, { checkDatabase }, { startJournalSealing }] = await Promise.all(
    [import('./backup/auto-backup'), import('./db/startup-check'), import('./db/journal-sealer')],
  );
  // Desktop app: the journal's head is sealed with the workstation's key after each change.
  if (platform.journalSeal) startJournalSealing(db, platform.journalSeal);
  // `app:startup-checked` once the check and the start-up backup are over (npm run bench waits
  // for it before timing the keystrokes of an app at rest).
  let firstBackupDone = () => {};
  const firstBackup = new Promise<void>((resolve) => (firstBackupDone = resolve));
  const check = checkDatabase(db);
  void Promise.allSettled([check, firstBackup]).then(() => markOnce('app:startup-checked'));
  void check.then(
    (result) => {
      for (const warning of result.warnings) useUiStore.getState().notify('attention', warning);
    },
    (error: unknown) =>
      useUiStore
        .getState()
        .notify('alerte', `La vérification du registre au démarrage a échoué : ${String(error)}`),
  );
  startAutomaticBackups({ db, platform, appVersion: APP_VERSION }, (outcome) => {
    firstBackupDone();
    if (!outcome.ok) {
      useUiStore
        .getState()
        .notify(
          'alerte',
          `La sauvegarde automatique a échoué. ${technicalErrorMessage(outcome.error) ?? ''} Exportez une sauvegarde depuis l’écran Sauvegardes.`.replace(
            /\s+/g,
            ' ',
          ),
        );
    }
  });
}

async function bootstrap() {
  const root = createRoot(document.getElementById('root')!);
  if (startPage) {
    // Drawn now, in this task, and painted before the screen's code is compiled.
    flushSync(() => root.render(<FirstScreen page={startPage} />));
    afterPaint(() => preloadScreen(location.hash));
  } else preloadScreen(location.hash);
  const platform = detectPlatform();

  let db;
  try {
    db = await openDatabase({ appVersion: APP_VERSION });
    markOnce('app:db-open');
  } catch (error) {
    root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
    return;
  }
  void platform.requestPersistentStorage();
  // Start-up guards: a visible warning for anything odd (never a silent fix), then a backup
  // at start and once a day (each followed by the rotation). Both read the whole register:
  // they run once the first screen is up, so that a large register opens at once.
  // The checks and the start-up backup read the whole register: they wait until the first
  // screen has its data (or 10 s at most, e.g. on the first-run screen), then for idle time.
  const firstScreenReady = Promise.race([
    firstRegisterLoad,
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);
  // The documents worker (pdfmake's code, the fonts, a made-up form) loads in its own thread
  // when idle after that: a screen that issues documents, opened later, finds it ready (its
  // code alone takes a second or more on a slow PC).
  void firstScreenReady.then(() =>
    import('./documents/generator').then((m) => m.prepareDocumentGenerationWhenIdle()),
  );
  void firstScreenReady.then(() =>
    afterFirstScreen(
      () =>
        void startupGuards(db, platform).catch((error: unknown) =>
          useUiStore
            .getState()
            .notify(
              'alerte',
              `Les vérifications de démarrage n’ont pas pu être lancées : ${String(error)}`,
            ),
        ),
    ),
  );

  const saveAllData = async () => {
    const { exportAllAsPlainJson } = await import('./db/repositories/raw-export');
    const now = new Date();
    const json = await exportAllAsPlainJson(db, APP_VERSION, now);
    const day = now.toISOString().slice(0, 10);
    await platform.saveFile({
      suggestedName: `convention-mcp-donnees-${day}.json`,
      filters: ['json'],
      bytes: new TextEncoder().encode(json),
    });
  };

  root.render(
    <StrictMode>
      <ErrorBoundary onSaveData={saveAllData}>
        <ServicesProvider value={{ db, platform, appVersion: APP_VERSION, saveAllData }}>
          <App />
        </ServicesProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void bootstrap();
