/** The deliberation annex's snapshot, filled from the register (pure). */
import {
  adminChangeSnapshotSchema,
  type AdminChangeSnapshot,
} from '../../../../shared/documents/admin-change';
import type { DeliberationAnnexSnapshot } from '../../../../shared/documents/deliberation-annex';
import type { IssuedDocument } from '../../../../shared/domain/schemas';
import { isAdminChangeApplied } from '../../../db/repositories/documents';
import { agentName, formatBulletinLabel } from '../../../../shared/domain/format';
import {
  contactMatchesAgent,
  currentPartnerContacts,
  type AdminRole,
} from '../../../../shared/domain/rules/contacts';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';

export interface AnnexValues {
  body: string;
  signatoryName: string;
  signatoryFunction: string;
  administratorName: string;
  administratorFunction: string;
  suppleantName: string;
  suppleantFunction: string;
}

function designated(register: RegisterSnapshot, role: AdminRole, today: string) {
  const contact = currentPartnerContacts(register.contacts, role, today)[0];
  if (!contact) return { name: '', function: '' };
  const agent = register.agents.find((a) => contactMatchesAgent(contact, a));
  return {
    name: contact.name ?? (agent ? agentName(agent) : ''),
    function: contact.function ?? agent?.function ?? '',
  };
}

export function initialAnnexValues(register: RegisterSnapshot, today: string): AnnexValues {
  const admin = designated(register, 'administrateur', today);
  const suppleant = designated(register, 'administrateur-suppleant', today);
  const kind = register.partner.partnerKind;
  return {
    body:
      register.convention.deliberation?.body ??
      (kind === 'CCAS'
        ? 'Conseil d’administration du CCAS'
        : kind === 'commune'
          ? 'Conseil municipal'
          : ''),
    signatoryName: register.partner.representative?.name ?? '',
    signatoryFunction: register.partner.representative?.title ?? '',
    administratorName: admin.name,
    administratorFunction: admin.function,
    suppleantName: suppleant.name,
    suppleantFunction: suppleant.function,
  };
}

export function toAnnexSnapshot(
  v: AnnexValues,
  register: RegisterSnapshot,
  generatedAt: string,
  generatedBy: string,
): DeliberationAnnexSnapshot {
  const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  const profiles = new Map(register.profiles.map((p) => [p.code, p.label]));
  const { partner, caf, convention } = register;
  return {
    meta: {
      conventionId: convention.id,
      partnerId: partner.id,
      partnerName: partner.name,
      ...(convention.number ? { conventionNumber: convention.number } : {}),
      generatedAt,
      generatedBy,
    },
    body: opt(v.body),
    partner: {
      name: partner.name,
      kind: partner.partnerKind,
      siret: partner.siret,
      address: opt(partner.address),
      representative: { name: opt(v.signatoryName), function: opt(v.signatoryFunction) },
    },
    caf: {
      name: caf.name,
      address: opt(caf.address),
      representative: {
        name: opt(caf.representative?.name),
        function: opt(caf.representative?.title),
      },
    },
    convention: {
      number: opt(convention.number),
      mode: convention.mode,
      signedOn: convention.signedOn,
      effectiveOn: convention.effectiveOn,
    },
    bulletins: register.bulletins.map((b) => ({
      label: formatBulletinLabel(b),
      serviceLabel: opt(b.serviceLabel),
      annexNumber: opt(b.annexNumber),
      quotas: register.quotas
        .filter((q) => q.bulletinId === b.id)
        .sort((a, c) => a.profileCode.localeCompare(c.profileCode, 'fr', { numeric: true }))
        .map((q) => ({
          profileCode: q.profileCode,
          profileLabel: profiles.get(q.profileCode),
          max: q.max,
        })),
    })),
    missions: convention.missions,
    administrator: { name: opt(v.administratorName), function: opt(v.administratorFunction) },
    suppleant: { name: opt(v.suppleantName), function: opt(v.suppleantFunction) },
    deliberation: {
      number: opt(convention.deliberation?.number),
      date: convention.deliberation?.date,
    },
  };
}

export interface PendingAdminChange {
  role: AdminRole;
  name: string;
  function: string;
  exportedOn: string;
}

/**
 * Administrator-change forms exported but not yet applied to the annex, newest first, one
 * per role: the deliberation designates the person who is about to hold the role.
 */
export function pendingAdminChanges(
  documents: readonly IssuedDocument[],
  contacts: RegisterSnapshot['contacts'],
): PendingAdminChange[] {
  const out: PendingAdminChange[] = [];
  const sorted = [...documents]
    .filter((d) => d.kind === 'changement-administrateur')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const d of sorted) {
    const parsed = adminChangeSnapshotSchema.safeParse(d.snapshot);
    if (!parsed.success) continue;
    const s: AdminChangeSnapshot = parsed.data;
    if (out.some((p) => p.role === s.role) || !s.newAdmin.name || isAdminChangeApplied(s, contacts))
      continue;
    out.push({
      role: s.role,
      name: s.newAdmin.name,
      function: s.newAdmin.function ?? '',
      exportedOn: d.createdAt,
    });
  }
  return out;
}

/** The annex values with the person of each pending change in place of the current holder. */
export function withPendingChanges(
  values: AnnexValues,
  pending: readonly PendingAdminChange[],
): AnnexValues {
  const next = { ...values };
  for (const p of pending) {
    if (p.role === 'administrateur')
      Object.assign(next, { administratorName: p.name, administratorFunction: p.function });
    else Object.assign(next, { suppleantName: p.name, suppleantFunction: p.function });
  }
  return next;
}
