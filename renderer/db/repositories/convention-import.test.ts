import { describe, expect, it } from 'vitest';
import lieusaintText from '../../../test/fixtures/samples/lieusaint-2023.txt?raw';
import { draftFromExtraction, extractConvention, type ImportDraft } from '../../../shared/import';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { ValidationError } from '../validation';
import { importConvention } from './convention-import';
import { verifyJournal } from './journal';
import { loadRegister } from './register-snapshot';
import { getCurrentConventionId } from './settings';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };
const draft = (): ImportDraft => draftFromExtraction(extractConvention(lieusaintText));

async function snapshotAll(db: Awaited<ReturnType<typeof openDatabase>>) {
  const tables = [
    'organisations',
    'conventions',
    'serviceContracts',
    'contacts',
    'bulletins',
    'quotas',
    'profiles',
    'journal',
  ] as const;
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
  );
}

describe('importConvention', () => {
  it('links the annex-1 Administrateur and suppléant to their agents with their portal role, and dates the effect', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0' });
    // First import with the agents' creation declined: nothing created, nothing linked.
    const declined = { ...draft(), createAdministratorAgents: false };
    const first = await importConvention(db, actor, declined, { today: '2026-11-23' });
    expect(first).toMatchObject({ administratorsLinked: 0, administratorsCreated: 0 });
    expect(await db.agents.count()).toBe(0);
    // An agent already in the register (other case and accents) is linked, not duplicated.
    const reg0 = (await loadRegister(db, first.conventionId))!;
    await db.agents.add({
      id: 'djire',
      organisationId: reg0.partner.id,
      lastName: 'Djire',
      firstName: 'veronique',
      qualifiedSocialWorker: false,
      portalRole: 'Utilisateur',
    });
    const second = await importConvention(db, actor, draft(), {
      today: '2026-11-23',
      targetConventionId: first.conventionId,
    });
    expect(second).toMatchObject({ administratorsLinked: 1, administratorsCreated: 1 });
    const reg = (await loadRegister(db, first.conventionId))!;
    expect(reg.convention).toMatchObject({ signedOn: '2024-01-08', effectiveOn: '2024-01-08' });
    const djire = reg.agents.find((a) => a.id === 'djire')!;
    expect(djire.portalRole).toBe('Administrateur');
    const coffi = reg.agents.find((a) => a.lastName === 'COFFI')!;
    expect(coffi).toMatchObject({
      firstName: 'Sandrine',
      email: 's.coffi@ville-lieusaint.fr',
      phoneFixed: '01 64 13 55 76',
      portalRole: 'Administrateur suppléant',
    });
    const admin = reg.contacts.find((c) => c.side === 'partner' && c.role === 'administrateur')!;
    const suppleant = reg.contacts.find(
      (c) => c.side === 'partner' && c.role === 'administrateur-suppleant',
    )!;
    expect([admin.agentId, suppleant.agentId]).toEqual(['djire', coffi.id]);
    // No « fix by hand » alert is left about the administrators' portal roles.
    const { computeAlerts } = await import('../../../shared/domain/alerts');
    const alerts = computeAlerts(reg, '2026-11-23', reg.profiles);
    expect(alerts.filter((a) => a.code === 'administrator-role-mismatch')).toEqual([]);
    expect((await verifyJournal(db)).ok).toBe(true);
  });

  it('creates partner, CAF, convention, contrat de services, contacts, bulletin and quota in one journalised transaction', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0' });
    const result = await importConvention(db, actor, draft(), { today: '2026-11-23' });
    expect(result).toMatchObject({
      created: true,
      contactsAdded: 10,
      bulletinsAdded: 1,
      quotasSet: 1,
    });
    expect(await getCurrentConventionId(db)).toBe(result.conventionId);
    const reg = (await loadRegister(db, result.conventionId))!;
    expect(reg.partner).toMatchObject({
      name: 'CCAS de Lieusaint',
      partnerKind: 'CCAS',
      siret: '26770164700013',
      representative: { name: 'Michel Bisson', title: 'Président' },
    });
    expect(reg.caf).toMatchObject({
      name: "Caisse d'Allocations familiales de Seine et Marne",
      representative: { name: 'Pedro RODRIGUES' },
    });
    expect(reg.convention).toMatchObject({
      number: '2023-267 701 647',
      signedAt: 'Melun',
      mode: 'délégué',
      missions: [
        'Instruction des dossiers FSL',
        'Suivi, instruction et accompagnement des allocataires dans leur ouverture de droits',
      ],
      deliberation: {
        body: "Conseil d'administration du CCAS",
        date: '2023-12-12',
        number: '10.2023',
      },
    });
    expect(reg.serviceContract).toMatchObject({
      signedOn: '2024-01-08',
      serviceCentreEmail: 'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
      serviceCentreHours: 'du lundi au vendredi de 9 h à 16 h',
    });
    expect(reg.serviceContract?.escalation).toHaveLength(4);
    const partnerRoles = reg.contacts
      .filter((c) => c.side === 'partner')
      .map((c) => [c.role, c.name]);
    expect(partnerRoles).toEqual(
      expect.arrayContaining([
        ['administrateur', 'Véronique DJIRE'],
        ['administrateur-suppleant', 'Sandrine COFFI'],
        ['responsable-securite', 'Rénald THOMAS'],
        ['dpo', 'Rénald THOMAS'],
      ]),
    );
    expect(reg.contacts.every((c) => c.validFrom === '2024-01-08')).toBe(true);
    expect(reg.bulletins.map((b) => [b.serviceCode, b.annexNumber])).toEqual([['CDAP', '2']]);
    expect(reg.quotas.map((q) => [q.profileCode, q.max])).toEqual([['T13', 4]]);
    // + the annex-1 Administrateur and suppléant created as agents and linked to their contact.
    const journal = await db.journal.toArray();
    expect(journal.length).toBe(2 + 1 + 1 + 10 + 1 + 1 + 2 + 2);
    expect((await verifyJournal(db)).ok).toBe(true);
  });

  it('updates the current convention without duplicating what is already there', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0' });
    const first = await importConvention(db, actor, draft(), { today: '2026-11-23' });
    const d = draft();
    d.bulletins[0]!.quotas[0]!.max = '6';
    const again = await importConvention(db, actor, d, {
      today: '2026-11-23',
      targetConventionId: first.conventionId,
    });
    expect(again).toMatchObject({
      conventionId: first.conventionId,
      created: false,
      contactsAdded: 0,
      bulletinsAdded: 0,
      quotasSet: 1,
    });
    expect(await db.conventions.count()).toBe(1);
    expect(await db.organisations.count()).toBe(2);
    expect((await db.quotas.toArray()).map((q) => q.max)).toEqual([6]);
  });

  it('writes nothing when the draft is refused, or when a write fails half-way', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0' });
    const before = await snapshotAll(db);
    const bad = draft();
    bad.partner.siret = '267 701 647 00014';
    await expect(importConvention(db, actor, bad, { today: '2026-11-23' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    // an invalid e-mail on the LAST contact: the schema refuses it after partner, CAF,
    // convention and the other contacts were already written in the transaction
    const late = draft();
    late.contacts[late.contacts.length - 1]!.email = 'pas-une-adresse';
    await expect(importConvention(db, actor, late, { today: '2026-11-23' })).rejects.toThrow();
    expect(await snapshotAll(db)).toEqual(before);
    expect(await getCurrentConventionId(db)).toBeUndefined();
  });
});
