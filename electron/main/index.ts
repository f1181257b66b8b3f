// Entry of the main process: the only file that imports the real 'electron'. Everything it
// wires is in small modules that receive their Electron APIs as parameters (and are tested).
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { join } from 'node:path';
import { pinAppIdentity } from './app-identity';
import { forceFrenchLocale } from './locale';
import { registerAppProtocol, registerAppSchemePrivileges } from './app-protocol';
import { createExternalOpener } from './external-links';
import { createSenderCheck } from './ipc/handle-validated';
import { registerAllIpc } from './ipc/register';
import { aboutDialogOptions, buildMenuTemplate } from './menu';
import { hardenSession, installWebContentsGuards } from './security';
import { createAppInfo } from './services/app-info';
import { createBackupFolder } from './services/backup-folder';
import { createJournalSeal } from './services/journal-seal';
import { createSaveFile } from './services/save-file';
import { createSavedFiles } from './services/saved-files';
import { ensureSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// --- Before `ready` -------------------------------------------------------------------------
const userData = pinAppIdentity(app);
forceFrenchLocale(app);
registerAppSchemePrivileges(protocol);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
const getWindow = (): BrowserWindow | null =>
  mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;

if (ensureSingleInstance(app, getWindow)) {
  const openExternal = createExternalOpener(shell);
  installWebContentsGuards(app, openExternal);

  const openWindow = (): void => {
    // main.cjs and preload.cjs are built side by side in dist-electron/.
    mainWindow = createMainWindow({
      BrowserWindow,
      preloadPath: join(__dirname, 'preload.cjs'),
      isPackaged: app.isPackaged,
      iconPath: join(app.getAppPath(), 'resources', 'icon.png'),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      registerAppProtocol(protocol, { rootDir: join(app.getAppPath(), 'dist', 'renderer') });

      const backups = createBackupFolder(userData);
      const savedFiles = createSavedFiles(shell);
      registerAllIpc(
        { ipcMain, senderCheck: createSenderCheck(getWindow) },
        {
          getAppInfo: createAppInfo({ app, backupFolder: backups.path }),
          saveFile: createSaveFile({
            dialog,
            getWindow,
            documentsPath: () => app.getPath('documents'),
            onSaved: savedFiles.remember,
          }),
          savedFiles,
          openExternal,
          backups,
          journalSeal: createJournalSeal({ safeStorage, userDataPath: userData }),
        },
      );

      const showAbout = (): void => {
        const options = aboutDialogOptions({ version: app.getVersion(), dataFolder: userData });
        const win = getWindow();
        void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
      };
      // The same key press the page answers to (Ctrl+F focuses the screen's search).
      const focusSearch = (): void => {
        getWindow()?.webContents.sendInputEvent({
          type: 'keyDown',
          keyCode: 'F',
          modifiers: ['control'],
        });
      };
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({ isPackaged: app.isPackaged, openExternal, showAbout, focusSearch }),
        ),
      );

      openWindow();
      app.on('activate', () => {
        if (!getWindow()) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[main] start-up failed', error);
      dialog.showErrorBox('Convention MCP', 'L’application n’a pas pu démarrer.');
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
