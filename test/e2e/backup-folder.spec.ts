import type { Page } from '@playwright/test';
import fixture from '../fixtures/fixture-lieusaint.json' with { type: 'json' };
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { closeNotices, createLieusaintConvention, openSection } from './pages/register';

const SHOTS = process.env.BACKUPS_SCREENSHOTS;
const FOLDER = 'Sauvegardes CCAS';

/**
 * Playwright cannot drive the native folder picker: `showDirectoryPicker` is replaced by a
 * folder of the origin private file system (a real FileSystemDirectoryHandle in Chromium,
 * which IndexedDB can keep across reloads like a folder chosen by the user).
 */
async function stubFolderPicker(page: Page) {
  await page.addInitScript((folder) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true }),
    });
  }, FOLDER);
}

/** Names of the files in the stubbed folder, as the browser sees them. */
async function filesInFolder(page: Page): Promise<string[]> {
  return page.evaluate(async (folder) => {
    const dir = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle(folder, { create: true });
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys())
      names.push(name);
    return names.sort();
  }, FOLDER);
}

test('backups go to a folder the user picks, survive a reload there, and restore from it', async ({
  page,
}) => {
  await stubFolderPicker(page);
  await completeFirstRun(page);
  await createLieusaintConvention(page);
  await closeNotices(page);

  await openSection(page, 'Sauvegardes');
  const card = page.getByRole('region', { name: 'Emplacement des sauvegardes' });
  await expect(
    card.getByText('disparaissent si le profil du navigateur est supprimé'),
  ).toBeVisible();
  await expectAccessible(page, 'Sauvegardes, dans le navigateur');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/folder-browser.png`, fullPage: true });

  // Choose the folder: the backups already taken in the browser are offered for copy.
  await card.getByRole('button', { name: 'Choisir un dossier de sauvegarde' }).click();
  const copy = page.getByRole('dialog', { name: 'Copier les sauvegardes du navigateur ?' });
  await expect(copy.getByText(`dans le dossier « ${FOLDER} »`)).toBeVisible();
  await expectAccessible(page, 'Sauvegardes, copie proposée');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/folder-copy.png`, fullPage: true });
  await copy.getByRole('button', { name: /^Copier (la sauvegarde|les \d+ sauvegardes)$/ }).click();
  await expect(copy).toBeHidden();
  await expect(page.getByText(/copiées? dans le dossier\./)).toBeVisible();
  await closeNotices(page);
  await expect(card.getByText(`dans le dossier « ${FOLDER} » de votre ordinateur`)).toBeVisible();
  await expect(
    card.getByRole('button', { name: 'Revenir aux sauvegardes du navigateur' }),
  ).toBeVisible();
  const copied = await filesInFolder(page);
  expect(copied.some((n) => n.startsWith('auto-'))).toBe(true);

  // « Sauvegarder maintenant » writes into the folder (no .tmp left), and the list shows it.
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText(/^Sauvegarde enregistrée/)).toBeVisible();
  await closeNotices(page);
  const list = page.getByRole('region', { name: 'Sauvegardes enregistrées' });
  await expect(list.getByText('Sauvegarde manuelle')).toBeVisible();
  // The rotation keeps the newest automatic backup of the day: the list is the folder's content.
  const files = await filesInFolder(page);
  expect(files.filter((n) => !/^(auto|avant|manuel)-.*\.json$/.test(n))).toEqual([]);
  await expect(list.getByRole('row')).toHaveCount(files.length + 1);
  await expectAccessible(page, 'Sauvegardes, dans un dossier');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/folder-used.png`, fullPage: true });

  // After a reload the folder is still used (or the browser asks again: allow it).
  await page.reload();
  await openSection(page, 'Sauvegardes');
  const allow = card.getByRole('button', { name: `Autoriser l’accès au dossier « ${FOLDER} »` });
  const used = card.getByText(`dans le dossier « ${FOLDER} » de votre ordinateur`);
  await expect(allow.or(used)).toBeVisible();
  if (await allow.isVisible()) await allow.click();
  await expect(used).toBeVisible();
  // The start-up backup waited for the folder check and went to the folder (the rotation
  // keeps it as the day's newest automatic backup; the manual one is kept apart).
  const autoBefore = files.filter((n) => n.startsWith('auto-'));
  await expect
    .poll(async () =>
      (await filesInFolder(page)).filter((n) => n.startsWith('auto-') && !autoBefore.includes(n)),
    )
    .toHaveLength(1);
  await openSection(page, 'Journal');
  await openSection(page, 'Sauvegardes');
  await expect(list.getByText('Sauvegarde au démarrage')).toBeVisible();
  await expect(list.getByText('Sauvegarde manuelle')).toBeVisible();
  expect((await filesInFolder(page)).filter((n) => n.startsWith('auto-'))).toHaveLength(1);
  // The first start-up backup, copied then dropped by the rotation, is not offered again.
  await expect(card.getByText(/restées? dans ce navigateur/)).toHaveCount(0);

  // Erase everything (its safety backup goes to the folder), then restore the start-up backup.
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  const wipe = page.getByRole('dialog', { name: 'Tout effacer ?' });
  await wipe.getByLabel(/Pour confirmer, tapez/).fill(fixture.partner.name);
  await wipe.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page.getByText(/Registre effacé\./)).toBeVisible();
  await closeNotices(page);
  expect((await filesInFolder(page)).some((n) => n.startsWith('avant-effacement-complet-'))).toBe(
    true,
  );

  await list
    .getByRole('row')
    .filter({ hasText: 'Sauvegarde au démarrage' })
    .getByRole('button', { name: /^Restaurer la sauvegarde du/ })
    .click();
  const preview = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
  await expect(preview.getByText(fixture.partner.name)).toBeVisible();
  await preview.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
  await expect(page.getByText(/Sauvegarde restaurée\./)).toBeVisible();
  await closeNotices(page);
  await openSection(page, 'Convention');
  await expect(page.getByRole('heading', { level: 2, name: 'Partenaire' })).toBeVisible();
  await expect(page.getByText(fixture.partner.name).first()).toBeVisible();

  // Back to the browser database: said plainly, the folder's files stay.
  await openSection(page, 'Sauvegardes');
  await card.getByRole('button', { name: 'Revenir aux sauvegardes du navigateur' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revenir aux sauvegardes du navigateur ?' });
  await expectAccessible(page, 'Sauvegardes, retour au navigateur');
  await confirm.getByRole('button', { name: 'Revenir aux sauvegardes du navigateur' }).click();
  await expect(
    card.getByText('disparaissent si le profil du navigateur est supprimé'),
  ).toBeVisible();
  await expect(
    card.getByRole('button', { name: 'Choisir un dossier de sauvegarde' }),
  ).toBeVisible();
  expect((await filesInFolder(page)).some((n) => n.startsWith('avant-restauration-'))).toBe(true);
});

test('without the File System Access API the screen says backups stay in the browser', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    delete (Window.prototype as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
  await completeFirstRun(page);
  await openSection(page, 'Sauvegardes');
  const card = page.getByRole('region', { name: 'Emplacement des sauvegardes' });
  await expect(
    card.getByText('disparaissent si le profil du navigateur est supprimé'),
  ).toBeVisible();
  await expect(
    card.getByText('Ce navigateur ne permet pas d’écrire les sauvegardes dans un dossier'),
  ).toBeVisible();
  await expect(card.getByRole('button')).toHaveCount(0);
  await expectAccessible(page, 'Sauvegardes, navigateur sans dossier');
});
