import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveFile } from './save-file';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'save-file-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const documents = '/home/agent/Documents';
const pdf = new Uint8Array([37, 80, 68, 70]);

function fakeDialog(result: { canceled: boolean; filePath?: string }) {
  return {
    showSaveDialog: vi.fn(async () => ({
      canceled: result.canceled,
      filePath: result.filePath ?? '',
    })),
  };
}

describe('saveFile', () => {
  it('proposes the name in Documents with French filters', async () => {
    const dialog = fakeDialog({ canceled: true });
    const win = {} as BrowserWindow;
    const save = createSaveFile({
      dialog: dialog,
      getWindow: () => win,
      documentsPath: () => documents,
    });
    await save({
      suggestedName: 'convention.pdf',
      filters: ['pdf', 'csv', 'docx', 'json'],
      bytes: pdf,
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        defaultPath: join(documents, 'convention.pdf'),
        filters: [
          { name: 'Document PDF', extensions: ['pdf'] },
          { name: 'Fichier CSV', extensions: ['csv'] },
          { name: 'Document Word', extensions: ['docx'] },
          { name: 'Sauvegarde JSON', extensions: ['json'] },
        ],
      }),
    );
  });

  it('returns cancelled and writes nothing when the user cancels', async () => {
    const writeFile = vi.fn(async () => undefined);
    const save = createSaveFile({
      dialog: fakeDialog({ canceled: true }),
      getWindow: () => null,
      documentsPath: () => documents,
      writeFile,
    });
    await expect(save({ suggestedName: 'a.pdf', filters: ['pdf'], bytes: pdf })).resolves.toEqual({
      status: 'cancelled',
    });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('writes the bytes where the user chose and returns the path', async () => {
    const target = join(dir, 'liste.csv');
    const onSaved = vi.fn();
    const save = createSaveFile({
      dialog: fakeDialog({ canceled: false, filePath: target }),
      getWindow: () => null,
      documentsPath: () => documents,
      onSaved,
    });
    const csv = new TextEncoder().encode('nom;prénom\r\n');
    await expect(
      save({ suggestedName: 'liste.csv', filters: ['csv'], bytes: csv }),
    ).resolves.toEqual({ status: 'saved', path: target });
    // remembered, so that its notice can open it (saved-files.ts)
    expect(onSaved).toHaveBeenCalledWith(target);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(csv);
    expect(await fs.readdir(dir)).toEqual(['liste.csv']);
  });

  it('reports a write failure in French', async () => {
    const save = createSaveFile({
      dialog: fakeDialog({ canceled: false, filePath: join(dir, 'absent', 'x.pdf') }),
      getWindow: () => null,
      documentsPath: () => documents,
    });
    await expect(save({ suggestedName: 'x.pdf', filters: ['pdf'], bytes: pdf })).rejects.toThrow(
      'Le fichier n’a pas pu être enregistré (ENOENT).',
    );
  });
});
