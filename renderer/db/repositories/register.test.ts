import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/fixture-lieusaint.json';
import { openDatabase } from '../open-database';
import { RuleRefusedError, ValidationError } from '../validation';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { lieusaintConventionInput } from '../../../test/support/seed-register';
import { addBulletin, removeBulletin, setQuota } from './bulletins';
import { addContact, replaceContact } from './contacts';
import { createConvention } from './conventions';
import { verifyJournal } from './journal';
import { loadRegister } from './register-snapshot';
import { addAgent, grantHabilitation, revokeHabilitation, saveAgent } from './roster';

const TODAY = '2026-11-23';
const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };

async function lieusaint() {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
  const conv = await createConvention(db, actor, lieusaintConventionInput());
  const bulletin = await addBulletin(db, actor, {
    conventionId: conv.id,
    serviceCode: 'CDAP',
    serviceLabel: fixture.bulletins[0]!.label,
    annexNumber: '2',
  });
  await setQuota(db, actor, bulletin.id, 'T13', 4);
  const agents = [];
  for (const a of fixture.agents) {
    agents.push(
      await addAgent(db, actor, {
        ...a,
        organisationId: conv.partnerId,
        qualifiedSocialWorker: false,
        portalRole: a.portalRole as 'Utilisateur',
      }),
    );
  }
  return { db, conv, bulletin, agents };
}

