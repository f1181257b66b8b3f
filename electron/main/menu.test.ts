import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl } from '../../shared/ipc/external-links';
import { aboutDialogOptions, buildMenuTemplate, CAF_URL } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function build(isPackaged: boolean) {
  const openExternal = vi.fn(async () => true);
  const showAbout = vi.fn();
  const template = buildMenuTemplate({ isPackaged, openExternal, showAbout });
  return { template, items: flatten(template), openExternal, showAbout };
}

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has the four French top-level menus', () => {
    expect(build(true).template.map((m) => m.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aide',
    ]);
  });

  it('labels every item in French', () => {
    const labels = build(false)
      .items.filter((i) => i.type !== 'separator')
      .map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Quitter',
        'Annuler',
        'Rétablir',
        'Couper',
        'Copier',
        'Coller',
        'Tout sélectionner',
        'Actualiser',
        'Zoom avant',
        'Zoom arrière',
        'Taille réelle',
        'Plein écran',
        'Site de la Caf',
        'À propos de Convention MCP',
      ]),
    );
    // A role without a label would show Electron's English default.
    expect(labels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
    for (const english of [
      'File',
      'Edit',
      'View',
      'Help',
      'Quit',
      'Undo',
      'Copy',
      'Paste',
      'Reload',
    ]) {
      expect(labels).not.toContain(english);
    }
  });

  it('has no DevTools entry in the packaged app', () => {
    const items = build(true).items;
    expect(
      items.some(
        (i) => i.role === 'toggleDevTools' || /outils de développement/i.test(i.label ?? ''),
      ),
    ).toBe(false);
  });

  it('offers DevTools when running from sources', () => {
    expect(build(false).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('opens the Caf site through the allowlisted opener', () => {
    const { items, openExternal } = build(true);
    click(items.find((i) => i.label === 'Site de la Caf'));
    expect(openExternal).toHaveBeenCalledWith(CAF_URL);
    expect(isAllowedExternalUrl(CAF_URL)).toBe(true);
  });

  it('shows the about box', () => {
    const { items, showAbout } = build(true);
    click(items.find((i) => i.label === 'À propos de Convention MCP'));
    expect(showAbout).toHaveBeenCalledTimes(1);
  });

  it('builds a French about box', () => {
    const options = aboutDialogOptions({ version: '1.2.3', dataFolder: 'C:\\Données' });
    expect(options.title).toBe('À propos de Convention MCP');
    expect(options.message).toContain('version 1.2.3');
    expect(options.detail).toContain('Dossier des données : C:\\Données');
    expect(options.buttons).toEqual(['Fermer']);
  });
});

describe('search in the menu', () => {
  it('shows Ctrl+F under Édition without stealing it from the page, and asks the page to focus its search', () => {
    const focusSearch = vi.fn();
    const items = flatten(
      buildMenuTemplate({
        isPackaged: true,
        openExternal: vi.fn(async () => true),
        showAbout: vi.fn(),
        focusSearch,
      }),
    );
    const item = items.find((i) => i.label === 'Rechercher dans la liste');
    expect(item?.accelerator).toBe('CmdOrCtrl+F');
    expect(item?.registerAccelerator).toBe(false);
    click(item);
    expect(focusSearch).toHaveBeenCalledTimes(1);
  });
});
