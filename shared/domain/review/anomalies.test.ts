import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../schemas';
import { agent, bulletin, habilitation, quota } from '../testing/builders';
import { frenchTypographyIssues } from '../text';
import {
  anomalyContext,
  closeWarnings,
  describeSkipped,
  itemAnomalies,
  noOtherProfileMessage,
  otherProfilesForItem,
  planBulkMaintain,
} from './anomalies';
import { buildItem } from './opening';

const TODAY = '2026-11-23';
const b = bulletin();

function scenario() {
  const present = agent({
    id: 'present',
    lastName: 'MARTIN',
    firstName: 'Anne',
    function: 'Assistante sociale',
    email: 'a.martin@ville.fr',
  });
  const departed = agent({
    id: 'gone',
    lastName: 'BENALI',
    firstName: 'Karim',
    function: 'Agent d’accueil',
    departedOn: '2026-06-30',
  });
  const shared = agent({
    id: 'shared',
    lastName: 'Accueil',
    firstName: undefined,
    email: 'accueil@ville.fr',
  });
  const moved = agent({ id: 'moved', lastName: 'LEROY', firstName: 'Paul', function: 'Comptable' });
  const agents = [present, departed, shared, moved];
  const habs = [
    habilitation({ id: 'h-present', agentId: 'present' }),
    habilitation({ id: 'h-gone', agentId: 'gone' }),
    habilitation({ id: 'h-shared', agentId: 'shared' }),
    habilitation({ id: 'h-moved', agentId: 'moved' }),
    habilitation({ id: 'h-t1', agentId: 'present', profileCode: 'T1' }),
  ];
  const quotas = [quota({ profileCode: 'T13', max: 4 })];
  let n = 0;
  const items: ReviewItem[] = habs.map((h) =>
    buildItem(
      { habilitation: h, agent: agents.find((a) => a.id === h.agentId)!, bulletin: b },
      { id: `i-${++n}`, campaignId: 'c' },
      TODAY,
    ),
  );
  // LEROY's function changed after the opening (the snapshot says « Secrétaire »).
  items[3] = { ...items[3]!, snapshot: { ...items[3]!.snapshot, agentFunction: 'Secrétaire' } };
  const ctx = anomalyContext({ agents, habilitations: habs, quotas, today: TODAY });
  return { items, ctx, quotas };
}

describe('review anomalies', () => {
  it('finds departed, shared account, function changed, and a profile the bulletin does not provide', () => {
    const { items, ctx } = scenario();
    expect(items.map((i) => itemAnomalies(i, ctx).map((a) => a.code))).toEqual([
      [],
      ['departed'],
      ['shared-account'],
      ['function-changed'],
      ['over-quota'],
    ]);
  });

  it('bulk maintain never maintains an item with an anomaly or another suggestion, and says which', () => {
    const { items, ctx } = scenario();
    const answeredNo: ReviewItem = {
      ...items[0]!,
      id: 'i-no',
      answers: { profileStillNeeded: false },
    };
    const decided: ReviewItem = { ...items[1]!, id: 'i-decided', decision: 'supprimer' };
    const plan = planBulkMaintain([...items, answeredNo, decided], ctx);
    expect(plan.maintain.map((i) => i.id)).toEqual(['i-1']);
    expect(plan.skipped.map((s) => s.item.id)).toEqual(['i-2', 'i-3', 'i-4', 'i-5', 'i-no']);
    expect(plan.skipped.find((s) => s.item.id === 'i-no')!.anomalies[0]!.label).toBe(
      'suggestion : Modifier',
    );
    const message = describeSkipped(plan)!;
    expect(message).toContain('5 habilitations sont laissées à décider une par une');
    expect(message).toContain('Karim BENALI T13 (agent parti)');
    expect(frenchTypographyIssues(message)).toEqual([]);
    expect(describeSkipped({ maintain: [], skipped: [] })).toBeUndefined();
  });

  it('warns before closing when a departed agent is maintained', () => {
    const { items, ctx } = scenario();
    expect(
      closeWarnings(
        items.map((i) => ({ ...i, decision: 'maintenir' as const })),
        ctx,
      ),
    ).toEqual([expect.stringContaining('Karim BENALI a quitté la structure')]);
    expect(
      closeWarnings(
        items.map((i) => ({ ...i, decision: 'supprimer' as const })),
        ctx,
      ),
    ).toEqual([]);
  });

  it('explains an empty « Nouveau profil » list: the bulletin provides no other profile, ask for an avenant', () => {
    const { items, quotas } = scenario();
    expect(otherProfilesForItem(items[0]!, quotas)).toEqual([]);
    expect(
      otherProfilesForItem(items[0]!, [
        ...quotas,
        quota({ profileCode: 'T2', max: 1 }),
        quota({ profileCode: 'T3', max: 0 }),
      ]),
    ).toEqual(['T2']);
    const message = noOtherProfileMessage(items[0]!, quotas);
    expect(message).toContain('ne prévoit aucun autre profil que T13 (quotas\u00A0: T13 (4))');
    expect(message).toContain('avenant');
    expect(frenchTypographyIssues(message)).toEqual([]);
  });
});
