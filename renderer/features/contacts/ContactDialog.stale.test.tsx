import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rowVersion } from '../../../shared/domain/edit-version';
import { addContact, saveContact } from '../../db/repositories/contacts';
import { renderScreen, seededDatabase, testActor } from '../../../test/support/render-screen';
import { ContactsPage } from './ContactsPage';

describe('the contact dialog through the hook (live database)', () => {
  it('says when another window saved the contact, refuses the stale save, then saves once reloaded', async () => {
    const { db, convention } = await seededDatabase();
    const contact = await addContact(db, testActor, {
      conventionId: convention!.id,
      side: 'partner',
      role: 'administrateur',
      name: 'Véronique DJIRE',
      phones: [],
      validFrom: '2024-01-08',
    });
    const user = userEvent.setup();
    renderScreen(db, <ContactsPage />);
    await user.click(
      await screen.findByRole('button', { name: 'Modifier Véronique DJIRE (Administrateur)' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Modifier Véronique DJIRE' });
    expect(within(dialog).queryByRole('alert')).toBeNull();

    // Another window saves the same contact.
    await saveContact(
      db,
      testActor,
      { ...contact, function: 'Directrice' },
      { version: rowVersion(contact) },
    );
    expect(
      await within(dialog).findByText('Modifié dans une autre fenêtre — rechargez.'),
    ).toBeTruthy();

    await user.click(within(dialog).getByLabelText('Adresse mél'));
    await user.paste('v.djire@ville-lieusaint.fr');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await within(dialog).findByText(/Rien n’a été enregistré/)).toBeTruthy();
    expect(await db.contacts.get(contact.id)).toMatchObject({ function: 'Directrice' });
    expect((await db.contacts.get(contact.id))?.email).toBeUndefined();

    await user.click(
      within(dialog).getByRole('button', { name: 'Recharger avec les valeurs de l’autre fenêtre' }),
    );
    expect(within(dialog).getByLabelText<HTMLInputElement>('Fonction').value).toBe('Directrice');
    await user.click(within(dialog).getByLabelText('Adresse mél'));
    await user.paste('v.djire@ville-lieusaint.fr');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));
    await vi.waitFor(async () =>
      expect(await db.contacts.get(contact.id)).toMatchObject({
        function: 'Directrice',
        email: 'v.djire@ville-lieusaint.fr',
      }),
    );
  }, 20_000);
});
