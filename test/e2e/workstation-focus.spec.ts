import type { Page } from '@playwright/test';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import {
  addCdapBulletinT13,
  closeNotices,
  createLieusaintConvention,
  daysAgo,
  fixture,
  openSection,
  startGrant,
  type FixtureAgent,
} from './pages/register';

/** What has focus, described; fails when it is the page itself (`body`) or nothing. */
async function expectMeaningfulFocus(page: Page, after: string) {
  // Focus moves after the dialog closed and the data came back: give it a moment.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const a = document.activeElement;
          if (!a || a === document.body || !a.isConnected) return 'body';
          return `${a.tagName.toLowerCase()}:${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 60)}`;
        }),
      { message: `focus after ${after}` },
    )
    .not.toBe('body');
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    return {
      tag: a.tagName.toLowerCase(),
      name: (a.getAttribute('aria-label') ?? a.textContent ?? '').trim(),
      row: a.closest('tr')?.dataset.rowName,
    };
  });
}

/** The register helpers close the notices (which moves focus there): these stop before. */
async function addAgentOnly(page: Page, a: FixtureAgent) {
  await page.getByRole('button', { name: 'Ajouter un agent' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un agent' });
  await dialog.getByRole('textbox', { name: 'NOM', exact: true }).fill(a.lastName);
  await dialog.getByLabel('Prénom', { exact: true }).fill(a.firstName);
  await dialog.getByLabel('Fonction', { exact: true }).fill(a.function);
  await dialog.getByLabel('Rôle dans le portail').selectOption(a.portalRole);
  await dialog.getByRole('button', { name: 'Ajouter l’agent' }).click();
  await expect(dialog).toBeHidden();
}

/** The table row (« NOM Prénom ») holding focus, once focus settled there. */
async function expectFocusInRow(page: Page, row: string, after: string) {
  await expectMeaningfulFocus(page, after);
  await expect
    .poll(
      () =>
        page.evaluate(
          () => (document.activeElement as HTMLElement | null)?.closest('tr')?.dataset.rowName,
        ),
      { message: `row focused after ${after}` },
    )
    .toBe(row);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('focus never falls to the page: skip link, titles, dialogs, new row, review, export, wizard, Ctrl+F', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await completeFirstRun(page, 'Véronique DJIRE');
  await expect(page).toHaveTitle('Tableau de bord — Convention MCP');

  // The skip link works under hash routing: focus on the screen's title, same address.
  const before = page.url();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeFocused();
  expect(page.url()).toBe(before);

  // Changing screen names the window and moves focus to the new screen's h1.
  await openSection(page, 'Journal');
  await expect(page).toHaveTitle('Journal — Convention MCP');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeFocused();

  await createLieusaintConvention(page);
  await addCdapBulletinT13(page);
  await openSection(page, 'Agents et habilitations');
  await expect(page).toHaveTitle('Agents et habilitations — Convention MCP');
  for (const a of fixture.agents) {
    // Adding an agent: focus on the new agent's row (the first one replaces the empty state).
    await addAgentOnly(page, a);
    await expectFocusInRow(page, `${a.lastName} ${a.firstName}`, `adding ${a.lastName}`);
    await closeNotices(page);
  }
  for (const name of ['COFFI', 'BENALI', 'MARCHAND']) {
    const a = fixture.agents.find((x) => x.lastName === name)!;
    const dialog = await startGrant(page, `${a.firstName} ${a.lastName}`, 'T13');
    await dialog.getByRole('button', { name: 'Accorder l’habilitation' }).click();
    await expect(dialog).toBeHidden();
    expect((await expectMeaningfulFocus(page, `granting to ${name}`)).name).toBe(
      'Accorder une habilitation',
    );
    await closeNotices(page);
  }
  // Granting from the row: the row's button goes, focus stays in the agent's row.
  await page.getByRole('button', { name: 'Accorder une habilitation à ROUSSEL Paul' }).click();
  const rowGrant = page.getByRole('dialog', { name: 'Accorder une habilitation' });
  await rowGrant.getByRole('combobox', { name: 'Profil', exact: true }).selectOption('T13');
  await rowGrant.getByRole('button', { name: 'Accorder l’habilitation' }).click();
  await expect(rowGrant).toBeHidden();
  await expectFocusInRow(page, 'ROUSSEL Paul', 'granting from the row');
  await closeNotices(page);

  // The quota is full: the refused submit keeps focus (aria-disabled, never `disabled`).
  await page.getByRole('button', { name: 'Accorder une habilitation à DJIRE Véronique' }).click();
  const grantDialog = page.getByRole('dialog', { name: 'Accorder une habilitation' });
  await grantDialog.getByRole('combobox', { name: 'Profil', exact: true }).selectOption('T13');
  const submit = grantDialog.getByRole('button', { name: 'Accorder l’habilitation' });
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await submit.focus();
  await submit.press('Enter');
  await expect(submit).toBeFocused();
  await expect(submit).not.toHaveAttribute('disabled');
  await grantDialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(grantDialog).toBeHidden();
  expect((await expectMeaningfulFocus(page, 'cancelling a grant')).name).toBe(
    'Accorder une habilitation à DJIRE Véronique',
  );

  // Ctrl+F focuses the roster's search.
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toBeFocused();

  // A refused save focuses the first invalid field, its message under it.
  await page.getByRole('button', { name: 'Ajouter un agent' }).first().click();
  const agentDialog = page.getByRole('dialog', { name: 'Ajouter un agent' });
  await agentDialog.getByLabel('Prénom', { exact: true }).fill('Sans nom');
  await agentDialog.getByRole('button', { name: 'Ajouter l’agent' }).click();
  await expect(agentDialog.getByRole('textbox', { name: 'NOM', exact: true })).toBeFocused();
  await agentDialog.getByRole('button', { name: 'Annuler' }).click();
  await expectMeaningfulFocus(page, 'cancelling an agent');
  await closeNotices(page);

  // Review: decide, close, export.
  await page.getByRole('button', { name: 'Modifier l’agent ROUSSEL Paul' }).click();
  const roussel = page.getByRole('dialog', { name: 'Modifier l’agent ROUSSEL' });
  await roussel.getByLabel('Départ le').fill(daysAgo(3));
  await roussel.getByRole('button', { name: 'Enregistrer l’agent' }).click();
  await expect(roussel).toBeHidden();
  await expectFocusInRow(page, 'ROUSSEL Paul', 'saving an agent');
  await closeNotices(page);

  await openSection(page, 'Revue annuelle');
  const year = new Date().getFullYear();
  await page.getByRole('button', { name: `Ouvrir la revue ${year}` }).click();
  await expectMeaningfulFocus(page, 'opening the review');
  await closeNotices(page);
  await page.getByRole('button', { name: 'Examiner Paul ROUSSEL T13' }).click();
  const decision = page.getByRole('dialog', { name: 'Paul ROUSSEL — T13' });
  await decision.getByLabel('Motif').fill('Départ de l’agent');
  await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(decision).toBeHidden();
  await expectMeaningfulFocus(page, 'deciding');
  await page.getByRole('button', { name: /^Maintenir les \d+ affichées$/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Maintenir les \d+ habilitations$/ })
    .click();
  await expectMeaningfulFocus(page, 'deciding in bulk');
  await closeNotices(page);
  const checklist = page.getByRole('region', { name: /Engagements du partenaire/ });
  const radios = checklist.getByRole('radio', { name: 'Oui' });
  for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
  await checklist.getByRole('textbox').nth(4).fill('Information du 12/09');
  await checklist.getByRole('button', { name: 'Enregistrer les engagements' }).click();
  await closeNotices(page);
  await page.getByRole('button', { name: 'Clore la revue' }).click();
  const confirm = page.getByRole('dialog', { name: `Clore la revue ${year} ?` });
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Clore la revue' }).click();
  await expect(page.getByText(`Revue ${year} close le`).first()).toBeVisible();
  await expectMeaningfulFocus(page, 'closing the review');
  await closeNotices(page);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter le rapport (PDF)' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`revue-habilitations-${year}.pdf`);
  await expectMeaningfulFocus(page, 'exporting');
  await expectAccessible(page, 'Revue close');

  // The administrator-change wizard: each step's title takes focus.
  await openSection(page, 'Documents');
  await page.getByRole('tab', { name: 'Changement d’administrateur' }).click();
  await page.getByLabel('Administrateur suppléant').check();
  await page.getByLabel('Choisir un agent de la liste').selectOption({ index: 1 });
  await page.getByLabel('Téléphone fixe', { exact: true }).fill('01 64 13 55 77');
  await page.getByLabel('Adresse mél personnelle et individuelle').fill('agent@ville-lieusaint.fr');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Remplacement et signataires' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Revenir' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Rôle et nouvelle personne' }),
  ).toBeFocused();
});
