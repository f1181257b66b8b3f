/**
 * The keyed seal of the journal (desktop app only). The renderer's journal is hash-chained,
 * but an unkeyed chain stored beside the data does not stop someone who rewrites both with a
 * tool. Here the main process keeps:
 *
 * - a random HMAC key, created once, encrypted with Electron `safeStorage` (DPAPI on
 *   Windows, the keychain on macOS, the keyring on Linux) in `<userData>/journal-key.bin`;
 * - the last journal head the application wrote (`journal-seal.json`), authenticated with
 *   that key.
 *
 * The key never leaves the main process (the renderer is only told what is sealed): an
 * editor of the database or seal files cannot produce a seal that verifies, and the
 * integrity check compares the journal with it. Limits, said on the integrity screen: code
 * running inside the application itself could still ask for a seal, and deleting both files
 * starts a new key (its creation date shows).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalSealResult, JournalSealState } from '../../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

export const JOURNAL_KEY_FILE = 'journal-key.bin';
export const JOURNAL_SEAL_FILE = 'journal-seal.json';

/** The part of Electron's `safeStorage` used here (injected: tests never load Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?: () => string;
}

export interface JournalSealDeps {
  safeStorage: SafeStorageLike;
  userDataPath: string;
  now?: () => Date;
  platform?: NodeJS.Platform;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
}

export interface JournalSealService {
  read(): Promise<JournalSealState>;
  seal(head: { seq: number; hash: string }, rewind: boolean): Promise<JournalSealResult>;
}

interface KeyFile {
  key: string;
  createdAt: string;
}

interface SealFile {
  seq: number;
  hash: string;
  sealedAt: string;
  mac: string;
}

function isNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'
  );
}

function macOf(key: Buffer, s: Omit<SealFile, 'mac'>): string {
  return createHmac('sha256', key)
    .update(`convention-mcp/journal-seal|${s.seq}|${s.hash}|${s.sealedAt}`)
    .digest('hex');
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export function createJournalSeal(deps: JournalSealDeps): JournalSealService {
  const now = deps.now ?? (() => new Date());
  const keyPath = join(deps.userDataPath, JOURNAL_KEY_FILE);
  const sealPath = join(deps.userDataPath, JOURNAL_SEAL_FILE);
  const write =
    deps.writeFile ??
    ((path: string, bytes: Uint8Array) => writeFileAtomic(path, bytes, { mode: 0o600 }));
  let cached: { key: Buffer; createdAt: string } | undefined;
  // One operation at a time: two seals racing could write an older head last.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  function unavailableReason(): string | undefined {
    if (!deps.safeStorage.isEncryptionAvailable()) {
      return 'Ce système n’offre pas de coffre protégé pour la clé du journal (sur Linux\u00a0: aucun trousseau de clés actif).';
    }
    const backend =
      (deps.platform ?? process.platform) === 'linux'
        ? deps.safeStorage.getSelectedStorageBackend?.()
        : undefined;
    if (backend === 'basic_text') {
      return 'Ce système n’offre pas de coffre protégé pour la clé du journal (sur Linux\u00a0: aucun trousseau de clés actif).';
    }
    return undefined;
  }

  /** The key, created on first use. Never replaces a key file it cannot read. */
  async function loadKey(): Promise<{ key: Buffer; createdAt: string } | { error: string }> {
    if (cached) return cached;
    const unavailable = unavailableReason();
    if (unavailable) return { error: unavailable };
    let encrypted: Buffer | undefined;
    try {
      encrypted = await fs.readFile(keyPath);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    if (encrypted) {
      try {
        const parsed = JSON.parse(deps.safeStorage.decryptString(encrypted)) as Partial<KeyFile>;
        if (
          typeof parsed.key !== 'string' ||
          !/^[0-9a-f]{64}$/.test(parsed.key) ||
          typeof parsed.createdAt !== 'string'
        ) {
          throw new Error('bad key file');
        }
        cached = { key: Buffer.from(parsed.key, 'hex'), createdAt: parsed.createdAt };
        return cached;
      } catch {
        return {
          error:
            'La clé du journal de ce poste est illisible (fichier modifié, ou session Windows/utilisateur différente)\u00a0: le sceau ne peut pas être vérifié.',
        };
      }
    }
    const created: KeyFile = {
      key: randomBytes(32).toString('hex'),
      createdAt: now().toISOString(),
    };
    await write(keyPath, deps.safeStorage.encryptString(JSON.stringify(created)));
    cached = { key: Buffer.from(created.key, 'hex'), createdAt: created.createdAt };
    return cached;
  }

  async function readState(): Promise<JournalSealState> {
    const key = await loadKey();
    if ('error' in key) return { status: 'unavailable', reason: key.error };
    let text: string;
    try {
      text = await fs.readFile(sealPath, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return { status: 'none', keyCreatedAt: key.createdAt };
      throw error;
    }
    const invalid = (reason: string): JournalSealState => ({
      status: 'invalid',
      keyCreatedAt: key.createdAt,
      reason,
    });
    let seal: Partial<SealFile>;
    try {
      seal = JSON.parse(text) as Partial<SealFile>;
    } catch {
      return invalid('Le fichier du sceau du journal est illisible.');
    }
    if (
      !Number.isSafeInteger(seal.seq) ||
      typeof seal.hash !== 'string' ||
      !/^[0-9a-f]{64}$/.test(seal.hash) ||
      typeof seal.sealedAt !== 'string' ||
      typeof seal.mac !== 'string'
    ) {
      return invalid('Le fichier du sceau du journal est incomplet.');
    }
    const fields = { seq: seal.seq as number, hash: seal.hash, sealedAt: seal.sealedAt };
    if (!sameHex(macOf(key.key, fields), seal.mac)) {
      return invalid(
        'Le sceau du journal ne correspond pas à la clé de ce poste\u00a0: il a été modifié en dehors de l’application.',
      );
    }
    return { status: 'sealed', keyCreatedAt: key.createdAt, ...fields };
  }

  return {
    read: () => serial(readState),
    seal: (head, rewind) =>
      serial(async (): Promise<JournalSealResult> => {
        const key = await loadKey();
        if ('error' in key)
          return {
            sealed: false,
            reason: key.error,
            state: { status: 'unavailable', reason: key.error },
          };
        const state = await readState();
        if (state.status === 'sealed' && !rewind) {
          if (head.seq < state.seq || (head.seq === state.seq && head.hash !== state.hash)) {
            return {
              sealed: false,
              reason: `Le journal s’arrête avant la dernière entrée scellée (n°\u00a0${state.seq}) ou l’a remplacée\u00a0: le sceau n’est pas déplacé.`,
              state,
            };
          }
          if (head.seq === state.seq) return { sealed: true, state };
        }
        if (state.status === 'invalid' && !rewind) {
          return { sealed: false, reason: state.reason, state };
        }
        const fields = { seq: head.seq, hash: head.hash, sealedAt: now().toISOString() };
        const file: SealFile = { ...fields, mac: macOf(key.key, fields) };
        await write(sealPath, new TextEncoder().encode(`${JSON.stringify(file)}\n`));
        return {
          sealed: true,
          state: { status: 'sealed', keyCreatedAt: key.createdAt, ...fields },
        };
      }),
  };
}
