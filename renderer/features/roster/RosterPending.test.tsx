import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withLaidOutElements } from '../../../test/support/laid-out-elements';
import { addBulletin, setQuota } from '../../db/repositories/bulletins';
import { addAgent, saveAgent } from '../../db/repositories/roster';
import { renderScreen, seededDatabase, testActor } from '../../../test/support/render-screen';
import { RegisterProvider } from '../../shell/register/RegisterProvider';
import { todayIso } from '../../shell/register/use-register';
import { RosterPage } from './RosterPage';

const WAIT = { timeout: 5000 };

async function register() {
  const { db, convention } = await seededDatabase();
  const b = await addBulletin(db, testActor, {
    conventionId: convention!.id,
    serviceCode: 'CDAP',
    annexNumber: '2',
    date: '2024-01-08',
  });
  await setQuota(db, testActor, b.id, 'T13', 1);
  const karim = await addAgent(db, testActor, {
    organisationId: convention!.partnerId,
    lastName: 'BENALI',
    firstName: 'Karim',
    email: 'k.benali@ville-lieusaint.fr',
    function: 'Instructeur FSL',
    qualifiedSocialWorker: false,
  });
  return { db, bulletin: b, karim };
}

withLaidOutElements();

describe('agent dialog: the duplicate rule', () => {
  it('names the existing agent and saves only after an explicit « Créer quand même »', async () => {
    const { db } = await register();
    const user = userEvent.setup();
    renderScreen(
      db,
      <RegisterProvider>
        <RosterPage />
      </RegisterProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Ajouter un agent' }, WAIT));
    const dialog = screen.getByRole('dialog', { name: 'Ajouter un agent' });
    await user.type(within(dialog).getByLabelText(/NOM/), 'Bénali');
    await user.type(within(dialog).getByLabelText('Prénom'), 'karim');
    const warning = within(dialog).getByRole('alert', { name: 'Doublon possible' });
    expect(warning.textContent).toContain('Karim BENALI');
    expect(warning.textContent).toContain('(Instructeur FSL) — même nom et prénom');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter l’agent' }));
    expect(await db.agents.count()).toBe(1);
    expect(screen.getByRole('dialog', { name: 'Ajouter un agent' })).toBeTruthy();
    await user.click(within(warning).getByRole('button', { name: 'Créer quand même' }));
    await waitFor(async () => expect(await db.agents.count()).toBe(2), WAIT);
  }, 30_000);

  it('a same e-mail under another name is a duplicate too; « Ouvrir la fiche » edits the existing agent', async () => {
    const { db } = await register();
    const user = userEvent.setup();
    renderScreen(
      db,
      <RegisterProvider>
        <RosterPage />
      </RegisterProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Ajouter un agent' }, WAIT));
    const dialog = screen.getByRole('dialog', { name: 'Ajouter un agent' });
    await user.type(within(dialog).getByLabelText(/NOM/), 'ZAOUI');
    await user.type(within(dialog).getByLabelText(/Adresse mél/), 'K.Benali@ville-lieusaint.fr');
    const warning = within(dialog).getByRole('alert', { name: 'Doublon possible' });
    expect(warning.textContent).toContain('même adresse mél');
    await user.click(
      within(warning).getByRole('button', { name: 'Ouvrir la fiche de Karim BENALI' }),
    );
    expect(await screen.findByRole('dialog', { name: 'Modifier l’agent BENALI' })).toBeTruthy();
    expect(await db.agents.count()).toBe(1);
  }, 30_000);
});

describe('habilitations à régulariser in the roster', () => {
  it('are listed under « À régulariser », granted once the quota allows it (the request goes in the same write), or dismissed', async () => {
    const { db, bulletin, karim } = await register();
    const lea = await addAgent(db, testActor, {
      organisationId: karim.organisationId,
      lastName: 'BERNARD',
      firstName: 'Léa',
      qualifiedSocialWorker: false,
    });
    const reason = 'Quota atteint pour le profil T13 (1 sur 1, bulletin Cdap).';
    const request = (id: string, profileCode: string) => ({
      id,
      bulletinId: bulletin.id,
      profileCode,
      requestedOn: todayIso(),
      reason,
      code: 'quota-full',
    });
    await saveAgent(db, testActor, { ...karim, pendingHabilitations: [request('p1', 'T13')] });
    await saveAgent(db, testActor, { ...lea, pendingHabilitations: [request('p2', 'T5')] });
    const user = userEvent.setup();
    renderScreen(
      db,
      <RegisterProvider>
        <RosterPage />
      </RegisterProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'À régulariser' }, WAIT));
    expect(
      await screen.findAllByRole('button', { name: /^Accorder .* \(à régulariser\)$/ }, WAIT),
    ).toHaveLength(2);

    await user.click(
      screen.getByRole('button', { name: 'Accorder T13 à BENALI Karim (à régulariser)' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Accorder une habilitation' });
    expect(
      within(dialog).getByText(/Habilitation à régulariser, refusée quand elle a été demandée/),
    ).toBeTruthy();
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: /Profil/ }).value).toBe(
      'T13',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Accorder l’habilitation' }));
    await waitFor(
      async () => expect((await db.agents.get(karim.id))?.pendingHabilitations).toBeUndefined(),
      WAIT,
    );
    expect(await db.habilitations.where('agentId').equals(karim.id).count()).toBe(1);

    // T5 is not in the bulletin: the dialog refuses it; the request is dropped instead.
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Abandonner T5 à régulariser de BERNARD Léa' },
        WAIT,
      ),
    );
    await user.click(
      within(screen.getByRole('dialog', { name: 'Abandonner la demande ?' })).getByRole('button', {
        name: 'Abandonner la demande',
      }),
    );
    await waitFor(
      async () => expect((await db.agents.get(lea.id))?.pendingHabilitations).toBeUndefined(),
      WAIT,
    );
    const journal = await db.journal.toArray();
    expect(journal.some((e) => e.summary === 'T5 à régulariser abandonné pour Léa BERNARD')).toBe(
      true,
    );
  }, 30_000);
});
