import { IPC } from '../../shared/ipc/channels';
import type { ConventionApi, IpcArgs, IpcChannel, IpcResults } from '../../shared/ipc/contract';

/** `ipcRenderer.invoke`, typed by the contract. */
export type Invoke = <C extends IpcChannel>(channel: C, arg: IpcArgs<C>) => Promise<IpcResults[C]>;

/** One named function per channel; no generic channel access is ever handed to the page. */
export function createApi(invoke: Invoke): ConventionApi {
  const api = {
    getAppInfo: () => invoke(IPC.appInfo, undefined),
    saveFile: (arg) => invoke(IPC.fileSave, arg),
    openExternal: (url) => invoke(IPC.openExternal, { url }),
    backups: {
      write: (name, bytes) => invoke(IPC.backupWrite, { name, bytes }),
      list: () => invoke(IPC.backupList, undefined),
      read: (name) => invoke(IPC.backupRead, { name }),
      remove: (name) => invoke(IPC.backupDelete, { name }),
    },
    journalSeal: {
      read: () => invoke(IPC.journalSealRead, undefined),
      seal: (head, rewind) => invoke(IPC.journalSeal, { head: { seq: head.seq, hash: head.hash }, rewind }),
    },
  } satisfies ConventionApi;
  return Object.freeze({
    ...api,
    backups: Object.freeze(api.backups),
    journalSeal: Object.freeze(api.journalSeal),
  });
}
