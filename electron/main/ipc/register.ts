import type { z } from 'zod';
import {
  argSchemas,
  IPC,
  type AppInfo,
  type IpcArgs,
  type IpcChannel,
  type IpcHandlers,
  type SaveResult,
} from '../../../shared/ipc/contract';
import type { OpenExternal } from '../external-links';
import type { BackupFolder } from '../services/backup-folder';
import type { JournalSealService } from '../services/journal-seal';
import type { SavedFiles } from '../services/saved-files';
import { handleValidated, type IpcMainLike, type SenderCheck } from './handle-validated';

/** Where handlers are registered, and who may call. */
export interface IpcContext {
  ipcMain: IpcMainLike;
  senderCheck: SenderCheck;
}

/** The services the handlers call (each built in index.ts with its Electron APIs). */
export interface AllIpcDeps {
  getAppInfo: () => AppInfo;
  saveFile: (arg: IpcArgs<typeof IPC.fileSave>) => Promise<SaveResult>;
  savedFiles: Pick<SavedFiles, 'reveal'>;
  openExternal: OpenExternal;
  backups: BackupFolder;
  journalSeal: JournalSealService;
}

/**
 * One handler per channel of the contract (shared/ipc/contract.ts): a missing or extra
 * channel, or a wrong argument or result type, fails to compile. Handlers receive the
 * argument already checked by the channel's schema.
 */
export function createIpcHandlers(deps: AllIpcDeps) {
  return {
    [IPC.appInfo]: async () => deps.getAppInfo(),
    [IPC.fileSave]: (arg) => deps.saveFile(arg),
    [IPC.fileReveal]: (arg) => deps.savedFiles.reveal(arg),
    [IPC.openExternal]: async ({ url }) => ({ opened: await deps.openExternal(url) }),
    [IPC.backupWrite]: ({ name, bytes }) => deps.backups.write(name, bytes),
    [IPC.backupList]: () => deps.backups.list(),
    [IPC.backupRead]: ({ name }) => deps.backups.read(name),
    [IPC.backupDelete]: ({ name }) => deps.backups.remove(name),
    [IPC.journalSealRead]: () => deps.journalSeal.read(),
    [IPC.journalSeal]: ({ head, rewind }) => deps.journalSeal.seal(head, rewind),
  } satisfies IpcHandlers;
}

/**
 * Registers every channel of the contract, in one loop, each behind the sender check and
 * its argument schema (handleValidated). A channel without a handler stops the start-up.
 */
export function registerIpcHandlers(
  { ipcMain, senderCheck }: IpcContext,
  handlers: IpcHandlers,
): void {
  const register = <C extends IpcChannel>(channel: C) => {
    const handler = handlers[channel];
    if (typeof handler !== 'function')
      throw new Error(`IPC : aucun gestionnaire pour « ${channel} ».`);
    // The schema of channel C parses to IpcArgs<C> (its definition); TS cannot follow a generic index.
    const schema = argSchemas[channel] as unknown as z.ZodType<IpcArgs<C>>;
    handleValidated(ipcMain, channel, schema, senderCheck, handler);
  };
  for (const channel of Object.keys(argSchemas) as IpcChannel[]) register(channel);
}

export function registerAllIpc(context: IpcContext, deps: AllIpcDeps): void {
  registerIpcHandlers(context, createIpcHandlers(deps));
}
