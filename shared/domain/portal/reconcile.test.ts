import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../backup/roster-import';
import { CATALOGUE_PROFILES } from '../profiles';
import { agent, bulletin, habilitation, quota } from '../testing/builders';
import { frenchTypographyIssues } from '../text';
import { readPortalAccounts } from './accounts';
import { findHeaderRow, guessPortalMapping } from './columns';
import { reconcile } from './reconcile';

const TODAY = '2026-03-15';
const bulletins = [bulletin({ id: 'cdap' })];
const quotas = [quota({ id: 'q13', bulletinId: 'cdap', profileCode: 'T13', max: 4 })];
const agents = [
  agent({ id: 'djire', lastName: 'DJIRE', firstName: 'Véronique', portalRole: 'Administrateur' }),
  agent({
    id: 'coffi',
    lastName: 'COFFI',
    firstName: 'Sandrine',
    email: 's.coffi@ville-lieusaint.fr',
  }),
  agent({
    id: 'benali',
    lastName: 'BENALI',
    firstName: 'Karim',
    email: 'k.benali@ville-lieusaint.fr',
  }),
  agent({
    id: 'marchand',
    lastName: 'MARCHAND',
    firstName: 'Lucie',
    email: 'l.marchand@ville-lieusaint.fr',
  }),
  agent({
    id: 'roussel',
    lastName: 'ROUSSEL',
    firstName: 'Paul',
    email: 'p.roussel@ville-lieusaint.fr',
    departedOn: '2026-01-31',
  }),
];
const habilitations = [
  habilitation({ id: 'h-coffi', agentId: 'coffi', bulletinId: 'cdap', grantedOn: '2024-02-01' }),
  habilitation({ id: 'h-benali', agentId: 'benali', bulletinId: 'cdap', grantedOn: '2024-02-01' }),
  habilitation({
    id: 'h-marchand',
    agentId: 'marchand',
    bulletinId: 'cdap',
    grantedOn: '2024-02-01',
  }),
  habilitation({
    id: 'h-roussel',
    agentId: 'roussel',
    bulletinId: 'cdap',
    grantedOn: '2024-02-01',
  }),
  habilitation({
    id: 'h-old',
    agentId: 'djire',
    bulletinId: 'cdap',
    profileCode: 'T1',
    grantedOn: '2022-01-01',
    revokedOn: '2023-01-01',
  }),
];

function run(csv: string, extra: Partial<Parameters<typeof reconcile>[0]> = {}) {
  const sheet = parseCsvText(csv);
  const rows = [sheet.headers, ...sheet.rows];
  const headerRow = findHeaderRow(rows);
  const list = readPortalAccounts({
    rows,
    headerRow,
    mapping: guessPortalMapping(rows[headerRow]!),
    context: { profiles: CATALOGUE_PROFILES, serviceCodes: ['CDAP'] },
    today: TODAY,
  });
  return reconcile({ list, agents, habilitations, bulletins, quotas, today: TODAY, ...extra });
}

const HEADER = 'Identifiant;Nom;Prénom;Mél;Service;Profils;Statut;Dernière connexion';

describe('reconcile: the five differences of the issue', () => {
  const result = run(
    [
      HEADER,
      'vdjire;DJIRE;Véronique;;CDAP;T13;Actif;10/03/2026', // not in the register as T13 → portal-only profile
      'scoffi;COFFI;Sandrine;s.coffi@ville-lieusaint.fr;CDAP;T1;Actif;10/03/2026', // different profile
      'kbenali;BENALI;Karim;k.benali@ville-lieusaint.fr;CDAP;T13;Actif;02/03/2025', // unused for a year
      'proussel;ROUSSEL;Paul;p.roussel@ville-lieusaint.fr;CDAP;T13;Actif;01/03/2026', // departed, still active
      'jinconnu;INCONNU;Jean;;CDAP;T13;Actif;01/03/2026', // unknown account
      // MARCHAND is not in the list: her habilitation is missing from the portal.
    ].join('\n'),
  );
  const byKind = (k: string) => result.differences.filter((d) => d.kind === k);

  it('lists each with its article, departed-but-active first', () => {
    expect(result.differences.map((d) => [d.kind, d.article])).toEqual([
      ['departed-active', 'conv. art. 9.2'],
      ['unknown-account', 'conv. art. 9.2'],
      // COFFI's T1 in the portal: the bulletin gives no T1 at all.
      ['over-quota', 'contrat art. 2.2.1'],
      ['missing-in-portal', 'contrat art. 2.2'],
      ['portal-only-profile', 'contrat art. 2.2'],
      ['profile-mismatch', 'contrat art. 2.2'],
      ['unused-account', 'conv. art. 9.2'],
    ]);
    for (const d of result.differences) {
      expect(frenchTypographyIssues(d.message)).toEqual([]);
      expect(d.message).toContain(d.article);
    }
  });

  it('says what to do, suggested action first', () => {
    expect(byKind('departed-active')[0]).toMatchObject({
      agentId: 'roussel',
      severity: 'alerte',
      actions: ['mark-deactivate-in-portal', 'revoke-in-register', 'explain'],
    });
    expect(byKind('unknown-account')[0]).toMatchObject({
      account: { login: 'jinconnu', profiles: ['T13'] },
      actions: ['register-agent', 'mark-deactivate-in-portal', 'explain'],
    });
    expect(byKind('missing-in-portal')[0]).toMatchObject({
      habilitationId: 'h-marchand',
      actions: ['revoke-in-register', 'mark-create-in-portal', 'explain'],
    });
    expect(byKind('profile-mismatch')[0]).toMatchObject({
      agentId: 'coffi',
      habilitationId: 'h-coffi',
      profileCode: 'T1',
      registerProfileCode: 'T13',
    });
    expect(byKind('unused-account')[0]).toMatchObject({ agentId: 'benali' });
    expect(byKind('unused-account')[0]!.message).toContain('depuis le 02/03/2025');
  });

  it('compares the portal with the quota per profile', () => {
    expect(result.quotas).toEqual([
      { serviceCode: 'CDAP', profileCode: 'T1', portal: 1, register: 0, quota: 0 },
      { serviceCode: 'CDAP', profileCode: 'T13', portal: 4, register: 4, quota: 4 },
    ]);
    // T1 has no quota on the bulletin: one account is one too many.
    expect(result.counts['over-quota']).toBe(1);
  });

  it('keys are stable from one list to the next', () => {
    expect(result.differences.map((d) => d.key)).toEqual([
      'departed-active|roussel',
      'unknown-account|login:jinconnu',
      'over-quota|CDAP|T1',
      'missing-in-portal|h-marchand',
      'portal-only-profile|djire|CDAP|T13',
      'profile-mismatch|coffi|h-coffi',
      'unused-account|login:kbenali',
    ]);
  });
});

