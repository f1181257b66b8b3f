import type { Page } from '@playwright/test';
import fixture from '../../fixtures/fixture-lieusaint.json' with { type: 'json' };
import { expect } from '../fixtures';

/** Page helpers that set up a register as a user would, screen by screen. */

export async function openSection(page: Page, section: string) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: section, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

export async function closeNotices(page: Page) {
  const close = page.getByRole('button', { name: 'Fermer la notification' });
  while ((await close.count()) > 0) await close.first().click();
}

/** Today (Paris) minus `days`, as the ISO value a date field takes. */
export function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d);
}

export async function createLieusaintConvention(page: Page) {
  await openSection(page, 'Convention');
  const create = page.getByRole('region', { name: 'Créer la convention' });
  const { partner, caf, convention } = fixture;
  await create.getByLabel('Nom du partenaire').fill(partner.name);
  await create.getByLabel('Type de partenaire').selectOption('CCAS');
  await create.getByLabel('SIRET').fill(partner.siret);
  await create.getByLabel('Adresse', { exact: true }).fill(partner.address);
  await create.getByLabel('Nom du représentant').fill(partner.representative.name);
  await create.getByLabel('Qualité du représentant').fill(partner.representative.title);
  await create.getByLabel('Nom de la Caf').fill(caf.name);
  await create.getByLabel('Adresse de la Caf').fill(caf.address);
  await create.getByLabel('Nom du directeur').fill(caf.director.name);
  await create.getByLabel('Qualité du directeur').fill(caf.director.title);
  await create.getByLabel('Numéro de la convention').fill(convention.number);
  await create.getByLabel('Lieu de signature').fill(convention.signedAt);
  await create.getByLabel('Date de signature').fill(convention.signedOn);
  await create.getByRole('button', { name: 'Enregistrer la convention' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Partenaire' })).toBeVisible();
  await closeNotices(page);
}

export interface FixtureContact {
  role: string;
  name?: string;
  email?: string;
  phone?: string;
  phones?: string[];
}

/** Adds a contact of the annex; `copyFrom` reuses a person already entered for another role. */
export async function addContact(
  page: Page,
  side: 'Caf' | 'partenaire',
  c: FixtureContact,
  copyFrom?: string,
) {
  await page.getByRole('button', { name: `Ajouter : ${c.role} (côté ${side})` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (copyFrom) {
    const select = dialog.getByLabel('Reprendre une personne déjà saisie');
    const option = select.locator('option', { hasText: copyFrom });
    await select.selectOption({ label: (await option.textContent())! });
    await expect(dialog.getByLabel('Nom', { exact: true })).toHaveValue(copyFrom);
  } else {
    if (c.name) await dialog.getByLabel('Nom', { exact: true }).fill(c.name);
    if (c.email) await dialog.getByLabel('Adresse mél').fill(c.email);
    const phones = c.phones ?? (c.phone ? [c.phone] : []);
    if (phones[0]) await dialog.getByLabel('Téléphone', { exact: true }).fill(phones[0]);
    if (phones[1]) await dialog.getByLabel('Autre téléphone').fill(phones[1]);
  }
  // The annex is valid from the signature of the contrat de services.
  await dialog.getByLabel('Interlocuteur depuis le').fill(fixture.serviceContract.signedOn);
  await dialog.getByRole('button', { name: 'Enregistrer l’interlocuteur' }).click();
  await expect(dialog).toBeHidden();
  await closeNotices(page);
}

export async function addLieusaintContacts(page: Page) {
  await openSection(page, 'Interlocuteurs');
  for (const c of fixture.contacts.caf) await addContact(page, 'Caf', c);
  for (const c of fixture.contacts.partner) await addContact(page, 'partenaire', c);
}

export async function addCdapBulletinT13(page: Page) {
  await openSection(page, 'Services et quotas');
  await page.getByRole('button', { name: 'Ajouter le premier bulletin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un bulletin d’adhésion' });
  await dialog.getByLabel('Numéro d’annexe').fill(fixture.bulletins[0]!.annex);
  await dialog.getByRole('button', { name: 'Ajouter le bulletin' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole('region', { name: 'Bulletin Cdap (annexe 2)' });
  const t13 = card.getByLabel('Nombre maximal pour le profil T13');
  await t13.fill(String(fixture.bulletins[0]!.quotas.T13));
  await t13.press('Enter');
  await expect(card.getByText('0 sur 4 — 4 places restantes')).toBeVisible();
  await closeNotices(page);
}

export type FixtureAgent = (typeof fixture.agents)[number];

export async function addAgent(page: Page, a: FixtureAgent) {
  await page.getByRole('button', { name: 'Ajouter un agent' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un agent' });
  await dialog.getByRole('textbox', { name: 'NOM', exact: true }).fill(a.lastName);
  await dialog.getByLabel('Prénom', { exact: true }).fill(a.firstName);
  await dialog.getByLabel('Fonction', { exact: true }).fill(a.function);
  if ('email' in a && a.email) await dialog.getByLabel('Adresse mél').fill(a.email);
  await dialog.getByLabel('Arrivée le').fill(a.arrivedOn);
  await dialog.getByLabel('Rôle dans le portail').selectOption(a.portalRole);
  await dialog.getByRole('button', { name: 'Ajouter l’agent' }).click();
  await expect(dialog).toBeHidden();
  await closeNotices(page);
}

/** Opens « Accorder une habilitation » and picks the agent and profile. */
export async function startGrant(page: Page, agentLabel: string, profile: string) {
  await page.getByRole('button', { name: 'Accorder une habilitation' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Accorder une habilitation' });
  const agent = dialog.getByRole('combobox', { name: 'Agent', exact: true });
  const option = agent.locator('option', { hasText: agentLabel });
  await agent.selectOption({ label: (await option.textContent())! });
  await dialog.getByRole('combobox', { name: 'Profil', exact: true }).selectOption(profile);
  return dialog;
}

export async function grant(page: Page, agentLabel: string, profile: string) {
  const dialog = await startGrant(page, agentLabel, profile);
  await dialog.getByRole('button', { name: 'Accorder l’habilitation' }).click();
  await expect(dialog).toBeHidden();
  await closeNotices(page);
}

/** The whole Lieusaint-like register: convention, contacts, bulletin, five agents, four T13. */
export async function setUpLieusaint(page: Page, { contacts = true } = {}) {
  await createLieusaintConvention(page);
  if (contacts) await addLieusaintContacts(page);
  await addCdapBulletinT13(page);
  await openSection(page, 'Agents et habilitations');
  for (const a of fixture.agents) await addAgent(page, a);
  for (const name of fixture.scenario.grantT13To) {
    const a = fixture.agents.find((x) => x.lastName === name)!;
    await grant(page, `${a.firstName} ${a.lastName}`, 'T13');
  }
}

export { fixture };
