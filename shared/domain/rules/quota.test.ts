import { describe, expect, it } from 'vitest';
import { frenchTypographyIssues, NBSP } from '../text';
import { bulletin, habilitation, lieusaint, quota } from '../testing/builders';
import { checkGrant, parseQuotaInput, quotaOverFindings, quotaPhrase, quotaUsage } from './quota';
import { isHabilitationActive } from './active';

const TODAY = '2025-03-15';

describe('isHabilitationActive', () => {
  it.each([
    [undefined, true],
    ['2025-03-16', true], // revocation scheduled tomorrow
    ['2025-03-15', false], // revoked today
    ['2025-03-14', false],
  ])('revokedOn %s → active %s on 15/03/2025', (revokedOn, active) => {
    expect(isHabilitationActive({ revokedOn }, TODAY)).toBe(active);
  });
});

describe('checkGrant', () => {
  const cdap = bulletin();
  const base = { bulletin: cdap, agentId: 'a-new', profileCode: 'T13', today: TODAY };
  const t13 = (n: number, extra: Partial<Parameters<typeof habilitation>[0]> = {}) =>
    Array.from({ length: n }, (_, i) => habilitation({ agentId: `a-${i}`, ...extra }));

  it.each([
    // [case, quotas, habilitations, profile, ok, codes]
    ['3 of 4 used → allowed', [quota({ max: 4 })], t13(3), 'T13', true, []],
    [
      'exactly reached (4 of 4) → refused',
      [quota({ max: 4 })],
      t13(4),
      'T13',
      false,
      ['quota-full'],
    ],
    [
      'over after an avenant (5 of 4) → refused',
      [quota({ max: 4 })],
      t13(5),
      'T13',
      false,
      ['quota-over'],
    ],
    [
      'revoked ones do not count',
      [quota({ max: 4 })],
      [...t13(3), ...t13(2, { revokedOn: '2025-01-01' })],
      'T13',
      true,
      [],
    ],
    [
      'revoked today does not count',
      [quota({ max: 4 })],
      [...t13(3), ...t13(1, { revokedOn: TODAY })],
      'T13',
      true,
      [],
    ],
    [
      'revocation scheduled tomorrow still counts',
      [quota({ max: 4 })],
      [...t13(3), ...t13(1, { revokedOn: '2025-03-16' })],
      'T13',
      false,
      ['quota-full'],
    ],
    [
      'not applied in the portal still counts',
      [quota({ max: 1 })],
      t13(1, { appliedInPortalOn: undefined }),
      'T13',
      false,
      ['quota-full'],
    ],
    [
      'other bulletins do not count',
      [quota({ max: 1 })],
      t13(3, { bulletinId: 'bul-other' }),
      'T13',
      true,
      [],
    ],
    [
      'other profiles do not count',
      [quota({ max: 1 }), quota({ profileCode: 'T1', max: 5 })],
      t13(3, { profileCode: 'T1' }),
      'T13',
      true,
      [],
    ],
    ['profile without quota → refused', [quota({ max: 4 })], [], 'T2', false, ['quota-none']],
    [
      'quota of 0 → refused',
      [quota({ profileCode: 'T2', max: 0 })],
      [],
      'T2',
      false,
      ['quota-none'],
    ],
    [
      'profile code compared case-insensitively',
      [quota({ max: 4 })],
      t13(4, { profileCode: 't13' }),
      ' t13 ',
      false,
      ['quota-full'],
    ],
  ] as const)('%s', (_label, quotas, habilitations, profileCode, ok, codes) => {
    const d = checkGrant({
      ...base,
      quotas: [...quotas],
      habilitations: [...habilitations],
      profileCode,
    });
    expect(d.ok).toBe(ok);
    expect(d.findings.map((f) => f.code)).toEqual(codes);
    for (const f of d.findings) {
      expect(f.severity).toBe('refus');
      expect(frenchTypographyIssues(f.message)).toEqual([]);
    }
  });

  it('accepts quotas as a plain map profileCode → max', () => {
    expect(checkGrant({ ...base, quotas: { T13: 4 }, habilitations: t13(3) }).ok).toBe(true);
    expect(checkGrant({ ...base, quotas: { T13: 4 }, habilitations: t13(4) }).ok).toBe(false);
    expect(checkGrant({ ...base, quotas: {}, habilitations: [] }).findings[0]?.code).toBe(
      'quota-none',
    );
  });

  it('says the Lieusaint message when DJIRE is the fifth T13', () => {
    const s = lieusaint();
    const d = checkGrant({
      bulletin: s.bulletins[0]!,
      quotas: s.quotas,
      habilitations: s.habilitations,
      agentId: 'a-djire',
      agentName: 'Véronique DJIRE',
      profileCode: 'T13',
      today: TODAY,
    });
    expect(d.ok).toBe(false);
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]!.article).toBe('contrat art. 2.2.1');
    expect(d.findings[0]!.message).toBe(
      `Quota atteint pour le profil T13 (4 sur 4, bulletin Cdap). Retirez une habilitation ou demandez un avenant à la Caf (contrat art. 2.2.1).`,
    );
  });

  it('refuses the same active habilitation twice, but not after a revocation', () => {
    const existing = habilitation({ id: 'h-1', agentId: 'a-new', grantedOn: '2024-05-02' });
    const d = checkGrant({
      ...base,
      quotas: [quota({ max: 10 })],
      habilitations: [existing],
      agentName: 'Karim BENALI',
    });
    expect(d.ok).toBe(false);
    expect(d.findings.map((f) => f.code)).toEqual(['habilitation-duplicate']);
    expect(d.findings[0]!.message).toBe(
      `Karim BENALI a déjà une habilitation T13 active sur le bulletin Cdap (accordée le 02/05/2024). Une même habilitation ne peut pas être accordée deux fois (contrat art. 2.2).`,
    );
    expect(d.findings[0]!.target).toEqual({ entity: 'habilitation', id: 'h-1' });

    const revoked = { ...existing, revokedOn: '2025-01-10' };
    expect(checkGrant({ ...base, quotas: [quota({ max: 10 })], habilitations: [revoked] }).ok).toBe(
      true,
    );
    // editing the habilitation itself is not a duplicate
    expect(
      checkGrant({
        ...base,
        quotas: [quota({ max: 1 })],
        habilitations: [existing],
        excludeHabilitationId: 'h-1',
      }).ok,
    ).toBe(true);
  });
});

