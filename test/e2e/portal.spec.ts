import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { closeNotices, daysAgo, openSection, setUpLieusaint } from './pages/register';

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The text of a downloaded PDF, read back with pdfjs-dist (as the document tests do). */
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

const fr = (iso: string) => iso.split('-').reverse().join('/');

/** A portal export as the CAF's portal gives it: a title line, « ; », Windows-1252. */
function portalExport(): Buffer {
  const recent = fr(daysAgo(5));
  const lines = [
    'Mon Compte Partenaire - liste des utilisateurs du partenaire;;;;;;;',
    'Identifiant;Nom;Prénom;Adresse mail;Service;Profils;Statut du compte;Date de dernière connexion',
    `scoffi;COFFI;Sandrine;s.coffi@ville-lieusaint.fr;CDAP;T1;Actif;${recent}`,
    `kbenali;BENALI;Karim;k.benali@ville-lieusaint.fr;CDAP;T13;Actif;${fr(daysAgo(400))}`,
    `proussel;ROUSSEL;Paul;p.roussel@ville-lieusaint.fr;CDAP;T13;Actif;${recent}`,
    `jlefevre;LEFÈVRE;Jérôme;j.lefevre@ville-lieusaint.fr;CDAP;T13;Actif;${recent}`,
    `vdjire;DJIRE;Véronique;;CDAP;;Désactivé;${recent}`,
  ];
  const text = lines.join('\r\n');
  // Windows-1252, as an older Excel saves « CSV (séparateur : point-virgule) ».
  return Buffer.from(
    [...text].map((c) => ({ É: 0xc9, È: 0xc8, é: 0xe9, è: 0xe8 })[c] ?? c.charCodeAt(0)),
  );
}

