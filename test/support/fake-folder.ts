/**
 * An in-memory File System Access folder for tests, close to Chromium's behaviour:
 * `createWritable()` buffers into a swap copy that replaces the file only on `close()`,
 * `abort()` discards it, `move()` renames within the folder (optional), missing entries
 * throw a `NotFoundError` DOMException.
 */
import type {
  FolderFile,
  FolderFileHandle,
  FolderHandle,
  FolderPermission,
  FolderWritable,
} from '../../renderer/platform/fs-access';

interface Entry {
  data: Uint8Array;
  lastModified: number;
}

export type FakeFailure = 'write' | 'close' | 'move';

export interface FakeFolderOptions {
  name?: string;
  /** Without it the handles have no `move`, like older browsers. */
  withMove?: boolean;
  permission?: FolderPermission;
  /** What `requestPermission` answers (after a click in a real browser). */
  onRequest?: FolderPermission;
}

const notFound = (name: string) => new DOMException(`${name} not found`, 'NotFoundError');

export class FakeFolder implements FolderHandle {
  readonly kind = 'directory' as const;
  readonly name: string;
  readonly files = new Map<string, Entry>();
  /** The next operation of this kind throws (once). */
  failNext: { op: FakeFailure; error: DOMException } | undefined;
  permission: FolderPermission;
  onRequest: FolderPermission;
  requests = 0;
  private readonly withMove: boolean;
  clock = Date.UTC(2026, 0, 1);

  constructor(options: FakeFolderOptions = {}) {
    this.name = options.name ?? 'Sauvegardes CCAS';
    this.withMove = options.withMove ?? true;
    this.permission = options.permission ?? 'granted';
    this.onRequest = options.onRequest ?? 'granted';
  }

  fail(op: FakeFailure, name = 'QuotaExceededError') {
    this.failNext = { op, error: new DOMException(`simulated ${op} failure`, name) };
  }

  maybeFail(op: FakeFailure) {
    if (this.failNext?.op !== op) return;
    const { error } = this.failNext;
    this.failNext = undefined;
    throw error;
  }

  checkPermission() {
    if (this.permission !== 'granted') throw new DOMException('permission', 'NotAllowedError');
  }

  /** Puts a file as a crash would have left it. */
  seed(name: string, bytes: Uint8Array, lastModified = this.clock) {
    this.files.set(name, { data: bytes.slice(), lastModified });
  }

  text(name: string): string | undefined {
    const e = this.files.get(name);
    return e ? new TextDecoder().decode(e.data) : undefined;
  }

  async getFileHandle(name: string, options: { create?: boolean } = {}): Promise<FolderFileHandle> {
    this.checkPermission();
    if (!this.files.has(name)) {
      if (!options.create) throw notFound(name);
      this.files.set(name, { data: new Uint8Array(), lastModified: ++this.clock });
    }
    return this.handle(name);
  }

  private handle(initialName: string): FolderFileHandle {
    return fileHandleIn(this, initialName, this.withMove);
  }

  async removeEntry(name: string): Promise<void> {
    this.checkPermission();
    if (!this.files.delete(name)) throw notFound(name);
  }

  async *values() {
    this.checkPermission();
    for (const name of [...this.files.keys()]) yield { kind: 'file' as const, name };
  }

  async queryPermission(): Promise<FolderPermission> {
    return this.permission;
  }

  async requestPermission(): Promise<FolderPermission> {
    this.requests += 1;
    this.permission = this.onRequest;
    return this.permission;
  }
}

function fileHandleIn(
  folder: FakeFolder,
  initialName: string,
  withMove: boolean,
): FolderFileHandle {
  let name = initialName;
  const file: FolderFileHandle = {
    kind: 'file',
    get name() {
      return name;
    },
    async getFile(): Promise<FolderFile> {
      const e = folder.files.get(name);
      if (!e) throw notFound(name);
      const data = e.data.slice();
      return {
        size: data.byteLength,
        lastModified: e.lastModified,
        arrayBuffer: async () => data.buffer,
      };
    },
    async createWritable(): Promise<FolderWritable> {
      folder.checkPermission();
      const chunks: Uint8Array[] = [];
      let done = false;
      return {
        async write(data) {
          if (done) throw new TypeError('closed');
          folder.maybeFail('write');
          chunks.push(data.slice());
        },
        async close() {
          if (done) throw new TypeError('closed');
          done = true;
          folder.maybeFail('close');
          const total = chunks.reduce((n, c) => n + c.byteLength, 0);
          const out = new Uint8Array(total);
          let at = 0;
          for (const c of chunks) {
            out.set(c, at);
            at += c.byteLength;
          }
          folder.files.set(name, { data: out, lastModified: ++folder.clock });
        },
        async abort() {
          done = true;
        },
      };
    },
  };
  if (withMove) {
    file.move = async (newName: string) => {
      folder.checkPermission();
      folder.maybeFail('move');
      const e = folder.files.get(name);
      if (!e) throw notFound(name);
      folder.files.delete(name);
      folder.files.set(newName, e);
      name = newName;
    };
  }
  return file;
}
