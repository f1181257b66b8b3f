import type { Page } from '@playwright/test';
import fixture from '../fixtures/fixture-lieusaint.json' with { type: 'json' };
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';

const SHOTS = process.env.CONVENTION_SCREENSHOTS;

async function openConvention(page: Page) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Convention', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Convention' })).toBeVisible();
}

test('create the Lieusaint convention, edit it, refuse an early termination, and find everything after a reload', async ({
  page,
}) => {
  await completeFirstRun(page);
  await openConvention(page);
  await expect(page.getByRole('heading', { name: 'Aucune convention enregistrée' })).toBeVisible();
  await expect(page.getByText('Aucune convention', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Convention vide');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/convention-empty.png`, fullPage: true });

  const create = page.getByRole('region', { name: 'Créer la convention' });
  // Required fields and a SIRET with a wrong check digit are refused in French.
  await create.getByLabel('SIRET').fill('267 701 647 00014');
  await create.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(create.getByText('Le SIRET 267 701 647 00014 est incorrect')).toBeVisible();
  await expect(create.getByText('Indiquez le nom du partenaire')).toBeVisible();
  await expectAccessible(page, 'Convention vide, erreurs');

  const { partner, caf, convention } = fixture;
  await create.getByLabel('Nom du partenaire').fill(partner.name);
  await create.getByLabel('Type de partenaire').selectOption('CCAS');
  await create.getByLabel('SIRET').fill(partner.siret);
  await create.getByLabel('SIRET').blur();
  await expect(create.getByLabel('SIRET')).toHaveValue('267 701 647 00013');
  await create.getByLabel('Adresse', { exact: true }).fill(partner.address);
  await create.getByLabel('Nom du représentant').fill(partner.representative.name);
  await create.getByLabel('Qualité du représentant').fill(partner.representative.title);
  await create.getByLabel('Nom de la Caf').fill(caf.name);
  await create.getByLabel('Adresse de la Caf').fill(caf.address);
  await create.getByLabel('Nom du directeur').fill(caf.director.name);
  await create.getByLabel('Qualité du directeur').fill(caf.director.title);
  await create.getByLabel('Numéro de la convention').fill(convention.number);
  await expect(create.getByLabel('Mode de gestion des habilitations')).toHaveValue('délégué');
  await create.getByLabel('Lieu de signature').fill(convention.signedAt);
  await create.getByLabel('Date de signature').fill(convention.signedOn);
  await create.getByRole('button', { name: 'Enregistrer la convention' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Partenaire' })).toBeVisible();
  const sidebar = page.getByRole('complementary');
  await expect(sidebar.getByText('CCAS de Lieusaint')).toBeVisible();
  await expect(sidebar.getByText('Convention n° 2023-267 701 647')).toBeVisible();
  const partnerCard = page.getByRole('region', { name: 'Partenaire' });
  await expect(partnerCard.getByText('267 701 647 00013')).toBeVisible();

  // Convention: missions (art. 8) and deliberation.
  await page.getByRole('button', { name: 'Modifier la convention' }).click();
  let dialog = page.getByRole('dialog', { name: 'Modifier la convention' });
  await expect(dialog.getByLabel('Date d’effet')).toHaveValue('2024-01-08');
  for (const [i, mission] of convention.missions.entries()) {
    await dialog.getByRole('button', { name: 'Ajouter une mission' }).click();
    await dialog.getByRole('textbox', { name: `Mission ${i + 1}`, exact: true }).fill(mission);
  }
  await dialog.getByLabel('Organe délibérant').fill(convention.deliberation.body);
  await dialog.getByLabel('Date de la délibération').fill(convention.deliberation.date);
  await dialog.getByLabel('Numéro de la délibération').fill(convention.deliberation.number);
  await expectAccessible(page, 'Convention, modification');
  await dialog.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(dialog).toBeHidden();

  // An avenant.
  await page.getByRole('button', { name: 'Ajouter un avenant' }).click();
  dialog = page.getByRole('dialog', { name: 'Ajouter un avenant' });
  await dialog.getByLabel('Date de l’avenant').fill('2024-06-03');
  await dialog.getByLabel('Objet').fill('Ajout du profil T13 au bulletin Cdap');
  await dialog.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
  await expect(dialog).toBeHidden();

  // A termination 2 months after receipt is refused (conv. art. 17.2).
  await page.getByRole('button', { name: 'Enregistrer une résiliation' }).click();
  dialog = page.getByRole('dialog', { name: 'Résiliation de la convention' });
  await dialog.getByLabel('Courrier recommandé reçu le').fill('2025-03-10');
  await expect(dialog.getByText('Au plus tôt le 10/06/2025')).toBeVisible();
  await dialog.getByLabel('Date d’effet de la résiliation').fill('2025-05-10');
  await dialog.getByRole('button', { name: 'Enregistrer la résiliation' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'La résiliation ne peut pas prendre effet le 10/05/2025 : elle prend effet au plus tôt 3 mois après la réception',
  );
  await expectAccessible(page, 'Résiliation refusée');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText('Aucune résiliation enregistrée')).toBeVisible();

  // Contrat de services with two escalation contacts, in order.
  await page.getByRole('button', { name: 'Modifier le contrat de services' }).click();
  dialog = page.getByRole('dialog', { name: 'Modifier le contrat de services' });
  const sc = fixture.serviceContract;
  await dialog.getByLabel('Date du contrat de services').fill(sc.signedOn);
  await dialog.getByLabel('Adresse mél du Centre de services Caf').fill(sc.serviceCentre.email);
  await dialog.getByLabel('Horaires du Centre de services Caf').fill(sc.serviceCentre.hours);
  const contacts = [sc.escalation.partner[0]!, sc.escalation.caf[0]!];
  for (const [i, c] of contacts.entries()) {
    const n = i + 1;
    await dialog.getByRole('button', { name: 'Ajouter un interlocuteur d’escalade' }).click();
    await dialog.getByLabel(`Côté (n° ${n})`).selectOption(i === 0 ? 'partner' : 'caf');
    await dialog.getByLabel(`Nom (n° ${n})`).fill(c.name);
    await dialog.getByLabel(`Fonction (n° ${n})`).fill(c.function);
    await dialog.getByLabel(`Téléphone (n° ${n})`).fill(c.phone);
  }
  // The CAF's administrator is called first: move it up.
  await dialog.getByRole('button', { name: 'Monter l’interlocuteur n° 2' }).click();
  await expect(dialog.getByLabel('Nom (n° 1)')).toHaveValue('Myriam DETOURNAY');
  await expectAccessible(page, 'Contrat de services, modification');
  await dialog.getByRole('button', { name: 'Enregistrer le contrat de services' }).click();
  await expect(dialog).toBeHidden();

  await expectAccessible(page, 'Convention remplie');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/convention-filled.png`, fullPage: true });

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Partenaire' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Partenaire' }).getByText('267 701 647 00013'),
  ).toBeVisible();
  const conv = page.getByRole('region', { name: 'Convention', exact: true });
  await expect(conv.getByText('2023-267 701 647')).toBeVisible();
  await expect(conv.getByText('Melun')).toBeVisible();
  await expect(conv.getByText('08/01/2024').first()).toBeVisible();
  await expect(conv.getByText('Délégué')).toBeVisible();
  for (const mission of convention.missions) await expect(conv.getByText(mission)).toBeVisible();
  await expect(
    conv
      .getByText('Conseil d’administration du CCAS')
      .or(conv.getByText("Conseil d'administration du CCAS")),
  ).toBeVisible();
  await expect(conv.getByText('12/12/2023')).toBeVisible();
  await expect(conv.getByText('10.2023')).toBeVisible();
  const avenants = page.getByRole('region', { name: 'Avenants' });
  await expect(avenants.getByRole('cell', { name: '03/06/2024', exact: true })).toBeVisible();
  await expect(
    avenants.getByRole('cell', { name: 'Ajout du profil T13 au bulletin Cdap', exact: true }),
  ).toBeVisible();
  const contract = page.getByRole('region', { name: 'Contrat de services' });
  await expect(contract.getByText(sc.serviceCentre.email)).toBeVisible();
  await expect(contract.getByText(sc.serviceCentre.hours)).toBeVisible();
  const rows = contract.getByRole('row');
  await expect(rows.nth(1)).toContainText('Myriam DETOURNAY');
  await expect(rows.nth(1)).toContainText('01 64 83 74 63');
  await expect(rows.nth(2)).toContainText('Véronique DJIRE');
});

test('a second convention becomes current and the sidebar switches between them', async ({
  page,
}) => {
  await completeFirstRun(page);
  await openConvention(page);
  const create = page.getByRole('region', { name: 'Créer la convention' });
  await create.getByLabel('Nom du partenaire').fill('CCAS de Lieusaint');
  await create.getByLabel('SIRET').fill(fixture.partner.siret);
  await create.getByLabel('Nom de la Caf').fill(fixture.caf.name);
  await create.getByLabel('Numéro de la convention').fill(fixture.convention.number);
  await create.getByLabel('Date de signature').fill('2024-01-08');
  await create.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(page.getByRole('region', { name: 'Partenaire' })).toBeVisible();
  await expect(page.getByLabel('Convention en cours')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ajouter une autre convention' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter une autre convention' });
  await dialog.getByLabel('Nom du partenaire').fill('Commune de Lieusaint');
  await dialog.getByLabel('Type de partenaire').selectOption('commune');
  await dialog.getByLabel('SIRET').fill('21770250500009');
  await dialog.getByLabel('Nom de la Caf').fill(fixture.caf.name);
  await dialog.getByLabel('Numéro de la convention').fill('24/2025');
  await dialog.getByLabel('Date de signature').fill('2025-02-03');
  await expectAccessible(page, 'Ajouter une autre convention');
  await dialog.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(dialog).toBeHidden();

  const switcher = page.getByLabel('Convention en cours');
  await expect(switcher).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Partenaire' }).getByText('Commune de Lieusaint'),
  ).toBeVisible();
  await expectAccessible(page, 'Deux conventions');
  await switcher.selectOption({ label: 'CCAS de Lieusaint — n° 2023-267 701 647' });
  await expect(
    page.getByRole('region', { name: 'Partenaire' }).getByText('CCAS de Lieusaint'),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Convention en cours')).toHaveValue(await switcher.inputValue());
  await expect(
    page.getByRole('region', { name: 'Partenaire' }).getByText('CCAS de Lieusaint'),
  ).toBeVisible();
});