test('portal list against the Lieusaint register: the differences with their article, each resolved', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await completeFirstRun(page, 'Véronique DJIRE');
  await setUpLieusaint(page, { contacts: false });
  // Paul ROUSSEL left three days ago; his account is still active in the portal.
  await page.getByRole('button', { name: 'Modifier l’agent ROUSSEL Paul' }).click();
  const agentDialog = page.getByRole('dialog', { name: 'Modifier l’agent ROUSSEL' });
  await agentDialog.getByLabel('Départ le').fill(daysAgo(3));
  await agentDialog.getByRole('button', { name: 'Enregistrer l’agent' }).click();
  await expect(agentDialog).toBeHidden();
  await closeNotices(page);

  // Paramètres: an account is « unused » after 12 months without a login (6 by default).
  await openSection(page, 'Paramètres');
  const threshold = page.getByLabel('Compte inutilisé après (mois sans connexion)');
  await expect(threshold).toHaveValue('6');
  await threshold.fill('0');
  await page.getByRole('button', { name: 'Enregistrer le seuil' }).click();
  await expect(page.getByText('Indiquez au moins 1 mois.')).toBeVisible();
  await threshold.fill('12');
  await page.getByRole('button', { name: 'Enregistrer le seuil' }).click();
  await expect(page.getByText(/Le seuil est enregistré/)).toBeVisible();
  await closeNotices(page);

  await openSection(page, 'Rapprochement portail');
  await expectAccessible(page, 'Rapprochement, vide');
  const file = portalExport();
  const sha256 = createHash('sha256').update(file).digest('hex');
  await page.getByLabel('Fichier exporté du portail (Excel .xlsx ou CSV)').setInputFiles({
    name: 'export-mcp.csv',
    mimeType: 'text/csv',
    buffer: file,
  });
  const mapping = page.getByRole('region', { name: '2. Colonnes' });
  await expect(mapping.getByLabel('Identifiant (login)')).toHaveValue('0');
  await expect(mapping.getByLabel('Profil(s)')).toHaveValue('5');
  await expect(mapping.getByLabel('Date de dernière connexion')).toHaveValue('7');
  await expect(page.getByText('Windows-1252')).toBeVisible();
  await expectAccessible(page, 'Rapprochement, colonnes');
  await mapping.getByRole('button', { name: 'Comparer avec le registre' }).click();
  await expect(page.getByRole('region', { name: '3. Résultat de la comparaison' })).toContainText(
    '5 comptes lus',
  );
  await closeNotices(page);

  const list = page.getByRole('region', { name: 'Écarts à traiter' });
  const item = (kind: string) => list.locator(`li[data-kind="${kind}"]`);
  // The departed agent comes first.
  await expect(list.locator('li').first()).toHaveAttribute('data-kind', 'departed-active');
  await expect(item('departed-active')).toContainText('conv. art. 9.2');
  await expect(item('departed-active')).toContainText('Paul ROUSSEL est parti(e)');
  await expect(item('unknown-account')).toContainText('Jérôme LEFÈVRE (jlefevre)');
  await expect(item('unknown-account')).toContainText('conv. art. 9.2');
  await expect(item('missing-in-portal')).toContainText('Lucie MARCHAND');
  await expect(item('missing-in-portal')).toContainText('contrat art. 2.2');
  await expect(item('profile-mismatch')).toContainText(
    'T1 dans le portail et T13 dans le registre',
  );
  await expect(item('unused-account')).toContainText('Karim BENALI ne s’est pas connecté(e)');
  await expect(item('unused-account')).toContainText('(plus de 12 mois)');
  await expect(item('over-quota')).toContainText('contrat art. 2.2.1');
  await expectAccessible(page, 'Rapprochement, écarts');

  // The dashboard lists them until resolved, the departed agent still active first of all.
  await openSection(page, 'Tableau de bord');
  const alerts = page.locator('.alert-list > li');
  await expect(alerts.first()).toContainText('Paul ROUSSEL est parti(e)');
  await expect(alerts.first()).toContainText('Alerte');
  await expect(
    alerts.first().getByRole('link', { name: 'Traiter dans Rapprochement portail' }),
  ).toBeVisible();
  await expect(page.locator('.alert-list')).toContainText('Jérôme LEFÈVRE (jlefevre)');
  await expectAccessible(page, 'Tableau de bord, écarts du portail');
  // The roster filter « Écarts avec le portail »: the four agents concerned (the unknown account is no agent).
  await page
    .getByRole('link', { name: 'Voir les agents concernés par un écart avec le portail (4)' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Agents et habilitations' }),
  ).toBeVisible();
  await expect(page.getByLabel('Écarts avec le portail (4)')).toBeChecked();
  await expect(
    page.getByText('4 agents concernés par un écart avec la liste du portail encore à traiter.'),
  ).toBeVisible();
  await expect(page.getByText('4 lignes sur 5')).toBeVisible();
  for (const name of ['BENALI Karim', 'COFFI Sandrine', 'MARCHAND Lucie', 'ROUSSEL Paul'])
    await expect(page.getByRole('cell', { name }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'DJIRE Véronique' })).toHaveCount(0);
  await page.getByLabel('Écarts avec le portail (4)').uncheck();
  await expect(page.getByText('5 lignes', { exact: true })).toBeVisible();
  await openSection(page, 'Rapprochement portail');

  // Each resolved. The departure: revoked in the register (the account is still to disable in
  // the portal); the unknown account: to disable in the portal.
  await item('departed-active').getByRole('button', { name: 'Retirer dans le registre' }).click();
  await expect(item('departed-active')).toHaveCount(0);
  await item('unknown-account')
    .getByRole('button', { name: 'À désactiver dans le portail' })
    .click();
  await expect(item('unknown-account')).toHaveCount(0);
  await item('missing-in-portal').getByRole('button', { name: 'À créer dans le portail' }).click();
  await expect(item('missing-in-portal')).toHaveCount(0);
  await item('profile-mismatch')
    .getByRole('button', { name: 'À modifier dans le portail' })
    .click();
  await expect(item('profile-mismatch')).toHaveCount(0);
  await item('unused-account').getByRole('button', { name: 'Retirer dans le registre' }).click();
  await expect(item('unused-account')).toHaveCount(0);
  await item('over-quota').getByRole('button', { name: 'Expliquer (garder tel quel)' }).click();
  const explain = page.getByRole('dialog', { name: 'Expliquer l’écart' });
  await explain
    .getByLabel('Explication (figurera dans le rapport de revue)')
    .fill('Profil T1 demandé par avenant en cours');
  await explain.getByRole('button', { name: 'Enregistrer l’explication' }).click();
  await expect(explain).toBeHidden();
  await expect(list).toContainText('Aucun écart à traiter.');
  await closeNotices(page);
  await expect(page.getByRole('region', { name: 'Écarts traités' })).toContainText(
    'Profil T1 demandé par avenant en cours',
  );
  await expect(page.getByRole('region', { name: 'Listes importées' })).toContainText(
    'export-mcp.csv',
  );
  await expectAccessible(page, 'Rapprochement, traité');

  // The register was written: ROUSSEL's and BENALI's habilitations are revoked.
  await openSection(page, 'Agents et habilitations');
  await expect(page.getByText('5 agents, 2 habilitations actives.')).toBeVisible();
  await expect(page.getByLabel(/Écarts avec le portail/)).toHaveCount(0);
  await openSection(page, 'Journal');
  await expect(
    page.getByText(/Liste du portail «\sexport-mcp.csv\s» importée/).first(),
  ).toBeVisible();
  // Resolved: off the dashboard.
  await openSection(page, 'Tableau de bord');
  await expect(page.locator('.alert-list')).not.toContainText('Paul ROUSSEL est parti(e)');
  await expect(
    page.getByRole('link', { name: /Voir les agents concernés par un écart avec le portail/ }),
  ).toHaveCount(0);

  // The yearly review opened from the portal's list: what the portal has (the unknown account,
  // the accounts of ROUSSEL and BENALI still open there) and the register's habilitations.
  await openSection(page, 'Revue annuelle');
  const year = new Date().getFullYear();
  await page
    .getByRole('button', { name: `Ouvrir la revue ${year} depuis la liste du portail` })
    .click();
  await expect(page.getByText('0 / 5 habilitations décidées')).toBeVisible();
  await expect(
    page.getByText(`Revue ${year} ouverte depuis la liste du portail`).first(),
  ).toBeVisible();
  await closeNotices(page);
  const rows = page.locator('table.review-items tbody tr');
  const row = (name: string) => rows.filter({ hasText: name });
  await expect(row('Jérôme LEFÈVRE (jlefevre)')).toContainText('portail : absent du registre');
  await expect(row('Jérôme LEFÈVRE (jlefevre)')).toContainText(
    'Portail : Compte inconnu du registre (traité)',
  );
  await expect(row('Paul ROUSSEL')).toContainText(
    'Portail : Agent parti, compte encore actif (traité)',
  );
  await expect(row('Lucie MARCHAND')).toContainText(
    'Portail : Habilitation absente du portail (traité)',
  );
  await expect(row('Sandrine COFFI')).toContainText('Portail : Profil différent (traité)');
  await expect(row('Karim BENALI')).toContainText(
    'Portail : Compte inutilisé depuis longtemps (traité)',
  );
  await expectAccessible(page, 'Revue depuis la liste du portail');
  for (const name of ['Jérôme LEFÈVRE (jlefevre)', 'Paul ROUSSEL', 'Karim BENALI']) {
    await page.getByRole('button', { name: `Examiner ${name} T13` }).click();
    const decision = page.getByRole('dialog', { name: `${name} — T13` });
    await expect(decision).toContainText(
      'Cet accès existe dans le portail mais pas dans le registre',
    );
    await expect(decision.getByRole('radio', { name: 'Modifier' })).toHaveCount(0);
    if (name === 'Jérôme LEFÈVRE (jlefevre)') {
      await expect(decision).toContainText(
        'Écart avec la liste du portail : Compte inconnu du registre (traité).',
      );
      await expectAccessible(page, 'Revue, accès seulement dans le portail');
    }
    await decision.getByRole('radio', { name: 'Supprimer' }).check();
    await decision.getByLabel('Motif').fill('Compte à désactiver dans le portail');
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect(decision).toBeHidden();
    await closeNotices(page);
  }
  await page.getByRole('button', { name: 'Maintenir les 2 affichées' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Maintenir les 2 habilitations' })
    .click();
  await expect(page.getByText('5 / 5 habilitations décidées')).toBeVisible();
  await closeNotices(page);
  const checklist = page.getByRole('region', { name: /Engagements du partenaire/ });
  const radios = checklist.getByRole('radio', { name: 'Oui' });
  for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
  await checklist.getByRole('button', { name: 'Enregistrer les engagements' }).click();
  await closeNotices(page);
  await page.getByRole('button', { name: 'Clore la revue' }).click();
  await page
    .getByRole('dialog', { name: `Clore la revue ${year} ?` })
    .getByRole('button', { name: 'Clore la revue' })
    .click();
  await expect(page.getByText(`Revue ${year} close le`).first()).toBeVisible();
  await closeNotices(page);

  // The report (PDF) and its table (CSV) carry « Rapprochement avec la liste du portail ».
  const pdf = await downloaded(page, () =>
    page.getByRole('button', { name: 'Exporter le rapport (PDF)' }).click(),
  );
  expect(pdf.name).toBe(`revue-habilitations-${year}.pdf`);
  const text = await pdfText(pdf.bytes);
  expect(text).toContain('3 bis. Rapprochement avec la liste du portail');
  expect(text).toContain('export-mcp.csv');
  expect(text).toContain(`Empreinte SHA-256 du fichier : ${sha256}`);
  expect(text).toContain('Compte inconnu du registre conv. art. 9.2 1 1 0 0');
  expect(text).toContain('Profil différent contrat art. 2.2 1 1 0 0');
  expect(text).toContain('Habilitation absente du portail contrat art. 2.2 1 1 0 0');
  expect(text).toContain('Comptes au-delà du quota du bulletin contrat art. 2.2.1 1 0 1 0');
  expect(text).toContain('Profil T1 demandé par avenant en cours');
  expect(text).toContain('Jérôme LEFÈVRE (jlefevre)');
  const csv = await downloaded(page, () =>
    page.getByRole('button', { name: 'Exporter le tableau (CSV)' }).click(),
  );
  const csvText = csv.bytes.toString('utf8');
  expect(csvText).toContain('Rapprochement avec la liste du portail');
  expect(csvText).toContain(`Empreinte SHA-256;${sha256}`);
  expect(csvText).toContain('Agent parti, compte encore actif;conv. art. 9.2;1;1;0;0');
  expect(csvText).toContain('Compte inutilisé depuis longtemps;conv. art. 9.2;1;1;0;0');
  expect(csvText).toMatch(
    /Jérôme LEFÈVRE \(jlefevre\);;;T13;[0-9/]+;Supprimé;Compte à désactiver dans le portail/,
  );
  expect(csvText).toContain(
    'Compte inconnu du registre;Jérôme LEFÈVRE (jlefevre), profil T13;À désactiver dans le portail;Véronique DJIRE;',
  );
});
