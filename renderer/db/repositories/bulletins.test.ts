import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import {
  addBulletin,
  addProfileWithQuota,
  removeBulletin,
  saveBulletin,
  setQuota,
} from './bulletins';
import { createConvention } from './conventions';
import { verifyJournal } from './journal';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };

async function setup() {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
  const conv = await createConvention(db, actor, {
    partner: { name: 'CCAS de Lieusaint', partnerKind: 'CCAS' },
    caf: { name: 'Caf de Seine-et-Marne' },
    convention: { mode: 'délégué', missions: [] },
  });
  const bulletin = await addBulletin(db, actor, {
    conventionId: conv.id,
    serviceCode: 'CDAP',
    serviceLabel: 'Consultation du dossier allocataire par les partenaires',
    annexNumber: '2.1',
  });
  return { db, conv, bulletin };
}

describe('bulletins repository', () => {
  it('adds a profile the catalogue lacks together with its quota', async () => {
    const { db, bulletin } = await setup();
    const profile = await addProfileWithQuota(
      db,
      actor,
      bulletin.id,
      { code: 'x1', label: 'Profil local' },
      2,
    );
    expect(profile).toMatchObject({ code: 'X1', custom: true });
    expect(await db.quotas.where('bulletinId').equals(bulletin.id).toArray()).toEqual([
      expect.objectContaining({ profileCode: 'X1', max: 2 }),
    ]);
    expect((await verifyJournal(db)).ok).toBe(true);
    db.close();
  });

  it('saves neither the profile nor the quota when one of them is refused', async () => {
    const { db, bulletin } = await setup();
    await expect(
      addProfileWithQuota(db, actor, bulletin.id, { code: 'X2', label: 'Local' }, -1),
    ).rejects.toThrow('Nombre maximal');
    expect(await db.profiles.get('X2')).toBeUndefined();
    await expect(
      addProfileWithQuota(db, actor, bulletin.id, { code: 'T13', label: 'Doublon' }, 3),
    ).rejects.toThrow('existe déjà');
    expect(await db.quotas.count()).toBe(0);
    await expect(
      addProfileWithQuota(db, actor, 'missing', { code: 'X3', label: 'Local' }, 1),
    ).rejects.toThrow('n’existe plus');
    db.close();
  });

  it('edits a bulletin, sets and clears a quota, and removes the bulletin with its quotas', async () => {
    const { db, bulletin } = await setup();
    await saveBulletin(db, actor, {
      ...bulletin,
      siteLabel: 'Résidence Les Tilleuls',
      date: '2024-01-08',
    });
    expect(await db.bulletins.get(bulletin.id)).toMatchObject({
      siteLabel: 'Résidence Les Tilleuls',
    });
    await setQuota(db, actor, bulletin.id, 't13', 4);
    await setQuota(db, actor, bulletin.id, 'T13', 5);
    expect(await db.quotas.toArray()).toEqual([
      expect.objectContaining({ profileCode: 'T13', max: 5 }),
    ]);
    await setQuota(db, actor, bulletin.id, 'T13', null);
    expect(await db.quotas.count()).toBe(0);
    await setQuota(db, actor, bulletin.id, 'T1', 1);
    await removeBulletin(db, actor, bulletin.id);
    expect(await db.bulletins.count()).toBe(0);
    expect(await db.quotas.count()).toBe(0);
    db.close();
  });
});
