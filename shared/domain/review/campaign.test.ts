import { describe, expect, it } from 'vitest';
import { agent, bulletin, campaign, habilitation, lieusaint, quota } from '../testing/builders';
import type { ReviewItem } from '../schemas';
import {
  campaignCounts,
  checkCanClose,
  checkCanOpen,
  checkDecision,
  decisionOutcome,
  habilitationsAddedSinceOpening,
  itemsToApplyInPortal,
  openCampaign,
  planClose,
  reviewProgress,
  suggestDecision,
} from '.';
import { CHECKLIST_ITEMS } from './checklist';

const TODAY = '2026-11-23';
const NOW = new Date('2026-11-23T09:00:00Z');

function open(overrides: Partial<Parameters<typeof openCampaign>[0]> = {}) {
  const l = lieusaint();
  let n = 0;
  const result = openCampaign({
    conventionId: l.convention.id,
    year: 2026,
    campaignId: 'camp-2026',
    newItemId: () => `item-${++n}`,
    habilitations: l.habilitations,
    agents: l.agents,
    bulletins: l.bulletins,
    openedBy: 'Véronique DJIRE',
    now: NOW,
    today: TODAY,
    ...overrides,
  });
  return { ...l, ...result };
}

function decideAll(
  items: ReviewItem[],
  decision: ReviewItem['decision'] = 'maintenir',
): ReviewItem[] {
  return items.map((i) => ({
    ...i,
    decision,
    reason: 'ok',
    decidedBy: 'X',
    decidedAt: NOW.toISOString(),
  }));
}

describe('opening a campaign', () => {
  it('snapshots every active habilitation, sorted by name, with an empty checklist', () => {
    const { campaign: c, items } = open();
    expect(c).toMatchObject({ status: 'open', year: 2026, openedBy: 'Véronique DJIRE' });
    expect(c.checklist.map((x) => x.key)).toEqual(CHECKLIST_ITEMS.map((x) => x.key));
    expect(items.map((i) => i.snapshot.agentName)).toEqual([
      'Karim BENALI',
      'Sandrine COFFI',
      'Lucie MARCHAND',
      'Paul ROUSSEL',
    ]);
    expect(items[0]!.snapshot).toMatchObject({
      profileCode: 'T13',
      bulletinId: 'bul-cdap',
      agentFunction: 'Agent administratif, instruction FSL',
    });
  });

  it('leaves out revoked habilitations and pre-answers what the register knows', () => {
    const l = lieusaint();
    const habilitations = l.habilitations.map((h) =>
      h.agentId === 'a-benali' ? { ...h, revokedOn: '2026-01-01' } : h,
    );
    const agents = l.agents.map((a) =>
      a.id === 'a-roussel' ? { ...a, departedOn: '2026-10-31' } : a,
    );
    const { items } = open({ habilitations, agents });
    expect(items).toHaveLength(3);
    expect(items.find((i) => i.snapshot.agentId === 'a-roussel')?.answers).toEqual({
      stillInOrganisation: false,
    });
    expect(items.find((i) => i.snapshot.agentId === 'a-coffi')?.answers).toEqual({});
  });

  it('refuses a second open campaign and reopening a closed year', () => {
    expect(
      checkCanOpen(
        [campaign({ conventionId: 'conv-1', status: 'open', year: 2026 })],
        'conv-1',
        2027,
      ).ok,
    ).toBe(false);
    expect(
      checkCanOpen(
        [campaign({ conventionId: 'conv-1', status: 'closed', year: 2026 })],
        'conv-1',
        2026,
      ).findings[0]?.code,
    ).toBe('review-year-closed');
    expect(
      checkCanOpen(
        [campaign({ conventionId: 'conv-1', status: 'closed', year: 2025 })],
        'conv-1',
        2026,
      ).ok,
    ).toBe(true);
    expect(
      checkCanOpen(
        [campaign({ conventionId: 'other', status: 'open', year: 2026 })],
        'conv-1',
        2026,
      ).ok,
    ).toBe(true);
  });

  it('flags habilitations created after the opening', () => {
    const { items, habilitations } = open();
    const late = habilitation({ id: 'h-late', agentId: 'a-djire', grantedOn: '2026-11-24' });
    expect(
      habilitationsAddedSinceOpening(items, [...habilitations, late], TODAY).map((h) => h.id),
    ).toEqual(['h-late']);
  });
});

