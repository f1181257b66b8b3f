import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../profiles';
import { frenchTypographyIssues } from '../text';
import { agent, habilitation } from '../testing/builders';
import {
  profileRequiresQualifiedSocialWorker,
  qualificationFindings,
  validateHabilitation,
  validateHabilitationDates,
} from './habilitations';

const TODAY = '2025-03-15';

describe('validateHabilitationDates', () => {
  it.each([
    ['2024-02-29', undefined, true],
    ['2024-02-29', '2024-02-29', true],
    ['2024-02-29', '2024-02-28', false],
    ['2024-03-01', '2025-03-01', true],
  ])('granted %s, revoked %s → ok %s', (grantedOn, revokedOn, ok) => {
    const d = validateHabilitationDates({ grantedOn, revokedOn });
    expect(d.ok).toBe(ok);
    if (!ok) {
      expect(d.findings[0]!.message).toBe(
        'La date de retrait (28/02/2024) est antérieure à la date d’attribution (29/02/2024). Corrigez l’une des deux dates.',
      );
    }
  });
});

describe('T1 reserved to qualified social workers', () => {
  it('reads the catalogue (T1 only in the shipped one; custom profiles too)', () => {
    expect(profileRequiresQualifiedSocialWorker('T1', CATALOGUE_PROFILES)).toBe(true);
    expect(profileRequiresQualifiedSocialWorker('t1', CATALOGUE_PROFILES)).toBe(true);
    expect(profileRequiresQualifiedSocialWorker('T13', CATALOGUE_PROFILES)).toBe(false);
    expect(profileRequiresQualifiedSocialWorker('T99', CATALOGUE_PROFILES)).toBe(false);
    const custom = [{ code: 'T99', label: 'x', requiresQualifiedSocialWorker: true, custom: true }];
    expect(profileRequiresQualifiedSocialWorker('T99', custom)).toBe(true);
  });

  it.each([
    ['T1', false, ['habilitation-unqualified']],
    ['T1', true, []],
    ['T13', false, []],
  ])('%s to qualified=%s → %j (a warning, never a refusal)', (profileCode, qualified, codes) => {
    const a = agent({ lastName: 'BENALI', firstName: 'Karim', qualifiedSocialWorker: qualified });
    const d = validateHabilitation({
      habilitation: habilitation({ profileCode, agentId: a.id }),
      agent: a,
      profiles: CATALOGUE_PROFILES,
      today: TODAY,
    });
    expect(d.ok).toBe(true);
    expect(d.findings.map((f) => f.code)).toEqual(codes);
    for (const f of d.findings) {
      expect(f.severity).toBe('attention');
      expect(f.message).toContain('Karim BENALI');
      expect(f.message).toContain('contrat art. 2.2');
      expect(frenchTypographyIssues(f.message)).toEqual([]);
    }
  });

  it('lists active T1 habilitations of non-qualified agents', () => {
    const a = agent({ id: 'a1' });
    const q = agent({ id: 'a2', qualifiedSocialWorker: true });
    const f = qualificationFindings({
      agents: [a, q],
      habilitations: [
        habilitation({ id: 'h1', agentId: 'a1', profileCode: 'T1' }),
        habilitation({ id: 'h2', agentId: 'a1', profileCode: 'T1', revokedOn: '2025-01-01' }),
        habilitation({ id: 'h3', agentId: 'a2', profileCode: 'T1' }),
      ],
      profiles: CATALOGUE_PROFILES,
      today: TODAY,
    });
    expect(f.map((x) => x.target)).toEqual([{ entity: 'habilitation', id: 'h1' }]);
  });
});

describe('validateHabilitation', () => {
  it('refuses a revocation before the grant and warns about a departed agent', () => {
    const gone = agent({ lastName: 'ROUSSEL', firstName: 'Paul', departedOn: '2025-03-01' });
    const refused = validateHabilitation({
      habilitation: habilitation({ grantedOn: '2025-01-10', revokedOn: '2025-01-09' }),
      agent: gone,
      profiles: CATALOGUE_PROFILES,
      today: TODAY,
    });
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => f.code)).toEqual(['habilitation-revoked-before-granted']);

    const active = validateHabilitation({
      habilitation: habilitation({ grantedOn: '2025-01-10' }),
      agent: gone,
      profiles: CATALOGUE_PROFILES,
      today: TODAY,
    });
    expect(active.ok).toBe(true);
    expect(active.findings.map((f) => f.code)).toEqual(['habilitation-agent-departed']);
    expect(active.findings[0]!.message).toContain('Paul ROUSSEL est parti(e) le 01/03/2025');
  });
});
