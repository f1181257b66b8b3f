import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/domain/journal-chain';
import { seededDb } from '../../../test/support/seed-register';
import { verifyJournal } from './journal';
import { applyPurge, planPurge, PURGED_AGENT_NAME } from './purge';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-24T10:00:00Z') };

describe('purge 6 years after revocation', () => {
  it('erases the personal data of due habilitations and of agents left with nothing, and the chain still verifies', async () => {
    const { db, grants, agents } = await seededDb({ oldRevocation: true });
    const revoked = grants[2]!;
    const plan = await planPurge(db, '2026-11-23');
    expect(plan.habilitationIds).toEqual([revoked.id]);
    expect(plan.agentIds).toEqual([agents[2]!.id]);
    // Not due yet the day the 6 years end.
    expect((await planPurge(db, '2026-01-15')).habilitationIds).toEqual([]);

    const before = await db.journal
      .where('[entity+entityId]')
      .equals(['agents', agents[2]!.id])
      .toArray();
    expect(before.every((e) => e.payload !== null)).toBe(true);

    const result = await applyPurge(db, actor, plan);
    expect(result).toMatchObject({ habilitations: 1, agents: 1 });
    expect(result.journalEntries).toBeGreaterThanOrEqual(3);

    const h = await db.habilitations.get(revoked.id);
    expect(h).toMatchObject({
      id: revoked.id,
      profileCode: 'T13',
      grantedOn: '2019-10-01',
      revokedOn: '2020-01-15',
      purgedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(h).not.toHaveProperty('justification');
    expect(h).not.toHaveProperty('revocationReason');
    expect(h).not.toHaveProperty('grantedBy');
    const a = await db.agents.get(agents[2]!.id);
    expect(a?.lastName).toBe(PURGED_AGENT_NAME);
    expect(a?.firstName).toBeUndefined();
    expect(a?.email).toBeUndefined();

    const after = await db.journal
      .where('[entity+entityId]')
      .equals(['agents', agents[2]!.id])
      .toArray();
    expect(after.every((e) => e.payload === null)).toBe(true);
    // No payload in the journal still holds their data. (Summaries such as « T13 accordé à
    // Karim BENALI » are covered by the entry hash and stay: see the report.)
    const payloads = JSON.stringify((await db.journal.toArray()).map((e) => e.payload));
    expect(payloads).not.toContain(agents[2]!.lastName);
    expect((await verifyJournal(db)).ok).toBe(true);
    expect(verifyChain(await db.journal.toArray()).ok).toBe(true);
    const last = await db.journal.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'purge', actor: 'Sandrine COFFI' });
    expect(last?.summary).toContain('1 habilitation');

    // Other agents untouched; purging again does nothing.
    expect((await db.agents.get(agents[0]!.id))?.lastName).toBe(agents[0]!.lastName);
    expect((await planPurge(db, '2026-11-23')).habilitationIds).toEqual([]);
  });
});
