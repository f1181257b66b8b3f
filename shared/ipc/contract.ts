/**
 * The one IPC contract between the renderer (through preload) and the main process.
 * Channel names, argument schemas and result types live here and nowhere else: preload
 * wrappers and main handlers are both typed from `IpcHandlers`.
 */
import { z } from 'zod';

import { IPC, type IpcChannel } from './channels';

export { IPC, type IpcChannel } from './channels';

export const SAVE_FILTERS = ['pdf', 'csv', 'docx', 'json'] as const;
export type SaveFilter = (typeof SAVE_FILTERS)[number];

/** Backup file names are chosen by the app; anything else (paths, dots) is refused. */
export const BACKUP_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(json|mcpbak)$/;

const MAX_FILE_BYTES = 512 * 1024 * 1024;
const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'Contenu de fichier attendu.')
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'Fichier trop volumineux.');

export const argSchemas = {
  [IPC.appInfo]: z.undefined(),
  [IPC.fileSave]: z.strictObject({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((n) => !/[\\/]/.test(n), 'Le nom proposé ne doit pas contenir de dossier.'),
    filters: z.array(z.enum(SAVE_FILTERS)).min(1),
    bytes,
  }),
  [IPC.openExternal]: z.strictObject({ url: z.string().max(2000) }),
  [IPC.backupWrite]: z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN), bytes }),
  [IPC.backupList]: z.undefined(),
  [IPC.backupRead]: z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN) }),
  [IPC.backupDelete]: z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN) }),
} satisfies Record<IpcChannel, z.ZodType>;

export type IpcArgs<C extends IpcChannel> = z.infer<(typeof argSchemas)[C]>;

export interface AppInfo {
  name: string;
  version: string;
  dataFolder: string;
  backupFolder: string;
  platform: string;
}

export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export interface BackupFileInfo {
  name: string;
  size: number;
  modifiedAt: string;
}

export interface IpcResults {
  [IPC.appInfo]: AppInfo;
  [IPC.fileSave]: SaveResult;
  [IPC.openExternal]: { opened: boolean };
  [IPC.backupWrite]: BackupFileInfo;
  [IPC.backupList]: BackupFileInfo[];
  [IPC.backupRead]: Uint8Array;
  [IPC.backupDelete]: { deleted: boolean };
}

export type IpcHandlers = {
  [C in IpcChannel]: (arg: IpcArgs<C>) => Promise<IpcResults[C]>;
};

/** What preload exposes on `window.conventionApi`: one named function per channel. */
export interface ConventionApi {
  getAppInfo(): Promise<AppInfo>;
  saveFile(arg: IpcArgs<typeof IPC.fileSave>): Promise<SaveResult>;
  openExternal(url: string): Promise<{ opened: boolean }>;
  backups: {
    write(name: string, bytes: Uint8Array): Promise<BackupFileInfo>;
    list(): Promise<BackupFileInfo[]>;
    read(name: string): Promise<Uint8Array>;
    remove(name: string): Promise<{ deleted: boolean }>;
  };
}

/** Errors crossing IPC lose their class; main sends this shape inside the message. */
export const IPC_REFUSED_PREFIX = 'IPC_REFUSED:';
