import { completeFirstRun, expect, expectAccessible, test } from './fixtures';

const SECTIONS = [
  'Tableau de bord',
  'Convention',
  'Interlocuteurs',
  'Services et quotas',
  'Agents et habilitations',
  'Revue annuelle',
  'Documents',
  'Journal',
  'Demandes et incidents',
  'Sauvegardes',
  'Importer la convention',
  'Paramètres',
];

test('first run asks the name, every section opens, and the name survives a reload', async ({
  page,
}) => {
  // Thirteen screens, each scanned by axe: ~35 s alone, over 60 s on a busy 2-core machine.
  test.setTimeout(150_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Convention MCP' })).toBeVisible();
  await expectAccessible(page, 'Premier lancement');

  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByText('Indiquez votre prénom et votre nom.')).toBeVisible();

  await completeFirstRun(page, 'Sandrine COFFI');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const label of SECTIONS) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    await expectAccessible(page, label);
  }

  await page.reload();
  await expect(page.getByLabel('Utilisateur')).toHaveText('Sandrine COFFI');
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
});

test('addresses: a deep link opens its screen, back and forward move between screens, an unknown one opens the dashboard', async ({
  page,
}) => {
  await completeFirstRun(page, 'Sandrine COFFI');
  await page.goto('/#/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Journal', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await nav.getByRole('link', { name: 'Paramètres', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page).toHaveURL(/#\/parametres$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page).toHaveTitle('Paramètres — Convention MCP');

  await page.goto('/#/nulle-part');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
});
