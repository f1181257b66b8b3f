import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';

const SHOTS = process.env.IMPORT_SCREENSHOTS;
const lieusaint = readFileSync(
  new URL('../fixtures/samples/lieusaint-2023.txt', import.meta.url),
  'utf8',
);
const template = readFileSync(
  new URL('../fixtures/samples/seine-maritime-2020-template.txt', import.meta.url),
  'utf8',
);
const scanPdf = new URL('../fixtures/import/scan-sans-texte.pdf', import.meta.url).pathname;
const lieusaintPdf = new URL('../fixtures/import/lieusaint-a4.pdf', import.meta.url).pathname;
/** The Lieusaint sample with real tables, saved as Word by LibreOffice (scripts/make-import-pdfs.mjs). */
const lieusaintDocx = new URL(
  '../fixtures/import-corpus/office/lieusaint-2023.tables.docx',
  import.meta.url,
).pathname;
/** An old Word 97-2003 file: an OLE compound file, which the importer explains it cannot read. */
const oldWordDoc = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(1016),
]);
/** A convention whose annex of contacts says nothing the importer can read. */
const unreadContacts = `${template.split(/\r?\n/).slice(0, 40).join('\n')}

Annexe 1 – Les interlocuteurs chez le partenaire

Voir la liste des interlocuteurs transmise par courrier séparé du service informatique de la commune
`;

