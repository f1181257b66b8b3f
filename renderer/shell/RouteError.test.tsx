import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, useLocation, useNavigate, useRoutes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ServicesProvider } from './services';
import { RouteErrorBoundary } from './RouteError';
import type { AppDatabase } from '../db/database';
import { createWebBridge } from '../platform/web-bridge';

function Boom(): never {
  throw new Error('écran cassé');
}

function Screens() {
  const location = useLocation();
  const element = useRoutes([
    { path: '/', element: <Link to="/casse">Casser</Link> },
    { path: '/casse', element: <Boom /> },
  ]);
  return <RouteErrorBoundary location={location}>{element}</RouteErrorBoundary>;
}

describe('RouteErrorBoundary', () => {
  it('shows the French error screen for a crashed screen, with the data rescue', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const saveAllData = vi.fn(async () => {});
    render(
      <ServicesProvider
        value={{ db: {} as AppDatabase, platform: createWebBridge(), appVersion: '0', saveAllData }}
      >
        <MemoryRouter initialEntries={['/casse']}>
          <Screens />
        </MemoryRouter>
      </ServicesProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Un problème est survenu' })).toBeTruthy();
    expect(screen.getByText(/écran cassé/)).toBeTruthy();
    await userEvent.click(
      screen.getByRole('button', { name: 'Enregistrer toutes les données (JSON)' }),
    );
    expect(saveAllData).toHaveBeenCalledOnce();
  });

  it('renders the screens again once the address changes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ServicesProvider
        value={{ db: {} as AppDatabase, platform: createWebBridge(), appVersion: '0' }}
      >
        <MemoryRouter initialEntries={['/', '/casse']} initialIndex={1}>
          <Screens />
          <BackButton />
        </MemoryRouter>
      </ServicesProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Un problème est survenu' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Retour' }));
    expect(screen.queryByRole('heading', { name: 'Un problème est survenu' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Casser' })).toBeTruthy();
  });
});

/** The browser's « back », outside the crashed screen. */
function BackButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      Retour
    </button>
  );
}
