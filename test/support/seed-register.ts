/** A realistic register (Lieusaint) in a fresh fake-indexeddb database, for data-layer tests. */
import fixture from '../fixtures/fixture-lieusaint.json';
import type { AppDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import { addBulletin, setQuota } from '../../renderer/db/repositories/bulletins';
import { createConvention, type NewConvention } from '../../renderer/db/repositories/conventions';
import {
  addAgent,
  grantHabilitation,
  revokeHabilitation,
} from '../../renderer/db/repositories/roster';
import { setCurrentConventionId, setUserName } from '../../renderer/db/repositories/settings';
import { uniqueDbName } from './migration-harness';

export const SEED_TODAY = '2026-11-23';
export const seedActor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };

/** The Lieusaint partner, CAF and convention of the fixture, as `createConvention` takes them. */
export function lieusaintConventionInput(): NewConvention {
  const { partner, caf, convention } = fixture;
  return {
    partner: {
      name: partner.name,
      partnerKind: 'CCAS',
      siret: partner.siret,
      address: partner.address,
      representative: partner.representative,
    },
    caf: { name: caf.name, address: caf.address, representative: caf.director },
    convention: {
      number: convention.number,
      mode: 'délégué',
      signedAt: convention.signedAt,
      signedOn: convention.signedOn,
      effectiveOn: convention.effectiveOn,
      missions: convention.missions,
      deliberation: convention.deliberation,
    },
  };
}

export async function emptyDb(): Promise<AppDatabase> {
  return openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
}

export async function seededDb(options: { oldRevocation?: boolean } = {}) {
  const db = await emptyDb();
  await setUserName(db, 'Sandrine COFFI');
  const conv = await createConvention(db, seedActor, lieusaintConventionInput());
  await setCurrentConventionId(db, conv.id);
  const bulletin = await addBulletin(db, seedActor, {
    conventionId: conv.id,
    serviceCode: 'CDAP',
    serviceLabel: fixture.bulletins[0]!.label,
    annexNumber: '2',
  });
  await setQuota(db, seedActor, bulletin.id, 'T13', 4);
  const agents = [];
  for (const a of fixture.agents) {
    agents.push(
      await addAgent(db, seedActor, {
        ...a,
        organisationId: conv.partnerId,
        qualifiedSocialWorker: false,
        portalRole: a.portalRole as 'Utilisateur',
      }),
    );
  }
  const grants = [];
  for (const a of agents.slice(0, 3)) {
    grants.push(
      await grantHabilitation(
        db,
        seedActor,
        {
          agentId: a.id,
          bulletinId: bulletin.id,
          profileCode: 'T13',
          grantedOn: '2019-10-01',
          grantedBy: 'Véronique DJIRE',
          justification: 'Instruction des dossiers FSL',
        },
        SEED_TODAY,
      ),
    );
  }
  if (options.oldRevocation) {
    await revokeHabilitation(db, seedActor, grants[2]!.id, '2020-01-15', 'Départ de l’agent');
  }
  return { db, conv, bulletin, agents, grants };
}
