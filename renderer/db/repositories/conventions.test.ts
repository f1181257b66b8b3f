import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/fixture-lieusaint.json';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { RuleRefusedError, ValidationError } from '../validation';
import {
  cancelTermination,
  createConvention,
  listConventions,
  recordTermination,
  removeAvenant,
  removeBilan,
  removeSecuritySession,
  removeSubcontractorNotice,
  saveAvenant,
  saveBilan,
  saveSecuritySession,
  saveServiceContract,
  saveSubcontractorNotice,
  updateConvention,
  updateOrganisation,
  type NewConvention,
} from './conventions';
import { verifyJournal } from './journal';
import { loadRegister } from './register-snapshot';
import { addAgent } from './roster';
import { getCurrentConventionId } from './settings';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };

const lieusaint: NewConvention = {
  partner: {
    name: fixture.partner.name,
    partnerKind: 'CCAS',
    siret: fixture.partner.siret,
    address: fixture.partner.address,
    representative: fixture.partner.representative,
  },
  caf: {
    name: fixture.caf.name,
    address: fixture.caf.address,
    representative: fixture.caf.director,
  },
  convention: {
    number: fixture.convention.number,
    mode: 'délégué',
    signedAt: fixture.convention.signedAt,
    signedOn: fixture.convention.signedOn,
    effectiveOn: fixture.convention.effectiveOn,
    missions: fixture.convention.missions,
    deliberation: fixture.convention.deliberation,
  },
};

async function setup() {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
  const conv = await createConvention(db, actor, lieusaint);
  return { db, conv };
}

