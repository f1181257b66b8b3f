import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../shared/backup/roster-import';
import {
  findHeaderRow,
  guessPortalMapping,
  rememberMapping,
} from '../../../shared/domain/portal/columns';
import { readPortalAccounts } from '../../../shared/domain/portal/accounts';
import { reconcile } from '../../../shared/domain/portal/reconcile';
import { CATALOGUE_PROFILES } from '../../../shared/domain/profiles';
import { seededDb, seedActor, SEED_TODAY } from '../../../test/support/seed-register';
import type { AppDatabase } from '../database';
import { RuleRefusedError, ValidationError } from '../validation';
import { buildExport } from '../export-import/export';
import { parseExportFile } from '../export-import/import';
import { closeReview, decideItem, openReviewFromPortal, saveChecklist } from './reviews';
import { getRememberedMapping, listImports, loadLinks, openDifferences } from './portal';
import { saveImportedList } from './portal-import';
import { resolveDifference } from './portal-resolve';

const CSV = [
  'Identifiant;NOM;Prénom;Profils;Statut;Dernière connexion',
  'vdjire;DJIRE;Véronique;T13;Actif;10/11/2026',
  'kbenali;BENALI;Karim;T13;Actif;01/10/2025',
  'jinconnu;INCONNU;Jean;T13;Actif;01/11/2026',
  'lmarchand;Lucie;MARCHAND;T13;Actif;01/11/2026',
].join('\n');

async function importList(db: AppDatabase, conventionId: string, csv = CSV, importId?: string) {
  const sheet = parseCsvText(csv);
  const rows = [sheet.headers, ...sheet.rows];
  const headerRow = findHeaderRow(rows);
  const mapping = guessPortalMapping(rows[headerRow]!);
  const list = readPortalAccounts({
    rows,
    headerRow,
    mapping,
    context: { profiles: CATALOGUE_PROFILES, serviceCodes: ['CDAP'] },
    today: SEED_TODAY,
  });
  const [agents, habilitations, bulletins, quotas] = await Promise.all([
    db.agents.toArray(),
    db.habilitations.toArray(),
    db.bulletins.toArray(),
    db.quotas.toArray(),
  ]);
  const result = reconcile({
    list,
    agents,
    habilitations,
    bulletins,
    quotas,
    today: SEED_TODAY,
    links: await loadLinks(db, conventionId),
  });
  await saveImportedList(db, seedActor, {
    conventionId,
    fileName: 'export-mcp.csv',
    sha256: 'a'.repeat(64),
    bytes: csv.length,
    rows: list.rows,
    problems: 0,
    result,
    mapping: rememberMapping(rows[headerRow]!, mapping),
    ...(importId ? { importId } : {}),
  });
  return result;
}

