import type { Page, TestInfo } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { sealHeader, sha256HexBytes } from '../../shared/backup/export-format';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import {
  addAgent,
  addCdapBulletinT13,
  closeNotices,
  createLieusaintConvention,
  fixture,
  grant,
  openSection,
} from './pages/register';

/**
 * Issue 14, restore through the real « Sauvegardes » screen: a backup edited outside the app
 * (checksums recomputed, as a forger or a broken tool would) is checked as a register before
 * anything is replaced. Loadable inconsistencies are listed in French in the preview and the
 * restore needs an explicit « Restaurer malgré les incohérences »; what cannot be loaded is
 * refused in French and nothing changes.
 */

type Body = { journalHead: unknown; tables: Record<string, Record<string, unknown>[]> };

/** English words zod or the platform would use. */
const ENGLISH =
  /\b(Invalid|expected|received|undefined|Error|failed|must|string|number|ConstraintError|key)\b/;

async function registerWithOneHabilitation(page: Page) {
  await completeFirstRun(page, 'Véronique DJIRE');
  await createLieusaintConvention(page);
  await addCdapBulletinT13(page);
  await openSection(page, 'Agents et habilitations');
  const paul = fixture.agents.find((a) => a.lastName === 'ROUSSEL')!;
  await addAgent(page, paul);
  await grant(page, `${paul.firstName} ${paul.lastName}`, 'T13');
}

async function exportBackup(page: Page, testInfo: TestInfo): Promise<string> {
  await openSection(page, 'Sauvegardes');
  await page.getByRole('button', { name: 'Exporter une sauvegarde' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter une sauvegarde' });
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporter la sauvegarde' }).click();
  const download = await downloadPromise;
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await closeNotices(page);
  return path;
}

/** The file with its body edited, header counts and both checksums recomputed. */
function forge(source: string, target: string, edit: (body: Body) => void) {
  const text = readFileSync(source, 'utf8');
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice('{"header":'.length, newline - 1)) as Record<
    string,
    unknown
  >;
  const body = JSON.parse(
    text.slice(newline + 1 + '"body":'.length, text.lastIndexOf('}')),
  ) as Body;
  edit(body);
  const bodyText = JSON.stringify(body);
  const bytes = new TextEncoder().encode(bodyText);
  const counts = Object.fromEntries(
    Object.entries(body.tables).map(([t, rows]) => [t, rows.length]),
  );
  const sealed = sealHeader({
    ...header,
    counts,
    bodyBytes: bytes.byteLength,
    bodySha256: sha256HexBytes(bytes),
  });
  writeFileSync(target, `{"header":${JSON.stringify(sealed)},\n"body":${bodyText}}\n`);
}

/** Every row of a table, as stored. */
function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (table) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('convention-mcp');
        open.onsuccess = () => {
          const req = open.result.transaction(table).objectStore(table).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as Record<string, unknown>[]);
          };
          req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
      }),
    table,
  );
}

async function chooseAndCheck(page: Page, file: string) {
  await openSection(page, 'Sauvegardes');
  await page.getByLabel('Fichier de sauvegarde').setInputFiles(file);
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
}

