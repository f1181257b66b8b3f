import type { Locator, Page } from '@playwright/test';
import { openSection } from './register';

/** The « Revue annuelle » screen: open a review, decide, checklist, close. */
export class ReviewScreen {
  constructor(private readonly page: Page) {}

  async open() {
    await openSection(this.page, 'Revue annuelle');
  }

  async openReview(year: number) {
    await this.page.getByRole('button', { name: `Ouvrir la revue ${year}` }).click();
  }

  /** Opens the decision dialog of one habilitation (« Paul ROUSSEL », « T13 ») and returns it. */
  async examine(person: string, profile: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Examiner ${person} ${profile}` }).click();
    return this.page.getByRole('dialog', { name: `${person} — ${profile}` });
  }

  async saveDecision(dialog: Locator) {
    await dialog.getByRole('button', { name: 'Enregistrer la décision' }).click();
  }

  /** « Maintenir les N affichées », then the confirmation. */
  async maintainShown(count: number) {
    await this.page.getByRole('button', { name: `Maintenir les ${count} affichées` }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: `Maintenir les ${count} habilitations` })
      .click();
  }

  checklist(): Locator {
    return this.page.getByRole('region', { name: /Engagements du partenaire/ });
  }

  /** Clicks « Clore la revue » and returns the confirmation dialog (not closed yet). */
  async openClose(year: number): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Clore la revue' }).click();
    return this.page.getByRole('dialog', { name: `Clore la revue ${year} ?` });
  }
}
