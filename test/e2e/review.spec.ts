import { readFileSync } from 'node:fs';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { closeNotices, daysAgo, openSection, setUpLieusaint } from './pages/register';
import { ReviewScreen } from './pages/review';
import { RosterScreen } from './pages/roster';

test('yearly review on the Lieusaint register: decide, checklist, close, report, roster updated', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, 'Véronique DJIRE');
  await setUpLieusaint(page, { contacts: false });

  // Paul ROUSSEL has left: the review will suggest removing his habilitation.
  await new RosterScreen(page).recordDeparture('ROUSSEL', 'Paul', daysAgo(3));
  await closeNotices(page);

  const review = new ReviewScreen(page);
  await review.open();
  await expectAccessible(page, 'Revue, ouverture');
  const year = new Date().getFullYear();
  await review.openReview(year);
  await expect(page.getByText('0 / 4 habilitations décidées')).toBeVisible();
  await closeNotices(page);
  await expectAccessible(page, 'Revue en cours');

  // The departed agent: the answers already say he left; decide « Supprimer » with a reason.
  const dialog = await review.examine('Paul ROUSSEL', 'T13');
  await expect(dialog.getByText(/Suggestion\s*:\s*Supprimer/)).toBeVisible();
  await expectAccessible(page, 'Revue, examen');
  await review.saveDecision(dialog);
  await expect(dialog.getByRole('alert')).toContainText('Indiquez le motif de la décision');
  await dialog.getByLabel('Motif').fill('Départ de l’agent');
  await review.saveDecision(dialog);
  await expect(dialog).toBeHidden();
  await closeNotices(page);
  await expect(page.getByText('1 / 4 habilitations décidées')).toBeVisible();

  // The three others are maintained together, after a confirmation.
  await review.maintainShown(3);
  await expect(page.getByText('4 / 4 habilitations décidées')).toBeVisible();
  await closeNotices(page);

  // Commitments checklist.
  const checklist = review.checklist();
  const radios = checklist.getByRole('radio', { name: 'Oui' });
  for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
  await checklist.getByRole('textbox').nth(4).fill('Information du 12/09, 5 agents présents');
  await checklist.getByRole('button', { name: 'Enregistrer les engagements' }).click();
  await closeNotices(page);
  await expect(
    page.getByRole('region', { name: 'Engagements du partenaire (9 / 9)' }),
  ).toBeVisible();

  const confirm = await review.openClose(year);
  await expect(confirm).toContainText('1 retrait et 0 modification de profil');
  await confirm.getByRole('button', { name: 'Clore la revue' }).click();
  await expect(page.getByText(`Revue ${year} close le`).first()).toBeVisible();
  await closeNotices(page);
  await expectAccessible(page, 'Revue close');

  // The report (PDF) and the detailed table (CSV), saved as downloads in the browser.
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter le rapport (PDF)' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`revue-habilitations-${year}.pdf`);
  const pdfBytes = readFileSync(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfBytes.length).toBeGreaterThan(20_000);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter le tableau (CSV)' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('Paul ROUSSEL;Agent administratif en polyvalence de secteur;;T13;');
  expect(csvText).toContain(';Supprimé;Départ de l’agent;Véronique DJIRE;');
  await closeNotices(page);
  await openSection(page, 'Documents');
  await expect(page.getByText('Rapport de revue annuelle des habilitations').first()).toBeVisible();
  await expect(page.getByText('Tableau de la revue (CSV)').first()).toBeVisible();

  // The roster shows the revocation; the dashboard asks to apply it in the portal.
  await openSection(page, 'Agents et habilitations');
  await expect(page.getByText('5 agents, 3 habilitations actives.')).toBeVisible();
  await openSection(page, 'Tableau de bord');
  await expect(page.getByRole('region', { name: /Décisions de revue à appliquer/ })).toContainText(
    'Paul ROUSSEL — T13 : Supprimé',
  );

  // Confirm it was done in the portal: it leaves the dashboard.
  await openSection(page, 'Revue annuelle');
  await page.getByRole('button', { name: 'Appliqué dans le portail : Paul ROUSSEL T13' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer la date' }).click();
  await closeNotices(page);
  await openSection(page, 'Tableau de bord');
  await expect(page.getByRole('region', { name: /Décisions de revue à appliquer/ })).toHaveCount(0);
});
