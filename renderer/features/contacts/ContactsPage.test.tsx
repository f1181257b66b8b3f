import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, formatDateFr } from '../../../shared/domain/dates';
import { addContact } from '../../db/repositories/contacts';
import { todayIso } from '../../shell/register/use-register';
import { ContactsPage } from './ContactsPage';
import { renderScreen, seededDatabase, testActor } from '../../../test/support/render-screen';

describe('ContactsPage', () => {
  it('explains that a convention is needed first', async () => {
    const { db } = await seededDatabase({ empty: true });
    renderScreen(db, <ContactsPage />);
    expect(await screen.findByRole('heading', { name: 'Aucune convention' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Créer la convention' }).getAttribute('href')).toBe(
      '/convention',
    );
  });

  it('lists every role of both sides, and alerts when the partner has no Administrateur suppléant', async () => {
    const { db, convention } = await seededDatabase();
    await addContact(db, testActor, {
      conventionId: convention!.id,
      side: 'partner',
      role: 'administrateur',
      name: 'Véronique DJIRE',
      phones: ['0164135588'],
      validFrom: '2024-01-08',
    });
    renderScreen(db, <ContactsPage />);
    const partner = await screen.findByRole('region', { name: 'Côté partenaire' });
    expect(within(partner).getByText('01 64 13 55 88')).toBeTruthy();
    expect(within(partner).getByText('depuis le 08/01/2024')).toBeTruthy();
    expect(within(partner).getAllByText('Non renseigné')).toHaveLength(3);
    const caf = screen.getByRole('region', { name: 'Côté Caf' });
    expect(within(caf).getAllByText('Non renseigné')).toHaveLength(6);
    expect(
      screen.getByText(/Aucun Administrateur suppléant n’est désigné côté partenaire/),
    ).toBeTruthy();
    expect(screen.getAllByText('Alerte').length).toBeGreaterThan(0);
  });

  it('replacing the Administrateur keeps the old one in the history with its end date', async () => {
    const { db, convention } = await seededDatabase();
    await addContact(db, testActor, {
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
      await screen.findByRole('button', { name: 'Remplacer Véronique DJIRE (Administrateur)' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Remplacer Véronique DJIRE/ });
    await user.type(within(dialog).getByLabelText('Nom'), 'Karim BENALI');
    await user.type(within(dialog).getByLabelText('Adresse mél'), 'k.benali@ville-lieusaint.fr');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le remplacement' }));

    const history = await screen.findByRole('region', { name: 'Historique' });
    const yesterday = formatDateFr(addDays(todayIso(), -1));
    const row = (await within(history).findByText('Véronique DJIRE')).closest('tr')!;
    expect(within(row).getByText(`du 08/01/2024 au ${yesterday}`)).toBeTruthy();
    const partner = screen.getByRole('region', { name: 'Côté partenaire' });
    expect(within(partner).getByText('Karim BENALI')).toBeTruthy();
    expect(within(partner).queryByText('Véronique DJIRE')).toBeNull();
    expect(await db.contacts.count()).toBe(2);
  });

  it('offers to record the second of two Administrateurs as suppléant', async () => {
    const { db, convention } = await seededDatabase();
    for (const name of ['Véronique DJIRE', 'Sandrine COFFI']) {
      await addContact(db, testActor, {
        conventionId: convention!.id,
        side: 'partner',
        role: 'administrateur',
        name,
        phones: [],
        validFrom: name === 'Véronique DJIRE' ? '2024-01-08' : '2024-01-09',
      });
    }
    const user = userEvent.setup();
    renderScreen(db, <ContactsPage />);
    expect(await screen.findByText(/L’annexe désigne deux Administrateurs/)).toBeTruthy();
    await user.click(
      screen.getByRole('button', {
        name: 'Enregistrer Sandrine COFFI comme Administrateur suppléant',
      }),
    );
    await screen.findByRole('button', {
      name: 'Modifier Sandrine COFFI (Administrateur suppléant)',
    });
    expect(screen.queryByText(/Aucun Administrateur suppléant/)).toBeNull();
  });

  it('adds a contact with an inline error when neither name nor e-mail is given', async () => {
    const { db } = await seededDatabase();
    const user = userEvent.setup();
    renderScreen(db, <ContactsPage />);
    await user.click(
      await screen.findByRole('button', {
        name: 'Ajouter : Responsable Sécurité (côté partenaire)',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’interlocuteur' }));
    expect(within(dialog).getByText(/Indiquez le nom de l’interlocuteur/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Nom'), 'Renald THOMAS{Enter}');
    const partner = await screen.findByRole('region', { name: 'Côté partenaire' });
    expect(await within(partner).findByText('Renald THOMAS')).toBeTruthy();
  });
});
