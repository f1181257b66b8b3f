import type { Page } from '@playwright/test';
import { completeFirstRun, expect, test } from './fixtures';
import {
  addAgent,
  addCdapBulletinT13,
  addContact,
  closeNotices,
  createLieusaintConvention,
  fixture,
  grant,
  openSection,
} from './pages/register';

/**
 * Issue 14, « no lost update » beyond the agent dialog: the same contact, and the same
 * habilitation, edited in two tabs. The second save is refused with « Modifié dans une autre
 * fenêtre — rechargez », the stored row keeps the first tab's change, and once reloaded the
 * second tab's change goes on top of it.
 */

/** One row of an IndexedDB table, read directly (what is really stored). */
function storedRow<T>(
  page: Page,
  table: string,
  match: Record<string, string>,
): Promise<T | undefined> {
  return page.evaluate(
    ({ table, match }) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('convention-mcp');
        open.onsuccess = () => {
          const req = open.result.transaction(table).objectStore(table).getAll();
          req.onsuccess = () => {
            const rows = req.result as Record<string, unknown>[];
            open.result.close();
            resolve(
              rows.find((r) => Object.entries(match).every(([k, v]) => r[k] === v)) as
                T | undefined,
            );
          };
          req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
      }),
    { table, match },
  );
}

test('two tabs edit the same contact: the second save is refused, then reloaded, nothing is lost', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await completeFirstRun(page, 'Véronique DJIRE');
  await createLieusaintConvention(page);
  await openSection(page, 'Interlocuteurs');
  const admin = fixture.contacts.partner[0]!;
  await addContact(page, 'partenaire', admin);

  const other = await context.newPage();
  await other.goto('/');
  await openSection(other, 'Interlocuteurs');

  const edit = async (p: Page) => {
    await p.getByRole('button', { name: `Modifier ${admin.name} (Administrateur)` }).click();
    return p.getByRole('dialog', { name: `Modifier ${admin.name}` });
  };
  const first = await edit(page);
  const second = await edit(other);

  await first.getByLabel('Fonction').fill('Directrice du CCAS');
  await first.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(first).toBeHidden();

  // The other tab's dialog follows: it says so and stays « Modifier ».
  await expect(
    second.getByRole('alert').filter({ hasText: 'Modifié dans une autre fenêtre — rechargez' }),
  ).toBeVisible();
  await second.getByLabel('Adresse mél').fill('v.djire@ville-lieusaint.fr');
  await second.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(second.getByText(/Rien n’a été enregistré/).first()).toBeVisible();
  expect(
    await storedRow<{ function?: string; email?: string }>(page, 'contacts', { name: admin.name }),
  ).toMatchObject({
    function: 'Directrice du CCAS',
  });
  expect(
    (await storedRow<{ email?: string }>(page, 'contacts', { name: admin.name }))?.email,
  ).toBeUndefined();

  await second
    .getByRole('button', { name: 'Recharger avec les valeurs de l’autre fenêtre' })
    .click();
  await expect(second.getByLabel('Fonction')).toHaveValue('Directrice du CCAS');
  await expect(
    second.getByRole('alert').filter({ hasText: 'Modifié dans une autre fenêtre' }),
  ).toHaveCount(0);
  await second.getByLabel('Adresse mél').fill('v.djire@ville-lieusaint.fr');
  await second.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(second).toBeHidden();
  await closeNotices(other);
  expect(await storedRow(page, 'contacts', { name: admin.name })).toMatchObject({
    function: 'Directrice du CCAS',
    email: 'v.djire@ville-lieusaint.fr',
  });
  await other.close();
});

test('two tabs revoke the same habilitation: the second revocation is refused, the first date and reason stay', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await completeFirstRun(page, 'Véronique DJIRE');
  await createLieusaintConvention(page);
  await addCdapBulletinT13(page);
  await openSection(page, 'Agents et habilitations');
  const paul = fixture.agents.find((a) => a.lastName === 'ROUSSEL')!;
  await addAgent(page, paul);
  await grant(page, `${paul.firstName} ${paul.lastName}`, 'T13');

  const other = await context.newPage();
  await other.goto('/');
  await openSection(other, 'Agents et habilitations');

  const revoke = async (p: Page) => {
    await p.getByRole('button', { name: 'Retirer T13 de ROUSSEL Paul' }).click();
    return p.getByRole('dialog', { name: /Retirer l’habilitation T13 de Paul ROUSSEL/ });
  };
  const first = await revoke(page);
  const second = await revoke(other);

  await first.getByLabel('Motif du retrait').fill('Départ de l’agent');
  await first.getByRole('button', { name: 'Retirer l’habilitation' }).click();
  await expect(first).toBeHidden();

  await expect(
    second.getByRole('alert').filter({ hasText: 'Modifié dans une autre fenêtre — rechargez' }),
  ).toBeVisible();
  await expect(
    second.getByRole('alert').filter({ hasText: 'Cette habilitation a changé ailleurs' }),
  ).toBeVisible();
  await second.getByLabel('Motif du retrait').fill('Changement de service');
  await second.getByRole('button', { name: 'Retirer l’habilitation' }).click();
  await expect(second.getByText(/Rien n’a été enregistré/).first()).toBeVisible();
  await expect(second).toBeVisible();
  expect(await storedRow(page, 'habilitations', { profileCode: 'T13' })).toMatchObject({
    revocationReason: 'Départ de l’agent',
  });

  // Reloaded, the form starts from the stored habilitation; closing leaves it as the first tab saved it.
  await second
    .getByRole('button', { name: 'Recharger avec les valeurs de l’autre fenêtre' })
    .click();
  await expect(
    second.getByRole('alert').filter({ hasText: 'Modifié dans une autre fenêtre' }),
  ).toHaveCount(0);
  await second.getByRole('button', { name: 'Annuler' }).click();
  await expect(second).toBeHidden();
  expect(await storedRow(page, 'habilitations', { profileCode: 'T13' })).toMatchObject({
    revocationReason: 'Départ de l’agent',
  });
  await other.close();
});
