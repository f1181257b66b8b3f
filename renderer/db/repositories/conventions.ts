import type { Convention, Organisation, ServiceContract } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { setCurrentConventionId } from './settings';

export type OrganisationFields = Omit<Organisation, 'id' | 'role'>;
export type ConventionFields = Omit<
  Convention,
  'id' | 'partnerId' | 'cafId' | 'createdAt' | 'updatedAt'
>;

export interface NewConvention {
  partner: OrganisationFields;
  caf: OrganisationFields;
  convention: ConventionFields;
}

/**
 * Creates the partner, the CAF, the convention and its (empty) contrat de services in one
 * transaction, and makes it the current convention.
 */
export async function createConvention(
  db: AppDatabase,
  actor: Actor,
  input: NewConvention,
): Promise<Convention> {
  const now = actor.now().toISOString();
  const created = await writeRegister(
    db,
    actor,
    ['organisations', 'conventions', 'serviceContracts', 'settings'],
    async (w) => {
      const partner = await w.put('organisations', { ...input.partner, id: newId(), role: 'partner' });
      const caf = await w.put('organisations', { ...input.caf, id: newId(), role: 'caf' });
      const convention = await w.put(
        'conventions',
        {
          ...input.convention,
          id: newId(),
          partnerId: partner.id,
          cafId: caf.id,
          createdAt: now,
          updatedAt: now,
        },
        `Convention ${input.convention.number ?? ''} créée`.trim(),
      );
      await w.put('serviceContracts', { id: newId(), conventionId: convention.id, escalation: [] });
      return convention;
    },
  );
  await setCurrentConventionId(db, created.id);
  return created;
}

export async function updateOrganisation(db: AppDatabase, actor: Actor, org: Organisation) {
  return writeRegister(db, actor, ['organisations'], (w) => w.put('organisations', org));
}

export async function updateConvention(db: AppDatabase, actor: Actor, convention: Convention) {
  return writeRegister(db, actor, ['conventions'], (w) =>
    w.put('conventions', { ...convention, updatedAt: actor.now().toISOString() }),
  );
}

export async function saveServiceContract(db: AppDatabase, actor: Actor, sc: ServiceContract) {
  return writeRegister(db, actor, ['serviceContracts'], (w) => w.put('serviceContracts', sc));
}

export async function listConventions(db: AppDatabase) {
  const [conventions, organisations] = await Promise.all([
    db.conventions.toArray(),
    db.organisations.toArray(),
  ]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return conventions.map((c) => ({ convention: c, partner: byId.get(c.partnerId), caf: byId.get(c.cafId) }));
}
