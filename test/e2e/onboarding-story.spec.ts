/**
 * The whole story of a new office, counted (issue 13): the signed convention's text, then
 * the town hall's Excel list of 25 agents, to a complete register, the yearly review closed
 * (the departed agent's habilitation removed), the report (PDF + CSV), the
 * administrator-change form and the deliberation annex — in at most 60 user actions, with
 * no workaround. The documents are read back with pdfjs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { actionCounter } from './pages/action-counter';
import { daysAgo } from './pages/register';
import { townHallAgents, townHallXlsx } from './pages/town-hall-list';

const SHOTS = process.env.STORY_SCREENSHOTS;
/** The machines running this walk are slow and shared: reading a file may take a while. */
const expect = baseExpect.configure({ timeout: 45_000 });
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items)
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  await doc.destroy();
  return flat(text);
}

async function downloaded(
  page: Page,
  run: () => Promise<unknown>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, unknown] = await Promise.all([page.waitForEvent('download'), run()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('from the signed convention and the Excel list to the review report, the form and the annex in ≤ 60 actions', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
  };
  const user = actionCounter();
  const departedOn = daysAgo(20);
  const xlsx = testInfo.outputPath('liste-des-agents.xlsx');
  writeFileSync(xlsx, await townHallXlsx(townHallAgents(departedOn)));
  const conventionFile = new URL('../fixtures/samples/lieusaint-2023.txt', import.meta.url)
    .pathname;
  const year = new Date().getFullYear();

  // First run: who is using the app (2 actions, counted).
  await page.goto('/');
  await user.fill(page.getByLabel('Votre prénom et votre nom'), 'Sandrine COFFI', 'nom');
  await user.click(page.getByRole('button', { name: 'Commencer' }), 'Commencer');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  // Empty register: the dashboard offers the import first.
  const start = page.getByRole('link', { name: 'Importer la convention' }).last();
  await expect(page.locator('.empty-state .btn').first()).toHaveText('Importer la convention');
  await shot('01-empty-dashboard');
  await user.click(start, 'Importer la convention');

  // The convention: the file is read at once, every value shown with its line.
  await user.files(
    page.getByLabel('Ouvrir un fichier (.txt, .pdf, .docx ou .odt)'),
    conventionFile,
    'convention .txt',
  );
  await expect(page.getByRole('heading', { name: 'Vérifiez ce qui a été lu' })).toBeVisible();
  await expect(page.getByLabel('Date d’effet')).toHaveValue('2024-01-08');
  await expect(page.getByText(/Par défaut la date de signature/)).toBeVisible();
  await expect(page.getByLabel('Adresse de la Caf')).toHaveValue(
    '21-23 avenue du Général Leclerc 77000 MELUN',
  );
  await expect(
    page.getByText(/Aussi lue\s: «\s22-23 Avenue du Général Leclerc 77000 MELUN\s»/),
  ).toBeVisible();
  const admins = page.getByRole('region', { name: 'Administrateur et suppléant : fiches agents' });
  await expect(
    admins.getByText(
      /Véronique DJIRE\s: aucune fiche agent à ce nom ou à cette adresse\s: elle sera créée/,
    ),
  ).toBeVisible();
  await shot('02-import-review');
  await user.click(
    page.getByRole('button', { name: 'Enregistrer la convention importée' }),
    'Enregistrer la convention',
  );
  await expect(page.getByRole('heading', { name: 'Convention importée' })).toBeVisible();
  await expect(page.getByText(/2 fiches agent créées/)).toBeVisible();
  await shot('03-import-done');

  // The next step offered: the list of agents.
  await user.click(
    page.getByRole('link', { name: 'Importer la liste des agents' }),
    'Importer la liste des agents',
  );
  await user.files(page.getByLabel('Fichier Excel ou CSV'), xlsx, 'liste .xlsx');
  const importButton = page.getByRole('button', { name: /^Importer \d+ lignes?$/ });
  await expect(importButton).toBeEnabled();
  await shot('04-roster-import-preview');
  await user.click(importButton, 'Importer les lignes');
  await expect(
    page.getByText(
      /23 agents et 4 habilitations importés, 2 agents déjà connus complétés, 3 habilitations à régulariser/,
    ),
  ).toBeVisible();
  await shot('05-roster-import-done');

  // The dashboard: every agent, roles from annex 1, dates and deadlines computed.
  await user.click(
    page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Tableau de bord' }),
    'Tableau de bord',
  );
  await expect(page.getByText('25 agents', { exact: true })).toBeVisible();
  const alerts = page.getByRole('region', { name: /Alertes/ });
  await expect(alerts.getByText(/dans l’annexe 1 des interlocuteurs/)).toHaveCount(0);
  await expect(alerts.getByText(/date d’effet de la convention n’est pas renseignée/)).toHaveCount(
    0,
  );
  await expect(alerts.getByText(/Karim BENALI/).first()).toBeVisible();
  const deadlines = page.getByRole('region', { name: 'Échéances' });
  await expect(deadlines.getByRole('row')).not.toHaveCount(0);
  await expect(deadlines.getByText(/Reconduction tacite de la convention/).first()).toBeVisible();
  await shot('06-dashboard');

  // The yearly review: the departed agent's habilitation removed, the others maintained.
  await user.click(
    page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Revue annuelle' }),
    'Revue annuelle',
  );
  await user.click(
    page.getByRole('button', { name: `Ouvrir la revue ${year}` }),
    'Ouvrir la revue',
  );
  await expect(page.getByText('0 / 4 habilitations décidées')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Maintenir les 3 affichées' })).toBeVisible();
  await expect(page.getByText(/1 habilitation affichée présente une anomalie/)).toBeVisible();
  await shot('07-review-open');
  await user.click(
    page.getByRole('button', { name: 'Examiner Karim BENALI T13' }),
    'Examiner BENALI',
  );
  const decision = page.getByRole('dialog', { name: 'Karim BENALI — T13' });
  await expect(decision.getByText(/Suggestion\s*:\s*Supprimer/)).toBeVisible();
  await expect(decision.getByRole('radio', { name: 'Supprimer' })).toBeChecked();
  await user.fill(decision.getByLabel('Motif'), 'Départ de l’agent', 'motif');
  await user.click(
    decision.getByRole('button', { name: 'Enregistrer la décision' }),
    'Enregistrer la décision',
  );
  await expect(decision).toBeHidden();
  await user.click(
    page.getByRole('button', { name: 'Maintenir les 3 affichées' }),
    'Maintenir les 3',
  );
  await user.click(
    page.getByRole('dialog').getByRole('button', { name: 'Maintenir les 3 habilitations' }),
    'confirmer',
  );
  await expect(page.getByText('4 / 4 habilitations décidées')).toBeVisible();
  const checklist = page.getByRole('region', { name: /Engagements du partenaire/ });
  const yes = checklist.getByRole('radio', { name: 'Oui' });
  const n = await yes.count();
  for (let i = 0; i < n; i++) await user.check(yes.nth(i), `engagement ${i + 1}`);
  await user.click(
    checklist.getByRole('button', { name: 'Enregistrer les engagements' }),
    'Enregistrer les engagements',
  );
  await expect(
    page.getByRole('region', { name: `Engagements du partenaire (${n} / ${n})` }),
  ).toBeVisible();
  await shot('08-review-decided');
  await user.click(page.getByRole('button', { name: 'Clore la revue' }), 'Clore');
  const confirm = page.getByRole('dialog', { name: `Clore la revue ${year} ?` });
  await expect(confirm).toContainText('1 retrait et 0 modification de profil');
  await user.click(confirm.getByRole('button', { name: 'Clore la revue' }), 'confirmer la clôture');
  await expect(page.getByText(`Revue ${year} close le`).first()).toBeVisible();
  await expect(page.getByLabel('Signataire de l’attestation')).toHaveValue('0');
  await shot('09-review-closed');

  const report = await downloaded(page, () =>
    user.click(page.getByRole('button', { name: 'Exporter le rapport (PDF)' }), 'rapport PDF'),
  );
  const csv = await downloaded(page, () =>
    user.click(page.getByRole('button', { name: 'Exporter le tableau (CSV)' }), 'tableau CSV'),
  );

  // Documents: the administrator-change form (the suppléant hands over to Lucie MARCHAND).
  await user.click(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Documents' }),
    'Documents',
  );
  await user.click(
    page.getByRole('tab', { name: 'Changement d’administrateur' }),
    'onglet changement',
  );
  await user.check(page.getByRole('radio', { name: 'Administrateur suppléant' }), 'rôle suppléant');
  await user.select(
    page.getByLabel('Choisir un agent de la liste'),
    { label: 'Lucie MARCHAND — Agent d’accueil social' },
    'agent',
  );
  await expect(page.getByLabel('Adresse mél personnelle et individuelle')).toHaveValue(
    'l.marchand@ville-lieusaint.fr',
  );
  await expect(page.getByLabel('Téléphone mobile')).toHaveValue('06 12 34 56 78');
  await shot('10-admin-change');
  await user.click(page.getByRole('button', { name: 'Continuer' }), 'Continuer');
  await expect(page.getByLabel('Adresse mél de l’administrateur remplacé')).toHaveValue(
    's.coffi@ville-lieusaint.fr',
  );
  await user.click(page.getByRole('button', { name: 'Voir l’aperçu' }), 'Voir l’aperçu');
  const form = await downloaded(page, () =>
    user.click(
      page.getByRole('button', { name: 'Exporter le formulaire (PDF)' }),
      'formulaire PDF',
    ),
  );
  await expect(page.getByRole('heading', { name: 'Formulaire exporté' })).toBeVisible();

  // The deliberation annex proposes the incoming suppléant.
  await user.click(page.getByRole('tab', { name: 'Annexe à la délibération' }), 'onglet annexe');
  await expect(page.getByLabel('Suppléant désigné')).toHaveValue('Lucie MARCHAND');
  await expect(page.getByLabel('Administrateur désigné')).toHaveValue('Véronique DJIRE');
  await shot('11-annex');
  const annex = await downloaded(page, () =>
    user.click(page.getByRole('button', { name: /Exporter.*PDF/ }).first(), 'annexe PDF'),
  );

  // The count.
  console.log(
    `Onboarding story: ${user.count} actions.\n${user.log.map((l, i) => `${i + 1}. ${l}`).join('\n')}`,
  );
  expect(user.count).toBeLessThanOrEqual(60);

  // The documents, read back.
  expect(report.name).toBe(`revue-habilitations-${year}.pdf`);
  const r = await pdfText(report.bytes);
  expect(r).toContain('CCAS de Lieusaint');
  expect(r).toMatch(/Karim BENALI.*Supprimé/);
  expect(r).toMatch(
    /Je soussigné\(e\) Véronique DJIRE, administrateur « Mon Compte Partenaire » du CCAS de Lieusaint, atteste/,
  );
  expect(r).toMatch(/Fait à Lieusaint, le \d\d\/\d\d\/\d{4}/);
  const c = csv.bytes.toString('utf8');
  expect(c.charCodeAt(0)).toBe(0xfeff);
  expect(c).toContain(';Supprimé;Départ de l’agent;Sandrine COFFI;');
  expect(c.split('\n').filter((l) => /;Maintenu;/.test(l))).toHaveLength(3);
  const f = await pdfText(form.bytes);
  expect(f).toContain('21-23 avenue du Général Leclerc 77000 MELUN');
  expect(f).toContain('Lucie MARCHAND');
  expect(f).toContain('l.marchand@ville-lieusaint.fr');
  expect(f).toContain('06 12 34 56 78');
  expect(f).toContain('Sandrine COFFI');
  expect(f).toContain('s.coffi@ville-lieusaint.fr');
  const a = await pdfText(annex.bytes);
  expect(a).toMatch(/Lucie MARCHAND/);
  expect(a).toMatch(/Véronique DJIRE/);
});
