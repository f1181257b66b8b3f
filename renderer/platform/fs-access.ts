/**
 * The small part of the File System Access API the backup folder uses, typed here because
 * TypeScript's DOM lib lacks `showDirectoryPicker`, the permission methods, `move` and (in
 * our lib set) the directory iterators. The real Chromium handles satisfy these shapes, and
 * so does the in-memory fake used by the tests.
 */

export type FolderPermission = 'granted' | 'prompt' | 'denied';

export interface FolderPermissionDescriptor {
  mode: 'read' | 'readwrite';
}

export interface FolderFile {
  readonly size: number;
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** `createWritable()` writes to a hidden swap file; the target changes only on `close()`. */
export interface FolderWritable {
  write(data: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

export interface FolderFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<FolderFile>;
  createWritable(options?: { keepExistingData?: boolean }): Promise<FolderWritable>;
  /** Chromium: renames the file in its directory (absent in older browsers). */
  move?(newName: string): Promise<void>;
}

export interface FolderEntry {
  readonly kind: 'file' | 'directory';
  readonly name: string;
}

export interface FolderHandle {
  readonly kind: 'directory';
  readonly name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FolderFileHandle>;
  removeEntry(name: string): Promise<void>;
  values(): AsyncIterable<FolderEntry>;
  queryPermission?(descriptor: FolderPermissionDescriptor): Promise<FolderPermission>;
  requestPermission?(descriptor: FolderPermissionDescriptor): Promise<FolderPermission>;
}

export interface DirectoryPickerOptions {
  mode?: 'read' | 'readwrite';
  id?: string;
  startIn?: string;
}

/** The part of `window` that opens the browser's folder picker. */
export interface FolderPickerHost {
  showDirectoryPicker?(options?: DirectoryPickerOptions): Promise<FolderHandle>;
}

/** False in Firefox and Safari (no `showDirectoryPicker`), and outside a secure context. */
export function folderPickerAvailable(host: unknown): host is Required<FolderPickerHost> {
  return (
    typeof host === 'object' &&
    host !== null &&
    'showDirectoryPicker' in host &&
    typeof (host as FolderPickerHost).showDirectoryPicker === 'function'
  );
}

export const READ_WRITE: FolderPermissionDescriptor = { mode: 'readwrite' };

/** A handle without the permission methods (never seen in browsers) is taken as granted. */
export async function folderPermission(handle: FolderHandle): Promise<FolderPermission> {
  return handle.queryPermission ? handle.queryPermission(READ_WRITE) : 'granted';
}

export function errorName(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}
