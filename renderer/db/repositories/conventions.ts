import { formatDateFr } from '../../../shared/domain/dates';
import { refusals } from '../../../shared/domain/findings';
import { checkTermination } from '../../../shared/domain/rules/termination';
import type {
  Avenant,
  BilanAnnuel,
  Convention,
  Organisation,
  SecuritySession,
  ServiceContract,
  SubcontractorNotice,
} from '../../../shared/domain/schemas';
import { validateSiret } from '../../../shared/domain/siret';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor, type EditBase } from '../register-writer';
import { RuleRefusedError, StaleEditError, ValidationError } from '../validation';
import { staleEditMessage } from '../../../shared/domain/edit-version';
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
  assertPartnerSiret(input.partner);
  assertTermination(input.convention.termination);
  const now = actor.now().toISOString();
  const created = await writeRegister(
    db,
    actor,
    ['organisations', 'conventions', 'serviceContracts', 'settings'],
    async (w) => {
      const partner = await w.put('organisations', {
        ...input.partner,
        id: newId(),
        role: 'partner',
      });
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

export async function updateOrganisation(
  db: AppDatabase,
  actor: Actor,
  org: Organisation,
  base?: EditBase,
) {
  assertPartnerSiret(org);
  return writeRegister(db, actor, ['organisations'], (w) =>
    w.put('organisations', org, undefined, base && { label: 'Cet organisme', ...base }),
  );
}

export async function updateConvention(
  db: AppDatabase,
  actor: Actor,
  convention: Convention,
  base?: EditBase,
) {
  assertTermination(convention.termination);
  return writeRegister(db, actor, ['conventions'], (w) =>
    w.put(
      'conventions',
      { ...convention, updatedAt: actor.now().toISOString() },
      undefined,
      base && { label: 'Cette convention', ...base },
    ),
  );
}

export async function saveServiceContract(
  db: AppDatabase,
  actor: Actor,
  sc: ServiceContract,
  base?: EditBase,
) {
  return writeRegister(db, actor, ['serviceContracts'], async (w) => {
    // One contract per convention: a form opened when there was none must not add a second
    // one that another window created meanwhile.
    const other = await db.serviceContracts.where('conventionId').equals(sc.conventionId).first();
    if (other && other.id !== sc.id) {
      throw new StaleEditError(
        'changed',
        other,
        staleEditMessage('changed', 'Ce contrat de services'),
      );
    }
    return w.put(
      'serviceContracts',
      sc,
      undefined,
      base && { label: 'Ce contrat de services', ...base },
    );
  });
}

export { listConventions } from './convention-list';

/** The French reason a SIRET is refused, thrown as a validation error. */
function assertPartnerSiret(org: OrganisationFields | Organisation) {
  if (org.siret === undefined || org.siret === '') return;
  const check = validateSiret(org.siret);
  if (!check.ok) throw new ValidationError([check.message]);
}

/** Refuses a termination taking effect less than 3 months after receipt (conv. art. 17.2). */
function assertTermination(termination: Convention['termination']) {
  if (!termination) return;
  const decision = checkTermination(termination);
  if (!decision.ok) throw new RuleRefusedError(refusals(decision));
}

/**
 * Records (or changes) the termination of a convention. Refused, with nothing written, when
 * it would take effect less than 3 months after the letter was received (conv. art. 17.2).
 */
export async function recordTermination(
  db: AppDatabase,
  actor: Actor,
  conventionId: string,
  termination: NonNullable<Convention['termination']>,
): Promise<Convention> {
  assertTermination(termination);
  return writeRegister(db, actor, ['conventions'], async (w) => {
    const current = await db.conventions.get(conventionId);
    if (!current) throw new ValidationError(['Cette convention n’existe plus.']);
    return w.put(
      'conventions',
      { ...current, termination, updatedAt: actor.now().toISOString() },
      'Résiliation enregistrée',
    );
  });
}

/** Removes a recorded termination (entered by mistake, or withdrawn). */
export async function cancelTermination(db: AppDatabase, actor: Actor, conventionId: string) {
  return writeRegister(db, actor, ['conventions'], async (w) => {
    const current = await db.conventions.get(conventionId);
    if (!current) throw new ValidationError(['Cette convention n’existe plus.']);
    const { termination: _removed, ...rest } = current;
    return w.put(
      'conventions',
      { ...rest, updatedAt: actor.now().toISOString() },
      'Résiliation retirée',
    );
  });
}

type WithOptionalId<T extends { id: string }> = Omit<T, 'id'> & { id?: string | undefined };
const withId = <T extends { id: string }>(row: WithOptionalId<T>): T =>
  ({ ...row, id: row.id ?? newId() }) as T;

/** Adds or changes an avenant (conv. art. 17.3). */
export function saveAvenant(db: AppDatabase, actor: Actor, avenant: WithOptionalId<Avenant>) {
  const row = withId<Avenant>(avenant);
  return writeRegister(db, actor, ['avenants'], (w) =>
    w.put('avenants', row, `Avenant du ${formatDateFr(row.date)}`),
  );
}

export function removeAvenant(db: AppDatabase, actor: Actor, id: string) {
  return writeRegister(db, actor, ['avenants'], (w) =>
    w.remove('avenants', id, 'Avenant supprimé'),
  );
}

/** Adds or changes a bilan annuel (conv. art. 16); its compte-rendu cannot be validated before the meeting. */
export function saveBilan(db: AppDatabase, actor: Actor, bilan: WithOptionalId<BilanAnnuel>) {
  const row = withId<BilanAnnuel>(bilan);
  if (row.reportValidatedOn && row.meetingOn && row.reportValidatedOn < row.meetingOn) {
    return Promise.reject(
      new ValidationError([
        'Le compte-rendu ne peut pas être validé avant la réunion du bilan annuel.',
      ]),
    );
  }
  return writeRegister(db, actor, ['bilans'], (w) =>
    w.put('bilans', row, `Bilan annuel du ${formatDateFr(row.meetingOn)}`),
  );
}

export function removeBilan(db: AppDatabase, actor: Actor, id: string) {
  return writeRegister(db, actor, ['bilans'], (w) =>
    w.remove('bilans', id, 'Bilan annuel supprimé'),
  );
}

/**
 * Adds or changes a subcontractor notice (conv. art. 14). A start less than 6 months after
 * the notice is kept (it is a fact to record) and raised as an alert on the dashboard; a
 * start before the notice itself is refused as a typing error.
 */
export function saveSubcontractorNotice(
  db: AppDatabase,
  actor: Actor,
  notice: WithOptionalId<SubcontractorNotice>,
) {
  const row = withId<SubcontractorNotice>(notice);
  if (row.startOn && row.notifiedOn && row.startOn < row.notifiedOn) {
    return Promise.reject(
      new ValidationError([
        'Le prestataire ne peut pas commencer avant d’avoir été annoncé à la Caf.',
      ]),
    );
  }
  return writeRegister(db, actor, ['subcontractorNotices'], (w) =>
    w.put('subcontractorNotices', row, `Prestataire ${row.provider}`),
  );
}

export function removeSubcontractorNotice(db: AppDatabase, actor: Actor, id: string) {
  return writeRegister(db, actor, ['subcontractorNotices'], (w) =>
    w.remove('subcontractorNotices', id, 'Prestataire supprimé'),
  );
}

/**
 * Adds or changes a security-information session (conv. art. 9.2). Attendees must be
 * agents of the convention's partner.
 */
export function saveSecuritySession(
  db: AppDatabase,
  actor: Actor,
  session: WithOptionalId<SecuritySession>,
) {
  const row = withId<SecuritySession>({
    ...session,
    attendeeAgentIds: [...new Set(session.attendeeAgentIds)],
  });
  return writeRegister(db, actor, ['securitySessions', 'agents', 'conventions'], async (w) => {
    const convention = await db.conventions.get(row.conventionId);
    if (!convention) throw new ValidationError(['Cette convention n’existe plus.']);
    const agents = await db.agents.bulkGet(row.attendeeAgentIds);
    if (agents.some((a) => !a || a.organisationId !== convention.partnerId)) {
      throw new ValidationError([
        'Un des participants n’est pas un agent du partenaire de cette convention.',
      ]);
    }
    return w.put(
      'securitySessions',
      row,
      `Session d’information sécurité du ${formatDateFr(row.date)}`,
    );
  });
}

export function removeSecuritySession(db: AppDatabase, actor: Actor, id: string) {
  return writeRegister(db, actor, ['securitySessions'], (w) =>
    w.remove('securitySessions', id, 'Session d’information sécurité supprimée'),
  );
}
