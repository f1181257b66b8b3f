import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetUiStore, useUiStore } from '../store/ui-store';
import { Notices } from './Notices';

afterEach(() => resetUiStore());

describe('Notices: a file just saved', () => {
  it('offers « Ouvrir » and « Afficher dans le dossier » in the desktop app', async () => {
    const revealFile = vi.fn(async () => ({ done: true }));
    useUiStore.getState().notify('ok', 'Rapport enregistré.', { file: '/home/a/Revue.pdf' });
    render(<Notices revealFile={revealFile} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ouvrir' }));
    fireEvent.click(screen.getByRole('button', { name: 'Afficher dans le dossier' }));
    await waitFor(() => expect(revealFile).toHaveBeenCalledTimes(2));
    expect(revealFile).toHaveBeenNthCalledWith(1, '/home/a/Revue.pdf', 'open');
    expect(revealFile).toHaveBeenNthCalledWith(2, '/home/a/Revue.pdf', 'show');
  });

  it('says why when the system cannot open it', async () => {
    const revealFile = vi.fn(async () => ({
      done: false,
      reason: 'Le fichier n’a pas pu être ouvert : il a peut-être été déplacé.',
    }));
    useUiStore.getState().notify('ok', 'Annexe exportée.', { file: '/home/a/Annexe.docx' });
    render(<Notices revealFile={revealFile} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ouvrir' }));
    await waitFor(() => expect(screen.getByText(/peut-être été déplacé/)).toBeTruthy());
  });

  it('offers nothing where the platform cannot open files (web version)', async () => {
    useUiStore.getState().notify('ok', 'Rapport enregistré.', { file: 'Revue.pdf' });
    render(<Notices />);
    // The buttons have loaded (« × » is there), and « Ouvrir » is not among them.
    expect(await screen.findByRole('button', { name: 'Fermer la notification' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ouvrir' })).toBeNull();
    expect(screen.getByText('Rapport enregistré.')).toBeTruthy();
  });
});