test('a backup with register inconsistencies: listed in French in the preview, restored after an explicit confirmation', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await registerWithOneHabilitation(page);
  const exported = await exportBackup(page, testInfo);
  const warned = testInfo.outputPath('sauvegarde-incoherente.json');
  forge(exported, warned, (body) => {
    // Over quota (1 active T13 for a quota of 0), and a quota for a profile the catalogue lacks.
    const quota = body.tables.quotas!.find((q) => q.profileCode === 'T13')!;
    quota.max = 0;
    body.tables.quotas!.push({
      id: 'quota-zz9',
      bulletinId: quota.bulletinId,
      profileCode: 'ZZ9',
      max: 2,
    });
  });

  await chooseAndCheck(page, warned);
  const preview = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
  const warnings = preview.getByRole('status', { name: 'Incohérences signalées' });
  await expect(warnings).toBeVisible();
  await expect(warnings.getByRole('heading', { name: /Profils et quotas \(2\)/ })).toBeVisible();
  await expect(warnings.getByText(/Quota dépassé pour le profil T13 \(1 sur 0/)).toBeVisible();
  await expect(
    warnings.getByText(/a un quota pour le profil «\s?ZZ9\s?», absent du catalogue des profils/),
  ).toBeVisible();
  expect(ENGLISH.test((await warnings.textContent()) ?? '')).toBe(false);
  await expectAccessible(page, 'Sauvegardes, aperçu avec incohérences');
  if (process.env.SHOTS)
    await page.screenshot({ path: `${process.env.SHOTS}/restore-warnings.png`, fullPage: true });
  await expect(preview.getByRole('button', { name: 'Restaurer cette sauvegarde' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Restaurer malgré les incohérences' }).click();
  await expect(
    page.getByText(
      /Sauvegarde restaurée\..*Des incohérences ont été signalées\s:\svérifiez le tableau de bord\./,
    ),
  ).toBeVisible();
  await closeNotices(page);

  const quotas = await storedRows(page, 'quotas');
  expect(quotas.map((q) => [q.profileCode, q.max]).sort()).toEqual([
    ['T13', 0],
    ['ZZ9', 2],
  ]);
  await openSection(page, 'Tableau de bord');
  await expect(page.getByText(/Quota dépassé pour le profil T13/).first()).toBeVisible();
});

test('a backup that cannot be loaded as a register is refused in French, and nothing changes', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await registerWithOneHabilitation(page);
  const exported = await exportBackup(page, testInfo);
  const refused = testInfo.outputPath('sauvegarde-refusee.json');
  forge(exported, refused, (body) => {
    // The agent of the habilitation removed (a dangling reference), and a departure before the arrival.
    const agents = body.tables.agents!;
    body.tables.agents = agents.filter((a) => a.lastName !== 'ROUSSEL');
    body.tables.agents.push({
      ...agents.find((a) => a.lastName === 'ROUSSEL')!,
      id: 'agent-dates',
      lastName: 'DATES',
      arrivedOn: '2024-05-01',
      departedOn: '2024-01-01',
    });
  });
  const before = {
    agents: await storedRows(page, 'agents'),
    habilitations: await storedRows(page, 'habilitations'),
    journal: (await storedRows(page, 'journal')).length,
  };

  await chooseAndCheck(page, refused);
  const alert = page.getByRole('alert').filter({ hasText: 'Cette sauvegarde n’est pas cohérente' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/elle n’a pas été restaurée et rien n’a été modifié/);
  await expect(
    alert.getByRole('heading', { name: /Liens vers des données absentes de la sauvegarde/ }),
  ).toBeVisible();
  await expect(
    alert.getByText(/L’habilitation T13 de l’agent .* renvoie à un agent absent de la sauvegarde/),
  ).toBeVisible();
  await expect(alert.getByRole('heading', { name: /Dates incohérentes/ })).toBeVisible();
  expect(ENGLISH.test((await alert.textContent()) ?? '')).toBe(false);
  await expect(page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' })).toHaveCount(0);
  await expectAccessible(page, 'Sauvegardes, sauvegarde refusée');
  if (process.env.SHOTS)
    await page.screenshot({ path: `${process.env.SHOTS}/restore-refused.png`, fullPage: true });

  // Nothing changed: same rows, no journal entry, no « avant restauration » safety backup.
  expect(await storedRows(page, 'agents')).toEqual(before.agents);
  expect(await storedRows(page, 'habilitations')).toEqual(before.habilitations);
  expect((await storedRows(page, 'journal')).length).toBe(before.journal);
  await expect(
    page.getByRole('region', { name: 'Sauvegardes enregistrées' }).getByText('Avant restauration'),
  ).toHaveCount(0);
  await openSection(page, 'Agents et habilitations');
  await expect(page.getByRole('button', { name: 'Modifier l’agent ROUSSEL Paul' })).toBeVisible();
});
