import { describe, expect, it } from 'vitest';
import { computeAlerts } from '../alerts';
import { CATALOGUE_PROFILES } from '../profiles';
import { agent, bulletin, convention, habilitation, quota } from '../testing/builders';
import { frenchTypographyIssues } from '../text';
import { checkBulkGrant, pendingFromRefusal, pendingHabilitationFindings } from './pending';

const TODAY = '2026-11-24';
const cdap = bulletin();
const ctx = (
  habilitations = [habilitation({ agentId: 'x1' }), habilitation({ agentId: 'x2' })],
) => ({
  bulletin: cdap,
  quotas: [quota({ profileCode: 'T13', max: 2 }), quota({ profileCode: 'T1', max: 1 })],
  habilitations,
  profiles: CATALOGUE_PROFILES,
  today: TODAY,
});

describe('checkBulkGrant', () => {
  it.each([
    ['T13, quota reached', 'T13', false, ['quota-full']],
    ['T5, not in the bulletin', 'T5', false, ['quota-none']],
    ['T1 for an agent not marked qualified', 'T1', false, ['habilitation-unqualified']],
    ['T1 for a qualified social worker', 'T1', true, []],
  ] as const)('%s', (_label, code, qualified, codes) => {
    const a = agent({ id: 'a', qualifiedSocialWorker: qualified });
    const d = checkBulkGrant(a, code, ctx());
    expect(d.findings.filter((f) => f.severity === 'refus').map((f) => f.code)).toEqual(codes);
    expect(d.ok).toBe(codes.length === 0);
  });
});

describe('habilitations à régulariser', () => {
  const decision = checkBulkGrant(agent({ id: 'a' }), 'T5', ctx());
  const pending = pendingFromRefusal({
    id: 'p1',
    bulletinId: cdap.id,
    profileCode: 'T5',
    decision,
    requestedOn: TODAY,
    source: 'import de liste, ligne 4',
  });

  it('keeps the rule’s message and article as the reason', () => {
    expect(pending).toMatchObject({
      code: 'quota-none',
      article: 'contrat art. 2.2.1',
      source: 'import de liste, ligne 4',
    });
    expect(pending.reason).toContain('ne prévoit aucune habilitation pour le profil T5');
  });

  it.each([
    ['pending, not in the portal → attention', { pendingHabilitations: [pending] }, ['attention']],
    [
      'already in the portal → alerte',
      { pendingHabilitations: [{ ...pending, inPortal: true }] },
      ['alerte'],
    ],
    [
      'departed agent → nothing to regularise',
      { pendingHabilitations: [pending], departedOn: '2026-01-01' },
      [],
    ],
    [
      'another convention’s bulletin → not listed',
      { pendingHabilitations: [{ ...pending, bulletinId: 'other' }] },
      [],
    ],
    ['no request', {}, []],
  ] as const)('%s', (_label, over, severities) => {
    const a = agent({
      id: 'a',
      lastName: 'BERNARD',
      firstName: 'Léa',
      ...over,
      pendingHabilitations:
        'pendingHabilitations' in over ? [...over.pendingHabilitations] : undefined,
    });
    const findings = pendingHabilitationFindings({ agents: [a], bulletins: [cdap], today: TODAY });
    expect(findings.map((f) => f.severity)).toEqual(severities);
    for (const f of findings) {
      expect(f.message).toContain(
        'Habilitation à régulariser pour Léa BERNARD (T5, bulletin Cdap)',
      );
      expect(f.target).toEqual({ entity: 'agent', id: 'a' });
      expect(frenchTypographyIssues(f.message)).toEqual([]);
    }
  });

  it('is on the dashboard’s alerts', () => {
    const a = agent({ id: 'a', pendingHabilitations: [pending] });
    const alerts = computeAlerts(
      {
        convention: convention(),
        contacts: [],
        bulletins: [cdap],
        quotas: [],
        agents: [a],
        habilitations: [],
        campaigns: [],
        bilans: [],
        incidents: [],
        subcontractorNotices: [],
      },
      TODAY,
      CATALOGUE_PROFILES,
    );
    expect(alerts.map((x) => x.code)).toContain('habilitation-pending');
  });
});
