import { expect, type Locator, type Page } from '@playwright/test';
import { openSection } from './register';

/**
 * The « Agents et habilitations » screen: search, quota meters, an agent's dialog. Adding agents
 * and granting habilitations stay in ./register (addAgent, startGrant, grant), shared by the
 * set-up helpers.
 */
export class RosterScreen {
  constructor(private readonly page: Page) {}

  async open() {
    await openSection(this.page, 'Agents et habilitations');
  }

  async search(text: string) {
    await this.page.getByLabel('Rechercher').fill(text);
  }

  /** The quota meter of one profile (« T13 »). */
  quotaMeter(profile: string): Locator {
    return this.page.getByRole('meter', { name: profile });
  }

  /** Opens « Modifier l’agent NOM Prénom » and returns the dialog. */
  async editAgent(lastName: string, firstName: string): Promise<Locator> {
    await this.page
      .getByRole('button', { name: `Modifier l’agent ${lastName} ${firstName}` })
      .click();
    return this.page.getByRole('dialog', { name: `Modifier l’agent ${lastName}` });
  }

  /** Records an agent's departure date (YYYY-MM-DD) and waits for the dialog to close. */
  async recordDeparture(lastName: string, firstName: string, date: string) {
    const dialog = await this.editAgent(lastName, firstName);
    await dialog.getByLabel('Départ le').fill(date);
    await dialog.getByRole('button', { name: 'Enregistrer l’agent' }).click();
    await expect(dialog).toBeHidden();
  }
}
