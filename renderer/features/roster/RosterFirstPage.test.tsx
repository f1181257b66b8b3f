import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { withLaidOutElements } from '../../../test/support/laid-out-elements';
import {
  buildRosterIndex,
  buildRosterRows,
  filterRoster,
} from '../../../shared/domain/roster-filter';
import { FIRST_PAGE_ROWS } from '../../../shared/domain/roster-first-page';
import type { AppDatabase } from '../../db/database';
import { buildExport } from '../../db/export-import/export';
import { parseExportFile, replaceAllData } from '../../db/export-import/import';
import { wipeAllData } from '../../db/export-import/wipe';
import { addBulletin, setQuota } from '../../db/repositories/bulletins';
import { loadCurrentRegister } from '../../db/repositories/register-snapshot';
import { addAgent, grantHabilitation } from '../../db/repositories/roster';
import { saveRosterFirstPage } from '../../db/repositories/roster-first-page';
import { isFirstPageCurrent, readStoredFirstPage } from '../../db/roster-first-page-store';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema/history';
import { RosterPage } from './RosterPage';
import { renderScreen, seededDatabase, testActor } from '../../../test/support/render-screen';
import { setStartFirstPage } from '../../shell/first-screen/start-page';
import { RegisterProvider } from '../../shell/register/RegisterProvider';
import { todayIso } from '../../shell/register/use-register';

const WAIT = { timeout: 8000 };

async function office(): Promise<{ db: AppDatabase; partnerId: string }> {
  const { db, convention } = await seededDatabase();
  const b = await addBulletin(db, testActor, {
    conventionId: convention!.id,
    serviceCode: 'CDAP',
    serviceLabel: 'Consultation du dossier allocataire par les partenaires',
    annexNumber: '2.1',
    date: '2024-01-08',
  });
  await setQuota(db, testActor, b.id, 'T13', 5);
  for (const [lastName, firstName] of [
    ['MARTIN', 'Zoé'],
    ['Étienne', 'Paul'],
    ['BENALI', 'Karim'],
    ['COFFI', 'Sandrine'],
  ]) {
    const a = await addAgent(db, testActor, {
      organisationId: convention!.partnerId,
      lastName: lastName!,
      firstName,
      qualifiedSocialWorker: false,
    });
    if (lastName !== 'COFFI')
      await grantHabilitation(
        db,
        testActor,
        { agentId: a.id, bulletinId: b.id, profileCode: 'T13', grantedOn: '2025-01-05' },
        todayIso(),
      );
  }
  return { db, partnerId: convention!.partnerId };
}

const stored = (db: AppDatabase) =>
  readStoredFirstPage(db.name, todayIso(), CURRENT_SCHEMA_VERSION);

/** The whole roster's first rows, as the roster screen opens. */
async function firstRows(db: AppDatabase) {
  const whole = (await loadCurrentRegister(db))!;
  return filterRoster(buildRosterIndex(buildRosterRows({ ...whole, today: todayIso() })), {
    sort: { key: 'name', direction: 'asc' },
  }).slice(0, FIRST_PAGE_ROWS);
}

async function expectProjectionIsFirstRows(db: AppDatabase) {
  const expected = await firstRows(db);
  await waitFor(() => expect(stored(db)?.rows).toEqual(expected), WAIT);
}

withLaidOutElements();
afterEach(() => {
  setStartFirstPage(null);
  localStorage.clear();
});

describe('the roster first page kept for start-up', () => {
  it('is the whole roster’s first rows after each write, a restore and a wipe', async () => {
    const { db, partnerId } = await office();
    renderScreen(
      db,
      <RegisterProvider>
        <p>écran</p>
      </RegisterProvider>,
    );
    await expectProjectionIsFirstRows(db);
    expect(stored(db)!.rows.map((r) => r.lastName)).toEqual([
      'BENALI',
      'COFFI',
      'Étienne',
      'MARTIN',
    ]);

    const backup = await buildExport(db, { appVersion: '0' });
    await addAgent(db, testActor, {
      organisationId: partnerId,
      lastName: 'AARON',
      firstName: 'Abel',
      qualifiedSocialWorker: false,
    });
    // Dropped as soon as the register changed, then written again from the new register.
    expect(stored(db)).toBeNull();
    await expectProjectionIsFirstRows(db);
    expect(stored(db)!.rows[0]!.lastName).toBe('AARON');

    await replaceAllData(db, await parseExportFile(backup.bytes));
    await expectProjectionIsFirstRows(db);
    expect(stored(db)!.rows[0]!.lastName).toBe('BENALI');

    await wipeAllData(db, testActor);
    await waitFor(() => expect(stored(db)).toBeNull(), WAIT);
    expect(localStorage.length).toBe(0);
  }, 30_000);

  it('is not kept from a register read before a change', async () => {
    const { db, partnerId } = await office();
    const before = await loadCurrentRegister(db);
    await addAgent(db, testActor, {
      organisationId: partnerId,
      lastName: 'AARON',
      qualifiedSocialWorker: false,
    });
    expect(await saveRosterFirstPage(db, before, todayIso())).toBe(false);
    expect(stored(db)).toBeNull();
    expect(await saveRosterFirstPage(db, await loadCurrentRegister(db), todayIso())).toBe(true);
    expect(stored(db)!.rows[0]!.lastName).toBe('AARON');
    // Another day, another schema: not shown.
    expect(readStoredFirstPage(db.name, '2099-01-01', CURRENT_SCHEMA_VERSION)).toBeNull();
    expect(readStoredFirstPage(db.name, todayIso(), CURRENT_SCHEMA_VERSION + 1)).toBeNull();
  });

  it('a current one is the first screen; a stale one is replaced, never the final state', async () => {
    const { db, partnerId } = await office();
    expect(await saveRosterFirstPage(db, await loadCurrentRegister(db), todayIso())).toBe(true);
    const kept = stored(db)!;
    expect(await isFirstPageCurrent(db, kept)).toBe(true);

    // Current: shown at once, before anything is read.
    setStartFirstPage(kept);
    const first = renderScreen(
      db,
      <RegisterProvider rosterPreview>
        <RosterPage />
      </RegisterProvider>,
    );
    expect(screen.getByText(/4 agents — lecture du registre en cours/)).toBeTruthy();
    expect(await screen.findByText(/4 lignes/, {}, WAIT)).toBeTruthy();
    first.unmount();

    // Changed while no app was open (no window to drop it): the kept page is stale.
    await addAgent(db, testActor, {
      organisationId: partnerId,
      lastName: 'AARON',
      firstName: 'Abel',
      qualifiedSocialWorker: false,
    });
    localStorage.setItem(`${db.name}:premiere-page-agents`, JSON.stringify(kept));
    expect(await isFirstPageCurrent(db, kept)).toBe(false);
    setStartFirstPage(kept);
    renderScreen(
      db,
      <RegisterProvider rosterPreview>
        <RosterPage />
      </RegisterProvider>,
    );
    expect(await screen.findByText(/5 lignes/, {}, WAIT)).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getAllByRole('cell')[0]!.textContent).toBe('AARON Abel');
    await expectProjectionIsFirstRows(db);
  }, 30_000);
});
