import { describe, expect, it } from 'vitest';
import type { Alert } from '../alerts';
import type { StoredPortalDifference } from '../schemas';
import { agentsWithOpenDifferences, openPortalDifferences, withPortalAlerts } from './alerts';
import { DIFFERENCE_INFO, type DifferenceKind } from './differences';

let n = 0;
function diff(
  kind: DifferenceKind,
  extra: Partial<StoredPortalDifference> = {},
): StoredPortalDifference {
  const info = DIFFERENCE_INFO[kind];
  n++;
  return {
    id: `d${n}`,
    conventionId: 'conv',
    key: `${kind}|${n}`,
    kind,
    severity: info.severity,
    article: info.article,
    message: `${info.label} ${n}`,
    actions: ['explain'],
    status: 'open',
    firstImportId: 'imp',
    lastImportId: 'imp',
    ...extra,
  };
}

const registerAlert = (severity: Alert['severity'], code: string): Alert => ({
  code,
  severity,
  message: code,
  article: '',
  target: { entity: 'convention', id: 'conv' },
});

describe('portal differences on the dashboard and the roster', () => {
  const departed = diff('departed-active', { agentId: 'roussel' });
  const departedSuspended = diff('departed-active', { agentId: 'martin', severity: 'attention' });
  const unknown = diff('unknown-account');
  const unused = diff('unused-account', { agentId: 'benali' });
  const profile = diff('profile-mismatch', { agentId: 'coffi' });
  const ambiguous = diff('ambiguous-match', { candidateAgentIds: ['dupont1', 'dupont2'] });
  const resolved = diff('missing-in-portal', { agentId: 'marchand', status: 'resolved' });
  const explained = diff('unused-account', { agentId: 'djire', status: 'explained' });
  const all = [
    unused,
    resolved,
    unknown,
    ambiguous,
    profile,
    explained,
    departedSuspended,
    departed,
  ];

  it('puts the departed agent still active first, then alerts, then points of attention; drops what is resolved or explained', () => {
    const alerts = withPortalAlerts(
      [registerAlert('attention', 'review-due'), registerAlert('alerte', 'quota-over')],
      all,
    );
    expect(alerts.map((a) => a.code)).toEqual([
      'portal-departed-active',
      'quota-over',
      'portal-unknown-account',
      'review-due',
      'portal-departed-active',
      'portal-profile-mismatch',
      'portal-unused-account',
      'portal-ambiguous-match',
    ]);
    expect(alerts[0]).toMatchObject({
      severity: 'alerte',
      message: departed.message,
      article: 'conv. art. 9.2',
      target: { entity: 'agent', id: 'roussel' },
    });
    expect(
      alerts.some((a) => a.message === resolved.message || a.message === explained.message),
    ).toBe(false);
  });

  it('without register alerts the top alert is still first', () => {
    expect(withPortalAlerts([], [unknown, departed])[0]?.message).toBe(departed.message);
    expect(withPortalAlerts([], [])).toEqual([]);
  });

  it('lists the agents concerned by an open difference, candidates of an uncertain match included', () => {
    const by = agentsWithOpenDifferences(all);
    expect([...by.keys()].sort()).toEqual([
      'benali',
      'coffi',
      'dupont1',
      'dupont2',
      'martin',
      'roussel',
    ]);
    expect(by.get('roussel')).toEqual([departed]);
    expect(openPortalDifferences(all)).toHaveLength(6);
  });
});