describe('reconcile: edges', () => {
  it('quota: no quota for a profile counts as none allowed', () => {
    const r = run(
      [
        HEADER,
        'scoffi;COFFI;Sandrine;;CDAP;T13, T1;Actif;',
        'x;DJIRE;Véronique;;CDAP;T1;Actif;',
      ].join('\n'),
    );
    expect(r.differences.find((d) => d.kind === 'over-quota')).toMatchObject({
      key: 'over-quota|CDAP|T1',
      severity: 'alerte',
      article: 'contrat art. 2.2.1',
    });
  });

  it('a recent grant not yet in the portal is « à créer », an old one is to revoke', () => {
    const recent = habilitation({
      id: 'h-new',
      agentId: 'djire',
      bulletinId: 'cdap',
      grantedOn: '2026-03-01',
    });
    const r = run(HEADER, { habilitations: [...habilitations, recent] });
    expect(r.differences.find((d) => d.habilitationId === 'h-new')!.actions[0]).toBe(
      'mark-create-in-portal',
    );
    expect(r.differences.find((d) => d.habilitationId === 'h-benali')!.actions[0]).toBe(
      'revoke-in-register',
    );
  });

  it('an account disabled in the portal is no difference; its active register habilitation is to revoke', () => {
    const r = run(
      [
        HEADER,
        'kbenali;BENALI;Karim;;CDAP;T13;Désactivé;',
        'proussel;ROUSSEL;Paul;;CDAP;T13;Désactivé;',
      ].join('\n'),
    );
    expect(
      r.differences.filter((d) => d.kind === 'departed-active' || d.kind === 'unknown-account'),
    ).toEqual([]);
    expect(r.differences.find((d) => d.habilitationId === 'h-benali')!.message).toContain(
      'désactivé dans le portail',
    );
  });

  it('homonyms: ambiguous, and their habilitations wait for the choice', () => {
    const twins = [...agents, agent({ id: 'benali2', lastName: 'Benali', firstName: 'Karim' })];
    const r = run([HEADER, ';BENALI;Karim;;CDAP;T13;Actif;'].join('\n'), { agents: twins });
    expect(r.differences.find((d) => d.kind === 'ambiguous-match')).toMatchObject({
      candidateAgentIds: ['benali', 'benali2'],
      actions: ['confirm-match', 'reject-match'],
    });
    expect(r.differences.some((d) => d.habilitationId === 'h-benali')).toBe(false);
    const chosen = run([HEADER, ';BENALI;Karim;;CDAP;T13;Actif;'].join('\n'), {
      agents: twins,
      links: new Map([['nom:benali karim', 'benali']]),
    });
    expect(
      chosen.differences.some(
        (d) => d.kind === 'ambiguous-match' || d.habilitationId === 'h-benali',
      ),
    ).toBe(false);
  });

  it('login vs name conflict is an alert', () => {
    const withLogin = agents.map((a) => (a.id === 'benali' ? { ...a, portalLogin: 'kbenali' } : a));
    const r = run([HEADER, 'kbenali;MARCHAND;Lucie;;CDAP;T13;Actif;'].join('\n'), {
      agents: withLogin,
    });
    const d = r.differences.find((x) => x.kind === 'login-conflict')!;
    expect(d).toMatchObject({
      agentId: 'benali',
      candidateAgentIds: ['marchand'],
      severity: 'alerte',
    });
    expect(d.message).toContain('Lucie MARCHAND');
  });

  it('never logged in since creation, over the threshold (setting)', () => {
    const csv = [
      'Identifiant;Nom;Prénom;Profils;Date de création;Dernière connexion',
      'kbenali;BENALI;Karim;T13;01/06/2025;',
    ].join('\n');
    expect(run(csv).differences.find((d) => d.kind === 'unused-account')!.message).toContain(
      'depuis la création du compte le 01/06/2025',
    );
    expect(
      run(csv, { unusedMonths: 12 }).differences.some((d) => d.kind === 'unused-account'),
    ).toBe(false);
  });

  it('no last-login column: nothing is said about unused accounts', () => {
    const r = run(['Identifiant;Nom;Prénom;Profils', 'kbenali;BENALI;Karim;T13'].join('\n'));
    expect(r.counts['unused-account']).toBe(0);
  });
});
