/**
 * SIRET (14 digits) and SIREN (its first 9): both end with a Luhn check digit.
 * La Poste (SIREN 356000000) numbers its establishments differently: a La Poste SIRET is
 * valid when the sum of its 14 digits is a multiple of 5. Its head office
 * (35600000000048) follows the ordinary Luhn rule and is accepted by it (INSEE; same
 * exception in python-stdnum).
 */
import { frenchSpacing } from './text';

export const LA_POSTE_SIREN = '356000000';
export const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

/** Removes what people type between the digits: spaces (any kind), dots, hyphens. */
export function normalizeSiret(input: string): string {
  return input.replace(/[\s\u00A0\u202F.-]/g, '');
}

/** The Luhn check on a string of digits. */
export function luhnIsValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const digitSum = (digits: string) => [...digits].reduce((s, c) => s + Number(c), 0);

export type SiretErrorCode = 'empty' | 'characters' | 'length' | 'zeros' | 'siren-check' | 'check';

export type IdentifierCheck =
  { ok: true; value: string } | { ok: false; code: SiretErrorCode; message: string };

function fail(code: SiretErrorCode, message: string): IdentifierCheck {
  return { ok: false, code, message: frenchSpacing(message) };
}

/**
 * Validates a SIRET as typed by a user. `value` is the normalised 14 digits.
 * Errors distinguish a wrong length, non-digit characters, a wrong SIREN (first 9 digits)
 * and a wrong check digit.
 */
export function validateSiret(input: string): IdentifierCheck {
  const value = normalizeSiret(input);
  if (value === '') return fail('empty', 'Le SIRET est vide : saisissez ses 14 chiffres.');
  if (!/^\d+$/.test(value)) {
    return fail(
      'characters',
      'Le SIRET ne doit contenir que des chiffres (les espaces sont permis).',
    );
  }
  if (value.length !== 14) {
    return fail(
      'length',
      `Le SIRET doit comporter 14 chiffres : ${value.length} ${value.length > 1 ? 'ont été saisis' : 'a été saisi'}.`,
    );
  }
  if (/^0+$/.test(value)) {
    return fail(
      'zeros',
      'Un SIRET ne peut pas être fait que de zéros : saisissez celui de l’avis de situation Sirene.',
    );
  }
  const siren = value.slice(0, 9);
  if (siren === LA_POSTE_SIREN && value !== LA_POSTE_HEAD_OFFICE_SIRET) {
    return digitSum(value) % 5 === 0
      ? { ok: true, value }
      : fail(
          'check',
          `Le SIRET ${formatSiret(value)} est incorrect : pour un établissement de La Poste, la somme des 14 chiffres doit être un multiple de 5. Vérifiez le numéro sur l’avis de situation Sirene.`,
        );
  }
  if (!luhnIsValid(siren)) {
    return fail(
      'siren-check',
      `Le SIREN ${formatSiren(siren)} (9 premiers chiffres du SIRET) est incorrect : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre.`,
    );
  }
  if (!luhnIsValid(value)) {
    return fail(
      'check',
      `Le SIRET ${formatSiret(value)} est incorrect : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre, en particulier les 5 derniers.`,
    );
  }
  return { ok: true, value };
}

/** Validates a SIREN (9 digits, Luhn). */
export function validateSiren(input: string): IdentifierCheck {
  const value = normalizeSiret(input);
  if (value === '') return fail('empty', 'Le SIREN est vide : saisissez ses 9 chiffres.');
  if (!/^\d+$/.test(value)) {
    return fail(
      'characters',
      'Le SIREN ne doit contenir que des chiffres (les espaces sont permis).',
    );
  }
  if (value.length !== 9) {
    return fail(
      'length',
      `Le SIREN doit comporter 9 chiffres : ${value.length} ${value.length > 1 ? 'ont été saisis' : 'a été saisi'}.`,
    );
  }
  if (!luhnIsValid(value)) {
    return fail(
      'check',
      `Le SIREN ${formatSiren(value)} est incorrect : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre.`,
    );
  }
  return { ok: true, value };
}

export const isValidSiret = (input: string) => validateSiret(input).ok;
export const isValidSiren = (input: string) => validateSiren(input).ok;

/** `26770164700013` → `267 701 647 00013`; anything that is not 14 digits is returned trimmed. */
export function formatSiret(input: string): string {
  const v = normalizeSiret(input);
  if (!/^\d{14}$/.test(v)) return input.trim();
  return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6, 9)} ${v.slice(9)}`;
}

/** `267701647` → `267 701 647`. */
export function formatSiren(input: string): string {
  const v = normalizeSiret(input);
  if (!/^\d{9}$/.test(v)) return input.trim();
  return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6, 9)}`;
}
