import type { AppInfo, BackupFileInfo, SaveFilter, SaveResult } from '../../shared/ipc/contract';

export interface SaveRequest {
  suggestedName: string;
  filters: SaveFilter[];
  bytes: Uint8Array;
}

/** Where backups of the register are written: a folder on disk, or a browser database. */
export interface BackupStore {
  /** Said to the user on the Sauvegardes screen: where the files live and how long. */
  readonly location: 'data-folder' | 'browser-database';
  write(name: string, bytes: Uint8Array): Promise<BackupFileInfo>;
  list(): Promise<BackupFileInfo[]>;
  read(name: string): Promise<Uint8Array>;
  remove(name: string): Promise<{ deleted: boolean }>;
}

/** Everything the renderer needs from its host. One interface, two implementations. */
export interface PlatformBridge {
  readonly kind: 'electron' | 'web';
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveRequest): Promise<SaveResult>;
  openExternal(url: string): Promise<boolean>;
  requestPersistentStorage(): Promise<boolean>;
  backups: BackupStore;
}
