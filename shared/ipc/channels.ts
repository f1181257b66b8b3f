/**
 * IPC channel names, `domain:verb`, and the preload API's named functions (which channel
 * each calls, and how its parameters become the channel's one argument). Kept apart from
 * contract.ts (which re-exports them and holds the argument schemas and result types) so
 * that the preload bundle can import them without pulling zod in: types only from there.
 */
import type { IpcArgs } from './contract';

export const IPC = {
  appInfo: 'app:info',
  fileSave: 'file:save',
  fileReveal: 'file:reveal',
  openExternal: 'shell:open-external',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupDelete: 'backup:delete',
  journalSealRead: 'journal:seal-read',
  journalSeal: 'journal:seal',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** One named function of `window.conventionApi`: its channel, and its parameters → the argument. */
export interface ApiRoute<C extends IpcChannel = IpcChannel, P extends unknown[] = never> {
  readonly channel: C;
  readonly pack: (...params: P) => IpcArgs<C>;
}

const route = <C extends IpcChannel, P extends unknown[]>(
  channel: C,
  pack: (...params: P) => IpcArgs<C>,
): ApiRoute<C, P> => ({ channel, pack });

/**
 * The shape of `window.conventionApi` (see `ConventionApi` in contract.ts, derived from it):
 * named functions only, grouped by domain; a packer copies only the fields the channel takes.
 */
export const API_ROUTES = {
  getAppInfo: route(IPC.appInfo, () => undefined),
  saveFile: route(IPC.fileSave, (arg: IpcArgs<typeof IPC.fileSave>) => arg),
  revealFile: route(IPC.fileReveal, (path: string, action: 'open' | 'show') => ({ path, action })),
  openExternal: route(IPC.openExternal, (url: string) => ({ url })),
  backups: {
    write: route(IPC.backupWrite, (name: string, bytes: Uint8Array) => ({ name, bytes })),
    list: route(IPC.backupList, () => undefined),
    read: route(IPC.backupRead, (name: string) => ({ name })),
    remove: route(IPC.backupDelete, (name: string) => ({ name })),
  },
  journalSeal: {
    read: route(IPC.journalSealRead, () => undefined),
    seal: route(IPC.journalSeal, (head: { seq: number; hash: string }, rewind: boolean) => ({
      head: { seq: head.seq, hash: head.hash },
      rewind,
    })),
  },
} as const;

export type ApiRoutes = { readonly [name: string]: ApiRoute<IpcChannel, unknown[]> | ApiRoutes };

export function isApiRoute(value: unknown): value is ApiRoute<IpcChannel, unknown[]> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { pack?: unknown }).pack === 'function'
  );
}
