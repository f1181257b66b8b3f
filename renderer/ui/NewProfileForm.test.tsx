import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewProfileForm } from './NewProfileForm';

const existing = [{ code: 'T13' }];

describe('NewProfileForm', () => {
  it('with a quota: refuses in French what the domain refuses, focuses the first invalid field, saves nothing', async () => {
    const onSubmit = vi.fn(async () => true);
    const user = userEvent.setup();
    render(
      <NewProfileForm
        withQuota
        existing={existing}
        serverErrors={[]}
        busy={false}
        onCancel={() => undefined}
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Ajouter le profil et son quota' }));
    expect(await screen.findByText(/Indiquez le code du profil/)).toBeTruthy();
    expect(screen.getByText('Indiquez le libellé du profil.')).toBeTruthy();
    expect(screen.getByText('Indiquez le nombre maximal d’habilitations.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/Code du profil/));
    await user.type(screen.getByLabelText(/Code du profil/), ' t 13 ');
    await user.type(screen.getByLabelText(/Nombre maximal d’habilitations/), 'deux');
    await user.click(screen.getByRole('button', { name: 'Ajouter le profil et son quota' }));
    expect(await screen.findByText('Le profil T13 est déjà dans le catalogue.')).toBeTruthy();
    expect(screen.getByText(/Indiquez un nombre entier/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('with a quota: gives the normalised code, the description and the quota as a number', async () => {
    const onSubmit = vi.fn(async () => true);
    const user = userEvent.setup();
    render(
      <NewProfileForm
        withQuota
        existing={existing}
        serverErrors={[]}
        busy={false}
        onCancel={() => undefined}
        onSubmit={onSubmit}
      />,
    );
    await user.type(screen.getByLabelText(/Code du profil/), 'x 7');
    await user.type(screen.getByLabelText(/Libellé du profil/), 'Profil local');
    await user.type(screen.getByLabelText(/Pour qui/), 'Les agents d’accueil');
    await user.type(screen.getByLabelText(/Nombre maximal d’habilitations/), '2');
    await user.click(screen.getByLabelText('Réservé aux travailleurs sociaux diplômés'));
    await user.click(screen.getByRole('button', { name: 'Ajouter le profil et son quota' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      {
        code: 'X7',
        label: 'Profil local',
        description: 'Les agents d’accueil',
        requiresQualifiedSocialWorker: true,
      },
      2,
    );
  });

  it('without a quota: no quota field, and an empty one is not asked for', async () => {
    const onSubmit = vi.fn(async () => true);
    const user = userEvent.setup();
    render(
      <NewProfileForm
        existing={existing}
        serverErrors={['Refusé par le registre.']}
        busy={false}
        onCancel={() => undefined}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.queryByLabelText(/Nombre maximal/)).toBeNull();
    expect(screen.getByText('Refusé par le registre.')).toBeTruthy();
    await user.type(screen.getByLabelText(/Code du profil/), 'T99');
    await user.type(screen.getByLabelText(/Libellé du profil/), 'Local{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      code: 'T99',
      label: 'Local',
      description: '',
      requiresQualifiedSocialWorker: false,
    });
  });
});
