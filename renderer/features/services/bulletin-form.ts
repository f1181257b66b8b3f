/**
 * The bulletin form: CDAP by default (the CAF's label filled in), any other service by name.
 * Pure, unit-tested.
 */
import { isValidIsoDate } from '../../../shared/domain/dates';
import { DEFAULT_SERVICE } from '../../../shared/domain/profiles';
import type { Bulletin } from '../../../shared/domain/schemas';

export interface BulletinFormValues {
  service: 'default' | 'other';
  serviceCode: string;
  serviceLabel: string;
  siteLabel: string;
  annexNumber: string;
  date: string;
}

export type BulletinFormErrors = Partial<Record<keyof BulletinFormValues, string>>;

/** « 2.1 », « 2.2 »… for the next bulletin, as the contrat de services numbers its annexes. */
export function nextAnnexNumber(existing: readonly Pick<Bulletin, 'annexNumber'>[]): string {
  let max = 0;
  for (const b of existing) {
    const m = /^2\.(\d+)$/.exec(b.annexNumber?.trim() ?? '');
    if (m) max = Math.max(max, Number(m[1]));
    else if (b.annexNumber?.trim() === '2') max = Math.max(max, 1);
  }
  return `2.${max + 1}`;
}

export function emptyBulletinValues(
  existing: readonly Pick<Bulletin, 'annexNumber'>[],
): BulletinFormValues {
  return {
    service: 'default',
    serviceCode: '',
    serviceLabel: '',
    siteLabel: '',
    annexNumber: nextAnnexNumber(existing),
    date: '',
  };
}

export function valuesFromBulletin(b: Bulletin): BulletinFormValues {
  const isDefault = b.serviceCode.trim().toUpperCase() === DEFAULT_SERVICE.code;
  return {
    service: isDefault ? 'default' : 'other',
    serviceCode: isDefault ? '' : b.serviceCode,
    serviceLabel: isDefault ? '' : (b.serviceLabel ?? ''),
    siteLabel: b.siteLabel ?? '',
    annexNumber: b.annexNumber ?? '',
    date: b.date ?? '',
  };
}

export function validateBulletin(v: BulletinFormValues): BulletinFormErrors {
  const errors: BulletinFormErrors = {};
  if (v.service === 'other' && !v.serviceCode.trim()) {
    errors.serviceCode = 'Indiquez le sigle du service (par exemple AFAS).';
  }
  if (v.serviceCode.trim().length > 40)
    errors.serviceCode = 'Le sigle ne peut pas dépasser 40 caractères.';
  if (v.annexNumber.trim().length > 20)
    errors.annexNumber = 'Le numéro d’annexe ne peut pas dépasser 20 caractères.';
  if (v.date && !isValidIsoDate(v.date)) errors.date = 'Cette date n’existe pas.';
  return errors;
}

export function bulletinFields(v: BulletinFormValues): Omit<Bulletin, 'id' | 'conventionId'> {
  const text = (s: string) => s.trim().replace(/\s+/g, ' ') || undefined;
  const serviceCode = v.service === 'default' ? DEFAULT_SERVICE.code : v.serviceCode.trim();
  const serviceLabel = v.service === 'default' ? DEFAULT_SERVICE.label : text(v.serviceLabel);
  const siteLabel = text(v.siteLabel);
  const annexNumber = text(v.annexNumber);
  return {
    serviceCode,
    ...(serviceLabel ? { serviceLabel } : {}),
    ...(siteLabel ? { siteLabel } : {}),
    ...(annexNumber ? { annexNumber } : {}),
    ...(v.date ? { date: v.date } : {}),
  };
}
