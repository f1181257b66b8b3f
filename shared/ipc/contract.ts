/**
 * The one IPC contract between the renderer (through preload) and the main process.
 * Channel names and the preload API's functions (channels.ts), argument schemas and result
 * types (here) live nowhere else: main registers one `IpcHandlers` map in a loop
 * (electron/main/ipc/register.ts), preload builds `ConventionApi` from `API_ROUTES`, and the
 * renderer's bridges are typed from `ConventionApi`. Adding a channel: its name and route in
 * channels.ts, its schema and result here, its handler in main.
 */
import { z } from 'zod';

// The main process shares no module graph with the renderer: its argument errors are French
// only if this module installs the French error map itself.
import '../domain/schemas/french-errors';

import { IPC, type API_ROUTES, type ApiRoute, type IpcChannel } from './channels';
import {
  BACKUP_NAME_PATTERN,
  HIDDEN_CHARACTERS,
  hasRequestedExtension,
  SAVE_FILTERS,
} from './file-names';

export { API_ROUTES, IPC, isApiRoute, type ApiRoute, type IpcChannel } from './channels';
export {
  BACKUP_NAME_PATTERN,
  cleanSuggestedName,
  hasRequestedExtension,
  HIDDEN_CHARACTERS,
  SAVE_FILTERS,
  type SaveFilter,
} from './file-names';

const MAX_FILE_BYTES = 512 * 1024 * 1024;
const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'Contenu de fichier attendu.')
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'Fichier trop volumineux.');

const journalHead = z.strictObject({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const argSchemas = {
  [IPC.appInfo]: z.undefined(),
  [IPC.fileSave]: z
    .strictObject({
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .refine((n) => !/[\\/]/.test(n), 'Le nom proposé ne doit pas contenir de dossier.')
        .refine(
          (n) => !HIDDEN_CHARACTERS.test(n),
          'Le nom proposé contient des caractères invisibles ou de contrôle.',
        ),
      filters: z.array(z.enum(SAVE_FILTERS)).min(1).max(SAVE_FILTERS.length),
      bytes,
    })
    .refine((a) => hasRequestedExtension(a.suggestedName, a.filters), {
      message: 'Le nom proposé doit se terminer par l’une des extensions demandées.',
      path: ['suggestedName'],
    }),
  [IPC.fileReveal]: z.strictObject({
    path: z.string().min(1).max(4096),
    action: z.enum(['open', 'show']),
  }),
  [IPC.openExternal]: z.strictObject({ url: z.string().max(2000) }),
  [IPC.backupWrite]: z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN), bytes }),
  [IPC.backupList]: z.undefined(),
  [IPC.backupRead]: z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN) }),
  [IPC.backupDelete]: z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN) }),
  [IPC.journalSealRead]: z.undefined(),
  [IPC.journalSeal]: z.strictObject({ head: journalHead, rewind: z.boolean() }),
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

/** « Ouvrir » / « Afficher dans le dossier »: done, or why not (French). */
export interface RevealResult {
  done: boolean;
  reason?: string;
}

export interface BackupFileInfo {
  name: string;
  size: number;
  modifiedAt: string;
}

/**
 * The desktop app's keyed seal of the journal: the last journal head it saw written, kept by
 * the main process beside a key that only this user account can read (Electron
 * `safeStorage`), authenticated with HMAC-SHA-256. Whoever edits the database files without
 * the application cannot move it.
 */
export type JournalSealState =
  /** No key: the system offers no protected storage (e.g. Linux without a keyring). */
  | { status: 'unavailable'; reason: string }
  /** A key, nothing sealed yet. */
  | { status: 'none'; keyCreatedAt: string }
  | { status: 'sealed'; keyCreatedAt: string; seq: number; hash: string; sealedAt: string }
  /** The seal file does not verify with the key: it was edited, or the key was replaced. */
  | { status: 'invalid'; keyCreatedAt: string; reason: string };

export type JournalSealResult =
  | { sealed: true; state: JournalSealState }
  /** Refused: the head is before the sealed one (a cut) without `rewind`, or no key. */
  | { sealed: false; reason: string; state: JournalSealState };

export interface IpcResults {
  [IPC.appInfo]: AppInfo;
  [IPC.fileSave]: SaveResult;
  [IPC.fileReveal]: RevealResult;
  [IPC.openExternal]: { opened: boolean };
  [IPC.backupWrite]: BackupFileInfo;
  [IPC.backupList]: BackupFileInfo[];
  [IPC.backupRead]: Uint8Array;
  [IPC.backupDelete]: { deleted: boolean; reason?: string };
  [IPC.journalSealRead]: JournalSealState;
  [IPC.journalSeal]: JournalSealResult;
}

export type IpcHandlers = {
  [C in IpcChannel]: (arg: IpcArgs<C>) => Promise<IpcResults[C]>;
};

/** A route's function as the page calls it: same parameters, the channel's result. */
type ApiOf<R> =
  R extends ApiRoute<infer C, infer P>
    ? (...params: P) => Promise<IpcResults[C]>
    : { readonly [K in keyof R]: ApiOf<R[K]> };

/**
 * What preload exposes on `window.conventionApi`: one named function per channel, derived
 * from `API_ROUTES` (channels.ts) and the result types above.
 */
export type ConventionApi = ApiOf<typeof API_ROUTES>;

type RoutedChannel<R> =
  R extends ApiRoute<infer C, infer _P> ? C : { [K in keyof R]: RoutedChannel<R[K]> }[keyof R];
/** Every channel is reachable from the preload API (a channel without a route fails to compile). */
export const EVERY_CHANNEL_ROUTED: [IpcChannel] extends [RoutedChannel<typeof API_ROUTES>]
  ? true
  : never = true;

/** Errors crossing IPC lose their class; main sends this shape inside the message. */
export const IPC_REFUSED_PREFIX = 'IPC_REFUSED:';
