import { completeFirstRun, expect, test } from './fixtures';
import {
  addAgent,
  closeNotices,
  createLieusaintConvention,
  fixture,
  openSection,
} from './pages/register';

/**
 * Issue 14: the same agent edited in two tabs loses nothing (the second save is refused with
 * « Modifié dans une autre fenêtre — rechargez », then reloaded); a direct edit of a row in
 * IndexedDB shows on « Vérifier l'intégrité ».
 */
test('two tabs edit the same agent: the second save is refused, nothing is lost; a direct IndexedDB edit shows', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, 'Véronique DJIRE');
  await createLieusaintConvention(page);
  await openSection(page, 'Agents et habilitations');
  const paul = fixture.agents.find((a) => a.lastName === 'ROUSSEL')!;
  await addAgent(page, paul);

  const other = await context.newPage();
  await other.goto('/');
  await openSection(other, 'Agents et habilitations');

  const edit = async (p: typeof page) => {
    await p.getByRole('button', { name: 'Modifier l’agent ROUSSEL Paul' }).click();
    return p.getByRole('dialog', { name: 'Modifier l’agent ROUSSEL' });
  };
  const first = await edit(page);
  const second = await edit(other);

  await first.getByLabel('Service ou site').fill('Accueil social');
  await first.getByRole('button', { name: 'Enregistrer l’agent' }).click();
  await expect(first).toBeHidden();

  // The other tab's dialog follows the change: it says so, and stays « Modifier ».
  await expect(
    second.getByRole('alert').filter({ hasText: 'Modifié dans une autre fenêtre — rechargez' }),
  ).toBeVisible();
  await second.getByLabel('Fonction', { exact: true }).fill('Secrétaire');
  await second.getByRole('button', { name: 'Enregistrer l’agent' }).click();
  await expect(second.getByText(/Rien n’a été enregistré/).first()).toBeVisible();
  await expect(second).toBeVisible();

  // Reloaded with the first tab's values, the second change goes through on top of it.
  await second
    .getByRole('button', { name: 'Recharger avec les valeurs de l’autre fenêtre' })
    .click();
  await expect(second.getByLabel('Service ou site')).toHaveValue('Accueil social');
  await second.getByLabel('Fonction', { exact: true }).fill('Secrétaire');
  await second.getByRole('button', { name: 'Enregistrer l’agent' }).click();
  await expect(second).toBeHidden();
  await closeNotices(other);

  const stored = await page.evaluate(
    () =>
      new Promise<{ service?: string; function?: string }>((resolve, reject) => {
        const open = indexedDB.open('convention-mcp');
        open.onsuccess = () => {
          const req = open.result.transaction('agents').objectStore('agents').getAll();
          req.onsuccess = () => {
            const row = (
              req.result as { lastName: string; service?: string; function?: string }[]
            ).find((a) => a.lastName === 'ROUSSEL')!;
            open.result.close();
            resolve({ service: row.service, function: row.function });
          };
          req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
      }),
  );
  expect(stored).toEqual({ service: 'Accueil social', function: 'Secrétaire' });

  await other.close();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('convention-mcp');
        open.onsuccess = () => {
          const tx = open.result.transaction('agents', 'readwrite');
          const store = tx.objectStore('agents');
          const req = store.getAll();
          req.onsuccess = () => {
            const row = (req.result as { id: string; lastName: string }[]).find(
              (a) => a.lastName === 'ROUSSEL',
            )!;
            // A direct edit, outside the application (no journal entry).
            store.put({ ...row, lastName: 'DUPONT' });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
      }),
  );

  await page.reload();
  await openSection(page, 'Journal');
  await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
  await expect(page.getByRole('heading', { name: /problèmes trouvés/ })).toBeVisible();
  await expect(
    page.getByText(/Agents.*modifiée hors de l’application \(dernière entrée du journal/),
  ).toBeVisible();
  if (process.env.SHOTS)
    await page.screenshot({
      path: `${process.env.SHOTS}/integrity-direct-edit.png`,
      fullPage: true,
    });
});
