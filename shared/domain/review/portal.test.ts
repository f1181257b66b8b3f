import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../backup/roster-import';
import { findHeaderRow, guessPortalMapping } from '../portal/columns';
import { readPortalAccounts } from '../portal/accounts';
import { reconcile } from '../portal/reconcile';
import { CATALOGUE_PROFILES } from '../profiles';
import {
  reviewItemSchema,
  reviewCampaignSchema,
  type PortalImport,
  type StoredPortalDifference,
} from '../schemas';
import { agent, bulletin, habilitation, quota } from '../testing/builders';
import { itemAnomalies, anomalyContext } from './anomalies';
import { checkDecision } from './decisions';
import { planClose } from './closing';
import { openCampaignFromPortal, portalFlagCounts, portalFlagLabel } from './portal';

const TODAY = '2026-03-15';
const bulletins = [bulletin({ id: 'cdap', conventionId: 'conv' })];
const quotas = [
  quota({ id: 'q13', bulletinId: 'cdap', profileCode: 'T13', max: 6 }),
  quota({ id: 'q1', bulletinId: 'cdap', profileCode: 'T1', max: 2 }),
];
const agents = [
  agent({ id: 'djire', lastName: 'DJIRE', firstName: 'Véronique' }),
  agent({
    id: 'coffi',
    lastName: 'COFFI',
    firstName: 'Sandrine',
    email: 's.coffi@ville-lieusaint.fr',
  }),
  agent({ id: 'benali', lastName: 'BENALI', firstName: 'Karim' }),
  agent({ id: 'marchand', lastName: 'MARCHAND', firstName: 'Lucie' }),
  agent({ id: 'roussel', lastName: 'ROUSSEL', firstName: 'Paul', departedOn: '2026-01-31' }),
];
const habilitations = [
  habilitation({ id: 'h-djire', agentId: 'djire', bulletinId: 'cdap', grantedOn: '2024-02-01' }),
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
    profileCode: 'T2',
    grantedOn: '2022-01-01',
    revokedOn: '2023-01-01',
  }),
];
const CSV = [
  'Identifiant;Nom;Prénom;Mél;Service;Profils;Statut;Dernière connexion',
  'vdjire;DJIRE;Véronique;;CDAP;T13;Actif;10/03/2026',
  'scoffi;COFFI;Sandrine;s.coffi@ville-lieusaint.fr;CDAP;T1;Actif;10/03/2026', // different profile
  'kbenali;BENALI;Karim;;CDAP;T13;Actif;02/03/2025', // unused for a year
  'proussel;ROUSSEL;Paul;;CDAP;T13;Actif;01/03/2026', // departed, still active
  'jinconnu;INCONNU;Jean;;CDAP;T13, T1;Actif;01/03/2026', // unknown account, two profiles
  // MARCHAND is not in the list: missing from the portal.
].join('\n');

const IMPORT: PortalImport = {
  id: 'imp2',
  conventionId: 'conv',
  importedAt: '2026-03-15T09:00:00.000Z',
  importedBy: 'Véronique DJIRE',
  fileName: 'export-portail.csv',
  sha256: 'a'.repeat(64),
  bytes: 400,
  rows: 6,
  accounts: 5,
  activeAccounts: 5,
  matched: 4,
  problems: 0,
  counts: {},
};

function storedDifferences(): StoredPortalDifference[] {
  const sheet = parseCsvText(CSV);
  const rows = [sheet.headers, ...sheet.rows];
  const headerRow = findHeaderRow(rows);
  const list = readPortalAccounts({
    rows,
    headerRow,
    mapping: guessPortalMapping(rows[headerRow]!),
    context: { profiles: CATALOGUE_PROFILES, serviceCodes: ['CDAP'] },
    today: TODAY,
  });
  const result = reconcile({ list, agents, habilitations, bulletins, quotas, today: TODAY });
  return result.differences.map((d, k) => ({
    ...d,
    id: `d${k}`,
    conventionId: 'conv',
    status: 'open' as const,
    firstImportId: 'imp1',
    lastImportId: 'imp2',
  }));
}

function open(differences = storedDifferences(), regs = habilitations) {
  let n = 0;
  return openCampaignFromPortal({
    conventionId: 'conv',
    year: 2026,
    campaignId: 'camp',
    newItemId: () => `i${++n}`,
    habilitations: regs,
    agents,
    bulletins,
    openedBy: 'Véronique DJIRE',
    now: new Date('2026-03-15T10:00:00Z'),
    today: TODAY,
    portalImport: IMPORT,
    differences,
  });
}

