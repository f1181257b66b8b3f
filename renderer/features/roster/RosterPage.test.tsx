import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withLaidOutElements } from '../../../test/support/laid-out-elements';
import { firstAgentsByName } from '../../../shared/domain/roster-filter';
import type { AppDatabase } from '../../db/database';
import { addBulletin, setQuota } from '../../db/repositories/bulletins';
import { loadCurrentRegister } from '../../db/repositories/register-snapshot';
import { addAgent, grantHabilitation, revokeHabilitation } from '../../db/repositories/roster';
import { loadRosterPreview } from '../../db/repositories/roster-preview';
import { renderScreen, seededDatabase, testActor } from '../../../test/support/render-screen';
import { RegisterProvider } from '../../shell/register/RegisterProvider';
import { RegisterContext, RosterPreviewContext } from '../../shell/register/register-context';
import { todayIso } from '../../shell/register/use-register';
import { RosterPage } from './RosterPage';
import { QUOTAS_SHOWN_UP_TO } from './RosterQuotas';

/** A loaded machine renders the first screen slower than Testing Library's default second. */
const WAIT = { timeout: 5000 };

const NAMES: [string, string][] = [
  ['MARTIN', 'Zoé'],
  ['Étienne', 'Paul'],
  ['martin', 'Anaïs'],
  ['BENALI', 'Karim'],
  ['MARTIN', 'Zoe'],
  ['COFFI', 'Sandrine'],
  ['Œuvrard', 'Noël'],
];

/** Agents with ties and accents, habilitations on two bulletins (one revoked), one agent without. */
async function register(): Promise<{ db: AppDatabase }> {
  const { db, convention } = await seededDatabase();
  const bulletins = [];
  for (const [annexNumber, siteLabel] of [
    ['2.1', undefined],
    ['2.2', 'Site Sud'],
  ] as const) {
    const b = await addBulletin(db, testActor, {
      conventionId: convention!.id,
      serviceCode: 'CDAP',
      serviceLabel: 'Consultation du dossier allocataire par les partenaires',
      annexNumber,
      ...(siteLabel ? { siteLabel } : {}),
      date: '2024-01-08',
    });
    await setQuota(db, testActor, b.id, 'T13', 20);
    await setQuota(db, testActor, b.id, 'T2', 20);
    bulletins.push(b);
  }
  for (const [i, [lastName, firstName]] of NAMES.entries()) {
    const agent = await addAgent(db, testActor, {
      organisationId: convention!.partnerId,
      lastName,
      firstName,
      qualifiedSocialWorker: false,
    });
    if (i === NAMES.length - 1) continue;
    for (const [k, b] of bulletins.entries()) {
      const h = await grantHabilitation(
        db,
        testActor,
        {
          agentId: agent.id,
          bulletinId: b.id,
          profileCode: k ? 'T2' : 'T13',
          grantedOn: '2025-01-05',
        },
        todayIso(),
      );
      if (i === 2 && k === 1) await revokeHabilitation(db, testActor, h.id, '2025-06-01', 'Départ');
    }
  }
  return { db };
}

withLaidOutElements();

describe('roster preview (first rows of a large register)', () => {
  it('reads the first agents by name and their habilitations in the order of the whole register', async () => {
    const { db } = await register();
    const whole = (await loadCurrentRegister(db))!;
    for (const size of [1, 3, 5, 50]) {
      const preview = (await loadRosterPreview(db, size))!;
      expect(preview.agentTotal).toBe(NAMES.length);
      expect(preview.agents.map((a) => a.id)).toEqual(
        firstAgentsByName(whole.agents, size).map((a) => a.id),
      );
      const ids = new Set(preview.agents.map((a) => a.id));
      expect(preview.habilitations.map((h) => h.id)).toEqual(
        whole.habilitations.filter((h) => ids.has(h.agentId)).map((h) => h.id),
      );
      expect(preview.bulletins).toEqual(whole.bulletins);
      expect(preview.partner).toEqual(whole.partner);
    }
  });

  it('shows the first rows in name order, with search, filters and actions waiting for the register', async () => {
    const { db } = await register();
    const preview = (await loadRosterPreview(db, 3))!;
    renderScreen(
      db,
      <RegisterContext.Provider value={undefined}>
        <RosterPreviewContext.Provider value={{ kind: 'preview', preview }}>
          <RosterPage />
        </RosterPreviewContext.Provider>
      </RegisterContext.Provider>,
    );
    const table = await screen.findByRole('table', {}, WAIT);
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    // The three first by folded name: BENALI, COFFI, then Étienne (É folds to E, before MARTIN).
    expect(names).toEqual([
      'BENALI Karim',
      'BENALI Karim',
      'COFFI Sandrine',
      'COFFI Sandrine',
      'Étienne Paul',
      'Étienne Paul',
    ]);
    expect(screen.getByLabelText<HTMLInputElement>(/Rechercher/).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Tout' }).hasAttribute('disabled')).toBe(true);
    expect(within(table).queryByRole('button', { name: /Retirer/ })).toBeNull();
    expect(
      screen
        .getByText(/la recherche et les filtres arrivent avec le reste du registre/)
        .getAttribute('role'),
    ).toBe('status');
    expect(screen.getByText(/7 agents — lecture du registre en cours/)).toBeTruthy();
    // The structure checks axe can make without a layout engine (no colour contrast in jsdom).
    const { default: axe } = await import('axe-core');
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });

  it('opens on the first rows, then the whole roster replaces them in the same order', async () => {
    const { db } = await register();
    const user = userEvent.setup();
    renderScreen(
      db,
      <RegisterProvider rosterPreview>
        <RosterPage />
      </RegisterProvider>,
    );
    expect(await screen.findByText(/13 lignes/, {}, WAIT)).toBeTruthy();
    const table = screen.getByRole('table');
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getAllByRole('cell')[0]!.textContent).toBe('BENALI Karim');
    // Whole roster: the row has its actions (T13 or T2 first, as the bulletins' ids fall).
    expect(
      within(first).getByRole('button', { name: /^Retirer T(13|2) de BENALI Karim$/ }),
    ).toBeTruthy();
    await user.type(screen.getByLabelText(/Rechercher/), 'oeuvrard');
    expect(await screen.findByText(/1 ligne sur 13/, {}, WAIT)).toBeTruthy();
  });
});

