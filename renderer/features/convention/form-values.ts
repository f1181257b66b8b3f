/**
 * What the convention forms hold (strings, as typed) and how they become entities. Each
 * schema gives the French message shown next to its field.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { formatPhone } from '../../../shared/domain/format';
import {
  email as emailSchema,
  MANAGEMENT_MODES,
  PARTNER_KINDS,
  type Convention,
  type Organisation,
} from '../../../shared/domain/schemas';
import { formatSiret, normalizeSiret, validateSiret } from '../../../shared/domain/siret';
import type { ConventionFields, OrganisationFields } from '../../db/repositories/conventions';

export const PARTNER_KIND_LABELS: Record<(typeof PARTNER_KINDS)[number], string> = {
  CCAS: 'CCAS',
  commune: 'Commune',
  EPCI: 'EPCI',
  autre: 'Autre',
};

export const MODE_LABELS: Record<(typeof MANAGEMENT_MODES)[number], string> = {
  délégué: 'Délégué',
  centralisé: 'Centralisé',
};

export const MODE_HELP =
  'Délégué (le plus courant) : l’Administrateur du partenaire crée lui-même les habilitations. Centralisé : la Caf les crée à la demande du partenaire (conv. art. 9.1).';

const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`);
const required = (max: number, message = 'Ce champ est obligatoire.') => text(max).min(1, message);
const optionalEmail = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || emailSchema.safeParse(v).success,
    'Adresse mél invalide (exemple : prenom.nom@ville.fr).',
  );
const optionalDate = z
  .string()
  .refine((v) => v === '' || isValidIsoDate(v), 'Cette date n’existe pas.');
export const requiredDate = (message = 'Indiquez la date.') =>
  z.string().min(1, message).refine(isValidIsoDate, 'Cette date n’existe pas.');
const siret = z.string().superRefine((value, ctx) => {
  const check = validateSiret(value);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
});

export const partnerValuesSchema = z.object({
  name: required(300, 'Indiquez le nom du partenaire (exemple : CCAS de Lieusaint).'),
  kind: z.enum(PARTNER_KINDS, 'Choisissez le type de partenaire.'),
  siret,
  address: text(500),
  representativeName: text(200),
  representativeTitle: text(200),
  email: optionalEmail,
  phone: text(40),
});
export type PartnerValues = z.infer<typeof partnerValuesSchema>;

export const cafValuesSchema = z.object({
  name: required(300, 'Indiquez le nom de la Caf.'),
  address: text(500),
  directorName: text(200),
  directorTitle: text(200),
});
export type CafValues = z.infer<typeof cafValuesSchema>;

export const conventionValuesSchema = z.object({
  number: required(
    100,
    'Indiquez le numéro de la convention, tel qu’il est écrit (exemple : 2023-267 701 647).',
  ),
  signedAt: text(200),
  signedOn: requiredDate('Indiquez la date de signature.'),
  effectiveOn: optionalDate,
  mode: z.enum(MANAGEMENT_MODES),
});
export type ConventionValues = z.infer<typeof conventionValuesSchema>;

export const createValuesSchema = z.object({
  partner: partnerValuesSchema,
  caf: cafValuesSchema,
  convention: conventionValuesSchema,
});
export type CreateValues = z.infer<typeof createValuesSchema>;

export const EMPTY_CREATE_VALUES: CreateValues = {
  partner: {
    name: '',
    kind: 'CCAS',
    siret: '',
    address: '',
    representativeName: '',
    representativeTitle: '',
    email: '',
    phone: '',
  },
  caf: { name: '', address: '', directorName: '', directorTitle: '' },
  convention: { number: '', signedAt: '', signedOn: '', effectiveOn: '', mode: 'délégué' },
};

/** Drops the fields left empty, so that the stored rows hold only what was filled in. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== '' && v !== undefined),
  ) as T;
}

function person(name: string, title: string) {
  const p = compact({ name: name.trim(), title: title.trim() });
  return Object.keys(p).length ? p : undefined;
}

export function partnerFromValues(v: PartnerValues): OrganisationFields {
  return compact({
    name: v.name.trim(),
    partnerKind: v.kind,
    siret: normalizeSiret(v.siret),
    address: v.address.trim(),
    representative: person(v.representativeName, v.representativeTitle),
    email: v.email.trim(),
    phone: formatPhone(v.phone),
  });
}

export function partnerToValues(o: Organisation): PartnerValues {
  return {
    name: o.name,
    kind: o.partnerKind ?? 'CCAS',
    siret: o.siret ? formatSiret(o.siret) : '',
    address: o.address ?? '',
    representativeName: o.representative?.name ?? '',
    representativeTitle: o.representative?.title ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
  };
}

export function cafFromValues(v: CafValues): OrganisationFields {
  return compact({
    name: v.name.trim(),
    address: v.address.trim(),
    representative: person(v.directorName, v.directorTitle),
  });
}

export function cafToValues(o: Organisation): CafValues {
  return {
    name: o.name,
    address: o.address ?? '',
    directorName: o.representative?.name ?? '',
    directorTitle: o.representative?.title ?? '',
  };
}

/** The convention's own fields; the effective date defaults to the signature (conv. art. 17.1). */
export function conventionFromValues(
  v: ConventionValues,
): Pick<ConventionFields, 'number' | 'signedAt' | 'signedOn' | 'effectiveOn' | 'mode'> {
  return compact({
    number: v.number.trim(),
    signedAt: v.signedAt.trim(),
    signedOn: v.signedOn,
    effectiveOn: v.effectiveOn || v.signedOn,
    mode: v.mode,
  });
}

export function conventionToValues(c: Convention): ConventionValues {
  return {
    number: c.number ?? '',
    signedAt: c.signedAt ?? '',
    signedOn: c.signedOn ?? '',
    effectiveOn: c.effectiveOn ?? '',
    mode: c.mode,
  };
}

export function createFromValues(v: CreateValues) {
  return {
    partner: partnerFromValues(v.partner),
    caf: cafFromValues(v.caf),
    convention: { ...conventionFromValues(v.convention), missions: [] },
  };
}

/** Convention card edit: the convention, its missions (art. 8) and the deliberation. */
export const conventionEditSchema = z.object({
  convention: conventionValuesSchema,
  missions: z
    .array(z.object({ text: required(500, 'Écrivez la mission, ou retirez la ligne.') }))
    .max(100),
  deliberation: z.object({
    body: text(200),
    date: optionalDate,
    number: text(100),
    prefectureActId: text(200),
  }),
});
export type ConventionEditValues = z.infer<typeof conventionEditSchema>;

export function conventionEditToValues(c: Convention): ConventionEditValues {
  return {
    convention: conventionToValues(c),
    missions: c.missions.map((text) => ({ text })),
    deliberation: {
      body: c.deliberation?.body ?? '',
      date: c.deliberation?.date ?? '',
      number: c.deliberation?.number ?? '',
      prefectureActId: c.deliberation?.prefectureActId ?? '',
    },
  };
}

export function conventionEditFromValues(current: Convention, v: ConventionEditValues): Convention {
  const deliberation = compact({
    body: v.deliberation.body.trim(),
    date: v.deliberation.date,
    number: v.deliberation.number.trim(),
    prefectureActId: v.deliberation.prefectureActId.trim(),
  });
  const {
    number: _n,
    signedAt: _a,
    signedOn: _s,
    effectiveOn: _e,
    deliberation: _d,
    ...rest
  } = current;
  return {
    ...rest,
    ...conventionFromValues(v.convention),
    missions: v.missions.map((m) => m.text.trim()),
    ...(Object.keys(deliberation).length ? { deliberation } : {}),
  };
}