describe('suggestions', () => {
  it.each([
    [{ stillInOrganisation: false }, 'supprimer'],
    [{ stillInOrganisation: true, personalAccount: false }, 'supprimer'],
    [{ stillInOrganisation: true, personalAccount: true, profileStillNeeded: false }, 'modifier'],
    [
      {
        stillInOrganisation: true,
        personalAccount: true,
        profileStillNeeded: true,
        sameFunction: true,
      },
      'maintenir',
    ],
    [
      {
        stillInOrganisation: true,
        personalAccount: true,
        profileStillNeeded: true,
        sameFunction: false,
      },
      'maintenir',
    ],
  ] as const)('%o suggests %s', (answers, expected) => {
    expect(suggestDecision(answers)?.decision).toBe(expected);
  });

  it('suggests nothing while the answers are incomplete', () => {
    expect(suggestDecision({})).toBeUndefined();
    expect(suggestDecision({ stillInOrganisation: true, sameFunction: true })).toBeUndefined();
  });
});

describe('checking a decision', () => {
  const base = () => {
    const o = open();
    const quotas = [quota({ profileCode: 'T13', max: 4 }), quota({ profileCode: 'T2', max: 1 })];
    return { ...o, quotas, bulletin: bulletin() };
  };

  it('requires a reason for Modifier and Supprimer, not for Maintenir', () => {
    const o = base();
    const item = o.items[0]!;
    const ctx = {
      item,
      items: o.items,
      habilitations: o.habilitations,
      bulletin: o.bulletin,
      quotas: o.quotas,
      today: TODAY,
    };
    expect(checkDecision({ ...ctx, decision: { decision: 'maintenir' } }).ok).toBe(true);
    expect(
      checkDecision({ ...ctx, decision: { decision: 'supprimer', reason: ' ' } }).findings[0]
        ?.message,
    ).toBe(
      'Indiquez le motif de la décision « Supprimer ».'
        .replace(/« /g, '«\u00a0')
        .replace(/ »/g, '\u00a0»'),
    );
  });

  it('checks the new profile against its quota, net of the revocations of the same campaign', () => {
    const o = base();
    const [benali, coffi] = o.items;
    const ctx = {
      items: o.items,
      habilitations: o.habilitations,
      bulletin: o.bulletin,
      quotas: o.quotas,
      today: TODAY,
    };
    // T2 has one place: the first move takes it…
    expect(
      checkDecision({
        ...ctx,
        item: benali!,
        decision: { decision: 'modifier', newProfileCode: 't2', reason: 'mission' },
      }).ok,
    ).toBe(true);
    const items = o.items.map((i) =>
      i.id === benali!.id
        ? { ...i, decision: 'modifier' as const, newProfileCode: 'T2', reason: 'm' }
        : i,
    );
    // …so a second one is refused with the quota message.
    const second = checkDecision({
      ...ctx,
      items,
      item: coffi!,
      decision: { decision: 'modifier', newProfileCode: 'T2', reason: 'm' },
    });
    expect(second.ok).toBe(false);
    expect(second.findings[0]?.message).toContain('Quota atteint pour le profil T2 (1 sur 1');
  });

  it('counts a revocation decided in the campaign as a free place', () => {
    const o = base();
    // A fifth T13 holder moves from T2 back to T13: full (4/4) until someone is revoked.
    const extra = agent({ id: 'a-extra', lastName: 'NOUVEL', firstName: 'Alix' });
    const t2 = habilitation({ id: 'h-extra', agentId: extra.id, profileCode: 'T2' });
    const reopened = open({
      habilitations: [...o.habilitations, t2],
      agents: [...o.agents, extra],
    });
    const item = reopened.items.find((i) => i.habilitationId === 'h-extra')!;
    const ctx = {
      item,
      habilitations: reopened.habilitations,
      bulletin: o.bulletin,
      quotas: o.quotas,
      today: TODAY,
    };
    const decision = { decision: 'modifier' as const, newProfileCode: 'T13', reason: 'FSL' };
    expect(checkDecision({ ...ctx, items: reopened.items, decision }).ok).toBe(false);
    const withRevocation = reopened.items.map((i) =>
      i.habilitationId === 'h-roussel'
        ? { ...i, decision: 'supprimer' as const, reason: 'départ' }
        : i,
    );
    expect(checkDecision({ ...ctx, items: withRevocation, decision }).ok).toBe(true);
  });

  it('refuses the same profile and a missing new profile', () => {
    const o = base();
    const ctx = {
      item: o.items[0]!,
      items: o.items,
      habilitations: o.habilitations,
      bulletin: o.bulletin,
      quotas: o.quotas,
      today: TODAY,
    };
    expect(
      checkDecision({ ...ctx, decision: { decision: 'modifier', reason: 'x' } }).findings[0]?.code,
    ).toBe('review-new-profile-required');
    expect(
      checkDecision({
        ...ctx,
        decision: { decision: 'modifier', newProfileCode: 'T13', reason: 'x' },
      }).findings[0]?.code,
    ).toBe('review-same-profile');
  });
});