describe('quotaUsage', () => {
  it('summarises per bulletin and profile, sorted T1, T2 … T13', () => {
    const b1 = bulletin({ id: 'b1' });
    const b2 = bulletin({ id: 'b2', siteLabel: 'Résidence' });
    const quotas = [
      quota({ bulletinId: 'b1', profileCode: 'T13', max: 4 }),
      quota({ bulletinId: 'b1', profileCode: 'T2', max: 2 }),
      quota({ bulletinId: 'b1', profileCode: 'T1', max: 0 }),
      quota({ bulletinId: 'b2', profileCode: 'T13', max: 1 }),
    ];
    const habs = [
      ...Array.from({ length: 4 }, () => habilitation({ bulletinId: 'b1', profileCode: 'T13' })),
      habilitation({ bulletinId: 'b1', profileCode: 'T2' }),
      habilitation({ bulletinId: 'b1', profileCode: 'T2', revokedOn: '2025-01-01' }),
      habilitation({ bulletinId: 'b2', profileCode: 'T13' }),
      habilitation({ bulletinId: 'b2', profileCode: 'T13' }),
      habilitation({ bulletinId: 'b2', profileCode: 'T5' }),
    ];
    const usage = quotaUsage({ bulletins: [b1, b2], quotas, habilitations: habs, today: TODAY });
    expect(
      usage.map((u) => [
        u.bulletinId,
        u.profileCode,
        u.used,
        u.max,
        u.remaining,
        u.state,
        u.phrase,
      ]),
    ).toEqual([
      ['b1', 'T1', 0, 0, 0, 'full', 'aucune habilitation prévue'],
      ['b1', 'T2', 1, 2, 1, 'ok', '1 sur 2 — 1 place restante'],
      ['b1', 'T13', 4, 4, 0, 'full', '4 sur 4 — quota atteint'],
      ['b2', 'T5', 1, 0, 0, 'over', '1 sur 0 — quota dépassé de 1'],
      ['b2', 'T13', 2, 1, 0, 'over', '2 sur 1 — quota dépassé de 1'],
    ]);
    expect(usage[3]!.hasQuota).toBe(false);
    expect(usage[4]!.bulletinLabel).toBe('Cdap – Résidence');

    const alerts = quotaOverFindings(usage);
    expect(alerts.map((a) => [a.code, a.severity, a.target?.id])).toEqual([
      ['quota-over', 'alerte', 'b2'],
      ['quota-over', 'alerte', 'b2'],
    ]);
    expect(alerts[1]!.message).toBe(
      'Quota dépassé pour le profil T13 (2 sur 1, bulletin Cdap – Résidence). Retirez 1 habilitation ou demandez un avenant à la Caf (contrat art. 2.2.1).',
    );
    expect(alerts[0]!.message).toContain('ne prévoit pas le profil T5');
  });

  it.each([
    [0, 4, '0 sur 4 — 4 places restantes'],
    [3, 4, '3 sur 4 — 1 place restante'],
    [4, 4, '4 sur 4 — quota atteint'],
    [6, 4, '6 sur 4 — quota dépassé de 2'],
    [1200, 1500, `1${NBSP}200 sur 1${NBSP}500 — 300 places restantes`],
  ])('phrase for %i of %i', (used, max, phrase) => {
    expect(quotaPhrase(used, max)).toBe(phrase);
  });
});

describe('parseQuotaInput', () => {
  it('parses a quota cell: empty means no quota', () => {
    expect(parseQuotaInput(' ')).toEqual({ ok: true, max: null });
    expect(parseQuotaInput('4')).toEqual({ ok: true, max: 4 });
    expect(parseQuotaInput('0')).toEqual({ ok: true, max: 0 });
    expect(parseQuotaInput('-1').ok).toBe(false);
    expect(parseQuotaInput('2,5').ok).toBe(false);
  });
});
