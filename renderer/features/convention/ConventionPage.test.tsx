import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { addDays, formatDateFr } from '../../../shared/domain/dates';
import { ServicesProvider } from '../../shell/services';
import type { AppDatabase } from '../../db/database';
import { openDatabase } from '../../db/open-database';
import { addAgent } from '../../db/repositories/roster';
import { setUserName } from '../../db/repositories/settings';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { createWebBridge } from '../../platform/web-bridge';
import { ConventionPage } from './ConventionPage';
import { ConventionSwitcher } from '../../shell/ConventionSwitcher';

// jsdom has no CSS.escape, which react-aria's Modal uses.
const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
if (!css?.escape) {
  (globalThis as { CSS?: unknown }).CSS = {
    ...css,
    escape: (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`),
  };
}

async function freshDb() {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0' });
  await setUserName(db, 'Sandrine COFFI');
  return db;
}

function renderPage(db: AppDatabase) {
  return render(
    <ServicesProvider value={{ db, platform: createWebBridge(), appVersion: '0' }}>
      <MemoryRouter>
        <ConventionSwitcher />
        <ConventionPage />
      </MemoryRouter>
    </ServicesProvider>,
  );
}

async function createLieusaint(user: ReturnType<typeof userEvent.setup>) {
  const form = within(await screen.findByRole('region', { name: 'Créer la convention' }));
  await user.type(form.getByLabelText(/Nom du partenaire/), 'CCAS de Lieusaint');
  await user.type(form.getByLabelText(/SIRET/), '267 701 647 00013');
  await user.type(
    form.getByLabelText(/Nom de la Caf/),
    'Caisse d’Allocations familiales de Seine-et-Marne',
  );
  await user.type(form.getByLabelText(/Numéro de la convention/), '2023-267 701 647');
  await user.type(form.getByLabelText(/Date de signature/), '2024-01-08');
  await user.click(form.getByRole('button', { name: 'Enregistrer la convention' }));
  await screen.findByRole('region', { name: 'Partenaire' });
}

describe('ConventionPage', () => {
  it('explains the register and refuses a wrong SIRET and missing fields in French', async () => {
    const db = await freshDb();
    const user = userEvent.setup();
    renderPage(db);
    expect(
      await screen.findByRole('heading', { name: 'Aucune convention enregistrée' }),
    ).toBeTruthy();
    expect(screen.getByText('Aucune convention')).toBeTruthy();
    const form = within(screen.getByRole('region', { name: 'Créer la convention' }));
    await user.type(form.getByLabelText(/SIRET/), '26770164700014');
    await user.click(form.getByRole('button', { name: 'Enregistrer la convention' }));
    expect(await form.findByText(/Le SIRET 267 701 647 00014 est incorrect/)).toBeTruthy();
    expect(form.getByText(/Indiquez le nom du partenaire/)).toBeTruthy();
    expect(form.getByText('Indiquez la date de signature.')).toBeTruthy();
    expect(await db.conventions.count()).toBe(0);
  });

  // Many steps through real dialogs: 4.2-7.4 s on a loaded machine, with or without the stale-edit hook.
  it(
    'creates the convention, then edits the partner and the convention, journalised',
    { timeout: 20_000 },
    async () => {
      const db = await freshDb();
      const user = userEvent.setup();
      renderPage(db);
      await createLieusaint(user);
      const partner = screen.getByRole('region', { name: 'Partenaire' });
      expect(within(partner).getByText('267 701 647 00013')).toBeTruthy();
      expect(screen.getByText('Convention n° 2023-267 701 647')).toBeTruthy();
      const convention = screen.getByRole('region', { name: 'Convention' });
      expect(within(convention).getAllByText('08/01/2024')).toHaveLength(2); // signed and effective

      await user.click(within(partner).getByRole('button', { name: 'Modifier le partenaire' }));
      let dialog = within(await screen.findByRole('dialog', { name: 'Modifier le partenaire' }));
      await user.type(dialog.getByLabelText('Nom du représentant'), 'Michel BISSON');
      await user.type(dialog.getByLabelText('Téléphone du partenaire'), '0164135588');
      await user.click(dialog.getByRole('button', { name: 'Enregistrer le partenaire' }));
      await waitFor(() =>
        expect(
          within(screen.getByRole('region', { name: 'Partenaire' })).getByText('Michel BISSON'),
        ).toBeTruthy(),
      );
      expect(screen.getByText('01 64 13 55 88')).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Modifier la convention' }));
      dialog = within(await screen.findByRole('dialog', { name: 'Modifier la convention' }));
      await user.click(dialog.getByRole('button', { name: 'Ajouter une mission' }));
      await user.type(
        dialog.getByRole('textbox', { name: /^Mission 1/ }),
        'Instruction des dossiers FSL',
      );
      await user.type(
        dialog.getByLabelText('Organe délibérant'),
        'Conseil d’administration du CCAS',
      );
      await user.click(dialog.getByRole('button', { name: 'Enregistrer la convention' }));
      expect(await screen.findByText('Instruction des dossiers FSL')).toBeTruthy();
      expect(screen.getByText('Conseil d’administration du CCAS')).toBeTruthy();

      const actions = (await db.journal.toArray()).map((e) => `${e.action}:${e.entity}`);
      expect(actions).toEqual(
        expect.arrayContaining([
          'create:conventions',
          'update:organisations',
          'update:conventions',
        ]),
      );
    },
  );

  // Many steps through real dialogs: 4.2-7.4 s on a loaded machine, with or without the stale-edit hook.
  it(
    'records bilans, a late subcontractor with a warning, and a security session with its attendees',
    { timeout: 20_000 },
    async () => {
      const db = await freshDb();
      const user = userEvent.setup();
      renderPage(db);
      await createLieusaint(user);
      const conv = (await db.conventions.toArray())[0]!;
      await addAgent(
        db,
        { name: 'test', now: () => new Date() },
        {
          organisationId: conv.partnerId,
          lastName: 'BENALI',
          firstName: 'Karim',
          qualifiedSocialWorker: false,
        },
      );

      await user.click(screen.getByRole('button', { name: 'Ajouter un bilan annuel' }));
      let dialog = within(await screen.findByRole('dialog', { name: 'Ajouter un bilan annuel' }));
      await user.type(dialog.getByLabelText(/Date de la réunion/), '2025-01-20');
      await user.click(dialog.getByRole('button', { name: 'Enregistrer le bilan annuel' }));
      const bilans = await screen.findByRole('region', { name: 'Bilans annuels' });
      expect(
        await within(bilans).findByText(
          `Compte-rendu attendu avant le ${formatDateFr(addDays('2025-01-20', 30))}`,
          { exact: false },
        ),
      ).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Ajouter un prestataire' }));
      dialog = within(await screen.findByRole('dialog', { name: 'Ajouter un prestataire' }));
      await user.type(dialog.getByLabelText(/^Prestataire/), 'Logiciels Sociaux SA');
      await user.type(dialog.getByLabelText(/Annoncé à la Caf le/), '2025-01-15');
      await user.type(dialog.getByLabelText(/Début de la prestation/), '2025-03-01');
      expect(dialog.getByText(/ne peut commencer qu’à partir du 15\/07\/2025/)).toBeTruthy();
      await user.click(dialog.getByRole('button', { name: 'Enregistrer le prestataire' }));
      const providers = await screen.findByRole('region', {
        name: 'Prestataires (sous-traitance)',
      });
      expect(await within(providers).findByText('Non respecté')).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Ajouter une session d’information' }));
      dialog = within(
        await screen.findByRole('dialog', { name: 'Ajouter une session d’information' }),
      );
      await user.type(dialog.getByLabelText(/Date de la session/), '2025-02-03');
      await user.click(dialog.getByLabelText(/Karim BENALI/));
      await user.click(dialog.getByRole('button', { name: 'Enregistrer la session' }));
      const sessions = await screen.findByRole('region', {
        name: 'Sessions d’information sécurité',
      });
      expect(await within(sessions).findByText(/1 agent : Karim BENALI/)).toBeTruthy();

      await user.click(
        within(sessions).getByRole('button', {
          name: 'Supprimer la session d’information du 03/02/2025',
        }),
      );
      const confirm = within(await screen.findByRole('dialog', { name: /Supprimer/ }));
      await user.click(confirm.getByRole('button', { name: 'Supprimer' }));
      await waitFor(async () => expect(await db.securitySessions.count()).toBe(0));
    },
  );
});
