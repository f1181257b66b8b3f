import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROTATION } from '../../../shared/backup/rotation';
import {
  BACKUP_FOLDER_NAME,
  BackupQuotaError,
  createBackupFolder,
  isValidBackupName,
  SAFETY_BACKUP_KEPT,
} from './backup-folder';

let userData: string;
beforeEach(async () => {
  userData = await fs.mkdtemp(join(tmpdir(), 'backup-folder-'));
});
afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const folderPath = () => join(userData, BACKUP_FOLDER_NAME);

const BAD_NAMES = [
  '../evil.json',
  '..\\evil.json',
  'sub/evil.json',
  '/etc/passwd.json',
  'C:\\Windows\\evil.json',
  '.hidden.json',
  'a.exe',
  'a.json.exe',
  '',
  'NUL.json',
  'com1.mcpbak',
  `${'a'.repeat(130)}.json`,
];

describe('backup folder', () => {
  it('is <userData>/Sauvegardes and is created on demand', async () => {
    const backups = createBackupFolder(userData);
    expect(backups.path).toBe(folderPath());
    await expect(fs.stat(folderPath())).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await backups.list()).toEqual([]);
    expect((await fs.stat(folderPath())).isDirectory()).toBe(true);
  });

  it('writes, reads and deletes a backup', async () => {
    const backups = createBackupFolder(userData);
    const info = await backups.write('sauvegarde-2025-01-31.json', bytes('{"a":1}'));
    expect(info).toMatchObject({ name: 'sauvegarde-2025-01-31.json', size: 7 });
    expect(new Date(info.modifiedAt).toISOString()).toBe(info.modifiedAt);
    expect(new TextDecoder().decode(await backups.read('sauvegarde-2025-01-31.json'))).toBe(
      '{"a":1}',
    );
    expect(await fs.readdir(folderPath())).toEqual(['sauvegarde-2025-01-31.json']);
    expect(await backups.remove('sauvegarde-2025-01-31.json')).toEqual({ deleted: true });
    expect(await backups.remove('sauvegarde-2025-01-31.json')).toEqual({ deleted: false });
    await expect(backups.read('sauvegarde-2025-01-31.json')).rejects.toThrow(
      'Sauvegarde introuvable.',
    );
  });

  it('lists backups newest first with size and ISO date, ignoring temp files and other names', async () => {
    const backups = createBackupFolder(userData);
    await backups.write('ancienne.json', bytes('1'));
    await backups.write('recente.mcpbak', bytes('22'));
    await backups.write('milieu.json', bytes('333'));
    await fs.utimes(
      join(folderPath(), 'ancienne.json'),
      new Date('2024-01-01'),
      new Date('2024-01-01T10:00:00Z'),
    );
    await fs.utimes(
      join(folderPath(), 'milieu.json'),
      new Date('2024-06-01'),
      new Date('2024-06-01T10:00:00Z'),
    );
    await fs.utimes(
      join(folderPath(), 'recente.mcpbak'),
      new Date('2025-01-01'),
      new Date('2025-01-01T10:00:00Z'),
    );
    // Left-overs of a crash, foreign files, a folder with a valid-looking name:
    await fs.writeFile(join(folderPath(), '.recente.mcpbak.0123456789ab.tmp'), 'partial');
    await fs.writeFile(join(folderPath(), 'notes.txt'), 'x');
    await fs.writeFile(join(folderPath(), 'desktop.ini'), 'x');
    await fs.mkdir(join(folderPath(), 'dossier.json'));

    expect(await backups.list()).toEqual([
      { name: 'recente.mcpbak', size: 2, modifiedAt: '2025-01-01T10:00:00.000Z' },
      { name: 'milieu.json', size: 3, modifiedAt: '2024-06-01T10:00:00.000Z' },
      { name: 'ancienne.json', size: 1, modifiedAt: '2024-01-01T10:00:00.000Z' },
    ]);
  });

  it.each(BAD_NAMES)('refuses the name %j for every operation', async (name) => {
    const backups = createBackupFolder(userData);
    expect(isValidBackupName(name)).toBe(false);
    await expect(backups.write(name, bytes('x'))).rejects.toThrow('Nom de sauvegarde invalide.');
    await expect(backups.read(name)).rejects.toThrow('Nom de sauvegarde invalide.');
    await expect(backups.remove(name)).rejects.toThrow('Nom de sauvegarde invalide.');
  });

  it('never reads or deletes a file outside the folder', async () => {
    const backups = createBackupFolder(userData);
    await fs.writeFile(join(userData, 'outside.json'), 'keep me');
    await expect(backups.read('../outside.json')).rejects.toThrow();
    await expect(backups.remove('../outside.json')).rejects.toThrow();
    expect(await fs.readFile(join(userData, 'outside.json'), 'utf8')).toBe('keep me');
  });

  it.skipIf(process.platform === 'win32')(
    'does not follow a symlink planted in the folder',
    async () => {
      const backups = createBackupFolder(userData);
      await fs.mkdir(folderPath(), { recursive: true });
      await fs.writeFile(join(userData, 'secret.json'), 'secret');
      await fs.symlink(join(userData, 'secret.json'), join(folderPath(), 'lien.json'));
      expect(await backups.list()).toEqual([]);
      await expect(backups.read('lien.json')).rejects.toThrow();
      expect(await backups.remove('lien.json')).toEqual({ deleted: false });
      expect(await fs.readFile(join(userData, 'secret.json'), 'utf8')).toBe('secret');
    },
  );

  it('overwrites a backup of the same name atomically', async () => {
    const backups = createBackupFolder(userData);
    await backups.write('a.json', bytes('first'));
    await backups.write('a.json', bytes('second'));
    expect(new TextDecoder().decode(await backups.read('a.json'))).toBe('second');
    expect(await fs.readdir(folderPath())).toEqual(['a.json']);
  });

  it('never overwrites nor deletes a safety backup', async () => {
    const backups = createBackupFolder(userData);
    const name = 'avant-restauration-2026-12-01T10-00-00-000Z.json';
    await backups.write(name, bytes('the data before the restore'));
    await expect(backups.write(name, bytes('{}'))).rejects.toThrow(SAFETY_BACKUP_KEPT);
    expect(await backups.remove(name)).toEqual({ deleted: false, reason: SAFETY_BACKUP_KEPT });
    expect(new TextDecoder().decode(await backups.read(name))).toBe('the data before the restore');
    // Other kinds are still the user's to replace and delete.
    await backups.write('manuel-2026-12-01T10-00-00-000Z.json', bytes('1'));
    expect(await backups.remove('manuel-2026-12-01T10-00-00-000Z.json')).toEqual({ deleted: true });
  });

  it('drops safety backups by the rotation policy only, never the newest ones', async () => {
    const backups = createBackupFolder(userData);
    const names = Array.from(
      { length: 23 },
      (_, i) => `avant-purge-2026-01-${String(i + 1).padStart(2, '0')}T10-00-00-000Z.json`,
    );
    for (const n of names) await backups.write(n, bytes('x'));
    const left = (await backups.list()).map((f) => f.name).sort();
    expect(left).toEqual(names.slice(-DEFAULT_ROTATION.safety));
  });

  it('refuses a write beyond the quota in French, after dropping what the rotation drops', async () => {
    const backups = createBackupFolder(userData, { quotaBytes: 1000 });
    // Eight daily automatic backups (Monday 2 to Monday 9): the rotation keeps seven days
    // and the newest of each week, so Monday 2 can go.
    for (let d = 2; d <= 9; d++)
      await backups.write(`auto-2026-11-0${d}T10-00-00-000Z.json`, new Uint8Array(100));
    await backups.write('exporte.json', new Uint8Array(150));
    expect((await backups.list()).length).toBe(9);
    // 950 bytes used: 100 more fit only once the oldest automatic backup has gone.
    await backups.write('manuel-2026-11-09T10-00-00-000Z.json', new Uint8Array(100));
    const names = (await backups.list()).map((f) => f.name);
    expect(names).not.toContain('auto-2026-11-02T10-00-00-000Z.json');
    expect(names).toContain('exporte.json');
    const error = await backups
      .write('manuel-2026-11-10T10-00-00-000Z.json', new Uint8Array(400))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupQuotaError);
    expect((error as Error).message).toMatch(/^Le dossier des sauvegardes est plein/);
    expect((await backups.list()).map((f) => f.name)).not.toContain(
      'manuel-2026-11-10T10-00-00-000Z.json',
    );
    // Replacing a file counts its new size, not both.
    await backups.write('exporte.json', new Uint8Array(150));
  });
});
