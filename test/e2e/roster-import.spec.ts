import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import {
  addCdapBulletinT13,
  closeNotices,
  createLieusaintConvention,
  openSection,
} from './pages/register';
import { townHallXlsx } from './pages/roster-xlsx';

const SHOTS = process.env.ROSTER_IMPORT_SCREENSHOTS;

test('imports a town hall’s Excel list of 25 agents: title line, departed agent, T1 and over-quota refusals kept à régulariser, a duplicate merged', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await completeFirstRun(page);
  await createLieusaintConvention(page);
  await addCdapBulletinT13(page);
  await closeNotices(page);
  const xlsx = testInfo.outputPath('liste-agents-lieusaint.xlsx');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(xlsx, await townHallXlsx());

  // The walk a new user makes, counted from « Importer une liste » to the imported roster.
  let actions = 0;
  const act = async (step: () => Promise<unknown>) => {
    actions++;
    await step();
  };
  await openSection(page, 'Agents et habilitations');
  await act(() =>
    page.getByRole('link', { name: 'Importer une liste (Excel, CSV)' }).first().click(),
  );
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importer une liste d’agents' }),
  ).toBeVisible();
  await act(() => page.getByLabel('Fichier Excel ou CSV').setInputFiles(xlsx));

  // Read as it is: the title line and the totals row named, the header found on line 3.
  // Reading an .xlsx loads the Excel reader first: slow on a loaded machine.
  await expect(
    page.getByText(/feuille «\sAgents\s»\s: 26 lignes de données, 13 colonnes, titres en ligne 3/),
  ).toBeVisible({ timeout: 30_000 });
  const ignoredLines = page.getByRole('list', { name: 'Lignes ignorées' });
  await expect(
    ignoredLines.getByText(
      /^Ligne 1 ignorée\s: au-dessus des titres \(«\sListe des agents — CCAS de Lieusaint/,
    ),
  ).toBeVisible();
  await expect(ignoredLines.getByText('Ligne 31 ignorée : ligne de total')).toBeVisible();
  // Columns guessed; every column left out is named.
  await expect(page.getByRole('combobox', { name: 'Nom', exact: true })).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'Date de départ' })).toHaveValue('8');
  await expect(page.getByRole('combobox', { name: 'Rôle dans le portail' })).toHaveValue('10');
  await expect(page.getByRole('combobox', { name: 'Identifiant du portail' })).toHaveValue('11');
  // « Observations » is read for departures, arrivals and a profile's own date.
  await expect(page.getByRole('combobox', { name: /^Remarques/ })).toHaveValue('12');
  const ignoredColumns = page.getByRole('list', { name: 'Colonnes ignorées' });
  await expect(ignoredColumns.getByRole('listitem')).toHaveText([
    'Colonne ignorée : « Matricule (col. A) (masquée) »',
  ]);
  // Onboarding: the listed habilitations already exist in the portal (pre-selected).
  await expect(
    page.getByRole('radio', { name: /Oui, elles sont déjà créées dans le portail/ }),
  ).toBeChecked();

  // The dry run, at once.
  await expect(
    page.getByText(
      'Essai à blanc : 25 agents seront créés, 4 habilitations accordées, 3 habilitations à régulariser, 1 doublon. Rien n’a encore été enregistré.',
    ),
  ).toBeVisible();
  const duplicates = page.getByRole('table', { name: /Doublons/ });
  await expect(duplicates.getByRole('row')).toHaveCount(2);
  await expect(
    duplicates.getByText(
      /Anne-Sophie MARTIN-DUPONT — ligne 28 du fichier \(même nom et prénom, même adresse mél\)/,
    ),
  ).toBeVisible();
  await expect(duplicates.getByRole('radio', { name: 'Fusionner' })).toBeChecked();
  const pending = page.getByRole('table', { name: /Habilitations à régulariser/ });
  await expect(pending.getByRole('row')).toHaveCount(4);
  await expect(
    pending.getByRole('row', {
      name: /BERNARD Léa T1 Le bulletin Cdap ne prévoit aucune habilitation pour le profil T1/,
    }),
  ).toBeVisible();
  await expect(pending.getByRole('row', { name: /FAURE-D’ALMEIDA Hélène T1/ })).toBeVisible();
  await expect(
    pending.getByRole('row', {
      name: /NGUYEN-LEFÈVRE Thi-Mai T13 Quota atteint pour le profil T13 \(4 sur 4/,
    }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lignes en erreur' })).toHaveCount(0);
  await expect(page.getByText('lignes en erreur')).toHaveCount(0);
  await expectAccessible(page, 'Import de liste, vérification');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/roster-import-preview.png`, fullPage: true });

  await act(() => page.getByRole('button', { name: 'Importer 26 lignes' }).click());
  await expect(
    page.getByText(
      '25 agents et 4 habilitations importés, 3 habilitations à régulariser. Une sauvegarde a été prise juste avant.',
    ),
  ).toBeVisible();
  await act(() => page.getByRole('link', { name: 'Voir les agents' }).click());
  await expect(page.getByText('25 agents, 4 habilitations actives.')).toBeVisible();
  console.log(
    `Roster import walk: ${actions} actions from « Importer une liste » to the imported roster.`,
  );
  expect(actions).toBeLessThanOrEqual(4);

  // The roster: « À régulariser » lists the three refused habilitations with their reason.
  await closeNotices(page);
  await page.getByRole('button', { name: 'À régulariser', exact: true }).click();
  await expect(page.getByText('3 lignes sur 25')).toBeVisible();
  const table = page.locator('table.roster-table');
  await expect(
    table.getByRole('button', { name: 'Accorder T1 à BERNARD Léa (à régulariser)' }),
  ).toBeVisible();
  await expect(
    table.getByRole('button', { name: 'Accorder T13 à NGUYEN-LEFÈVRE Thi-Mai (à régulariser)' }),
  ).toBeVisible();
  await expect(table.getByText('À régulariser')).toHaveCount(3);
  await expectAccessible(page, 'Agents, à régulariser');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/roster-pending.png`, fullPage: true });
  // Habilitations listed as existing in the portal are not « à créer ».
  await page.getByRole('button', { name: 'Actives', exact: true }).click();
  await expect(page.getByText('4 lignes sur 25')).toBeVisible();
  await expect(page.getByText('Portail : à créer')).toHaveCount(0);
  // The departure came with the list.
  await page.getByLabel('Rechercher').fill('benali');
  await expect(page.getByText(/^Départ\s: \d\d\/\d\d\/\d{4}$/)).toBeVisible();

  // Survives a reload; the dashboard lists what is to regularise and the departed agent.
  await page.reload();
  await openSection(page, 'Tableau de bord');
  const alerts = page.getByRole('region', { name: /Alertes/ });
  await expect(
    alerts.getByText(/Habilitation à régulariser pour Léa BERNARD \(T1, bulletin Cdap\)/),
  ).toBeVisible();
  await expect(
    alerts.getByText(
      /Habilitation à régulariser pour Thi-Mai NGUYEN-LEFÈVRE \(T13, bulletin Cdap\)/,
    ),
  ).toBeVisible();
  await expect(alerts.getByText(/Karim BENALI est parti\(e\) le/)).toBeVisible();
  await alerts
    .getByRole('link', { name: 'Ouvrir les habilitations à régulariser' })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'À régulariser', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('3 lignes sur 25')).toBeVisible();
});
