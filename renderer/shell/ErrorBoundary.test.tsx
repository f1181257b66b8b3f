import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Boom(): never {
  throw new Error('rupture simulée');
}

describe('ErrorBoundary', () => {
  it('shows a French message and saves all the data on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const save = vi.fn(async () => {});
    render(
      <ErrorBoundary onSaveData={save}>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Un problème est survenu' })).toBeTruthy();
    expect(screen.getByText(/rupture simulée/)).toBeTruthy();
    await userEvent.click(
      screen.getByRole('button', { name: 'Enregistrer toutes les données (JSON)' }),
    );
    expect(save).toHaveBeenCalledOnce();
    expect(await screen.findByText(/ont été enregistrées/)).toBeTruthy();
  });

  it('renders its children when nothing breaks', () => {
    render(
      <ErrorBoundary>
        <p>Tout va bien</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Tout va bien')).toBeTruthy();
  });
});
