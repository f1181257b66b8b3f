import { describe, expect, it } from 'vitest';
import {
  computeDeadlines,
  deadlineStatus,
  isPurgeDue,
  purgeDate,
  reviewDue,
  type Deadline,
} from './deadlines';
import { frenchTypographyIssues } from './text';
import {
  agent,
  bilan,
  bulletin,
  campaign,
  convention,
  habilitation,
  incident,
  subcontractorNotice,
} from './testing/builders';

const conv = convention({ effectiveOn: '2024-01-08' });
const only = (ds: Deadline[], kind: Deadline['kind']) => ds.filter((d) => d.kind === kind);
const pick = (d: Deadline) => [d.dueOn, d.status];

describe('deadlineStatus', () => {
  it.each([
    ['2025-03-14', 'overdue'],
    ['2025-03-15', 'soon'],
    ['2025-04-14', 'soon'], // 30 days
    ['2025-04-15', 'later'], // 31 days
  ])('%s on 15/03/2025 → %s', (due, status) => {
    expect(deadlineStatus(due, '2025-03-15')).toBe(status);
  });
});

describe('tacit renewal', () => {
  it.each([
    ['2024-06-01', '2025-01-08', 'later'],
    ['2024-12-20', '2025-01-08', 'soon'],
    ['2025-01-08', '2025-01-08', 'soon'],
    ['2025-01-09', '2026-01-08', 'later'],
  ])('on %s → %s (%s)', (today, due, status) => {
    const d = only(computeDeadlines({ convention: conv, today }), 'tacit-renewal');
    expect(d.map(pick)).toEqual([[due, status]]);
    expect(d[0]!.article).toBe('conv. art. 17.1');
  });

  it('a convention that took effect on 29 February renews on 28 February', () => {
    const d = only(
      computeDeadlines({
        convention: convention({ effectiveOn: '2024-02-29' }),
        today: '2025-01-10',
      }),
      'tacit-renewal',
    );
    expect(d[0]!.dueOn).toBe('2025-02-28');
    expect(d[0]!.detail).toContain('au plus tard le 28/11/2024');
  });

  it('is replaced by the end date when terminated before the renewal', () => {
    const terminated = convention({
      termination: { letterReceivedOn: '2024-09-01', effectiveOn: '2024-12-31' },
    });
    const ds = computeDeadlines({ convention: terminated, today: '2024-10-01' });
    expect(only(ds, 'tacit-renewal')).toEqual([]);
    expect(only(ds, 'termination').map(pick)).toEqual([['2024-12-31', 'later']]);
  });
});

describe('reverse review', () => {
  it.each([
    ['no review: 12 months after the effective date', [], '2024-12-01', '2025-01-08', 'later'],
    ['no review, overdue', [], '2025-01-09', '2025-01-08', 'overdue'],
    [
      '12 months after the last closed review',
      [campaign({ closedAt: '2024-11-20T15:00:00.000Z' })],
      '2025-03-15',
      '2025-11-20',
      'later',
    ],
    [
      'the latest closed one counts, open ones do not',
      [
        campaign({ closedAt: '2024-11-20T15:00:00.000Z' }),
        campaign({ closedAt: '2023-10-01T15:00:00.000Z' }),
        campaign({ status: 'open', closedAt: undefined }),
      ],
      '2025-11-21',
      '2025-11-20',
      'overdue',
    ],
    [
      'closed late in the evening in Paris (UTC date is the day before)',
      [campaign({ closedAt: '2024-02-28T23:30:00.000Z' })],
      '2024-06-01',
      '2025-02-28',
      'later',
    ],
    [
      'closed on 29 February',
      [campaign({ closedAt: '2024-02-29T10:00:00.000Z' })],
      '2025-03-01',
      '2025-02-28',
      'overdue',
    ],
  ])('%s', (_label, campaigns, today, due, status) => {
    const d = only(computeDeadlines({ convention: conv, campaigns, today }), 'review-due');
    expect(d.map(pick)).toEqual([[due, status]]);
    expect(d[0]!.article).toBe('contrat art. 2.2.2');
  });

  it('ignores other conventions and says when there is nothing to base it on', () => {
    expect(reviewDue(conv, [campaign({ conventionId: 'other' })])).toEqual({ dueOn: '2025-01-08' });
    expect(reviewDue(convention({ effectiveOn: undefined }), [])).toBeUndefined();
  });
});