describe('register repositories', () => {
  it('grants up to the quota and refuses the fifth T13 with the quota message', async () => {
    const { db, bulletin, agents } = await lieusaint();
    const byName = (n: string) => agents.find((a) => a.lastName === n)!;
    for (const name of fixture.scenario.grantT13To) {
      await grantHabilitation(
        db,
        actor,
        {
          agentId: byName(name).id,
          bulletinId: bulletin.id,
          profileCode: 'T13',
          grantedOn: '2026-01-05',
        },
        TODAY,
      );
    }
    const refused = await grantHabilitation(
      db,
      actor,
      {
        agentId: byName('DJIRE').id,
        bulletinId: bulletin.id,
        profileCode: 't13',
        grantedOn: '2026-01-05',
      },
      TODAY,
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RuleRefusedError);
    expect((refused as Error).message).toContain('Quota atteint pour le profil T13 (4 sur 4');
    expect(await db.habilitations.count()).toBe(4);

    // A revocation frees the place.
    const first = (await db.habilitations.toArray())[0]!;
    await revokeHabilitation(db, actor, first.id, TODAY, 'Départ');
    await grantHabilitation(
      db,
      actor,
      {
        agentId: byName('DJIRE').id,
        bulletinId: bulletin.id,
        profileCode: 'T13',
        grantedOn: TODAY,
      },
      TODAY,
    );
    expect(await db.habilitations.count()).toBe(5);
    db.close();
  });

  it('refuses a profile the bulletin does not provide, and a duplicate', async () => {
    const { db, bulletin, agents } = await lieusaint();
    await expect(
      grantHabilitation(
        db,
        actor,
        { agentId: agents[0]!.id, bulletinId: bulletin.id, profileCode: 'T1', grantedOn: TODAY },
        TODAY,
      ),
    ).rejects.toThrow('aucune habilitation pour le profil T1');
    await grantHabilitation(
      db,
      actor,
      { agentId: agents[0]!.id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: TODAY },
      TODAY,
    );
    await expect(
      grantHabilitation(
        db,
        actor,
        { agentId: agents[0]!.id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: TODAY },
        TODAY,
      ),
    ).rejects.toThrow('déjà une habilitation T13 active');
    db.close();
  });

  it('refuses a departure before arrival and a revocation before grant, changing nothing', async () => {
    const { db, bulletin, agents } = await lieusaint();
    const agent = agents[2]!;
    await expect(saveAgent(db, actor, { ...agent, departedOn: '2020-01-01' })).rejects.toThrow(
      'antérieure à la date d’arrivée',
    );
    expect((await db.agents.get(agent.id))?.departedOn).toBeUndefined();
    const h = await grantHabilitation(
      db,
      actor,
      { agentId: agent.id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: '2026-03-01' },
      TODAY,
    );
    await expect(revokeHabilitation(db, actor, h.id, '2026-02-28', 'x')).rejects.toThrow(
      'antérieure',
    );
    expect((await db.habilitations.get(h.id))?.revokedOn).toBeUndefined();
    db.close();
  });

  it('rejects invalid rows with a French message and writes nothing', async () => {
    const { db, conv } = await lieusaint();
    const before = await db.journal.count();
    await expect(
      addAgent(db, actor, {
        organisationId: conv.partnerId,
        lastName: '  ',
        qualifiedSocialWorker: false,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.journal.count()).toBe(before);
    db.close();
  });

  it('replaces a contact, keeping the old one with its end date', async () => {
    const { db, conv } = await lieusaint();
    const old = await addContact(db, actor, {
      conventionId: conv.id,
      side: 'partner',
      role: 'administrateur',
      name: 'Véronique DJIRE',
      phones: ['01 64 13 55 88'],
      validFrom: '2024-01-08',
    });
    const next = await replaceContact(db, actor, old.id, {
      name: 'Sandrine COFFI',
      email: 's.coffi@ville-lieusaint.fr',
      phones: [],
      validFrom: '2026-12-01',
    });
    expect((await db.contacts.get(old.id))?.validTo).toBe('2026-11-30');
    expect(next).toMatchObject({
      role: 'administrateur',
      side: 'partner',
      validFrom: '2026-12-01',
    });
    expect(await db.contacts.count()).toBe(2);
    db.close();
  });

  it('refuses to remove a bulletin that carries habilitations', async () => {
    const { db, bulletin, agents } = await lieusaint();
    await grantHabilitation(
      db,
      actor,
      { agentId: agents[0]!.id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: TODAY },
      TODAY,
    );
    await expect(removeBulletin(db, actor, bulletin.id)).rejects.toThrow('porte 1 habilitation');
    expect(await db.bulletins.count()).toBe(1);
    db.close();
  });

  it('loads the whole register of the convention in one snapshot', async () => {
    const { db, conv } = await lieusaint();
    const snapshot = await loadRegister(db, conv.id);
    expect(snapshot?.partner.name).toBe('CCAS de Lieusaint');
    expect(snapshot?.caf.name).toContain('Seine-et-Marne');
    expect(snapshot?.agents).toHaveLength(5);
    expect(snapshot?.quotas).toMatchObject([{ profileCode: 'T13', max: 4 }]);
    db.close();
  });
});

describe('journal', () => {
  it('records every write in a chain that verifies', async () => {
    const { db } = await lieusaint();
    const entries = await db.journal.orderBy('seq').toArray();
    expect(entries.length).toBeGreaterThan(8);
    expect(entries[0]).toMatchObject({ seq: 1, actor: 'Sandrine COFFI', action: 'create' });
    expect(await verifyJournal(db)).toMatchObject({ ok: true, count: entries.length });
    db.close();
  });

  it('names the first tampered entry', async () => {
    const { db } = await lieusaint();
    await db.journal.update(3, { actor: 'Quelqu’un d’autre' });
    expect(await verifyJournal(db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    db.close();
  });

  it('detects that the last entries were cut off', async () => {
    const { db } = await lieusaint();
    const last = (await db.journal.orderBy('seq').last())!;
    await db.journal.bulkDelete([last.seq, last.seq - 1]);
    const result = await verifyJournal(db);
    expect(result.ok).toBe(false);
    db.close();
  });

  it('still verifies after a payload was purged', async () => {
    const { db } = await lieusaint();
    await db.journal.update(2, { payload: null });
    expect((await verifyJournal(db)).ok).toBe(true);
    db.close();
  });

  it('leaves no journal entry when a write fails in the middle', async () => {
    const { db, bulletin } = await lieusaint();
    const before = await db.journal.count();
    await expect(
      grantHabilitation(
        db,
        actor,
        { agentId: 'missing', bulletinId: bulletin.id, profileCode: 'T13', grantedOn: TODAY },
        TODAY,
      ),
    ).rejects.toThrow('Cet agent n’existe plus.');
    expect(await db.journal.count()).toBe(before);
    db.close();
  });
});
