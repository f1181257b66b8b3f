import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { APP_NAME } from './constants';

export const CAF_URL = 'https://www.caf.fr';

export interface MenuOptions {
  isPackaged: boolean;
  /** Goes through the external-link allowlist. */
  openExternal: (url: string) => Promise<boolean>;
  showAbout: () => void;
  /** Focuses the current screen's search (the page's own Ctrl+F handler). */
  focusSearch?: () => void;
}

/** The French application menu, as a pure template (Menu.buildFromTemplate is done by the caller). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Actualiser' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Zoom avant' },
    { role: 'zoomOut', label: 'Zoom arrière' },
    { role: 'resetZoom', label: 'Taille réelle' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Plein écran' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Outils de développement' });
  }

  return [
    { label: 'Fichier', submenu: [{ role: 'quit', label: 'Quitter' }] },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Tout sélectionner' },
        { type: 'separator' },
        {
          label: 'Rechercher dans la liste',
          accelerator: 'CmdOrCtrl+F',
          // The page handles Ctrl+F itself (the search of the current screen); the menu shows it.
          registerAccelerator: false,
          click: () => options.focusSearch?.(),
        },
      ],
    },
    { label: 'Affichage', submenu: view },
    {
      label: 'Aide',
      submenu: [
        {
          label: 'Site de la Caf',
          click: () => {
            void options.openExternal(CAF_URL);
          },
        },
        { type: 'separator' },
        { label: `À propos de ${APP_NAME}`, click: () => options.showAbout() },
      ],
    },
  ];
}

export interface AboutInfo {
  version: string;
  dataFolder: string;
}

export function aboutDialogOptions(info: AboutInfo): MessageBoxOptions {
  return {
    type: 'info',
    title: `À propos de ${APP_NAME}`,
    message: `${APP_NAME} — version ${info.version}`,
    detail:
      'Registre de la convention « Mon Compte Partenaire » pour les CCAS et mairies.\n' +
      `Dossier des données : ${info.dataFolder}`,
    buttons: ['Fermer'],
    noLink: true,
  };
}
