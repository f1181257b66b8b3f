import { completeFirstRun, expect, test } from './fixtures';

test('a convention imported without any date: the dashboard alert opens the « Date d’effet » field itself', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await completeFirstRun(page);
  await page.getByRole('link', { name: 'Importer la convention' }).last().click();
  await page
    .getByLabel('Texte de la convention')
    .fill(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        'Entre :',
        'La Caisse d’allocations familiales du Nord',
        'Et :',
        'Partenaire : CCAS de Wattrelos',
        'Convention n° 2025-12',
        'Fait à Wattrelos, le',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Analyser le texte' }).click();
  await expect(page.getByText(/Aucune date de signature ni d’effet lue/)).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel('Nom du partenaire').fill('CCAS de Wattrelos');
  await page.getByLabel('Nom de la Caf').fill('Caisse d’allocations familiales du Nord');
  await page.getByRole('button', { name: 'Enregistrer la convention importée' }).click();
  await expect(page.getByRole('heading', { name: 'Convention importée' })).toBeVisible({
    timeout: 30_000,
  });

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Tableau de bord' })
    .click();
  const alerts = page.getByRole('region', { name: /Alertes/ });
  await expect(
    alerts.getByText(/La date d’effet de la convention n’est pas renseignée/),
  ).toBeVisible();
  await alerts.getByRole('link', { name: 'Renseigner la date d’effet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier la convention' });
  await expect(dialog.getByLabel('Date d’effet')).toBeFocused();
  // The alert stays until the date is given.
  await dialog.getByLabel('Date de signature').fill('2025-03-03');
  await dialog.getByLabel('Date d’effet').fill('2025-04-01');
  await dialog.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(dialog).toBeHidden();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Tableau de bord' })
    .click();
  await expect(
    alerts.getByText(/La date d’effet de la convention n’est pas renseignée/),
  ).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Échéances' }).getByText(/Reconduction tacite/),
  ).toBeVisible();
});
