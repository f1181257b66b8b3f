import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderScreen, seededDatabase } from '../../../../test/support/render-screen';
import { DocumentsPage } from '../DocumentsPage';

const draftKey = (conventionId: string) => `brouillon:changement-administrateur:${conventionId}`;

async function openWizard(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('tab', { name: 'Changement d’administrateur' }));
  return screen.findByLabelText(/^NOM/);
}

describe('AdminChangeWizard', () => {
  it('keeps a started form as a draft, offers it back, and forgets it when abandoned', async () => {
    const { db, convention } = await seededDatabase();
    const user = userEvent.setup();
    const first = renderScreen(db, <DocumentsPage />);
    await user.type(await openWizard(user), 'MARTIN');
    await waitFor(
      async () => expect(await db.settings.get(draftKey(convention!.id))).toBeTruthy(),
      { timeout: 3000 },
    );
    first.unmount();

    const second = renderScreen(db, <DocumentsPage />);
    await openWizard(user);
    expect((await screen.findByText(/n’a pas été exporté/)).textContent).toMatch(
      /pour MARTIN \(\s*Administrateur/,
    );
    await user.click(screen.getByRole('button', { name: 'Reprendre le formulaire' }));
    expect(screen.queryByText(/n’a pas été exporté/)).toBeNull();
    expect((await screen.findByLabelText<HTMLInputElement>(/^NOM/)).value).toBe('MARTIN');
    second.unmount();

    renderScreen(db, <DocumentsPage />);
    await openWizard(user);
    await screen.findByText(/n’a pas été exporté/);
    await user.click(screen.getByRole('button', { name: 'Abandonner ce brouillon' }));
    await waitFor(() => expect(screen.queryByText(/n’a pas été exporté/)).toBeNull());
    expect(await db.settings.get(draftKey(convention!.id))).toBeUndefined();
    expect(screen.getByLabelText<HTMLInputElement>(/^NOM/).value).toBe('');
  }, 20_000);
});
