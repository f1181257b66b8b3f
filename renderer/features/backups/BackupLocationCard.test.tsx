import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ServicesProvider } from '../../shell/services';
import type { AppDatabase } from '../../db/database';
import { createElectronBridge } from '../../platform/electron-bridge';
import type { FolderHandle } from '../../platform/fs-access';
import { createSwitchableBackupStore } from '../../platform/switchable-backup-store';
import { FakeFolder } from '../../../test/support/fake-folder';
import type { PlatformBridge } from '../../platform/types';
import { createBrowserBackupStore } from '../../platform/web-backup-store';
import { createWebBridge } from '../../platform/web-bridge';
import type { ConventionApi } from '../../../shared/ipc/contract';
import { BackupLocationCard } from './BackupLocationCard';

function renderCard(platform: PlatformBridge) {
  const onChanged = vi.fn();
  // The card never touches the register database.
  render(
    <ServicesProvider value={{ db: {} as AppDatabase, platform, appVersion: '0' }}>
      <BackupLocationCard busy={false} onChanged={onChanged} />
    </ServicesProvider>,
  );
  return {
    onChanged,
    card: () => screen.getByRole('region', { name: 'Emplacement des sauvegardes' }),
  };
}

function webPlatform(options: { stored?: FolderHandle; picked?: FolderHandle; host?: object }) {
  let kept = options.stored;
  const browserStore = createBrowserBackupStore(`card-${Math.random()}`);
  const store = createSwitchableBackupStore({
    browserStore,
    keeper: {
      load: async () => kept,
      save: async (h) => void (kept = h),
      clear: async () => void (kept = undefined),
    },
    host: options.host ?? { showDirectoryPicker: async () => options.picked! },
  });
  return { platform: createWebBridge(store), store, browserStore };
}

describe('BackupLocationCard', () => {
  it('web, no folder: says the backups die with the browser profile and offers to choose a folder, then to copy', async () => {
    const folder = new FakeFolder({ name: 'Sauvegardes CCAS' });
    const { platform, browserStore } = webPlatform({ picked: folder });
    await browserStore.write('auto-2026-01-01T10-00-00-000Z.json', new Uint8Array([1]));
    const { card, onChanged } = renderCard(platform);
    expect(
      await within(card()).findByText(/disparaissent si le profil du navigateur est supprimé/),
    ).toBeTruthy();
    await userEvent.click(
      within(card()).getByRole('button', { name: 'Choisir un dossier de sauvegarde' }),
    );
    expect(
      await within(card()).findByText(/dans le dossier « Sauvegardes CCAS » de votre ordinateur/),
    ).toBeTruthy();
    const dialog = await screen.findByRole('dialog', {
      name: 'Copier les sauvegardes du navigateur ?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copier la sauvegarde' }));
    await vi.waitFor(() =>
      expect(folder.files.has('auto-2026-01-01T10-00-00-000Z.json')).toBe(true),
    );
    expect(onChanged).toHaveBeenCalled();
    expect(
      within(card()).getByRole('button', { name: 'Revenir aux sauvegardes du navigateur' }),
    ).toBeTruthy();
  });

  it("web, permission 'prompt' after a restart: the browser database meanwhile, and a button to allow the folder", async () => {
    const folder = new FakeFolder({
      name: 'Registre MCP',
      permission: 'prompt',
      onRequest: 'granted',
    });
    const { platform } = webPlatform({ stored: folder });
    const { card } = renderCard(platform);
    const allow = await within(card()).findByRole('button', {
      name: 'Autoriser l’accès au dossier « Registre MCP »',
    });
    expect(
      within(card()).getByText(/En attendant, les sauvegardes sont gardées dans ce navigateur/),
    ).toBeTruthy();
    expect(platform.backups.location).toBe('browser-database');
    await userEvent.click(allow);
    expect(
      await within(card()).findByText(/dans le dossier « Registre MCP » de votre ordinateur/),
    ).toBeTruthy();
    expect(platform.backups.location).toBe('user-folder');
  });

  it('web without the File System Access API: says so, no folder button', async () => {
    const { platform } = webPlatform({ host: {} });
    const { card } = renderCard(platform);
    expect(
      await within(card()).findByText(
        /Ce navigateur ne permet pas d’écrire les sauvegardes dans un dossier/,
      ),
    ).toBeTruthy();
    expect(within(card()).queryAllByRole('button')).toHaveLength(0);
  });

  it('desktop: shows the data folder’s Sauvegardes path', async () => {
    const api = {
      getAppInfo: async () => ({
        name: 'Convention MCP',
        version: '1.0.0',
        dataFolder: 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP',
        backupFolder: 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP\\Sauvegardes',
        platform: 'win32',
      }),
    } as unknown as ConventionApi;
    const { card } = renderCard(createElectronBridge(api));
    expect(
      await within(card()).findByText(
        'C:\\Users\\a\\AppData\\Roaming\\Convention MCP\\Sauvegardes',
      ),
    ).toBeTruthy();
    expect(within(card()).queryAllByRole('button')).toHaveLength(0);
  });
});
