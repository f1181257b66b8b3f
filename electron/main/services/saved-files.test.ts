import { describe, expect, it, vi } from 'vitest';
import { createSavedFiles } from './saved-files';

const fakeShell = (openError = '') => ({
  openPath: vi.fn(async (_path: string) => openError),
  showItemInFolder: vi.fn((_path: string) => undefined),
});

describe('saved files: « Ouvrir » / « Afficher dans le dossier » after an export', () => {
  it('opens or shows a file saved in this session', async () => {
    const shell = fakeShell();
    const files = createSavedFiles(shell);
    files.remember('C:\\Users\\agent\\Documents\\Revue 2026.pdf');
    await expect(
      files.reveal({ path: 'C:\\Users\\agent\\Documents\\Revue 2026.pdf', action: 'open' }),
    ).resolves.toEqual({ done: true });
    expect(shell.openPath).toHaveBeenCalledWith('C:\\Users\\agent\\Documents\\Revue 2026.pdf');
    await expect(
      files.reveal({ path: 'C:\\Users\\agent\\Documents\\Revue 2026.pdf', action: 'show' }),
    ).resolves.toEqual({ done: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(
      'C:\\Users\\agent\\Documents\\Revue 2026.pdf',
    );
  });

  it('never opens a path the app did not save (the page cannot launch an arbitrary program)', async () => {
    const shell = fakeShell();
    const files = createSavedFiles(shell);
    files.remember('/home/agent/Revue.pdf');
    const result = await files.reveal({ path: 'C:\\Windows\\System32\\cmd.exe', action: 'open' });
    expect(result.done).toBe(false);
    expect(result.reason).toMatch(/n’a pas été enregistré par l’application/);
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('says in French when the system cannot open the file (moved, deleted, no program)', async () => {
    const shell = fakeShell('Failed to open path');
    const files = createSavedFiles(shell);
    files.remember('/tmp/a.docx');
    const result = await files.reveal({ path: '/tmp/a.docx', action: 'open' });
    expect(result).toEqual({
      done: false,
      reason: expect.stringMatching(/n’a pas pu être ouvert/),
    });
    expect(result.reason).not.toMatch(/Failed/);
  });

  it('remembers the last 50 exports only', async () => {
    const shell = fakeShell();
    const files = createSavedFiles(shell);
    for (let i = 0; i < 51; i++) files.remember(`/tmp/f${i}.pdf`);
    expect((await files.reveal({ path: '/tmp/f0.pdf', action: 'show' })).done).toBe(false);
    expect((await files.reveal({ path: '/tmp/f50.pdf', action: 'show' })).done).toBe(true);
  });
});
