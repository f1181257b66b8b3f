import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addBulletin, setQuota } from '../../db/repositories/bulletins';
import { addAgent, grantHabilitation } from '../../db/repositories/roster';
import { renderScreen, seededDatabase, testActor } from '../../../test/support/render-screen';
import { todayIso } from '../../shell/register/use-register';
import { ServicesPage } from './ServicesPage';

async function withCdap() {
  const { db, convention } = await seededDatabase();
  const bulletin = await addBulletin(db, testActor, {
    conventionId: convention!.id,
    serviceCode: 'CDAP',
    serviceLabel: 'Consultation du dossier allocataire par les partenaires',
    annexNumber: '2.1',
    date: '2024-01-08',
  });
  return { db, convention: convention!, bulletin };
}

describe('ServicesPage', () => {
  it('offers to add the first bulletin, CDAP by default', async () => {
    const { db } = await seededDatabase();
    const user = userEvent.setup();
    renderScreen(db, <ServicesPage />);
    await user.click(await screen.findByRole('button', { name: 'Ajouter le premier bulletin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter un bulletin d’adhésion' });
    expect(within(dialog).getByLabelText<HTMLInputElement>(/Numéro d’annexe/).value).toBe('2.1');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter le bulletin' }));
    expect(await screen.findByRole('heading', { name: 'Bulletin Cdap (annexe 2.1)' })).toBeTruthy();
    expect(
      screen.getByText('CDAP – Consultation du dossier allocataire par les partenaires'),
    ).toBeTruthy();
  });

  it('setting T13 = 4 shows the gauge in words', async () => {
    const { db, convention, bulletin } = await withCdap();
    await setQuota(db, testActor, bulletin.id, 'T13', 5);
    for (const lastName of ['COFFI', 'BENALI', 'MARCHAND', 'ROUSSEL']) {
      const agent = await addAgent(db, testActor, {
        organisationId: convention.partnerId,
        lastName,
        qualifiedSocialWorker: false,
      });
      await grantHabilitation(
        db,
        testActor,
        { agentId: agent.id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: '2026-01-05' },
        todayIso(),
      );
    }
    const user = userEvent.setup();
    renderScreen(db, <ServicesPage />);
    const input = await screen.findByLabelText('Nombre maximal pour le profil T13');
    expect(await screen.findByText('4 sur 5 — 1 place restante')).toBeTruthy();
    // Only the planned profiles are shown when the bulletin has quotas.
    expect(screen.queryByLabelText('Nombre maximal pour le profil T1')).toBeNull();
    await user.clear(input);
    await user.type(input, '4{Enter}');
    expect(await screen.findByText('4 sur 4 — quota atteint')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Profil T13' }).getAttribute('aria-valuetext')).toBe(
      '4 sur 4 — quota atteint',
    );
    expect((await db.quotas.toArray()).map((q) => [q.profileCode, q.max])).toEqual([['T13', 4]]);
  });

  it('sets a quota from the whole catalogue, refuses a non-number and clears with an empty cell', async () => {
    const { db } = await withCdap();
    const user = userEvent.setup();
    renderScreen(db, <ServicesPage />);
    const toggle = await screen.findByLabelText('Afficher seulement les profils prévus');
    expect((toggle as HTMLInputElement).checked).toBe(false);
    const t13 = screen.getByLabelText('Nombre maximal pour le profil T13');
    await user.type(t13, 'quatre');
    await user.tab();
    expect(await screen.findByText(/Indiquez un nombre entier/)).toBeTruthy();
    await user.clear(t13);
    await user.type(t13, '4');
    await user.tab();
    expect(await screen.findByText('0 sur 4 — 4 places restantes')).toBeTruthy();
    await user.clear(t13);
    await user.tab();
    expect(await screen.findAllByText('Pas de quota : ne peut pas être accordé')).not.toHaveLength(
      0,
    );
    expect(await db.quotas.count()).toBe(0);
  });

  it('adds a quota for a profile the catalogue lacks', async () => {
    const { db } = await withCdap();
    const user = userEvent.setup();
    renderScreen(db, <ServicesPage />);
    await user.click(
      await screen.findByRole('button', {
        name: 'Ajouter un quota pour un profil absent du catalogue',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Code du profil/), 't13');
    await user.type(within(dialog).getByLabelText(/Libellé du profil/), 'Profil local');
    await user.type(within(dialog).getByLabelText(/Nombre maximal d’habilitations/), '2');
    await user.click(
      within(dialog).getByRole('button', { name: 'Ajouter le profil et son quota' }),
    );
    expect(within(dialog).getByText(/déjà dans le catalogue/)).toBeTruthy();
    const code = within(dialog).getByLabelText(/Code du profil/);
    await user.clear(code);
    await user.type(code, 'x7{Enter}');
    expect(await screen.findByText('0 sur 2 — 2 places restantes')).toBeTruthy();
    expect(screen.getByText('Profil local')).toBeTruthy();
    expect(await db.profiles.get('X7')).toMatchObject({ custom: true });
  });

  it('asks before deleting a bulletin and refuses when it carries habilitations', async () => {
    const { db, convention, bulletin } = await withCdap();
    await setQuota(db, testActor, bulletin.id, 'T13', 4);
    const agent = await addAgent(db, testActor, {
      organisationId: convention.partnerId,
      lastName: 'BENALI',
      qualifiedSocialWorker: false,
    });
    await grantHabilitation(
      db,
      testActor,
      { agentId: agent.id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: '2026-01-05' },
      todayIso(),
    );
    const user = userEvent.setup();
    renderScreen(db, <ServicesPage />);
    await user.click(
      await screen.findByRole('button', { name: 'Supprimer le bulletin Cdap (annexe 2.1)' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Supprimer le bulletin Cdap (annexe 2.1) ?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer le bulletin' }));
    expect((await screen.findAllByText(/Ce bulletin porte 1 habilitation/)).length).toBeGreaterThan(
      0,
    );
    expect(await db.bulletins.count()).toBe(1);
  });
});
