import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { basename, join } from 'node:path';
import type { IPC, IpcArgs, SaveFilter, SaveResult } from '../../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

export const SAVE_FILTER_LABELS: Readonly<Record<SaveFilter, FileFilter>> = {
  pdf: { name: 'Document PDF', extensions: ['pdf'] },
  csv: { name: 'Fichier CSV', extensions: ['csv'] },
  docx: { name: 'Document Word', extensions: ['docx'] },
  json: { name: 'Sauvegarde JSON', extensions: ['json'] },
};

export type SaveFileArgs = IpcArgs<typeof IPC.fileSave>;

export interface SaveFileDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  getWindow: () => BrowserWindow | null;
  /** `app.getPath('documents')`. */
  documentsPath: () => string;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Told of every file written, so that its notice can open it (saved-files.ts). */
  onSaved?: (path: string) => void;
}

/** Asks the user where to save (native dialog, French filters) and writes the bytes atomically. */
export function createSaveFile(deps: SaveFileDeps): (arg: SaveFileArgs) => Promise<SaveResult> {
  const write =
    deps.writeFile ?? ((path: string, bytes: Uint8Array) => writeFileAtomic(path, bytes));
  return async ({ suggestedName, filters, bytes }) => {
    const options = {
      title: 'Enregistrer le fichier',
      buttonLabel: 'Enregistrer',
      defaultPath: join(deps.documentsPath(), basename(suggestedName)),
      filters: [...new Set(filters)].map((f) => SAVE_FILTER_LABELS[f]),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
        'createDirectory' | 'showOverwriteConfirmation'
      >,
    };
    const win = deps.getWindow();
    const result = win
      ? await deps.dialog.showSaveDialog(win, options)
      : await deps.dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { status: 'cancelled' };
    try {
      await write(result.filePath, bytes);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      throw new Error(
        `Le fichier n’a pas pu être enregistré${typeof code === 'string' ? ` (${code})` : ''}.`,
        { cause: error },
      );
    }
    deps.onSaved?.(result.filePath);
    return { status: 'saved', path: result.filePath };
  };
}
