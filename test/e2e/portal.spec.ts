import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { closeNotices, daysAgo, openSection, setUpLieusaint } from './pages/register';

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
  return Buffer.from([...text].map((c) => ({ É: 0xc9, È: 0xc8, é: 0xe9, è: 0xe8 })[c] ?? c.charCodeAt(0)));
}

test('portal list against the Lieusaint register: the differences with their article, each resolved', async ({ page }) => {
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

  await openSection(page, 'Rapprochement portail');
  await expectAccessible(page, 'Rapprochement, vide');
  await page.getByLabel('Fichier exporté du portail (Excel .xlsx ou CSV)').setInputFiles({
    name: 'export-mcp.csv',
    mimeType: 'text/csv',
    buffer: portalExport(),
  });
  const mapping = page.getByRole('region', { name: '2. Colonnes' });
  await expect(mapping.getByLabel('Identifiant (login)')).toHaveValue('0');
  await expect(mapping.getByLabel('Profil(s)')).toHaveValue('5');
  await expect(mapping.getByLabel('Date de dernière connexion')).toHaveValue('7');
  await expect(page.getByText('Windows-1252')).toBeVisible();
  await expectAccessible(page, 'Rapprochement, colonnes');
  await mapping.getByRole('button', { name: 'Comparer avec le registre' }).click();
  await expect(page.getByRole('region', { name: '3. Résultat de la comparaison' })).toContainText('5 comptes lus');
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
  await expect(item('profile-mismatch')).toContainText('T1 dans le portail et T13 dans le registre');
  await expect(item('unused-account')).toContainText('Karim BENALI ne s’est pas connecté(e)');
  await expect(item('over-quota')).toContainText('contrat art. 2.2.1');
  await expectAccessible(page, 'Rapprochement, écarts');

  // Each resolved. The departure first (its T13 frees a place for the unknown account).
  await item('departed-active').getByRole('button', { name: 'Retirer dans le registre' }).click();
  await expect(item('departed-active')).toHaveCount(0);
  await item('unknown-account').getByRole('button', { name: 'Enregistrer l’agent et son habilitation' }).click();
  await expect(item('unknown-account')).toHaveCount(0);
  await item('missing-in-portal').getByRole('button', { name: 'À créer dans le portail' }).click();
  await expect(item('missing-in-portal')).toHaveCount(0);
  await item('profile-mismatch').getByRole('button', { name: 'À modifier dans le portail' }).click();
  await expect(item('profile-mismatch')).toHaveCount(0);
  await item('unused-account').getByRole('button', { name: 'Retirer dans le registre' }).click();
  await expect(item('unused-account')).toHaveCount(0);
  await item('over-quota').getByRole('button', { name: 'Expliquer (garder tel quel)' }).click();
  const explain = page.getByRole('dialog', { name: 'Expliquer l’écart' });
  await explain.getByLabel('Explication (figurera dans le rapport de revue)').fill('Profil T1 demandé par avenant en cours');
  await explain.getByRole('button', { name: 'Enregistrer l’explication' }).click();
  await expect(explain).toBeHidden();
  await expect(list).toContainText('Aucun écart à traiter.');
  await closeNotices(page);
  await expect(page.getByRole('region', { name: 'Écarts traités' })).toContainText('Profil T1 demandé par avenant en cours');
  await expect(page.getByRole('region', { name: 'Listes importées' })).toContainText('export-mcp.csv');
  await expectAccessible(page, 'Rapprochement, traité');

  // The register was written: the unknown account is an agent with its T13, ROUSSEL's and
  // BENALI's habilitations are revoked.
  await openSection(page, 'Agents et habilitations');
  await expect(page.getByText('LEFÈVRE').first()).toBeVisible();
  await openSection(page, 'Journal');
  await expect(page.getByText(/Liste du portail « export-mcp.csv » importée/).first()).toBeVisible();
});
