/**
 * The editable form of an extraction, as the review screen shows it and the import saves
 * it: plain strings (empty = not given), lists the user can trim.
 */
import type { ContactRole, Side } from '../domain/schemas/entities';
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
}

const v = (e: Extracted<string> | undefined) => e?.value ?? '';

/** The draft pre-filled with what was extracted (missions one per line). */
export function draftFromExtraction(x: ConventionExtraction): ImportDraft {
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
      address: v(x.caf.address),
      directorName: v(x.caf.directorName),
      directorTitle: v(x.caf.directorTitle),
    },
    convention: {
      number: v(x.convention.number),
      signedAt: v(x.convention.signedAt),
      signedOn: v(x.convention.signedOn),
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