describe('bilan annuel and compte-rendu', () => {
  it.each([
    ['none yet: 12 months after effect', [], '2024-06-01', [['2025-01-08', 'later']]],
    [
      '12 months after the last meeting',
      [bilan({ meetingOn: '2024-12-10', reportValidatedOn: '2024-12-20' })],
      '2025-03-15',
      [['2025-12-10', 'later']],
    ],
    [
      'a planned meeting is the next one',
      [
        bilan({ meetingOn: '2024-12-10', reportValidatedOn: '2024-12-20' }),
        bilan({ meetingOn: '2025-04-01' }),
      ],
      '2025-03-15',
      [['2025-04-01', 'soon']],
    ],
  ])('%s', (_label, bilans, today, expected) => {
    expect(
      only(computeDeadlines({ convention: conv, bilans, today }), 'bilan-annuel').map(pick),
    ).toEqual(expected);
  });

  it.each([
    [
      'not validated, 30 days after the meeting',
      bilan({ meetingOn: '2025-02-20' }),
      '2025-03-15',
      [['2025-03-22', 'soon']],
    ],
    [
      'overdue the day after',
      bilan({ meetingOn: '2025-02-13' }),
      '2025-03-16',
      [['2025-03-15', 'overdue']],
    ],
    [
      'validated: nothing',
      bilan({ meetingOn: '2025-02-20', reportValidatedOn: '2025-03-01' }),
      '2025-03-15',
      [],
    ],
    ['meeting still to come: nothing yet', bilan({ meetingOn: '2025-04-01' }), '2025-03-15', []],
  ])('%s', (_label, b, today, expected) => {
    expect(
      only(computeDeadlines({ convention: conv, bilans: [b], today }), 'bilan-compte-rendu').map(
        pick,
      ),
    ).toEqual(expected);
  });
});

describe('service-centre escalation after 10 calendar days', () => {
  it.each([
    [
      'sent 01/03, today 11/03: due today',
      incident({ date: '2025-03-01' }),
      '2025-03-11',
      [['2025-03-11', 'soon']],
    ],
    [
      'sent 01/03, today 12/03: escalate',
      incident({ date: '2025-03-01' }),
      '2025-03-12',
      [['2025-03-11', 'overdue']],
    ],
    [
      'across February (leap year)',
      incident({ date: '2024-02-25' }),
      '2024-03-10',
      [['2024-03-06', 'overdue']],
    ],
    [
      'answered: nothing',
      incident({ date: '2025-03-01', status: 'answered', answeredOn: '2025-03-05' }),
      '2025-03-20',
      [],
    ],
    [
      'security incidents are not requests',
      incident({ kind: 'security', date: '2025-03-01' }),
      '2025-03-20',
      [],
    ],
  ])('%s', (_label, i, today, expected) => {
    const ds = only(
      computeDeadlines({ convention: conv, incidents: [i], today }),
      'service-request-escalation',
    );
    expect(ds.map(pick)).toEqual(expected);
    if (ds[0]?.status === 'overdue') expect(ds[0].title).toContain('escalade');
  });
});

