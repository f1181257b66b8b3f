/** The wizard's values and how they become the form's snapshot (pure, tested). */
import type { AdminChangeSnapshot } from '../../../shared/documents/admin-change';
import { agentName } from '../../../shared/domain/format';
import { currentPartnerContacts, type AdminRole } from '../../../shared/domain/rules/contacts';
import type { Agent } from '../../../shared/domain/schemas';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';

export interface AdminChangeValues {
  role: AdminRole;
  agentId: string;
  firstName: string;
  lastName: string;
  function: string;
  phoneFixed: string;
  phoneMobile: string;
  email: string;
  effectiveOn: string;
  replaces: boolean;
  replacedContactId: string;
  replacedName: string;
  replacedEmail: string;
  partnerSignatoryFunction: string;
  partnerSignatoryName: string;
  adminSignatoryFunction: string;
  adminSignatoryName: string;
}

/** « remplace un administrateur existant » from the current holder of the role. */
export function replacedFromRegister(register: RegisterSnapshot, role: AdminRole, today: string) {
  const holder = currentPartnerContacts(register.contacts, role, today)[0];
  return {
    replaces: Boolean(holder),
    replacedContactId: holder?.id ?? '',
    replacedName: holder?.name ?? '',
    replacedEmail: holder?.email ?? '',
  };
}

export function initialValues(register: RegisterSnapshot, today: string, role: AdminRole = 'administrateur'): AdminChangeValues {
  const rep = register.partner.representative;
  return {
    role,
    agentId: '',
    firstName: '',
    lastName: '',
    function: '',
    phoneFixed: '',
    phoneMobile: '',
    email: '',
    effectiveOn: today,
    ...replacedFromRegister(register, role, today),
    partnerSignatoryFunction: rep?.title ?? '',
    partnerSignatoryName: rep?.name ?? '',
    adminSignatoryFunction: '',
    adminSignatoryName: '',
  };
}

/** The person fields taken from a roster agent (the administrator signs for herself). */
export function valuesFromAgent(agent: Agent): Partial<AdminChangeValues> {
  return {
    agentId: agent.id,
    firstName: agent.firstName ?? '',
    lastName: agent.lastName,
    function: agent.function ?? '',
    phoneFixed: agent.phoneFixed ?? '',
    phoneMobile: agent.phoneMobile ?? '',
    email: agent.email ?? '',
    adminSignatoryFunction: agent.function ?? '',
    adminSignatoryName: agentName(agent),
  };
}

export function newAdminName(v: Pick<AdminChangeValues, 'firstName' | 'lastName'>): string {
  return agentName({ firstName: v.firstName.trim() || undefined, lastName: v.lastName.trim() }).trim();
}

export function toSnapshot(
  v: AdminChangeValues,
  register: RegisterSnapshot,
  generatedAt: string,
  generatedBy: string,
): AdminChangeSnapshot {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    meta: {
      conventionId: register.convention.id,
      partnerId: register.partner.id,
      partnerName: register.partner.name,
      ...(register.convention.number ? { conventionNumber: register.convention.number } : {}),
      generatedAt,
      generatedBy,
    },
    role: v.role,
    effectiveOn: v.effectiveOn,
    caf: { name: register.caf.name, ...(register.caf.address ? { address: register.caf.address } : {}) },
    newAdmin: {
      name: opt(newAdminName(v)),
      firstName: opt(v.firstName),
      lastName: opt(v.lastName),
      function: opt(v.function),
      phoneFixed: opt(v.phoneFixed),
      phoneMobile: opt(v.phoneMobile),
      email: opt(v.email),
      agentId: opt(v.agentId),
    },
    replaces: v.replaces,
    replaced: v.replaces
      ? { name: opt(v.replacedName), email: opt(v.replacedEmail), contactId: opt(v.replacedContactId) }
      : {},
    partnerSignatory: { function: opt(v.partnerSignatoryFunction), name: opt(v.partnerSignatoryName) },
    adminSignatory: { function: opt(v.adminSignatoryFunction), name: opt(v.adminSignatoryName) },
  };
}
