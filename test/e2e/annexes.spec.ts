import type { Page } from '@playwright/test';
import fixture from '../fixtures/fixture-lieusaint.json' with { type: 'json' };
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { addContact, closeNotices, createLieusaintConvention, openSection } from './pages/register';

/** Set ANNEX_SCREENSHOTS=/some/folder to keep a screenshot of each screen state. */
const SHOTS = process.env.ANNEX_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

test('the register screens explain what they need before a convention exists', async ({ page }) => {
  await completeFirstRun(page);
  for (const [section, shotName] of [
    ['Interlocuteurs', 'contacts-empty'],
    ['Services et quotas', 'services-empty'],
  ] as const) {
    await openSection(page, section);
    await expect(page.getByRole('heading', { name: 'Aucune convention' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Créer la convention' })).toBeVisible();
    await expectAccessible(page, `${section} sans convention`);
    await shot(page, shotName);
  }
  await page.getByRole('link', { name: 'Créer la convention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Convention' })).toBeVisible();

  await openSection(page, 'Paramètres');
  await expect(
    page
      .getByRole('table', { name: 'Catalogue des profils' })
      .getByRole('rowheader', { name: 'T13' }),
  ).toBeVisible();
  await expect(page.getByText('Base IndexedDB de ce navigateur')).toBeVisible();
  await expectAccessible(page, 'Paramètres');
  await shot(page, 'settings');
});

test('enter the Lieusaint contacts annex and the CDAP bulletin with T13 = 4, then find them after a reload', async ({
  page,
}) => {
  await completeFirstRun(page);
  await createLieusaintConvention(page);

  // Annexe 1: every role is listed even when empty, and the missing administrators are alerts.
  await openSection(page, 'Interlocuteurs');
  const cafCard = page.getByRole('region', { name: 'Côté Caf' });
  const partnerCard = page.getByRole('region', { name: 'Côté partenaire' });
  await expect(cafCard.getByText('Non renseigné')).toHaveCount(6);
  await expect(partnerCard.getByText('Non renseigné')).toHaveCount(4);
  await expect(
    page.getByText(/Aucun Administrateur suppléant n’est désigné côté partenaire/),
  ).toBeVisible();
  await expectAccessible(page, 'Interlocuteurs vides');
  await shot(page, 'contacts-no-contact');

  for (const c of fixture.contacts.caf) await addContact(page, 'Caf', c);
  const seen = new Set<string>();
  for (const c of fixture.contacts.partner) {
    // The same person holds two roles: the second time, take her from the people already entered.
    await addContact(page, 'partenaire', c, c.name && seen.has(c.name) ? c.name : undefined);
    if (c.name) seen.add(c.name);
  }
  await expect(cafCard.getByText('Non renseigné')).toHaveCount(0);
  await expect(partnerCard.getByText('Non renseigné')).toHaveCount(0);
  await expect(partnerCard.getByText('Renald THOMAS')).toHaveCount(2);
  await expect(partnerCard.getByText('01 64 13 55 88')).toBeVisible();
  await expect(partnerCard.getByText('depuis le 08/01/2024')).toHaveCount(4);
  await expect(cafCard.getByText('01 64 83 75 18')).toBeVisible();
  await expect(page.getByText(/Aucun Administrateur suppléant/)).toHaveCount(0);
  await expectAccessible(page, 'Interlocuteurs remplis');
  await shot(page, 'contacts-filled');

  // Replacing the Responsable Sécurité keeps Renald THOMAS in the history.
  await page
    .getByRole('button', { name: 'Remplacer Renald THOMAS (Responsable Sécurité)' })
    .click();
  const replace = page.getByRole('dialog', {
    name: 'Remplacer Renald THOMAS (Responsable Sécurité)',
  });
  await expect(replace).toBeVisible();
  await expectAccessible(page, 'Remplacer un interlocuteur');
  await shot(page, 'contacts-replace-dialog');
  await replace.getByLabel('Nom', { exact: true }).fill('Lucie MARCHAND');
  await replace.getByLabel('Adresse mél').fill('l.marchand@ville-lieusaint.fr');
  await replace.getByRole('button', { name: 'Enregistrer le remplacement' }).click();
  await expect(replace).toBeHidden();
  await closeNotices(page);
  const history = page.getByRole('region', { name: 'Historique' });
  await expect(history.getByText('Renald THOMAS')).toBeVisible();
  await expect(history.getByText(/^du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}$/)).toBeVisible();
  await expect(partnerCard.getByText('Lucie MARCHAND')).toBeVisible();
  await shot(page, 'contacts-history');

  // Annexe 2: the CDAP bulletin with T13 = 4.
  await openSection(page, 'Services et quotas');
  await expect(page.getByRole('heading', { name: 'Aucun bulletin d’adhésion' })).toBeVisible();
  await expectAccessible(page, 'Services sans bulletin');
  await shot(page, 'services-no-bulletin');
  await page.getByRole('button', { name: 'Ajouter le premier bulletin' }).click();
  const bulletinDialog = page.getByRole('dialog', { name: 'Ajouter un bulletin d’adhésion' });
  await expect(bulletinDialog.getByRole('combobox', { name: 'Service' })).toHaveValue('default');
  await bulletinDialog.getByLabel('Numéro d’annexe').fill(fixture.bulletins[0]!.annex);
  await bulletinDialog.getByLabel('Date du bulletin').fill(fixture.serviceContract.signedOn);
  await expectAccessible(page, 'Ajouter un bulletin');
  await shot(page, 'services-bulletin-dialog');
  await bulletinDialog.getByRole('button', { name: 'Ajouter le bulletin' }).click();
  await expect(bulletinDialog).toBeHidden();
  const card = page.getByRole('region', { name: 'Bulletin Cdap (annexe 2)' });
  await expect(card.getByText(`CDAP – ${fixture.bulletins[0]!.label}`)).toBeVisible();
  const t13 = card.getByLabel('Nombre maximal pour le profil T13');
  await t13.fill(String(fixture.bulletins[0]!.quotas.T13));
  await t13.press('Enter');
  await expect(card.getByText('0 sur 4 — 4 places restantes')).toBeVisible();
  await expectAccessible(page, 'Services, quotas');
  await shot(page, 'services-all-profiles');
  await card.getByLabel('Afficher seulement les profils prévus').check();
  await expect(card.getByLabel('Nombre maximal pour le profil T1', { exact: true })).toHaveCount(0);
  await shot(page, 'services-filled');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Services et quotas' })).toBeVisible();
  const reloaded = page.getByRole('region', { name: 'Bulletin Cdap (annexe 2)' });
  await expect(reloaded.getByLabel('Nombre maximal pour le profil T13')).toHaveValue('4');
  await expect(reloaded.getByLabel('Afficher seulement les profils prévus')).toBeChecked();
  await expect(reloaded.getByText('0 sur 4 — 4 places restantes')).toBeVisible();
  await expect(reloaded.getByText('08/01/2024')).toBeVisible();

  await openSection(page, 'Interlocuteurs');
  await expect(
    page.getByRole('region', { name: 'Côté partenaire' }).getByText('Véronique DJIRE'),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Côté partenaire' }).getByText('s.coffi@ville-lieusaint.fr'),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Côté Caf' })
      .getByText('informatique-et-libertes.cafmelun@caf.cnafmail.fr'),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Historique' }).getByText('Renald THOMAS'),
  ).toBeVisible();
});
