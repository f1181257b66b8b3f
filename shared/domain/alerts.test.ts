import { describe, expect, it } from 'vitest';
import { computeAlerts, summarizeAlerts, type ConventionSnapshot } from './alerts';
import { CATALOGUE_PROFILES } from './profiles';
import { frenchTypographyIssues } from './text';
import {
  agent,
  bilan,
  campaign,
  contact,
  habilitation,
  incident,
  lieusaint,
  quota,
  subcontractorNotice,
} from './testing/builders';

const TODAY = '2025-03-15';
/** Lieusaint with its first review closed in time, so that the base register is clean. */
const clean = (): ConventionSnapshot => ({
  ...lieusaint(),
  campaigns: [campaign({ closedAt: '2024-12-10T10:00:00.000Z' })],
  bilans: [bilan({ meetingOn: '2024-12-10', reportValidatedOn: '2024-12-20' })],
});
const codes = (s: ConventionSnapshot, today = TODAY) =>
  computeAlerts(s, today, CATALOGUE_PROFILES).map((a) => [
    a.code,
    a.severity,
    a.target.entity,
    a.target.id,
  ]);

describe('computeAlerts', () => {
  it('finds nothing on a clean Lieusaint register', () => {
    expect(codes(clean())).toEqual([]);
    expect(summarizeAlerts([]).phrase).toBe('Aucune alerte.');
  });

  it('a missing effective date is an alert that stays until the date is given', () => {
    const s = clean();
    const { effectiveOn: _e, ...withoutDate } = s.convention;
    s.convention = withoutDate;
    expect(codes(s)).toContainEqual([
      'convention-effective-date-missing',
      'alerte',
      'convention',
      s.convention.id,
    ]);
    const alert = computeAlerts(s, TODAY, CATALOGUE_PROFILES).find(
      (a) => a.code === 'convention-effective-date-missing',
    )!;
    expect(frenchTypographyIssues(alert.message)).toEqual([]);
    expect(codes(clean()).map((c) => c[0])).not.toContain('convention-effective-date-missing');
  });

  it('the fixture scenario: ROUSSEL leaves → departed agent alert', () => {
    const s = clean();
    s.agents = s.agents.map((a) => (a.id === 'a-roussel' ? { ...a, departedOn: '2025-03-14' } : a));
    expect(codes(s)).toEqual([
      ['agent-departed-with-habilitation', 'alerte', 'agent', 'a-roussel'],
    ]);
    // on the day of departure itself the agent is still present
    expect(codes(s, '2025-03-14')).toEqual([]);
  });

  it.each<[string, (s: ConventionSnapshot) => void, (string | undefined)[][]]>([
    [
      'no suppléant, shared administrator e-mail',
      (s) => {
        s.contacts = s.contacts
          .filter((c) => c.role !== 'administrateur-suppleant')
          .map((c) => (c.id === 'c-admin' ? { ...c, email: 'ccas@ville-lieusaint.fr' } : c));
      },
      [
        ['suppleant-missing', 'alerte', 'convention', 'conv-1'],
        ['administrator-shared-email', 'attention', 'contact', 'c-admin'],
        ['administrator-role-mismatch', 'attention', 'agent', 'a-coffi'],
      ],
    ],
    [
      'quota lowered by an avenant (4 → 3)',
      (s) => {
        s.quotas = [quota({ id: 'q-t13', max: 3 })];
      },
      [['quota-over', 'alerte', 'bulletin', 'bul-cdap']],
    ],
    [
      'T1 to a non-qualified agent and a shared-looking agent',
      (s) => {
        s.quotas = [...s.quotas, quota({ profileCode: 'T1', max: 2 })];
        s.habilitations = [
          ...s.habilitations,
          habilitation({ id: 'h-t1', agentId: 'a-benali', profileCode: 'T1' }),
        ];
        s.agents = [
          ...s.agents,
          agent({ id: 'a-accueil', lastName: 'Accueil', firstName: undefined }),
        ];
      },
      [
        ['habilitation-unqualified', 'attention', 'habilitation', 'h-t1'],
        ['agent-shared-account', 'attention', 'agent', 'a-accueil'],
      ],
    ],
    [
      'review overdue (none since the effective date), escalation, compte-rendu',
      (s) => {
        s.campaigns = [];
        s.bilans = [bilan({ id: 'b-1', meetingOn: '2025-02-01' })];
        s.incidents = [incident({ id: 'i-1', date: '2025-03-01' })];
      },
      [
        ['review-due-overdue', 'alerte', 'convention', 'conv-1'],
        ['bilan-compte-rendu-overdue', 'attention', 'bilanAnnuel', 'b-1'],
        ['service-request-escalation-overdue', 'attention', 'incident', 'i-1'],
      ],
    ],
    [
      'purge proposals grouped, subcontractor too early, termination pending',
      (s) => {
        s.habilitations = [
          ...s.habilitations,
          habilitation({ agentId: 'a-djire', grantedOn: '2015-01-01', revokedOn: '2018-01-01' }),
          habilitation({ agentId: 'a-djire', grantedOn: '2016-01-01', revokedOn: '2019-01-01' }),
        ];
        s.subcontractorNotices = [
          subcontractorNotice({ id: 'n-1', notifiedOn: '2025-03-01', startOn: '2025-06-01' }),
        ];
        s.convention = {
          ...s.convention,
          termination: { letterReceivedOn: '2025-03-01', effectiveOn: '2025-06-30' },
        };
      },
      [
        ['subcontractor-notice-late', 'alerte', 'subcontractorNotice', 'n-1'],
        ['termination-pending', 'attention', 'convention', 'conv-1'],
        ['habilitation-purge-due', 'attention', 'convention', 'conv-1'],
      ],
    ],
    [
      'inconsistent dates from an import',
      (s) => {
        s.agents = s.agents.map((a) =>
          a.id === 'a-djire' ? { ...a, departedOn: '2019-01-01' } : a,
        );
        s.habilitations = s.habilitations.map((h) =>
          h.id === 'h-benali' ? { ...h, revokedOn: '2024-01-01' } : h,
        );
      },
      [
        ['administrator-role-mismatch', 'attention', 'contact', 'c-admin'],
        ['agent-departure-before-arrival', 'attention', 'agent', 'a-djire'],
        ['habilitation-revoked-before-granted', 'attention', 'habilitation', 'h-benali'],
      ],
    ],
    [
      'other conventions are ignored',
      (s) => {
        s.contacts = [
          ...s.contacts,
          contact({ conventionId: 'conv-2', role: 'administrateur', email: 'accueil@x.fr' }),
        ];
        s.habilitations = [...s.habilitations, habilitation({ bulletinId: 'bul-other' })];
      },
      [],
    ],
  ])('%s', (_label, change, expected) => {
    const s = clean();
    change(s);
    expect(codes(s)).toEqual(expected);
    for (const a of computeAlerts(s, TODAY, CATALOGUE_PROFILES)) {
      expect(frenchTypographyIssues(a.message)).toEqual([]);
      expect(a.message).toContain(a.article);
    }
  });

  it('summarises', () => {
    const s = clean();
    s.contacts = s.contacts.filter((c) => c.role !== 'administrateur-suppleant');
    expect(summarizeAlerts(computeAlerts(s, TODAY, CATALOGUE_PROFILES)).phrase).toBe(
      '1 alerte, 1 point d’attention.',
    );
  });
});
