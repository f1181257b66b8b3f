import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { BackupsScreen } from './pages/backups';
import { closeNotices, createLieusaintConvention, openSection } from './pages/register';

const SHOTS = process.env.BACKUPS_SCREENSHOTS;
const ROSTER_CSV = join(import.meta.dirname, '../fixtures/roster-50.csv');

async function findAgent(page: Page, name: string) {
  await openSection(page, 'Agents et habilitations');
  await page.getByLabel('Rechercher').fill(name);
  await expect(page.getByText(name, { exact: false }).first()).toBeVisible();
}

test('import a 50-row CSV with two bad rows, export a backup, erase everything, restore it and find the data again', async ({
  page,
}, testInfo) => {
  // A long walk (import, export, erase, restore): on a loaded machine it needs more than the default minute.
  test.setTimeout(180_000);
  await completeFirstRun(page);
  await createLieusaintConvention(page);
  await closeNotices(page);

  const backups = new BackupsScreen(page);
  await backups.open();
  await expect(backups.savedList().getByText('Automatique').first()).toBeVisible();
  await expect(
    page.getByText('disparaissent si le profil du navigateur est supprimé'),
  ).toBeVisible();
  await expectAccessible(page, 'Sauvegardes');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/backups.png`, fullPage: true });

  // Roster import: file, mapping guessed from the headers, preview with the two bad rows.
  await page.getByRole('link', { name: 'Importer une liste (Excel, CSV)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importer une liste d’agents' }),
  ).toBeVisible();
  await expectAccessible(page, 'Import de liste, vide');
  await page.getByLabel('Fichier Excel ou CSV').setInputFiles(ROSTER_CSV);
  await expect(
    page.getByText(
      '50 lignes de données, 6 colonnes, titres en ligne 1, séparateur « ; », encodage UTF-8',
    ),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Nom', exact: true })).toHaveValue('0');
  await expect(page.getByRole('combobox', { name: 'Mél', exact: true })).toHaveValue('4');
  await expect(page.getByLabel('Téléphone fixe')).toHaveValue('5');
  // The dry run is shown at once (no « Vérifier » step).
  await expect(
    page.getByText('Essai à blanc : 48 agents seront créés, 2 lignes en erreur (ignorées)'),
  ).toBeVisible();
  const errors = page.getByRole('table', { name: 'Lignes en erreur' });
  await expect(errors.getByRole('row')).toHaveCount(3);
  await expect(errors.getByText('Mél « adresse-invalide » invalide.')).toBeVisible();
  await expect(errors.getByText('Nom manquant.')).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Importer 48 lignes' });
  await expect(importButton).toBeDisabled();
  await expectAccessible(page, 'Import de liste, vérification');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/roster-import.png`, fullPage: true });
  await page.getByLabel('Ignorer les 2 lignes en erreur et importer les autres').check();
  await importButton.click();
  await expect(
    page.getByText('48 agents et 0 habilitation importés, 2 lignes ignorées'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler l’import' })).toBeVisible();
  await closeNotices(page);
  await findAgent(page, 'FONTAINE');

  // Export a full backup (download in the web version).
  await backups.open();
  const dialog = await backups.openExport();
  await expectAccessible(page, 'Sauvegardes, export');
  const { path: exported, suggestedName } = await backups.confirmExport(dialog, (name) =>
    testInfo.outputPath(name),
  );
  expect(suggestedName).toMatch(/^convention-mcp-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
  const header = JSON.parse(
    readFileSync(exported, 'utf8').split('\n', 1)[0]!.slice('{"header":'.length, -1),
  ) as { counts: Record<string, number> };
  expect(header.counts.agents).toBe(48);
  await closeNotices(page);

  // Erase everything (confirmation, safety backup first).
  const confirm = await backups.openEraseAll();
  await expect(confirm.getByText('Une sauvegarde complète sera prise juste avant')).toBeVisible();
  await expectAccessible(page, 'Sauvegardes, tout effacer');
  // It opens on « Annuler », and erases only once the partner's name is typed.
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(confirm.getByRole('alert')).toContainText('pour confirmer');
  await backups.confirmEraseAll(confirm);
  await expect(page.getByText(/Registre effacé\. La sauvegarde prise juste avant/)).toBeVisible();
  await closeNotices(page);
  await page.reload();
  await openSection(page, 'Agents et habilitations');
  await expect(page.getByRole('heading', { name: 'Aucune convention' })).toBeVisible();

  // Restore the exported file, after its preview.
  await backups.open();
  const preview = await backups.checkFile(exported);
  await expect(preview.getByText('CCAS de Lieusaint')).toBeVisible();
  await expect(preview.getByRole('row', { name: 'Agents 48' })).toBeVisible();
  await expect(preview.getByText(/Journal intègre/)).toBeVisible();
  await expectAccessible(page, 'Sauvegardes, aperçu de restauration');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/restore-preview.png`, fullPage: true });
  await backups.restoreFromPreview(preview);
  await expect(
    page.getByText(/Sauvegarde restaurée\. Vos données d’avant ont été sauvegardées/),
  ).toBeVisible();
  await closeNotices(page);

  await page.reload();
  await findAgent(page, 'FONTAINE');
  await openSection(page, 'Journal');
  await backups.open();
  await expect(page.getByText('Avant effacement complet').first()).toBeVisible();
  await expect(page.getByText('Avant restauration').first()).toBeVisible();
  await expectAccessible(page, 'Sauvegardes après restauration');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/backups-after.png`, fullPage: true });
});

test('a wrong file is refused in French and nothing changes', async ({ page }, testInfo) => {
  await completeFirstRun(page);
  const backups = new BackupsScreen(page);
  await backups.open();
  const bad = testInfo.outputPath('pas-une-sauvegarde.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(bad, '{"bonjour": true}');
  await backups.checkFile(bad);
  await expect(
    page.getByRole('alert').getByText('Ce fichier n’est pas une sauvegarde de Convention MCP'),
  ).toBeVisible();
  await expectAccessible(page, 'Sauvegardes, fichier refusé');
});
