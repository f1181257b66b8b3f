import type { BackupFileInfo, ConventionApi } from '../../shared/ipc/contract';

// The bridges' types come from the IPC contract (shared/ipc/contract.ts): the desktop app
// passes the preload API through, the web version implements the same functions.
type Api = ConventionApi;

/** What « Enregistrer sous » receives: the `file:save` channel's argument. */
export type SaveRequest = Parameters<Api['saveFile']>[0];

/**
 * Where backups are written: `data-folder` (desktop app, the data folder's `Sauvegardes`),
 * `user-folder` (web version, a folder the user chose through the File System Access API),
 * `browser-database` (web version, a browser database that dies with the browser profile).
 */
export type BackupLocation = 'data-folder' | 'user-folder' | 'browser-database';

/** Where backups of the register are written: a folder on disk, or a browser database. */
export interface BackupStore {
  /** Said to the user on the Sauvegardes screen: where the files live and how long. */
  readonly location: BackupLocation;
  write: Api['backups']['write'];
  list: Api['backups']['list'];
  read: Api['backups']['read'];
  remove: Api['backups']['remove'];
}

/** The desktop app's keyed seal of the journal head (see electron/main/services/journal-seal.ts). */
export type JournalSealer = Api['journalSeal'];

/** Everything the renderer needs from its host. One interface, two implementations. */
export interface PlatformBridge {
  readonly kind: 'electron' | 'web';
  getAppInfo: Api['getAppInfo'];
  saveFile: Api['saveFile'];
  /** Desktop app only: « Ouvrir » / « Afficher dans le dossier » a file just saved. */
  revealFile?: Api['revealFile'];
  /** True when opened (only the allowlisted addresses are). */
  openExternal(...params: Parameters<Api['openExternal']>): Promise<boolean>;
  requestPersistentStorage(): Promise<boolean>;
  backups: BackupStore;
  /** Desktop app only: the keyed seal of the journal (the web version has no key). */
  journalSeal?: JournalSealer;
  /** Web version only: choosing the folder backups go to (absent in the desktop app). */
  backupFolder?: BackupFolderControl;
}

/** What the web version's Sauvegardes screen shows about the backup folder. */
export type BackupFolderStatus =
  /** Reading the folder chosen earlier and its permission. */
  | { kind: 'loading' }
  /** No File System Access API (Firefox, Safari): the browser database only. */
  | { kind: 'unsupported' }
  /** No folder chosen: the browser database. */
  | { kind: 'browser' }
  /** Backups go to the folder `folderName`. */
  | { kind: 'folder'; folderName: string }
  /** A folder was chosen, but the browser asks again for access: the browser database meanwhile. */
  | { kind: 'permission-needed'; folderName: string };

export interface BackupFolderControl {
  // Properties, not methods: React's useSyncExternalStore calls them detached from the object.
  status: () => BackupFolderStatus;
  /** Called after every status change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** Resolves once the folder chosen earlier (if any) has been looked at. */
  ready(): Promise<void>;
  /** Opens the browser's folder picker (call it from a click), then uses that folder. False when cancelled. */
  chooseFolder(): Promise<boolean>;
  /** Asks the browser again for the folder chosen earlier (call it from a click). True when granted. */
  allowFolder(): Promise<boolean>;
  /** Forgets the folder: backups go to the browser database again (files in the folder stay). */
  switchToBrowserDatabase(): Promise<void>;
  /**
   * Browser-database backups not in the folder yet that the folder's rotation would keep
   * (empty unless a folder is used).
   */
  browserBackupsNotInFolder(): Promise<BackupFileInfo[]>;
  /** Copies those into the folder, one by one; the browser copies stay. */
  copyBrowserBackupsToFolder(
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ copied: number }>;
}
