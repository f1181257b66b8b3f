import type { Locator, Page } from '@playwright/test';
import { openSection } from './register';

/** The « Sauvegardes » screen: export, erase everything, restore from a file. */
export class BackupsScreen {
  constructor(private readonly page: Page) {}

  async open() {
    await openSection(this.page, 'Sauvegardes');
  }

  /** The list of backups kept by the app (automatic, safety, manual). */
  savedList(): Locator {
    return this.page.getByRole('region', { name: 'Sauvegardes enregistrées' });
  }

  /** Opens the export dialog and returns it. */
  async openExport(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Exporter une sauvegarde' }).click();
    return this.page.getByRole('dialog', { name: 'Exporter une sauvegarde' });
  }

  /** Confirms the export dialog; saves the download under `pathFor(its name)` and returns it. */
  async confirmExport(dialog: Locator, pathFor: (suggestedName: string) => string) {
    const downloadPromise = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exporter la sauvegarde' }).click();
    const download = await downloadPromise;
    const path = pathFor(download.suggestedFilename());
    await download.saveAs(path);
    return { path, suggestedName: download.suggestedFilename() };
  }

  /** Clicks « Tout effacer » and returns the confirmation dialog (nothing erased yet). */
  async openEraseAll(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tout effacer' }).click();
    return this.page.getByRole('dialog', { name: 'Tout effacer ?' });
  }

  /** Types the name the dialog asks for, then confirms. */
  async confirmEraseAll(confirm: Locator) {
    const asked =
      (await confirm.locator('label', { hasText: 'Pour confirmer, tapez' }).textContent()) ?? '';
    await confirm
      .getByLabel(/Pour confirmer, tapez/)
      .fill(asked.replace(/^.*«\s*(.*?)\s*».*$/s, '$1'));
    await confirm.getByRole('button', { name: 'Tout effacer' }).click();
  }

  /** Chooses a backup file and asks to check it; returns the restore preview dialog. */
  async checkFile(file: string): Promise<Locator> {
    await this.page.getByLabel('Fichier de sauvegarde').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    return this.page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
  }

  async restoreFromPreview(preview: Locator) {
    await preview.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
  }
}