describe('roster quotas', () => {
  it(`shows up to ${QUOTAS_SHOWN_UP_TO} gauges, and folds more behind a one-line summary`, async () => {
    const { db } = await register();
    renderScreen(
      db,
      <RegisterProvider>
        <RosterPage />
      </RegisterProvider>,
    );
    expect(await screen.findByRole('meter', { name: 'T13 · Cdap' }, WAIT)).toBeTruthy();
    expect(screen.queryByText(/quotas suivis/)).toBeNull();

    const whole = (await loadCurrentRegister(db))!;
    for (const code of ['T1', 'T4', 'T5', 'T6', 'T8'])
      await setQuota(db, testActor, whole.bulletins[0]!.id, code, 3);
    expect(
      await screen.findByText('9 quotas suivis · 0 atteint · 0 dépassé', {}, WAIT),
    ).toBeTruthy();
    // Folded: the gauges are there for whoever opens the summary.
    expect(screen.getByRole('meter', { name: 'T13 · Cdap', hidden: true })).toBeTruthy();
  });

  it('keeps quotas already over in sight when folded', async () => {
    const { db } = await register();
    const whole = (await loadCurrentRegister(db))!;
    const main = whole.bulletins.find((b) => !b.siteLabel)!;
    for (const code of ['T1', 'T4', 'T5', 'T6', 'T8', 'T9'])
      await setQuota(db, testActor, main.id, code, 3);
    await setQuota(db, testActor, main.id, 'T13', 2);
    renderScreen(
      db,
      <RegisterProvider>
        <RosterPage />
      </RegisterProvider>,
    );
    expect(
      await screen.findByText('10 quotas suivis · 0 atteint · 1 dépassé', {}, WAIT),
    ).toBeTruthy();
    const over = screen.getByLabelText('Quotas dépassés');
    expect(
      within(over).getByRole('meter', { name: 'T13 · Cdap' }).getAttribute('aria-valuetext'),
    ).toMatch(/6 sur 2/);
  });
});

describe('roster filter « Écarts avec le portail »', () => {
  it('shows only the agents concerned by an open difference with the portal', async () => {
    const { db } = await register();
    const whole = (await loadCurrentRegister(db))!;
    const id = (lastName: string) => whole.agents.find((a) => a.lastName === lastName)!.id;
    const base = {
      conventionId: whole.convention.id,
      severity: 'alerte' as const,
      article: 'conv. art. 9.2',
      actions: ['explain' as const],
      firstImportId: 'imp',
      lastImportId: 'imp',
    };
    await db.portalDifferences.bulkPut([
      {
        ...base,
        id: 'd1',
        key: 'departed-active|x',
        kind: 'departed-active',
        message: 'BENALI parti, compte actif',
        status: 'open',
        agentId: id('BENALI'),
      },
      {
        ...base,
        id: 'd2',
        key: 'unused-account|y',
        kind: 'unused-account',
        message: 'COFFI inutilisé',
        status: 'explained',
        agentId: id('COFFI'),
      },
      {
        ...base,
        id: 'd3',
        key: 'unknown-account|z',
        kind: 'unknown-account',
        message: 'Compte inconnu',
        status: 'open',
      },
    ]);
    const user = userEvent.setup();
    renderScreen(
      db,
      <RegisterProvider>
        <RosterPage />
      </RegisterProvider>,
    );
    expect(await screen.findByText(/13 lignes/, {}, WAIT)).toBeTruthy();
    await user.click(await screen.findByLabelText('Écarts avec le portail (1)', {}, WAIT));
    expect(await screen.findByText(/2 lignes sur 13/, {}, WAIT)).toBeTruthy();
    const names = new Set(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]!.textContent),
    );
    expect([...names]).toEqual(['BENALI Karim']);
    expect(screen.getByText(/1 agent concerné par un écart avec la liste du portail/)).toBeTruthy();
    // Explaining the difference takes the agent off the filter.
    await db.portalDifferences.update('d1', { status: 'explained' });
    expect(
      await screen.findByText(/Aucun agent n’a d’écart avec la liste du portail/, {}, WAIT),
    ).toBeTruthy();
    expect(screen.getByText(/0 ligne sur 13/)).toBeTruthy();
  });
});
