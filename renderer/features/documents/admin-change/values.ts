/** The wizard's values and how they become the form's snapshot (pure, tested). */
import { z } from 'zod';
import type { AdminChangeSnapshot } from '../../../../shared/documents/admin-change';
import { agentName } from '../../../../shared/domain/format';
import { currentPartnerContacts, type AdminRole } from '../../../../shared/domain/rules/contacts';
import type { Agent, Contact } from '../../../../shared/domain/schemas';
import { personMatchesAgent, splitPhonesByKind } from '../../../../shared/import/admin-agents';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';

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

/** The agent an annex-1 contact is: its link, else the same name or e-mail. */
function agentOfContact(register: Pick<RegisterSnapshot, 'agents'>, c: Contact): Agent | undefined {
  if (c.agentId) return register.agents.find((a) => a.id === c.agentId);
  return register.agents.find((a) => !a.purgedAt && personMatchesAgent(c, a));
}

/**
 * « remplace un administrateur existant » from the current holder of the role; the e-mail
 * from the annex, else from the holder's agent record.
 */
export function replacedFromRegister(register: RegisterSnapshot, role: AdminRole, today: string) {
  const holder = currentPartnerContacts(register.contacts, role, today)[0];
  const agent = holder ? agentOfContact(register, holder) : undefined;
  return {
    replaces: Boolean(holder),
    replacedContactId: holder?.id ?? '',
    replacedName: holder?.name ?? '',
    replacedEmail: holder?.email?.trim() || agent?.email || '',
  };
}

export function initialValues(
  register: RegisterSnapshot,
  today: string,
  role: AdminRole = 'administrateur',
): AdminChangeValues {
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

/**
 * The person fields taken from a roster agent (the administrator signs for herself); phone
 * and e-mail the agent record lacks are taken from the annex-1 contacts that are this person.
 */
export function valuesFromAgent(
  agent: Agent,
  contacts: readonly Contact[] = [],
): Partial<AdminChangeValues> {
  const same = contacts.filter(
    (c) =>
      c.side === 'partner' &&
      !c.validTo &&
      (c.agentId ? c.agentId === agent.id : personMatchesAgent(c, agent)),
  );
  const annexEmail = same.map((c) => c.email?.trim()).find(Boolean);
  const annexPhones = splitPhonesByKind(same.flatMap((c) => c.phones));
  // A list's single « Téléphone » column often holds a mobile: file each number by its kind.
  const own = splitPhonesByKind(
    [agent.phoneMobile, agent.phoneFixed].filter((p): p is string => Boolean(p?.trim())),
  );
  return {
    agentId: agent.id,
    firstName: agent.firstName ?? '',
    lastName: agent.lastName,
    function: agent.function ?? '',
    phoneFixed: own.phoneFixed || annexPhones.phoneFixed || '',
    phoneMobile: own.phoneMobile || annexPhones.phoneMobile || '',
    email: agent.email || annexEmail || '',
    adminSignatoryFunction: agent.function ?? '',
    adminSignatoryName: agentName(agent),
  };
}

export function newAdminName(v: Pick<AdminChangeValues, 'firstName' | 'lastName'>): string {
  return agentName({
    firstName: v.firstName.trim() || undefined,
    lastName: v.lastName.trim(),
  }).trim();
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
    caf: {
      name: register.caf.name,
      ...(register.caf.address ? { address: register.caf.address } : {}),
    },
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
      ? {
          name: opt(v.replacedName),
          email: opt(v.replacedEmail),
          contactId: opt(v.replacedContactId),
        }
      : {},
    partnerSignatory: {
      function: opt(v.partnerSignatoryFunction),
      name: opt(v.partnerSignatoryName),
    },
    adminSignatory: { function: opt(v.adminSignatoryFunction), name: opt(v.adminSignatoryName) },
  };
}

const s = z.string().max(500);
/** What a stored draft of the wizard must look like to be offered back (« Reprendre »). */
export const adminChangeValuesSchema: z.ZodType<AdminChangeValues> = z.object({
  role: z.enum(['administrateur', 'administrateur-suppleant']),
  agentId: s,
  firstName: s,
  lastName: s,
  function: s,
  phoneFixed: s,
  phoneMobile: s,
  email: s,
  effectiveOn: s,
  replaces: z.boolean(),
  replacedContactId: s,
  replacedName: s,
  replacedEmail: s,
  partnerSignatoryFunction: s,
  partnerSignatoryName: s,
  adminSignatoryFunction: s,
  adminSignatoryName: s,
});

/** Has the user typed or chosen anything worth keeping as a draft? */
export function isWorthADraft(v: AdminChangeValues, initial: AdminChangeValues): boolean {
  return (
    ['agentId', 'firstName', 'lastName', 'function', 'phoneFixed', 'phoneMobile', 'email'] as const
  ).some((k) => v[k].trim() !== initial[k].trim());
}