describe('conventions repository', () => {
  it('refuses a partner SIRET with a wrong check digit, in French, and writes nothing', async () => {
    const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
    const error = await createConvention(db, actor, {
      ...lieusaint,
      partner: { ...lieusaint.partner, siret: '26770164700014' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('Le SIRET 267 701 647 00014 est incorrect');
    expect(await db.conventions.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
  });

  it('refuses a wrong SIRET when the partner is edited', async () => {
    const { db, conv } = await setup();
    const partner = (await db.organisations.get(conv.partnerId))!;
    await expect(
      updateOrganisation(db, actor, { ...partner, siret: '12345678901234' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await db.organisations.get(conv.partnerId))!.siret).toBe('26770164700013');
  });

  it('records a termination 3 months after receipt, and refuses one day earlier leaving the DB unchanged', async () => {
    const { db, conv } = await setup();
    const journalBefore = await db.journal.count();
    const refused = await recordTermination(db, actor, conv.id, {
      letterReceivedOn: '2026-03-15',
      effectiveOn: '2026-06-14',
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RuleRefusedError);
    expect((refused as Error).message).toContain('au plus tôt 3 mois après la réception');
    expect((refused as Error).message).toContain('15/06/2026');
    expect((await db.conventions.get(conv.id))!.termination).toBeUndefined();
    expect(await db.journal.count()).toBe(journalBefore);

    // The same rule guards a plain update of the convention.
    await expect(
      updateConvention(db, actor, {
        ...conv,
        termination: { letterReceivedOn: '2026-03-15', effectiveOn: '2026-04-01' },
      }),
    ).rejects.toBeInstanceOf(RuleRefusedError);
    expect((await db.conventions.get(conv.id))!.termination).toBeUndefined();

    await recordTermination(db, actor, conv.id, {
      letterReceivedOn: '2026-03-15',
      effectiveOn: '2026-06-15',
      initiatedBy: 'partner',
    });
    expect((await db.conventions.get(conv.id))!.termination).toEqual({
      letterReceivedOn: '2026-03-15',
      effectiveOn: '2026-06-15',
      initiatedBy: 'partner',
    });
    await cancelTermination(db, actor, conv.id);
    expect((await db.conventions.get(conv.id))!.termination).toBeUndefined();
    expect((await verifyJournal(db)).ok).toBe(true);
  });

  it('keeps avenants, bilans, subcontractor notices and security sessions, journalised', async () => {
    const { db, conv } = await setup();
    const [agent] = await Promise.all([
      addAgent(db, actor, {
        organisationId: conv.partnerId,
        lastName: 'BENALI',
        firstName: 'Karim',
        qualifiedSocialWorker: false,
      }),
    ]);
    const avenant = await saveAvenant(db, actor, {
      conventionId: conv.id,
      date: '2024-06-01',
      object: 'Ajout du profil T13',
    });
    await saveAvenant(db, actor, { ...avenant, object: 'Ajout du profil T13 (bulletin Cdap)' });
    const bilan = await saveBilan(db, actor, {
      conventionId: conv.id,
      meetingOn: '2025-01-20',
      reportWrittenBy: 'caf',
    });
    const notice = await saveSubcontractorNotice(db, actor, {
      conventionId: conv.id,
      provider: 'Logiciels Sociaux SA',
      location: 'Lyon',
      notifiedOn: '2025-01-15',
      startOn: '2025-07-15',
    });
    const session = await saveSecuritySession(db, actor, {
      conventionId: conv.id,
      date: '2025-02-03',
      attendeeAgentIds: [agent.id, agent.id],
      notes: 'Mots de passe, comptes personnels',
    });
    expect(session.attendeeAgentIds).toEqual([agent.id]);

    const register = (await loadRegister(db, conv.id))!;
    expect(register.avenants.map((a) => a.object)).toEqual(['Ajout du profil T13 (bulletin Cdap)']);
    expect(register.bilans).toHaveLength(1);
    expect(register.subcontractorNotices).toHaveLength(1);
    expect(register.securitySessions).toHaveLength(1);

    await removeAvenant(db, actor, avenant.id);
    await removeBilan(db, actor, bilan.id);
    await removeSubcontractorNotice(db, actor, notice.id);
    await removeSecuritySession(db, actor, session.id);
    const after = (await loadRegister(db, conv.id))!;
    expect(
      [after.avenants, after.bilans, after.subcontractorNotices, after.securitySessions].map(
        (l) => l.length,
      ),
    ).toEqual([0, 0, 0, 0]);
    const entities = (await db.journal.toArray()).map((e) => `${e.action}:${e.entity}`);
    expect(entities).toEqual(
      expect.arrayContaining(['update:avenants', 'delete:avenants', 'delete:securitySessions']),
    );
    expect((await verifyJournal(db)).ok).toBe(true);
  });

  it('refuses dates that contradict each other and unknown attendees', async () => {
    const { db, conv } = await setup();
    await expect(
      saveBilan(db, actor, {
        conventionId: conv.id,
        meetingOn: '2025-01-20',
        reportValidatedOn: '2025-01-10',
      }),
    ).rejects.toThrow('Le compte-rendu ne peut pas être validé avant la réunion');
    await expect(
      saveSubcontractorNotice(db, actor, {
        conventionId: conv.id,
        provider: 'X',
        notifiedOn: '2025-01-15',
        startOn: '2025-01-01',
      }),
    ).rejects.toThrow('ne peut pas commencer avant d’avoir été annoncé');
    await expect(
      saveSecuritySession(db, actor, {
        conventionId: conv.id,
        date: '2025-02-03',
        attendeeAgentIds: ['nobody'],
      }),
    ).rejects.toThrow('n’est pas un agent du partenaire');
    await expect(
      saveAvenant(db, actor, { conventionId: conv.id, date: '2025-02-03', object: ' ' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.bilans.count()).toBe(0);
    expect(await db.subcontractorNotices.count()).toBe(0);
    expect(await db.securitySessions.count()).toBe(0);
    expect(await db.avenants.count()).toBe(0);
  });

  it('saves the contrat de services with its escalation contacts in order', async () => {
    const { db, conv } = await setup();
    const sc = (await db.serviceContracts.where({ conventionId: conv.id }).first())!;
    const escalation = [
      ...fixture.serviceContract.escalation.caf.map((c) => ({ ...c, side: 'caf' as const })),
      ...fixture.serviceContract.escalation.partner.map((c) => ({
        ...c,
        side: 'partner' as const,
      })),
    ];
    await saveServiceContract(db, actor, {
      ...sc,
      signedOn: '2024-01-08',
      serviceCentreEmail: fixture.serviceContract.serviceCentre.email,
      serviceCentreHours: fixture.serviceContract.serviceCentre.hours,
      escalation,
    });
    const saved = (await loadRegister(db, conv.id))!.serviceContract!;
    expect(saved.escalation.map((c) => c.name)).toEqual([
      'Myriam DETOURNAY',
      'Karine BOUPIES',
      'Véronique DJIRE',
      'Sandrine COFFI',
    ]);
  });

  it('lists several conventions and makes the last created current', async () => {
    const { db, conv } = await setup();
    const other = await createConvention(db, actor, {
      ...lieusaint,
      partner: {
        ...lieusaint.partner,
        name: 'Commune de Lieusaint',
        partnerKind: 'commune',
        siret: '21770250500009',
      },
      convention: { ...lieusaint.convention, number: '2024-12' },
    });
    expect(await getCurrentConventionId(db)).toBe(other.id);
    const list = await listConventions(db);
    expect(list.map((l) => l.partner?.name).sort()).toEqual([
      'CCAS de Lieusaint',
      'Commune de Lieusaint',
    ]);
    expect(list.find((l) => l.convention.id === conv.id)?.caf?.name).toBe(fixture.caf.name);
  });
});