describe('the review opened from the portal list', () => {
  const differences = storedDifferences();
  const { campaign, items } = open(differences);
  const item = (name: RegExp, profile?: string) =>
    items.find(
      (i) => name.test(i.snapshot.agentName) && (!profile || i.snapshot.profileCode === profile),
    )!;
  const kinds = (name: RegExp, profile?: string) =>
    item(name, profile).portal!.differences.map((d) => d.kind);

  it('is the union of the register’s active habilitations and the accesses only in the portal', () => {
    expect(campaign.portalImportId).toBe('imp2');
    expect(reviewCampaignSchema.safeParse(campaign).success).toBe(true);
    // Five active habilitations + the unknown account's two profiles; the revoked T2 is not reviewed.
    expect(items.map((i) => `${i.snapshot.agentName} ${i.snapshot.profileCode}`)).toEqual([
      'Karim BENALI T13',
      'Sandrine COFFI T13',
      'Véronique DJIRE T13',
      'Jean INCONNU (jinconnu) T1',
      'Jean INCONNU (jinconnu) T13',
      'Lucie MARCHAND T13',
      'Paul ROUSSEL T13',
    ]);
    for (const i of items) expect(reviewItemSchema.safeParse(i).error?.issues ?? []).toEqual([]);
  });

  it('flags each item with its difference, the unknown account included', () => {
    const unknown = item(/INCONNU/, 'T13');
    expect(unknown.habilitationId).toBeUndefined();
    expect(unknown).toMatchObject({
      portal: { inPortal: true, inRegister: false, account: { login: 'jinconnu' } },
    });
    expect(unknown.snapshot.agentId).toBeUndefined();
    expect(kinds(/INCONNU/, 'T13')).toEqual(['unknown-account']);
    expect(kinds(/ROUSSEL/)).toEqual(['departed-active']);
    expect(item(/ROUSSEL/).answers.stillInOrganisation).toBe(false);
    expect(kinds(/MARCHAND/)).toEqual(['missing-in-portal']);
    expect(item(/MARCHAND/).portal).toMatchObject({ inPortal: false, inRegister: true });
    expect(kinds(/COFFI/)).toEqual(['profile-mismatch']);
    expect(kinds(/BENALI/)).toEqual(['unused-account']);
    expect(kinds(/DJIRE/)).toEqual([]);
    expect(portalFlagCounts(items)).toEqual({
      'unknown-account': 2,
      'departed-active': 1,
      'missing-in-portal': 1,
      'profile-mismatch': 1,
      'unused-account': 1,
    });
  });

  it('an access only in the portal is decided on its own, never « Modifier », and closing leaves the register alone', () => {
    const ctx = anomalyContext({ agents, habilitations, quotas, today: TODAY });
    expect(itemAnomalies(item(/INCONNU/, 'T13'), ctx).map((a) => a.label)).toEqual([
      'portail : absent du registre',
      'portail : compte inconnu du registre',
    ]);
    expect(itemAnomalies(item(/DJIRE/), ctx)).toEqual([]);
    const unknown = item(/INCONNU/, 'T13');
    const verdict = checkDecision({
      item: unknown,
      decision: { decision: 'modifier', newProfileCode: 'T1', reason: 'x' },
      items,
      habilitations,
      bulletin: bulletins[0]!,
      quotas,
      today: TODAY,
    });
    expect(verdict.findings.map((f) => f.code)).toEqual(['review-portal-only-modify']);
    const decided = items.map((i) => ({ ...i, decision: 'supprimer' as const, reason: 'Revue' }));
    const plan = planClose({
      items: decided,
      habilitations,
      closedOn: TODAY,
      closedBy: 'V',
      newId: () => 'new',
    });
    expect(plan.habilitations.map((h) => h.id).sort()).toEqual([
      'h-benali',
      'h-coffi',
      'h-djire',
      'h-marchand',
      'h-roussel',
    ]);
  });

  it('after resolutions: the registered unknown account is the register’s item; treated flags say so', () => {
    const resolved = differences.map((d): StoredPortalDifference =>
      d.kind === 'unknown-account'
        ? {
            ...d,
            status: 'resolved',
            resolution: {
              action: 'register-agent',
              at: '2026-03-15T09:30:00.000Z',
              by: 'V',
              agentId: 'inconnu',
            },
          }
        : d.kind === 'unused-account'
          ? {
              ...d,
              status: 'explained',
              resolution: {
                action: 'explain',
                at: '2026-03-15T09:30:00.000Z',
                by: 'V',
                note: 'Congé long',
              },
            }
          : d,
    );
    const inconnu = agent({ id: 'inconnu', lastName: 'INCONNU', firstName: 'Jean' });
    agents.push(inconnu);
    try {
      const regs = [
        ...habilitations,
        habilitation({
          id: 'h-inconnu',
          agentId: 'inconnu',
          bulletinId: 'cdap',
          profileCode: 'T13',
          grantedOn: TODAY,
        }),
      ];
      const again = open(resolved, regs).items;
      const jean = again.filter((i) => /INCONNU/.test(i.snapshot.agentName));
      // T13 registered: the register's item, flagged; T1 still only in the portal.
      expect(
        jean.map((i) => [
          i.snapshot.profileCode,
          i.habilitationId ?? null,
          i.portal!.differences.map(portalFlagLabel),
        ]),
      ).toEqual([
        ['T1', null, ['Compte inconnu du registre (traité)']],
        ['T13', 'h-inconnu', ['Compte inconnu du registre (traité)']],
      ]);
      expect(
        again
          .find((i) => /BENALI/.test(i.snapshot.agentName))!
          .portal!.differences.map(portalFlagLabel),
      ).toEqual(['Compte inutilisé depuis longtemps (expliqué)']);
    } finally {
      agents.pop();
    }
  });

  it('only the differences of this list count', () => {
    const older = storedDifferences().map((d) => ({ ...d, lastImportId: 'imp1' }));
    const { items: plain } = open(older);
    expect(plain).toHaveLength(5);
    expect(plain.every((i) => i.portal!.differences.length === 0)).toBe(true);
  });
});
