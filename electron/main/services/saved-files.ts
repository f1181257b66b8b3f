import type { Shell } from 'electron';
import type { IPC, IpcArgs, RevealResult } from '../../../shared/ipc/contract';

export type RevealArgs = IpcArgs<typeof IPC.fileReveal>;

export interface SavedFiles {
  /** Called by « Enregistrer sous » once the file is written. */
  remember: (path: string) => void;
  /** « Ouvrir » / « Afficher dans le dossier » after an export. */
  reveal: (arg: RevealArgs) => Promise<RevealResult>;
}

/** How many recent exports can still be opened from their notice. */
const REMEMBERED = 50;

/**
 * Opens, or shows in its folder, a file the user saved in this session — and only such a
 * file: the page can never ask the system to open an arbitrary path (an executable, a
 * shared folder), even if its code were taken over.
 */
export function createSavedFiles(shell: Pick<Shell, 'openPath' | 'showItemInFolder'>): SavedFiles {
  const saved: string[] = [];
  return {
    remember(path) {
      const at = saved.indexOf(path);
      if (at >= 0) saved.splice(at, 1);
      saved.push(path);
      if (saved.length > REMEMBERED) saved.shift();
    },
    async reveal({ path, action }) {
      if (!saved.includes(path)) {
        return {
          done: false,
          reason: 'Ce fichier n’a pas été enregistré par l’application pendant cette session.',
        };
      }
      if (action === 'show') {
        shell.showItemInFolder(path);
        return { done: true };
      }
      // openPath resolves with an error text (empty on success), in the system's language.
      const error = await shell.openPath(path);
      return error
        ? {
            done: false,
            reason:
              'Le fichier n’a pas pu être ouvert : il a peut-être été déplacé ou supprimé, ou aucun logiciel ne sait l’ouvrir.',
          }
        : { done: true };
    },
  };
}
