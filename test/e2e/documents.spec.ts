import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import fixture from '../fixtures/fixture-lieusaint.json' with { type: 'json' };
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { closeNotices, openSection } from './pages/register';

/** Set DOCS_SCREENSHOTS=/some/folder to keep a screenshot of each screen state. */
const SHOTS = process.env.DOCS_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** A Lieusaint-like register through the screens: convention, partner administrators, agents. */
async function seedLieusaint(page: Page) {
  await openSection(page, 'Convention');
  const create = page.getByRole('region', { name: 'Créer la convention' });
  await create.getByLabel('Nom du partenaire').fill(fixture.partner.name);
  await create.getByLabel('Type de partenaire').selectOption('CCAS');
  await create.getByLabel('SIRET').fill(fixture.partner.siret);
  await create.getByLabel('Nom de la Caf').fill(fixture.caf.name);
  await create.getByLabel('Numéro de la convention').fill(fixture.convention.number);
  await create.getByLabel('Date de signature').fill(fixture.convention.signedOn);
  await create.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Partenaire' })).toBeVisible();
  await closeNotices(page);

  await openSection(page, 'Interlocuteurs');
  for (const c of fixture.contacts.partner.slice(0, 2)) {
    await page.getByRole('button', { name: `Ajouter : ${c.role} (côté partenaire)` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nom', { exact: true }).fill(c.name);
    if (c.email) await dialog.getByLabel('Adresse mél').fill(c.email);
    await dialog.getByLabel('Téléphone', { exact: true }).fill(c.phone);
    await dialog.getByLabel('Interlocuteur depuis le').fill(fixture.serviceContract.signedOn);
    await dialog.getByRole('button', { name: 'Enregistrer l’interlocuteur' }).click();
    await expect(dialog).toBeHidden();
    await closeNotices(page);
  }

  await openSection(page, 'Agents et habilitations');
  for (const a of fixture.agents.filter((x) => ['COFFI', 'MARCHAND'].includes(x.lastName))) {
    await page.getByRole('button', { name: 'Ajouter un agent' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un agent' });
    await dialog.getByRole('textbox', { name: 'NOM', exact: true }).fill(a.lastName);
    await dialog.getByLabel('Prénom', { exact: true }).fill(a.firstName);
    await dialog.getByLabel('Fonction', { exact: true }).fill(a.function);
    if (a.email) await dialog.getByLabel('Adresse mél', { exact: true }).fill(a.email);
    await dialog.getByLabel('Rôle dans le portail').selectOption(a.portalRole);
    await dialog.getByRole('button', { name: 'Ajouter l’agent' }).click();
    await expect(dialog).toBeHidden();
    await closeNotices(page);
  }
}

test('administrator change: wizard, PDF export, sent to the Caf, apply; annex in PDF and Word; history', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await completeFirstRun(page);
  await seedLieusaint(page);

  await openSection(page, 'Documents');
  await expect(page.getByText(/Aucun document produit/)).toBeVisible();
  await expectAccessible(page, 'Documents vide');
  await shot(page, 'documents-empty');

  // The wizard: Lucie MARCHAND becomes Administrateur suppléant in place of Sandrine COFFI.
  await page.getByRole('tab', { name: 'Changement d’administrateur' }).click();
  await page.getByLabel('Administrateur suppléant').check();
  await page
    .getByLabel('Choisir un agent de la liste')
    .selectOption({ label: "Lucie MARCHAND — Agent d'accueil social" });
  await expect(page.getByRole('textbox', { name: 'NOM', exact: true })).toHaveValue('MARCHAND');
  await expect(page.getByLabel('Adresse mél personnelle et individuelle')).toHaveValue(
    'l.marchand@ville-lieusaint.fr',
  );
  await expectAccessible(page, 'Changement d’administrateur, étape 1');
  await shot(page, 'admin-change-step1');
  // No phone: the step refuses to continue.
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(
    page.getByText('Indiquez au moins un numéro de téléphone (fixe ou mobile).'),
  ).toBeVisible();
  await page.getByLabel('Téléphone fixe', { exact: true }).fill('01 64 13 55 77');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByLabel('Prénom et NOM de l’administrateur remplacé')).toHaveValue(
    'Sandrine COFFI',
  );
  await expect(page.getByLabel('Adresse mél de l’administrateur remplacé')).toHaveValue(
    's.coffi@ville-lieusaint.fr',
  );
  await page.getByLabel('Fonction du signataire (partenaire)').fill('Président');
  await page.getByLabel('Prénom NOM du signataire (partenaire)').fill('Michel BISSON');
  await expectAccessible(page, 'Changement d’administrateur, étape 2');
  await page.getByRole('button', { name: 'Voir l’aperçu' }).click();

  const preview = page.getByRole('region', { name: 'Aperçu du formulaire' });
  await expect(preview.getByText('Lucie MARCHAND').first()).toBeVisible();
  await expect(preview.getByText('☒ oui ☐ non')).toBeVisible();
  await expectAccessible(page, 'Changement d’administrateur, aperçu');
  await shot(page, 'admin-change-preview');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le formulaire (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^changement-administrateur-suppleant-\d{4}-\d\d-\d\d\.pdf$/,
  );
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await expect(page.getByRole('heading', { name: 'Formulaire exporté' })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer la date d’envoi' }).click();
  await expect(page.getByText(/^Envoyé à la Caf le \d\d\/\d\d\/\d{4}$/)).toBeVisible();
  await closeNotices(page);
  await page.getByRole('button', { name: 'Appliquer le changement' }).click();
  const confirm = page.getByRole('dialog', { name: /Appliquer le changement/ });
  await expectAccessible(page, 'Appliquer le changement');
  await confirm.getByRole('button', { name: 'Appliquer le changement' }).click();
  await expect(page.getByText('Appliqué', { exact: true })).toBeVisible();
  await closeNotices(page);
  await shot(page, 'admin-change-applied');

  // Interlocuteurs: Lucie is the suppléant, Sandrine in the history.
  await openSection(page, 'Interlocuteurs');
  await expect(
    page
      .getByRole('region', { name: 'Côté partenaire' })
      .getByText('Lucie MARCHAND', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Historique' }).getByText('Sandrine COFFI', { exact: true }),
  ).toBeVisible();

  // The annex, in PDF and in Word.
  await openSection(page, 'Documents');
  await page.getByRole('tab', { name: 'Annexe à la délibération' }).click();
  await expect(page.getByLabel('Suppléant désigné')).toHaveValue('Lucie MARCHAND');
  await expect(page.getByRole('region', { name: 'Projet de dispositif' })).toContainText(
    'DÉSIGNE Véronique DJIRE',
  );
  await expectAccessible(page, 'Annexe à la délibération');
  await shot(page, 'deliberation-annex');
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter l’annexe (PDF)' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/^annexe-deliberation-.*\.pdf$/);
  await closeNotices(page);
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter l’annexe (Word .docx)' }).click();
  expect((await docx).suggestedFilename()).toMatch(/\.docx$/);
  await closeNotices(page);

  // The history, after a reload: three documents, filter, regenerate identically.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Documents produits' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByText('Envoyé à la Caf le', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Documents produits');
  await shot(page, 'documents-history');
  await page.getByRole('button', { name: /^Annexe à la délibération \(2\)$/ }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: /^Tous/ }).click();
  const again = page.waitForEvent('download');
  await table.getByRole('button', { name: /^Régénérer changement-administrateur/ }).click();
  const regenerated = readFileSync(await (await again).path());
  expect(regenerated.equals(bytes)).toBe(true);
  await expect(page.getByText(/Document régénéré à l’identique/)).toBeVisible();
});
