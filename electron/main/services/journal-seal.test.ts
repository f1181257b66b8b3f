import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJournalSeal,
  JOURNAL_KEY_FILE,
  JOURNAL_SEAL_FILE,
  type SafeStorageLike,
} from './journal-seal';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'journal-seal-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Electron's safeStorage stand-in: a reversible scramble bound to one "user account". */
function fakeSafeStorage(
  account = 'alice',
  available = true,
): SafeStorageLike & { encrypted: string[] } {
  const encrypted: string[] = [];
  return {
    encrypted,
    isEncryptionAvailable: () => available,
    encryptString: (text) => {
      encrypted.push(text);
      return Buffer.from(`${account}:${Buffer.from(text).toString('base64')}`);
    },
    decryptString: (buffer) => {
      const [who, payload] = buffer.toString().split(':');
      if (who !== account || !payload)
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        );
      return Buffer.from(payload, 'base64').toString();
    },
    getSelectedStorageBackend: () => 'gnome_libsecret',
  };
}

const head = (seq: number, c = 'a') => ({ seq, hash: c.repeat(64) });
const clock = () => new Date('2026-12-02T10:00:00Z');

describe('journal seal (main process)', () => {
  it('creates the key once, encrypted with safeStorage, and never writes it in clear', async () => {
    const safe = fakeSafeStorage();
    const seal = createJournalSeal({ safeStorage: safe, userDataPath: dir, now: clock });
    expect(await seal.read()).toEqual({ status: 'none', keyCreatedAt: '2026-12-02T10:00:00.000Z' });
    const keyFile = await fs.readFile(join(dir, JOURNAL_KEY_FILE), 'utf8');
    const key = (JSON.parse(safe.encrypted[0]!) as { key: string }).key;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(keyFile).not.toContain(key);
    // A second service (next start) reads the same key and does not create another.
    const again = createJournalSeal({
      safeStorage: safe,
      userDataPath: dir,
      now: () => new Date('2027-01-01T00:00:00Z'),
    });
    expect(await again.read()).toMatchObject({ keyCreatedAt: '2026-12-02T10:00:00.000Z' });
    expect(safe.encrypted).toHaveLength(1);
  });

  it('seals heads forward, refuses to move back without rewind, and verifies after a restart', async () => {
    const safe = fakeSafeStorage();
    const seal = createJournalSeal({ safeStorage: safe, userDataPath: dir, now: clock });
    expect(await seal.seal(head(5), false)).toMatchObject({
      sealed: true,
      state: { status: 'sealed', seq: 5 },
    });
    expect(await seal.seal(head(9, 'b'), false)).toMatchObject({ sealed: true, state: { seq: 9 } });
    // A cut journal (head before the seal) or a replaced last entry does not move it.
    expect(await seal.seal(head(7), false)).toMatchObject({ sealed: false, state: { seq: 9 } });
    expect(await seal.seal(head(9, 'c'), false)).toMatchObject({ sealed: false });
    // A restore does (rewind), and says so.
    expect(await seal.seal(head(3, 'd'), true)).toMatchObject({
      sealed: true,
      state: { seq: 3, hash: 'd'.repeat(64) },
    });
    const restarted = createJournalSeal({ safeStorage: safe, userDataPath: dir });
    expect(await restarted.read()).toMatchObject({
      status: 'sealed',
      seq: 3,
      hash: 'd'.repeat(64),
    });
  });

  it('reports a seal file edited outside the application, and keeps it as evidence', async () => {
    const safe = fakeSafeStorage();
    const seal = createJournalSeal({ safeStorage: safe, userDataPath: dir, now: clock });
    await seal.seal(head(9), false);
    const path = join(dir, JOURNAL_SEAL_FILE);
    const file = JSON.parse(await fs.readFile(path, 'utf8')) as { seq: number };
    await fs.writeFile(path, JSON.stringify({ ...file, seq: 4 }));
    const state = await createJournalSeal({ safeStorage: safe, userDataPath: dir }).read();
    expect(state).toMatchObject({ status: 'invalid' });
    expect((state as { reason: string }).reason).toContain('modifié en dehors de l’application');
    expect(await seal.seal(head(10), false)).toMatchObject({ sealed: false });
    await fs.writeFile(path, 'not json');
    expect(await seal.read()).toMatchObject({ status: 'invalid' });
  });

  it('has no key where the system offers no protected storage, and says so in French', async () => {
    for (const safe of [
      fakeSafeStorage('alice', false),
      { ...fakeSafeStorage(), getSelectedStorageBackend: () => 'basic_text' },
    ]) {
      const seal = createJournalSeal({ safeStorage: safe, userDataPath: dir, platform: 'linux' });
      const state = await seal.read();
      expect(state).toMatchObject({ status: 'unavailable' });
      expect((state as { reason: string }).reason).toMatch(/coffre protégé/);
      expect(await seal.seal(head(1), false)).toMatchObject({ sealed: false });
    }
    await expect(fs.readdir(dir)).resolves.toEqual([]);
  });

  it('never replaces a key it cannot read (another account): the seal cannot be verified', async () => {
    await createJournalSeal({ safeStorage: fakeSafeStorage('alice'), userDataPath: dir }).seal(
      head(2),
      false,
    );
    const before = await fs.readFile(join(dir, JOURNAL_KEY_FILE));
    const other = createJournalSeal({ safeStorage: fakeSafeStorage('mallory'), userDataPath: dir });
    expect(await other.read()).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('illisible'),
    });
    expect(await other.seal(head(3), true)).toMatchObject({ sealed: false });
    expect((await fs.readFile(join(dir, JOURNAL_KEY_FILE))).equals(before)).toBe(true);
  });

  it('a seal forged with another key does not verify', async () => {
    await createJournalSeal({ safeStorage: fakeSafeStorage(), userDataPath: dir }).seal(
      head(2),
      false,
    );
    const sealFile = await fs.readFile(join(dir, JOURNAL_SEAL_FILE));
    // Someone copies a seal made on another workstation (another key) over this one.
    const elsewhere = await fs.mkdtemp(join(tmpdir(), 'journal-seal-other-'));
    await createJournalSeal({ safeStorage: fakeSafeStorage(), userDataPath: elsewhere }).seal(
      head(50, 'e'),
      false,
    );
    await fs.copyFile(join(elsewhere, JOURNAL_SEAL_FILE), join(dir, JOURNAL_SEAL_FILE));
    await fs.rm(elsewhere, { recursive: true, force: true });
    expect(
      await createJournalSeal({ safeStorage: fakeSafeStorage(), userDataPath: dir }).read(),
    ).toMatchObject({ status: 'invalid' });
    expect(sealFile.length).toBeGreaterThan(0);
  });
});
