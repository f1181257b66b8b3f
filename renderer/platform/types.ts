import type { AppInfo, BackupFileInfo, JournalSealResult, JournalSealState, SaveFilter, SaveResult } from '../../shared/ipc/contract';

export interface SaveRequest {
  suggestedName: string;
  filters: SaveFilter[];
  bytes: Uint8Array;
}

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
  write(name: string, bytes: Uint8Array): Promise<BackupFileInfo>;
  list(): Promise<BackupFileInfo[]>;
  read(name: string): Promise<Uint8Array>;
  remove(name: string): Promise<{ deleted: boolean; reason?: string }>;
}

/** The desktop app's keyed seal of the journal head (see electron/main/services/journal-seal.ts). */
export interface JournalSealer {
  read(): Promise<JournalSealState>;
  seal(head: { seq: number; hash: string }, rewind: boolean): Promise<JournalSealResult>;
}

/** Everything the renderer needs from its host. One interface, two implementations. */
export interface PlatformBridge {
  readonly kind: 'electron' | 'web';
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveRequest): Promise<SaveResult>;
  openExternal(url: string): Promise<boolean>;
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
  status(): BackupFolderStatus;
  /** Called after every status change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
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
  copyBrowserBackupsToFolder(onProgress?: (done: number, total: number) => void): Promise<{ copied: number }>;
}
