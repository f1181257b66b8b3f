import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/fixture-lieusaint.json';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { RuleRefusedError } from '../validation';
import { addBulletin, setQuota } from './bulletins';
import { createConvention } from './conventions';
import { verifyJournal } from './journal';
import {
  addLateHabilitations,
  campaignItems,
  closeReview,
  confirmAppliedInPortal,
  decideItem,
  maintainAll,
  openReview,
  pendingPortalItems,
  saveChecklist,
} from './reviews';
import { addAgent, grantHabilitation, saveAgent } from './roster';

const TODAY = '2026-11-23';
const actor = { name: 'Véronique DJIRE', now: () => new Date('2026-11-23T10:00:00Z') };

async function setup() {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
  const conv = await createConvention(db, actor, {
    partner: { name: fixture.partner.name, siret: fixture.partner.siret },
    caf: { name: fixture.caf.name },
    convention: {
      number: fixture.convention.number,
      mode: 'délégué',
      missions: [],
      effectiveOn: '2024-01-08',
    },
  });
  const bulletin = await addBulletin(db, actor, { conventionId: conv.id, serviceCode: 'CDAP' });
  await setQuota(db, actor, bulletin.id, 'T13', 4);
  await setQuota(db, actor, bulletin.id, 'T2', 1);
  const agents: Awaited<ReturnType<typeof addAgent>>[] = [];
  for (const a of fixture.agents) {
    agents.push(
      await addAgent(db, actor, {
        lastName: a.lastName,
        firstName: a.firstName,
        function: a.function,
        organisationId: conv.partnerId,
        qualifiedSocialWorker: false,
      }),
    );
  }
  const by = (n: string) => agents.find((a) => a.lastName === n)!;
  for (const n of fixture.scenario.grantT13To) {
    await grantHabilitation(
      db,
      actor,
      { agentId: by(n).id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: '2024-02-01' },
      TODAY,
    );
  }
  const open = () =>
    openReview(db, actor, {
      conventionId: conv.id,
      partnerId: conv.partnerId,
      year: 2026,
      today: TODAY,
    });
  return { db, conv, bulletin, by, open };
}

describe('review repository', () => {
  it('opens one campaign with a snapshot of the active habilitations, and refuses a second', async () => {
    const { db, open } = await setup();
    const campaign = await open();
    expect((await campaignItems(db, campaign.id)).map((i) => i.snapshot.agentName)).toEqual([
      'Karim BENALI',
      'Sandrine COFFI',
      'Lucie MARCHAND',
      'Paul ROUSSEL',
    ]);
    await expect(open()).rejects.toBeInstanceOf(RuleRefusedError);
    expect(await db.reviewCampaigns.count()).toBe(1);
    db.close();
  });

  it('runs a whole review: decisions, checklist, close applies to the roster, portal follow-up', async () => {
    const { db, by, open, bulletin } = await setup();
    await saveAgent(db, actor, { ...by('ROUSSEL'), departedOn: '2026-10-31' });
    const campaign = await open();
    const items = await campaignItems(db, campaign.id);
    const item = (n: string) => items.find((i) => i.snapshot.agentId === by(n).id)!;
    expect(item('ROUSSEL').answers.stillInOrganisation).toBe(false);

    await expect(
      decideItem(db, actor, item('ROUSSEL').id, { decision: 'supprimer' }, TODAY),
    ).rejects.toThrow('motif');
    await decideItem(
      db,
      actor,
      item('ROUSSEL').id,
      { decision: 'supprimer', reason: 'Départ le 31/10/2026' },
      TODAY,
    );
    await decideItem(
      db,
      actor,
      item('BENALI').id,
      { decision: 'modifier', newProfileCode: 'T2', reason: 'Calcul QF' },
      TODAY,
    );
    await expect(
      decideItem(
        db,
        actor,
        item('MARCHAND').id,
        { decision: 'modifier', newProfileCode: 'T2', reason: 'x' },
        TODAY,
      ),
    ).rejects.toThrow('Quota atteint pour le profil T2');

    // A habilitation granted after the opening can be added.
    await grantHabilitation(
      db,
      actor,
      { agentId: by('DJIRE').id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: TODAY },
      TODAY,
    ).catch(() => undefined);
    expect(
      await maintainAll(
        db,
        actor,
        items.map((i) => i.id),
      ),
    ).toBe(2);
    await expect(closeReview(db, actor, campaign.id, TODAY)).rejects.toThrow('liste de contrôle');

    const checklist = campaign.checklist.map((c) => ({ ...c, answer: 'oui' as const }));
    await saveChecklist(db, actor, campaign.id, checklist);
    await closeReview(db, actor, campaign.id, '2026-11-30');

    const roster = await db.habilitations.toArray();
    const roussel = roster.find((h) => h.agentId === by('ROUSSEL').id)!;
    expect(roussel).toMatchObject({
      revokedOn: '2026-11-30',
      revocationReason: 'Revue annuelle : Départ le 31/10/2026',
    });
    const benali = roster.filter((h) => h.agentId === by('BENALI').id);
    expect(benali.map((h) => [h.profileCode, h.revokedOn ?? null])).toEqual(
      expect.arrayContaining([
        ['T13', '2026-11-30'],
        ['T2', null],
      ]),
    );
    expect((await db.reviewCampaigns.get(campaign.id))?.status).toBe('closed');
    await expect(
      decideItem(db, actor, item('COFFI').id, { decision: 'supprimer', reason: 'x' }, TODAY),
    ).rejects.toThrow('close');

    const pending = await pendingPortalItems(db, campaign.conventionId);
    expect(pending).toHaveLength(2);
    await confirmAppliedInPortal(db, actor, item('BENALI').id, '2026-12-02');
    expect(await pendingPortalItems(db, campaign.conventionId)).toHaveLength(1);
    const newT2 = (await db.habilitations.toArray()).find((h) => h.profileCode === 'T2')!;
    expect(newT2.appliedInPortalOn).toBe('2026-12-02');
    expect((await verifyJournal(db)).ok).toBe(true);
    db.close();
  });

  it('adds habilitations granted after the opening, flagged', async () => {
    const { db, open, by, bulletin } = await setup();
    const campaign = await open();
    await setQuota(db, actor, bulletin.id, 'T13', 5);
    await grantHabilitation(
      db,
      actor,
      { agentId: by('DJIRE').id, bulletinId: bulletin.id, profileCode: 'T13', grantedOn: TODAY },
      TODAY,
    );
    expect(await addLateHabilitations(db, actor, campaign.id, TODAY)).toBe(1);
    const items = await campaignItems(db, campaign.id);
    expect(items.filter((i) => i.addedAfterOpening).map((i) => i.snapshot.agentName)).toEqual([
      'Véronique DJIRE',
    ]);
    expect(await addLateHabilitations(db, actor, campaign.id, TODAY)).toBe(0);
    db.close();
  });
});