describe('portal repository', () => {
  it('keeps the history (journalled, no copy of the file) and the open differences', async () => {
    const { db, conv } = await seededDb();
    await importList(db, conv.id);
    const [imp] = await listImports(db, conv.id);
    expect(imp).toMatchObject({
      fileName: 'export-mcp.csv',
      sha256: 'a'.repeat(64),
      accounts: 4,
      matched: 2,
    });
    expect(JSON.stringify(imp)).not.toContain('jinconnu');
    const journal = await db.journal
      .where('[entity+entityId]')
      .equals(['portalImports', imp!.id])
      .toArray();
    expect(journal[0]!.summary).toContain('4 comptes');
    const open = await openDifferences(db, conv.id);
    expect(open.map((d) => d.kind).sort()).toEqual([
      'match-to-confirm',
      'missing-in-portal',
      'unknown-account',
      'unused-account',
    ]);
    expect(await getRememberedMapping(db)).toMatchObject({ columns: { login: 'identifiant' } });
  });

  it('registers an unknown account as an agent with its habilitation, in one journalled write', async () => {
    const { db, conv } = await seededDb();
    await importList(db, conv.id);
    const unknown = (await openDifferences(db, conv.id)).find((d) => d.kind === 'unknown-account')!;
    const before = await db.journal.count();
    await resolveDifference(db, seedActor, {
      differenceId: unknown.id,
      action: 'register-agent',
      today: SEED_TODAY,
    });
    const agent = (await db.agents.toArray()).find((a) => a.portalLogin === 'jinconnu')!;
    expect(agent).toMatchObject({ lastName: 'INCONNU', firstName: 'Jean' });
    expect(
      (await db.habilitations.where('agentId').equals(agent.id).toArray()).map(
        (h) => h.profileCode,
      ),
    ).toEqual(['T13']);
    expect(await db.journal.count()).toBe(before + 3);
    expect((await db.portalDifferences.get(unknown.id))!.status).toBe('resolved');
  });

  it('refuses with the rule when the quota is full, and changes nothing', async () => {
    const { db, conv } = await seededDb();
    const full = `${CSV}\nx1;UN;A;T13;Actif;01/11/2026\nx2;DEUX;B;T13;Actif;01/11/2026`;
    await importList(db, conv.id, full);
    const diffs = (await openDifferences(db, conv.id)).filter((d) => d.kind === 'unknown-account');
    await resolveDifference(db, seedActor, {
      differenceId: diffs[0]!.id,
      action: 'register-agent',
      today: SEED_TODAY,
    });
    const agentsBefore = await db.agents.count();
    await expect(
      resolveDifference(db, seedActor, {
        differenceId: diffs[1]!.id,
        action: 'register-agent',
        today: SEED_TODAY,
      }),
    ).rejects.toBeInstanceOf(RuleRefusedError);
    expect(await db.agents.count()).toBe(agentsBefore);
    expect((await db.portalDifferences.get(diffs[1]!.id))!.status).toBe('open');
  });

  it('revokes the habilitation missing from the portal; explaining needs a note and survives the next list', async () => {
    const { db, conv } = await seededDb();
    await importList(db, conv.id);
    const missing = (await openDifferences(db, conv.id)).find(
      (d) => d.kind === 'missing-in-portal',
    )!;
    await resolveDifference(db, seedActor, {
      differenceId: missing.id,
      action: 'revoke-in-register',
      today: SEED_TODAY,
    });
    expect((await db.habilitations.get(missing.habilitationId!))!.revokedOn).toBe(SEED_TODAY);

    const unused = (await openDifferences(db, conv.id)).find((d) => d.kind === 'unused-account')!;
    await expect(
      resolveDifference(db, seedActor, {
        differenceId: unused.id,
        action: 'explain',
        today: SEED_TODAY,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await resolveDifference(db, seedActor, {
      differenceId: unused.id,
      action: 'explain',
      today: SEED_TODAY,
      note: 'Congé parental, retour en janvier',
    });
    await importList(db, conv.id);
    expect((await db.portalDifferences.get(unused.id))!).toMatchObject({
      status: 'explained',
      resolution: { note: 'Congé parental, retour en janvier' },
    });
    // The revoked one is no longer a difference.
    expect((await openDifferences(db, conv.id)).some((d) => d.kind === 'missing-in-portal')).toBe(
      false,
    );
  });

  it('a confirmed match stores the login on the agent and is used for the next list', async () => {
    const { db, conv, agents } = await seededDb();
    await importList(db, conv.id);
    const proposal = (await openDifferences(db, conv.id)).find(
      (d) => d.kind === 'match-to-confirm',
    )!;
    const marchand = agents.find((a) => a.lastName === 'MARCHAND')!;
    expect(proposal.candidateAgentIds).toEqual([marchand.id]);
    await resolveDifference(db, seedActor, {
      differenceId: proposal.id,
      action: 'confirm-match',
      agentId: marchand.id,
      today: SEED_TODAY,
    });
    expect((await db.agents.get(marchand.id))!.portalLogin).toBe('lmarchand');
    const again = await importList(db, conv.id);
    expect(again.matches.get('login:lmarchand')).toMatchObject({
      kind: 'matched',
      agentId: marchand.id,
    });
  });

  it('opens the yearly review from the list: the unknown account is an item; closing leaves it to the portal', async () => {
    const { db, conv } = await seededDb();
    await expect(
      openReviewFromPortal(db, seedActor, {
        conventionId: conv.id,
        partnerId: conv.partnerId,
        year: 2026,
        today: SEED_TODAY,
      }),
    ).rejects.toThrow('Importez d’abord la liste des comptes du portail');
    await importList(db, conv.id);
    const habilitationsBefore = await db.habilitations.count();
    const campaign = await openReviewFromPortal(db, seedActor, {
      conventionId: conv.id,
      partnerId: conv.partnerId,
      year: 2026,
      today: SEED_TODAY,
    });
    const items = await db.reviewItems.where('campaignId').equals(campaign.id).toArray();
    const unknown = items.find((i) => i.portal?.account?.login === 'jinconnu')!;
    expect(unknown.habilitationId).toBeUndefined();
    expect(unknown).toMatchObject({
      snapshot: { agentName: 'Jean INCONNU (jinconnu)', profileCode: 'T13' },
      portal: { inRegister: false, account: { login: 'jinconnu' } },
    });
    expect(unknown.portal!.differences.map((d) => d.kind)).toEqual(['unknown-account']);
    expect(items.filter((i) => i.habilitationId)).toHaveLength(
      habilitationsBefore - (await db.habilitations.filter((h) => !!h.revokedOn).count()),
    );
    const journal = await db.journal
      .where('[entity+entityId]')
      .equals(['reviewCampaigns', campaign.id])
      .toArray();
    expect(journal[0]!.summary).toContain('depuis la liste du portail « export-mcp.csv »');
    await expect(
      decideItem(
        db,
        seedActor,
        unknown.id,
        { decision: 'modifier', newProfileCode: 'T2', reason: 'x' },
        SEED_TODAY,
      ),
    ).rejects.toBeInstanceOf(RuleRefusedError);
    for (const i of items)
      await decideItem(
        db,
        seedActor,
        i.id,
        i.habilitationId
          ? { decision: 'maintenir' }
          : { decision: 'supprimer', reason: 'À désactiver dans le portail' },
        SEED_TODAY,
      );
    const fresh = (await db.reviewCampaigns.get(campaign.id))!;
    await saveChecklist(
      db,
      seedActor,
      campaign.id,
      fresh.checklist.map((c) => ({ ...c, answer: 'oui' as const })),
    );
    await closeReview(db, seedActor, campaign.id, SEED_TODAY);
    expect((await db.reviewCampaigns.get(campaign.id))!.status).toBe('closed');
    expect(await db.habilitations.count()).toBe(habilitationsBefore);
    expect(await db.habilitations.filter((h) => h.revokedOn === SEED_TODAY).count()).toBe(0);
    // A backup holding an item without habilitation restores (it names its portal account).
    const parsed = await parseExportFile((await buildExport(db, { appVersion: '0.1.0' })).bytes, {
      today: SEED_TODAY,
    });
    expect(parsed.preview.warnings).toEqual([]);
    const restored = (
      parsed.body.tables.reviewItems as {
        habilitationId?: string;
        portal?: { account?: { login?: string } };
      }[]
    ).find((i) => !i.habilitationId);
    expect(restored?.portal?.account?.login).toBeDefined();
  });
});