describe('closing', () => {
  it('cannot close with undecided items or an unanswered checklist', () => {
    const o = open();
    const result = checkCanClose(o.campaign, o.items);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['review-undecided', 'review-checklist']);
    expect(result.findings[0]?.message).toContain('4 habilitations n’ont pas encore de décision');
  });

  it('can close once everything is decided and answered', () => {
    const o = open();
    const c = {
      ...o.campaign,
      checklist: o.campaign.checklist.map((x) => ({ ...x, answer: 'oui' as const })),
    };
    expect(checkCanClose(c, decideAll(o.items)).ok).toBe(true);
    expect(checkCanClose({ ...c, status: 'closed' }, decideAll(o.items)).ok).toBe(false);
  });

  it('plans revocations and the new habilitations of Modifier, dated the closing day', () => {
    const o = open();
    const items = o.items.map((i) => {
      if (i.habilitationId === 'h-roussel')
        return { ...i, decision: 'supprimer' as const, reason: 'Départ le 31/10/2026' };
      if (i.habilitationId === 'h-benali')
        return { ...i, decision: 'modifier' as const, newProfileCode: 'T2', reason: 'Mission QF' };
      return { ...i, decision: 'maintenir' as const };
    });
    let n = 0;
    const plan = planClose({
      items,
      habilitations: o.habilitations,
      closedOn: '2026-11-30',
      closedBy: 'V. DJIRE',
      newId: () => `new-${++n}`,
    });
    expect(plan.habilitations).toEqual([
      expect.objectContaining({
        id: 'h-benali',
        revokedOn: '2026-11-30',
        revocationReason: 'Revue annuelle : Mission QF',
      }),
      expect.objectContaining({
        id: 'new-1',
        agentId: 'a-benali',
        profileCode: 'T2',
        grantedOn: '2026-11-30',
        grantedBy: 'V. DJIRE',
      }),
      expect.objectContaining({
        id: 'h-roussel',
        revokedOn: '2026-11-30',
        revocationReason: 'Revue annuelle : Départ le 31/10/2026',
      }),
    ]);
    expect(plan.items).toEqual([
      expect.objectContaining({ habilitationId: 'h-benali', newHabilitationId: 'new-1' }),
    ]);
  });
});

describe('progress, counts and portal follow-up', () => {
  it('counts decided items per bulletin and by decision and profile', () => {
    const o = open();
    const items = o.items.map((i, k) =>
      k < 3 ? { ...i, decision: k === 0 ? ('supprimer' as const) : ('maintenir' as const) } : i,
    );
    expect(reviewProgress(items)).toMatchObject({
      decided: 3,
      total: 4,
      byBulletin: [{ bulletinId: 'bul-cdap', decided: 3, total: 4 }],
    });
    expect(campaignCounts(items)).toEqual({
      reviewed: 4,
      maintenir: 2,
      modifier: 0,
      supprimer: 1,
      byProfile: { T13: 4 },
    });
    expect(decisionOutcome({ decision: 'modifier', newProfileCode: 'T2' })).toBe('Modifié → T2');
  });

  it('keeps closed decisions on the list until they are applied in the portal', () => {
    const o = open();
    const items = [
      { ...o.items[0]!, decision: 'supprimer' as const },
      { ...o.items[1]!, decision: 'supprimer' as const, appliedInPortalOn: '2026-12-01' },
      { ...o.items[2]!, decision: 'maintenir' as const },
    ];
    expect(itemsToApplyInPortal(items, new Set(['camp-2026'])).map((i) => i.id)).toEqual([
      o.items[0]!.id,
    ]);
    expect(itemsToApplyInPortal(items, new Set())).toEqual([]);
  });
});
