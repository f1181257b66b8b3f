import type { Page } from '@playwright/test';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import {
  addAgent,
  addCdapBulletinT13,
  addLieusaintContacts,
  closeNotices,
  createLieusaintConvention,
  daysAgo,
  fixture,
  grant,
  openSection,
  startGrant,
} from './pages/register';
import { RosterScreen } from './pages/roster';

/** Set SHOTS=/some/folder to keep screenshots of the screens this test visits. */
const shot = async (page: Page, name: string) => {
  if (process.env.SHOTS)
    await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
};

test('set up the Lieusaint CCAS from scratch: quota refusal, departure alert, everything kept after a reload', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, 'Véronique DJIRE');
  await createLieusaintConvention(page);
  await addLieusaintContacts(page);
  await expectAccessible(page, 'Interlocuteurs remplis');
  await addCdapBulletinT13(page);

  const roster = new RosterScreen(page);
  await roster.open();
  await expect(page.getByRole('heading', { name: 'Aucun agent' })).toBeVisible();
  await expectAccessible(page, 'Agents vide');
  for (const a of fixture.agents) await addAgent(page, a);
  await expect(page.getByText('5 lignes')).toBeVisible();

  for (const name of fixture.scenario.grantT13To) {
    const a = fixture.agents.find((x) => x.lastName === name)!;
    await grant(page, `${a.firstName} ${a.lastName}`, 'T13');
  }
  await expect(roster.quotaMeter('T13')).toHaveAttribute(
    'aria-valuetext',
    '4 sur 4 — quota atteint',
  );

  // The fifth T13 is refused with the quota message (contrat art. 2.2.1).
  const dialog = await startGrant(page, 'Véronique DJIRE', 'T13');
  await expect(dialog.getByRole('alert')).toContainText(
    'Quota atteint pour le profil T13 (4 sur 4, bulletin Cdap). Retirez une habilitation ou demandez un avenant à la Caf',
  );
  await expect(dialog.getByRole('button', { name: 'Accorder l’habilitation' })).toBeDisabled();
  await expectAccessible(page, 'Habilitation refusée');
  await shot(page, 'grant-refused');
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  // Search and filter the roster.
  await roster.search('benali');
  await expect(page.getByText('1 ligne sur 5')).toBeVisible();
  await roster.search('');

  // Paul ROUSSEL left yesterday: the dashboard raises the alert.
  await roster.recordDeparture('ROUSSEL', 'Paul', daysAgo(1));
  await closeNotices(page);
  await expect(page.getByText('Agent parti')).toBeVisible();
  await expectAccessible(page, 'Agents et habilitations');
  await shot(page, 'roster');

  await openSection(page, 'Tableau de bord');
  const alerts = page.getByRole('region', { name: /Alertes/ });
  await expect(
    alerts.getByText(/Paul ROUSSEL est parti\(e\) le .* mais garde 1 habilitation active/),
  ).toBeVisible();
  await expectAccessible(page, 'Tableau de bord');
  await shot(page, 'dashboard');

  await openSection(page, 'Journal');
  await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
  // Every check passes (the web version says it has no key: information, not a failure).
  await expect(
    page.getByRole('heading', { name: /Vérification de l’intégrité.*aucun problème trouvé/ }),
  ).toBeVisible();
  await expect(page.getByText(/Chaîne du journal/)).toBeVisible();
  await expect(
    page.getByText(/lignes de données sont celles que le journal a écrites en dernier/),
  ).toBeVisible();
  await expect(page.getByText(/Version web.*pas de sceau/)).toBeVisible();
  await expectAccessible(page, 'Journal');
  await shot(page, 'journal');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('complementary').getByText('CCAS de Lieusaint')).toBeVisible();
  await openSection(page, 'Tableau de bord');
  await expect(page.getByText(/Paul ROUSSEL est parti\(e\)/)).toBeVisible();
  await openSection(page, 'Agents et habilitations');
  await expect(page.getByText('5 agents, 4 habilitations actives.')).toBeVisible();
  await openSection(page, 'Interlocuteurs');
  await expect(page.getByText('Renald THOMAS').first()).toBeVisible();
  await openSection(page, 'Services et quotas');
  await expect(page.getByLabel('Nombre maximal pour le profil T13')).toHaveValue('4');
});
