import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_FILE_PATTERN, writeFileAtomic, type AtomicWriteFs } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeFileAtomic', () => {
  it('creates the target with the given bytes and leaves no temp file', async () => {
    const target = join(dir, 'registre.json');
    await writeFileAtomic(target, bytes('{"v":1}'));
    expect(await fs.readFile(target, 'utf8')).toBe('{"v":1}');
    expect(await fs.readdir(dir)).toEqual(['registre.json']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'registre.json');
    await fs.writeFile(target, 'old content, longer than the new one');
    await writeFileAtomic(target, bytes('new'));
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['registre.json']);
  });

  it('keeps the previous file intact when it crashes between write and rename', async () => {
    const target = join(dir, 'registre.json');
    await fs.writeFile(target, 'previous');
    let tempSeen: string | undefined;
    const crashing: AtomicWriteFs = {
      open: fs.open,
      rm: fs.rm,
      rename: async (from) => {
        tempSeen = String(from);
        // The temp file is complete at this point: only the rename is missing.
        expect(await fs.readFile(tempSeen, 'utf8')).toBe('next');
        throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
      },
    };
    await expect(writeFileAtomic(target, bytes('next'), { fs: crashing })).rejects.toThrow(
      'simulated crash',
    );
    expect(await fs.readFile(target, 'utf8')).toBe('previous');
    expect(tempSeen && TEMP_FILE_PATTERN.test(tempSeen.split(/[\\/]/).pop() ?? '')).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['registre.json']);
  });

  it('writes the temp file in the same folder, hidden, named .<name>.<random>.tmp', async () => {
    const target = join(dir, 'export.csv');
    const opened: string[] = [];
    const spying: AtomicWriteFs = {
      open: ((
        path: string,
        ...rest: Parameters<typeof fs.open> extends [unknown, ...infer R] ? R : never
      ) => {
        opened.push(String(path));
        return fs.open(path, ...rest);
      }) as typeof fs.open,
      rename: fs.rename,
      rm: fs.rm,
    };
    await writeFileAtomic(target, bytes('a;b'), { fs: spying });
    const temp = opened[0] ?? '';
    expect(temp.startsWith(join(dir, '.export.csv.'))).toBe(true);
    expect(temp.endsWith('.tmp')).toBe(true);
    expect(await fs.readFile(target, 'utf8')).toBe('a;b');
  });

  it('fails when the folder does not exist, without creating anything', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), bytes('x'))).rejects.toMatchObject(
      { code: 'ENOENT' },
    );
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
