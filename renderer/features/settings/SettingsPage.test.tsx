import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getUserName } from '../../db/repositories/settings';
import { getUnusedMonths, setUnusedMonths } from '../../db/repositories/portal';
import { renderScreen, seededDatabase } from '../../../test/support/render-screen';
import { SettingsPage } from './SettingsPage';

describe('SettingsPage', () => {
  it('changes the user’s name', async () => {
    const { db } = await seededDatabase({ empty: true });
    const user = userEvent.setup();
    renderScreen(db, <SettingsPage />);
    const field = await screen.findByLabelText(/Votre prénom et votre nom/);
    await screen.findByDisplayValue('Sandrine COFFI');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Enregistrer le nom' }));
    expect(await screen.findByText('Indiquez votre prénom et votre nom.')).toBeTruthy();
    await user.type(field, 'Véronique DJIRE{Enter}');
    await screen.findByText('Votre nom est enregistré.');
    expect(await getUserName(db)).toBe('Véronique DJIRE');
  });

  it('lists the catalogue, adds a profile and renames one keeping its code', async () => {
    const { db } = await seededDatabase({ empty: true });
    const user = userEvent.setup();
    renderScreen(db, <SettingsPage />);
    const table = await screen.findByRole('table', { name: 'Catalogue des profils' });
    const t1 = within(table).getByRole('rowheader', { name: 'T1' }).closest('tr')!;
    expect(within(t1).getByText('Oui')).toBeTruthy();
    expect(within(t1).getByText('Catalogue Cdap')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ajouter un profil' }));
    let dialog = await screen.findByRole('dialog', { name: 'Ajouter un profil au catalogue' });
    await user.type(within(dialog).getByLabelText(/Code du profil/), 't13');
    await user.type(within(dialog).getByLabelText(/Libellé/), 'Local');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter le profil' }));
    expect(within(dialog).getByText('Le profil T13 est déjà dans le catalogue.')).toBeTruthy();
    await user.clear(within(dialog).getByLabelText(/Code du profil/));
    await user.type(within(dialog).getByLabelText(/Code du profil/), 'T99{Enter}');
    const added = (await within(table).findByRole('rowheader', { name: 'T99' })).closest('tr')!;
    expect(within(added).getByText('Ajouté')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Renommer le profil T13' }));
    dialog = await screen.findByRole('dialog', { name: 'Renommer le profil T13' });
    const label = within(dialog).getByLabelText(/Nouveau libellé/);
    await user.clear(label);
    // Pasted, not typed key by key: each keystroke re-renders the whole catalogue, which
    // made this test pass the 5 s limit on a loaded machine.
    await user.paste('Commission FSL de Lieusaint');
    await user.keyboard('{Enter}');
    const t13 = (await within(table).findByRole('rowheader', { name: 'T13' })).closest('tr')!;
    expect(await within(t13).findByText('Commission FSL de Lieusaint')).toBeTruthy();
    expect(within(t13).getByText('Catalogue Cdap, renommé')).toBeTruthy();
    // Many steps through real dialogs: a loaded machine needs more than the default 5 s.
  }, 20_000);

  it('sets the « compte inutilisé » threshold, refusing what is not 1 to 60 whole months in French', async () => {
    const { db } = await seededDatabase({ empty: true });
    const user = userEvent.setup();
    renderScreen(db, <SettingsPage />);
    const field = await screen.findByLabelText(/Compte inutilisé après/);
    await screen.findByDisplayValue('6');
    const save = screen.getByRole('button', { name: 'Enregistrer le seuil' });
    for (const [typed, message] of [
      ['0', 'Indiquez au moins 1 mois.'],
      ['61', 'Indiquez au plus 60 mois (5 ans).'],
      ['2,5', 'Indiquez un nombre entier de mois.'],
      ['six', 'Indiquez un nombre de mois (par exemple 6).'],
    ] as const) {
      await user.clear(field);
      await user.type(field, typed);
      await user.click(save);
      expect(await screen.findByText(message)).toBeTruthy();
      expect(await getUnusedMonths(db)).toBe(6);
    }
    await user.clear(field);
    await user.type(field, '12{Enter}');
    await screen.findByText(/Le seuil est enregistré/);
    expect(await getUnusedMonths(db)).toBe(12);
    await expect(setUnusedMonths(db, 0)).rejects.toThrow('Indiquez au moins 1 mois.');
    expect(await getUnusedMonths(db)).toBe(12);
  });

  it('shows the version and the data folder', async () => {
    const { db } = await seededDatabase({ empty: true });
    renderScreen(db, <SettingsPage />);
    expect(await screen.findByText('Base IndexedDB de ce navigateur')).toBeTruthy();
    expect(screen.getByText('Version')).toBeTruthy();
  });
});
