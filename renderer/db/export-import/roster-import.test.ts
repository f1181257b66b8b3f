import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../shared/backup/roster-import';
import { readCsvSheet } from '../../../shared/backup/roster-sheet';
import { canonicalJson } from '../../../shared/domain/journal-chain';
import { seedActor, seededDb, SEED_TODAY } from '../../../test/support/seed-register';
import { verifyJournal } from '../repositories/journal';
import { readExportBody } from './export';
import { importRoster, planRosterImport } from './roster-import';

// Lieusaint: T13 quota 4, three T13 held (DJIRE, COFFI, BENALI): one place left.
const CSV = [
  'Liste des agents du CCAS — mise à jour octobre 2026;;;;;;',
  ';;;;;;',
  'NOM;Prénom;Mail;Tél.;Profil Cdap;Date entrée;Date de départ',
  'PETIT;Zoé;zoe.petit@ville-lieusaint.fr;;T13;01/03/2021;',
  'NOUVEAU;Jules;jules.nouveau@ville-lieusaint.fr;;T13;01/10/2026;',
  'BERNARD;Léa;lea.bernard@ville-lieusaint.fr;;T1;15/09/2018;',
  'Bénali;karim;k.benali@ville-lieusaint.fr;01 64 13 55 88;T13;;',
  'ANCIEN;Paul;;;;01/01/2010;31/08/2026',
  'Total;5;;;;;',
].join('\r\n');

async function setup() {
  const seeded = await seededDb();
  const sheet = readCsvSheet(CSV);
  const mapping = guessMapping(sheet.headers);
  const target = {
    conventionId: seeded.conv.id,
    organisationId: seeded.conv.partnerId,
    defaultBulletinId: seeded.bulletin.id,
  };
  return { ...seeded, sheet, mapping, target };
}

describe('roster import into the register', () => {
  it('keeps every agent, stores the refused habilitations à régulariser with their reason, merges the duplicate', async () => {
    const { db, sheet, mapping, target, agents } = await setup();
    expect(sheet.headerRow).toBe(2);
    const before = await db.agents.count();
    const result = await importRoster(db, seedActor, sheet, mapping, target, SEED_TODAY, {
      inPortal: true,
    });
    expect(result).toEqual({ agents: 4, updated: 1, habilitations: 1, pending: 2, skipped: 0 });
    expect(await db.agents.count()).toBe(before + 4);

    const byName = async (lastName: string) =>
      (await db.agents.where('organisationId').equals(target.organisationId).toArray()).find(
        (a) => a.lastName === lastName,
      )!;
    // The earliest arrival takes the last T13 place; the newcomer is à régulariser.
    const petit = await byName('PETIT');
    expect(await db.habilitations.where('agentId').equals(petit.id).toArray()).toMatchObject([
      { profileCode: 'T13', appliedInPortalOn: SEED_TODAY },
    ]);
    const nouveau = await byName('NOUVEAU');
    expect(await db.habilitations.where('agentId').equals(nouveau.id).count()).toBe(0);
    expect(nouveau.pendingHabilitations).toMatchObject([
      {
        profileCode: 'T13',
        code: 'quota-full',
        article: 'contrat art. 2.2.1',
        inPortal: true,
        source: 'import de liste, ligne 5',
      },
    ]);
    expect(nouveau.pendingHabilitations![0]!.reason).toContain(
      'Quota atteint pour le profil T13 (4 sur 4',
    );
    const bernard = await byName('BERNARD');
    expect(bernard.pendingHabilitations![0]).toMatchObject({
      profileCode: 'T1',
      code: 'quota-none',
    });
    // The duplicate of Karim BENALI completed the register's agent (no second BENALI).
    const benali = await db.agents.get(agents[2]!.id);
    expect(benali).toMatchObject({
      email: 'k.benali@ville-lieusaint.fr',
      phoneFixed: '01 64 13 55 88',
      function: 'Agent administratif, instruction FSL',
    });
    expect(
      (await db.agents.toArray()).filter(
        (a) => a.lastName.startsWith('B') && a.firstName?.toLowerCase() === 'karim',
      ),
    ).toHaveLength(1);
    // The departure is the agent's departure.
    expect((await byName('ANCIEN')).departedOn).toBe('2026-08-31');
    expect((await verifyJournal(db)).ok).toBe(true);
  });

  it('writes all of it in one transaction: a failure half-way leaves the register as it was', async () => {
    const { db, sheet, mapping, target } = await setup();
    const before = canonicalJson(await readExportBody(db));
    db.habilitations.hook('creating', () => {
      throw new Error('disque plein');
    });
    await expect(importRoster(db, seedActor, sheet, mapping, target, SEED_TODAY)).rejects.toThrow(
      'disque plein',
    );
    expect(canonicalJson(await readExportBody(db))).toBe(before);
  });

  it('the dry run writes nothing and says the same as the import', async () => {
    const { db, sheet, mapping, target } = await setup();
    const before = canonicalJson(await readExportBody(db));
    const plan = await planRosterImport(db, sheet, mapping, target, SEED_TODAY, {
      duplicates: { 7: 'create' },
    });
    expect(canonicalJson(await readExportBody(db))).toBe(before);
    // Created anyway, Karim's second record (no arrival date) comes after the newcomer for the quota.
    expect(plan).toMatchObject({
      newAgents: 5,
      updatedAgents: 0,
      granted: 1,
      pending: 3,
      duplicates: 1,
    });
    const result = await importRoster(db, seedActor, sheet, mapping, target, SEED_TODAY, {
      duplicates: { 7: 'create' },
    });
    expect(result).toMatchObject({ agents: 5, habilitations: 1, pending: 3 });
  });
});