async function open(page: Page, section: string) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: section, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('paste the Lieusaint sample, review, save, and find partner, contacts and the CDAP bulletin with T13 = 4', async ({
  page,
}) => {
  test.slow(); // seven accessibility audits of long screens
  await completeFirstRun(page);
  await open(page, 'Importer la convention');
  await expectAccessible(page, 'Import, texte');
  await shot(page, 'import-source');

  // Nothing pasted: said in French, nothing happens.
  await page.getByRole('button', { name: 'Analyser le texte' }).click();
  await expect(
    page.getByText('Collez le texte de la convention, ou ouvrez son fichier'),
  ).toBeVisible();

  await page.getByRole('textbox', { name: 'Texte de la convention' }).fill(lieusaint);
  await page.getByRole('button', { name: 'Analyser le texte' }).click();

  // Review: values, their source lines, conflicts and the administrator to confirm.
  await expect(
    page.getByRole('heading', { level: 2, name: 'Vérifiez ce qui a été lu' }),
  ).toBeVisible();
  await expect(page.getByLabel('Nom du partenaire')).toHaveValue('CCAS de Lieusaint');
  await expect(page.getByLabel('SIRET')).toHaveValue('26770164700013');
  await expect(page.getByLabel('Numéro de la convention')).toHaveValue('2023-267 701 647');
  await expect(page.getByLabel('Nom du représentant')).toHaveValue('Michel Bisson');
  await expect(
    page.getByText('ligne 542 : « Numéro de SIRET du siège social: 267 701 647 00013 »'),
  ).toBeVisible();
  await expect(
    page.getByText(
      /Représentant du partenaire\s: retenu «\sMichel Bisson\s»\s; aussi lu «\sMichel Bison\s» \(ligne 118\)/,
    ),
  ).toBeVisible();
  await expect(page.getByText('À vérifier').first()).toBeVisible();
  await expect(page.getByText(/le second a été pris comme Administrateur suppléant/)).toBeVisible();
  await expect(page.getByLabel('Quota T13')).toHaveValue('4');
  await expectAccessible(page, 'Import, vérification');
  await shot(page, 'import-review');

  // The user corrects a value before saving.
  await page.getByLabel('Date de signature').fill('2024-01-08');
  await page.getByRole('button', { name: 'Enregistrer la convention importée' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Convention importée' })).toBeVisible();
  await expect(
    page.getByText(/10 interlocuteurs ajoutés, 1 bulletin ajouté, 1 quota enregistré/),
  ).toBeVisible();
  await expectAccessible(page, 'Import, terminé');
  await shot(page, 'import-done');

  // Everything is on its screen, after a reload.
  await page.reload();
  await open(page, 'Convention');
  await expect(page.getByRole('heading', { level: 2, name: 'Partenaire' })).toBeVisible();
  await expect(page.getByText('CCAS de Lieusaint').first()).toBeVisible();
  await expect(page.getByText('267 701 647 00013').first()).toBeVisible();
  await expectAccessible(page, 'Convention importée');
  await shot(page, 'import-convention');

  await open(page, 'Interlocuteurs');
  const partner = page.getByRole('region', { name: 'Côté partenaire' });
  await expect(partner.getByText('Véronique DJIRE', { exact: true })).toBeVisible();
  await expect(partner.getByText('Sandrine COFFI', { exact: true })).toBeVisible();
  await expect(partner.getByText('Rénald THOMAS').first()).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Côté Caf' })
      .getByText('informatique-et-libertes.cafmelun@caf.cnafmail.fr'),
  ).toBeVisible();
  await expectAccessible(page, 'Interlocuteurs importés');
  await shot(page, 'import-contacts');

  await open(page, 'Services et quotas');
  const bulletin = page.getByRole('region', { name: 'Bulletin Cdap (annexe 2)' });
  await expect(bulletin.getByLabel('Nombre maximal pour le profil T13')).toHaveValue('4');
  await expectAccessible(page, 'Services importés');
  await shot(page, 'import-services');
});

test('a blank template says so; a PDF without text is refused', async ({ page }) => {
  await completeFirstRun(page);
  await open(page, 'Importer la convention');
  await page.getByLabel('Ouvrir un fichier (.txt, .pdf, .docx ou .odt)').setInputFiles(scanPdf);
  await expect(
    page.getByText(/Ce PDF est une image\s: il ne contient pas de texte à lire/),
  ).toBeVisible();
  await expect(page.getByText(/exportez-le en texte ou en PDF «\savec texte\s»/)).toBeVisible();
  await expectAccessible(page, 'Import, PDF sans texte');
  await shot(page, 'import-pdf-no-text');

  await page.getByRole('textbox', { name: 'Texte de la convention' }).fill(template);
  await page.getByRole('button', { name: 'Analyser le texte' }).click();
  await expect(page.getByText('Modèle vierge.')).toBeVisible();
  await expect(page.getByLabel('Nom du partenaire')).toHaveValue('');
  await expect(page.getByLabel('SIRET')).toHaveValue('');
  await expect(page.getByText('Aucun bulletin d’adhésion trouvé')).toBeVisible();
  await expectAccessible(page, 'Import, modèle vierge');
  await shot(page, 'import-template');
  // Saving without a partner name is refused in French, and nothing is written.
  await page.getByRole('button', { name: 'Enregistrer la convention importée' }).click();
  await expect(page.getByRole('alert').getByText('Indiquez le nom du partenaire.')).toBeVisible();
});

test('open an A4 PDF of the Lieusaint convention: every value says its page and opens the text there', async ({
  page,
}) => {
  test.slow();
  await completeFirstRun(page);
  await open(page, 'Importer la convention');
  await page
    .getByLabel('Ouvrir un fichier (.txt, .pdf, .docx ou .odt)')
    .setInputFiles(lieusaintPdf);

  // 23 pages read by pdf.js in the browser (under 2 s on an idle machine, see npm run bench)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Vérifiez ce qui a été lu' }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Source\s: lieusaint-a4\.pdf, 23 pages/)).toBeVisible();
  await expect(page.getByLabel('Nom du partenaire')).toHaveValue('CCAS de Lieusaint');
  await expect(page.getByLabel('SIRET')).toHaveValue('26770164700013');
  await expect(
    page.getByText('page 10 : « Numéro de SIRET du siège social: 267 701 647 00013 »'),
  ).toBeVisible();
  await expect(page.getByLabel('Quota T13')).toHaveValue('4');
  await expect(page.getByText(/Nombre maximal d’habilitations\s; lu page 8\./)).toBeVisible();
  // never a line number of the rebuilt text
  await expect(page.locator('#import-partner')).not.toContainText(/ligne \d+/);
  await expectAccessible(page, 'Import PDF, vérification');
  await shot(page, 'import-pdf-review');

  // « Voir » opens the text the importer read at that place, with the keyboard
  await page.getByRole('button', { name: 'Voir (page 10)' }).first().focus();
  await page.keyboard.press('Enter');
  const viewer = page.getByRole('dialog', {
    name: /Texte lu dans «\slieusaint-a4\.pdf\s» — page 10/,
  });
  await expect(viewer).toBeVisible();
  const current = viewer.locator('[aria-current="true"]');
  await expect(current).toContainText('Numéro de SIRET du siège social: 267 701 647 00013');
  await expect(current).toBeFocused();
  await expect(viewer.getByText('Page 10', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Import PDF, texte lu');
  await shot(page, 'import-pdf-text');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  await page.getByRole('button', { name: 'Enregistrer la convention importée' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Convention importée' })).toBeVisible();
});

test('a part the text mentions but the importer could not read is said so, with the place, and opens the text there', async ({
  page,
}) => {
  await completeFirstRun(page);
  await open(page, 'Importer la convention');
  await page.getByRole('textbox', { name: 'Texte de la convention' }).fill(unreadContacts);
  await page.getByRole('button', { name: 'Analyser le texte' }).click();

  const contacts = page.locator('#import-contacts');
  await expect(
    contacts.getByText(
      /Le texte contient une annexe des interlocuteurs mais l’importeur n’a pas pu le lire\s: vérifiez et saisissez \(ligne 42/,
    ),
  ).toBeVisible();
  await expect(contacts.getByText('Aucune annexe des interlocuteurs')).toHaveCount(0);
  await expectAccessible(page, 'Import, passage non lu');
  await shot(page, 'import-unread');

  await contacts.getByRole('button', { name: 'Voir dans le texte (ligne 42)' }).click();
  const viewer = page.getByRole('dialog', { name: /Texte lu dans «\stexte collé\s» — ligne 42/ });
  await expect(viewer.locator('[aria-current="true"]')).toContainText(
    'Annexe 1 – Les interlocuteurs chez le partenaire',
  );
  await expect(viewer.locator('[aria-current="true"]')).toBeFocused();
  await viewer.getByRole('button', { name: 'Fermer' }).click();
  await expect(viewer).toBeHidden();
  await expect(
    contacts.getByRole('button', { name: 'Voir dans le texte (ligne 42)' }),
  ).toBeFocused();
});

test('a Word file: an old .doc says how to save it as .docx; the .docx of a convention with tables fills the review', async ({
  page,
}) => {
  await completeFirstRun(page);
  await open(page, 'Importer la convention');
  const chooser = page.getByLabel('Ouvrir un fichier (.txt, .pdf, .docx ou .odt)');
  await chooser.setInputFiles({
    name: 'convention-2015.doc',
    mimeType: 'application/msword',
    buffer: oldWordDoc,
  });
  await expect(
    page.getByText(
      /«\sconvention-2015\.doc\s» est au format Word 97-2003 \(\.doc\).*Enregistrez-le au format \.docx \(Fichier › Enregistrer sous\) puis ouvrez ce fichier/,
    ),
  ).toBeVisible();
  await expectAccessible(page, 'Import, ancien fichier Word');
  await shot(page, 'import-old-doc');

  await chooser.setInputFiles(lieusaintDocx);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Vérifiez ce qui a été lu' }),
  ).toBeVisible();
  await expect(page.getByLabel('Nom du partenaire')).toHaveValue('CCAS de Lieusaint');
  await expect(page.getByLabel('SIRET')).toHaveValue('26770164700013');
  await expect(page.getByLabel('Quota T13')).toHaveValue('4');
  await expectAccessible(page, 'Import Word, vérification');
  await shot(page, 'import-docx-review');
});
