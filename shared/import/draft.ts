/**
 * The editable form of an extraction, as the review screen shows it and the import saves
 * it: plain strings (empty = not given), lists the user can trim.
 */
import type { ContactRole, Side } from '../domain/schemas/vocabulary';
import { findCafFormAddress } from './caf-form-address';
import { effectiveDateOf, type EffectiveDate } from './effective-date';
import type { ConventionExtraction, Extracted, PartnerKind } from './types';

export interface DraftContact {
  include: boolean;
  side: Side;
  role: ContactRole;
  name: string;
  email: string;
  phones: string;
}

export interface DraftEscalation {
  side: Side;
  name: string;
  function: string;
  phone: string;
  email: string;
}

export interface DraftBulletin {
  include: boolean;
  serviceCode: string;
  serviceLabel: string;
  siteLabel: string;
  annexNumber: string;
  date: string;
  quotas: { profileCode: string; max: string }[];
}

export interface ImportDraft {
  partner: {
    name: string;
    partnerKind: PartnerKind | '';
    siret: string;
    address: string;
    representativeName: string;
    representativeTitle: string;
    email: string;
    phone: string;
  };
  caf: { name: string; address: string; directorName: string; directorTitle: string };
  convention: {
    number: string;
    signedAt: string;
    signedOn: string;
    /** Defaults to the signature date unless the text gives its own (conv. art. 17.1). */
    effectiveOn: string;
    mode: 'délégué' | 'centralisé';
    missions: string;
  };
  deliberation: { body: string; date: string; number: string; prefectureActId: string };
  serviceContract: {
    signedOn: string;
    serviceCentreEmail: string;
    serviceCentreHours: string;
    handlingTime: string;
    escalation: DraftEscalation[];
  };
  contacts: DraftContact[];
  bulletins: DraftBulletin[];
  /**
   * The annex-1 Administrateur and suppléant are always linked to their agent (same name or
   * e-mail) and get their portal role; when no agent matches, one is created only if this is
   * ticked (the user's confirmation, on the review screen).
   */
  createAdministratorAgents: boolean;
}

/** Where the values the screen explains came from (not edited; shown beside the fields). */
export interface ImportHints {
  /** The signed block the signature date was read from (the convention's, else any other). */
  signedOn?: Extracted<string>;
  /** True when the convention's own block is undated and another signed block gave the date. */
  signedOnFromOtherBlock: boolean;
  effectiveOn?: EffectiveDate;
  /** The CAF address for the form's addressee, and the other addresses the text gives. */
  cafAddress?: Extracted<string>;
  otherCafAddresses: { value: string; sourceLine: number }[];
}

const sameAddress = (a: string, b: string) =>
  a
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '') ===
  b
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Signature date from any signed block, effective date, CAF address for the form. */
export function importHints(x: ConventionExtraction): ImportHints {
  const signedOn = x.convention.signedOn ?? x.serviceContract.signedOn;
  const formAddress = findCafFormAddress(x.lines);
  const cafAddress = formAddress ?? x.caf.address;
  const conflict = x.conflicts.find((c) => c.field === 'caf.address');
  const candidates = [
    ...(conflict?.values ?? []).map((v) => ({ value: v.value, sourceLine: v.sourceLine })),
    ...(x.caf.address
      ? [{ value: x.caf.address.value, sourceLine: x.caf.address.sourceLine }]
      : []),
  ];
  const otherCafAddresses: ImportHints['otherCafAddresses'] = [];
  for (const c of candidates) {
    if (cafAddress && sameAddress(c.value, cafAddress.value)) continue;
    if (otherCafAddresses.some((o) => sameAddress(o.value, c.value))) continue;
    otherCafAddresses.push(c);
  }
  const effectiveOn = effectiveDateOf(x.lines, signedOn?.value);
  return {
    ...(signedOn ? { signedOn } : {}),
    signedOnFromOtherBlock: !x.convention.signedOn && Boolean(x.serviceContract.signedOn),
    ...(effectiveOn ? { effectiveOn } : {}),
    ...(cafAddress ? { cafAddress } : {}),
    otherCafAddresses,
  };
}

const v = (e: Extracted<string> | undefined) => e?.value ?? '';

/** The draft pre-filled with what was extracted (missions one per line). */
export function draftFromExtraction(x: ConventionExtraction): ImportDraft {
  const hints = importHints(x);
  return {
    partner: {
      name: v(x.partner.name),
      partnerKind: x.partner.kind?.value ?? '',
      siret: v(x.partner.siret),
      address: v(x.partner.address),
      representativeName: v(x.partner.representativeName),
      representativeTitle: v(x.partner.representativeTitle),
      email: v(x.partner.email),
      phone: v(x.partner.phone),
    },
    caf: {
      name: v(x.caf.name),
      address: v(hints.cafAddress),
      directorName: v(x.caf.directorName),
      directorTitle: v(x.caf.directorTitle),
    },
    convention: {
      number: v(x.convention.number),
      signedAt: v(x.convention.signedAt),
      signedOn: v(hints.signedOn),
      effectiveOn: hints.effectiveOn?.value ?? '',
      mode: x.convention.mode?.value ?? 'délégué',
      missions: x.convention.missions.map((m) => m.value).join('\n'),
    },
    deliberation: {
      body: v(x.deliberation.body),
      date: v(x.deliberation.date),
      number: v(x.deliberation.number),
      prefectureActId: v(x.deliberation.prefectureActId),
    },
    serviceContract: {
      signedOn: v(x.serviceContract.signedOn),
      serviceCentreEmail: v(x.serviceContract.serviceCentreEmail),
      serviceCentreHours: v(x.serviceContract.serviceCentreHours),
      handlingTime: v(x.serviceContract.handlingTime),
      escalation: x.serviceContract.escalation.map(({ value: e }) => ({
        side: e.side,
        name: e.name,
        function: e.function ?? '',
        phone: e.phone ?? '',
        email: e.email ?? '',
      })),
    },
    contacts: x.contacts.map(({ value: c }) => ({
      include: true,
      side: c.side,
      role: c.role,
      name: c.name ?? '',
      email: c.email ?? '',
      phones: c.phones.join(', '),
    })),
    bulletins: x.bulletins.map(({ value: b }) => ({
      include: true,
      serviceCode: b.serviceCode,
      serviceLabel: b.serviceLabel ?? '',
      siteLabel: b.siteLabel ?? '',
      annexNumber: b.annexNumber ?? '',
      date: b.date ?? '',
      quotas: b.quotas.map((q) => ({ profileCode: q.value.profileCode, max: String(q.value.max) })),
    })),
    createAdministratorAgents: true,
  };
}

/** Phones typed in one field: « 01 64 13 55 88, 06 12 34 56 78 ». */
export const splitPhones = (s: string) =>
  s
    .split(/[,;/]|\s{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Missions typed one per line. */
export const splitMissions = (s: string) =>
  s
    .split(/\r\n|\r|\n/)
    .map((m) => m.trim())
    .filter(Boolean);
