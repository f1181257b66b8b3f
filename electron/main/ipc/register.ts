import { argSchemas, IPC, type AppInfo, type IpcArgs, type SaveResult } from '../../../shared/ipc/contract';
import type { OpenExternal } from '../external-links';
import type { BackupFolder } from '../services/backup-folder';
import type { JournalSealService } from '../services/journal-seal';
import { handleValidated, type IpcMainLike, type SenderCheck } from './handle-validated';

/** What every register function needs: where to register, and who may call. */
export interface IpcContext {
  ipcMain: IpcMainLike;
  senderCheck: SenderCheck;
}

export function registerAppInfoIpc({ ipcMain, senderCheck }: IpcContext, getAppInfo: () => AppInfo): void {
  handleValidated(ipcMain, IPC.appInfo, argSchemas[IPC.appInfo], senderCheck, async () => getAppInfo());
}

export function registerFileIpc(
  { ipcMain, senderCheck }: IpcContext,
  saveFile: (arg: IpcArgs<typeof IPC.fileSave>) => Promise<SaveResult>,
): void {
  handleValidated(ipcMain, IPC.fileSave, argSchemas[IPC.fileSave], senderCheck, (arg) => saveFile(arg));
}

export function registerShellIpc({ ipcMain, senderCheck }: IpcContext, openExternal: OpenExternal): void {
  handleValidated(ipcMain, IPC.openExternal, argSchemas[IPC.openExternal], senderCheck, async ({ url }) => ({
    opened: await openExternal(url),
  }));
}

export function registerBackupIpc({ ipcMain, senderCheck }: IpcContext, backups: BackupFolder): void {
  handleValidated(ipcMain, IPC.backupWrite, argSchemas[IPC.backupWrite], senderCheck, ({ name, bytes }) =>
    backups.write(name, bytes),
  );
  handleValidated(ipcMain, IPC.backupList, argSchemas[IPC.backupList], senderCheck, () => backups.list());
  handleValidated(ipcMain, IPC.backupRead, argSchemas[IPC.backupRead], senderCheck, ({ name }) =>
    backups.read(name),
  );
  handleValidated(ipcMain, IPC.backupDelete, argSchemas[IPC.backupDelete], senderCheck, ({ name }) =>
    backups.remove(name),
  );
}

export function registerJournalSealIpc({ ipcMain, senderCheck }: IpcContext, seal: JournalSealService): void {
  handleValidated(ipcMain, IPC.journalSealRead, argSchemas[IPC.journalSealRead], senderCheck, () => seal.read());
  handleValidated(ipcMain, IPC.journalSeal, argSchemas[IPC.journalSeal], senderCheck, ({ head, rewind }) =>
    seal.seal(head, rewind),
  );
}

export interface AllIpcDeps {
  getAppInfo: () => AppInfo;
  saveFile: (arg: IpcArgs<typeof IPC.fileSave>) => Promise<SaveResult>;
  openExternal: OpenExternal;
  backups: BackupFolder;
  journalSeal: JournalSealService;
}

export function registerAllIpc(context: IpcContext, deps: AllIpcDeps): void {
  registerAppInfoIpc(context, deps.getAppInfo);
  registerFileIpc(context, deps.saveFile);
  registerShellIpc(context, deps.openExternal);
  registerBackupIpc(context, deps.backups);
  registerJournalSealIpc(context, deps.journalSeal);
}