describe('subcontractor notices (6 months in advance)', () => {
  it.each([
    [
      'exactly 6 months: fine',
      subcontractorNotice({ notifiedOn: '2025-01-15', startOn: '2025-07-15' }),
      undefined,
    ],
    [
      'one day short: alert',
      subcontractorNotice({ notifiedOn: '2025-01-15', startOn: '2025-07-14' }),
      'alerte',
    ],
    [
      'clamped: notified 31/08, earliest 28/02',
      subcontractorNotice({ notifiedOn: '2024-08-31', startOn: '2025-02-28' }),
      undefined,
    ],
  ])('%s', (_label, n, severity) => {
    const ds = only(
      computeDeadlines({ convention: conv, subcontractorNotices: [n], today: '2025-01-20' }),
      'subcontractor-start',
    );
    expect(ds).toHaveLength(1);
    expect(ds[0]!.severity).toBe(severity);
    if (severity) expect(ds[0]!.detail).toContain('moins de 6 mois');
  });
});

describe('purge proposals 6 years after revocation', () => {
  it('computes the purge date with 72 months and the clamp', () => {
    expect(purgeDate({ revokedOn: '2019-03-15' })).toBe('2025-03-15');
    expect(purgeDate({ revokedOn: '2020-02-29' })).toBe('2026-02-28');
    expect(purgeDate({})).toBeUndefined();
  });

  it.each([
    ['2019-03-15', undefined, '2025-03-15', false], // exactly 6 years: not yet
    ['2019-03-14', undefined, '2025-03-15', true],
    ['2019-03-14', '2025-03-01T00:00:00.000Z', '2025-03-15', false], // already purged
    [undefined, undefined, '2025-03-15', false],
  ])('revoked %s, purged %s, today %s → due %s', (revokedOn, purgedAt, today, due) => {
    expect(isPurgeDue({ revokedOn, purgedAt }, today)).toBe(due);
  });

  it('lists due and soon purges with names, not later ones', () => {
    const a = agent({ id: 'a1', lastName: 'BENALI', firstName: 'Karim' });
    const habs = [
      habilitation({ id: 'h-old', agentId: 'a1', revokedOn: '2019-01-10' }),
      habilitation({ id: 'h-soon', agentId: 'a1', revokedOn: '2019-04-01' }),
      habilitation({ id: 'h-later', agentId: 'a1', revokedOn: '2020-01-01' }),
      habilitation({ id: 'h-active', agentId: 'a1' }),
      habilitation({
        id: 'h-purged',
        agentId: 'a1',
        revokedOn: '2018-01-01',
        purgedAt: '2024-05-01T10:00:00.000Z',
      }),
    ];
    const ds = only(
      computeDeadlines({
        convention: conv,
        habilitations: habs,
        agents: [a],
        bulletins: [bulletin()],
        today: '2025-03-15',
      }),
      'habilitation-purge',
    );
    expect(ds.map((d) => [d.ref.id, d.dueOn, d.status])).toEqual([
      ['h-old', '2025-01-10', 'overdue'],
      ['h-soon', '2025-04-01', 'soon'],
    ]);
    expect(ds[0]!.detail).toBe(
      'Retirée le 10/01/2019, l’habilitation T13 (bulletin Cdap) de Karim BENALI a plus de 6 ans\u00A0: ses données peuvent être purgées (contrat art. 5.3.2).',
    );
  });
});

describe('computeDeadlines', () => {
  it('sorts by date and writes French with correct typography', () => {
    const ds = computeDeadlines({
      convention: conv,
      bilans: [bilan({ meetingOn: '2025-02-20' })],
      incidents: [incident({ date: '2025-03-01' })],
      campaigns: [],
      today: '2025-03-15',
    });
    expect(ds.map((d) => d.kind)).toEqual([
      'review-due',
      'service-request-escalation',
      'bilan-compte-rendu',
      'tacit-renewal',
      'bilan-annuel',
    ]);
    expect(ds.map((d) => d.dueOn)).toEqual([
      '2025-01-08',
      '2025-03-11',
      '2025-03-22',
      '2026-01-08',
      '2026-02-20',
    ]);
    for (const d of ds) {
      expect(frenchTypographyIssues(d.title)).toEqual([]);
      expect(frenchTypographyIssues(d.detail)).toEqual([]);
      expect(d.detail).toContain(d.article);
    }
  });
});
