/**
 * French display helpers. Never `Intl.NumberFormat('fr-FR')`: it emits U+202F, which the
 * PDF fonts lack; we group thousands with U+00A0 ourselves.
 */
import type { Bulletin } from './schemas';
import { NBSP } from './text';

export { formatDateFr as formatDate } from './dates';
export { formatSiret, formatSiren } from './siret';

/** `1234567.5` → `1 234 567,5` with U+00A0 between groups. `decimals` fixes the fraction. */
export function formatNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed =
    decimals === undefined ? String(Math.abs(value)) : Math.abs(value).toFixed(decimals);
  const [intPart = '0', frac] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${frac ? `,${frac}` : ''}`;
}

/** `12 agents`, `1 agent`, `0 agent` (French: 0 and 1 take the singular). */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${Math.abs(n) < 2 ? singular : plural}`;
}

/**
 * A French phone number shown as `01 64 13 55 88`: accepts `0164135588`, `01.64.13.55.88`,
 * `+33 1 64 13 55 88`, `0033164135588`. Anything else (foreign, short numbers) is returned
 * trimmed with its spaces normalised.
 */
export function formatPhone(input: string | undefined | null): string {
  if (!input) return '';
  const compact = input.replace(/[\s\u00A0\u202F.\-()]/g, '');
  let national: string | undefined;
  if (/^0\d{9}$/.test(compact)) national = compact;
  else if (/^\+33\d{9}$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^0033\d{9}$/.test(compact)) national = `0${compact.slice(4)}`;
  else if (/^\+330\d{9}$/.test(compact)) national = compact.slice(3); // « +33 (0)1 … »
  if (!national) return input.trim().replace(/[\s\u00A0\u202F]+/g, ' ');
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** True when `formatPhone` recognises a 10-digit French number. */
export function isFrenchPhone(input: string | undefined | null): boolean {
  return /^0\d( \d{2}){4}$/.test(formatPhone(input));
}

function capitalizeWord(word: string): string {
  return word
    .split(/([-'’])/)
    .map((part) =>
      part.length > 0 && !/^[-'’]$/.test(part)
        ? part[0]!.toUpperCase() + part.slice(1).toLowerCase()
        : part,
    )
    .join('');
}

/** `jean-pierre` → `Jean-Pierre`. */
export function formatFirstName(firstName: string | undefined | null): string {
  if (!firstName) return '';
  return firstName.trim().split(/\s+/).map(capitalizeWord).join(' ');
}

/** « Prénom NOM »: `formatPersonName('véronique', 'Djire')` → `Véronique DJIRE`. */
export function formatPersonName(
  firstName: string | undefined | null,
  lastName: string | undefined | null,
): string {
  const last = (lastName ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
  const first = formatFirstName(firstName);
  return [first, last].filter(Boolean).join(' ');
}

/** « NOM Prénom », as in the review report's table. */
export function formatPersonNameLastFirst(
  firstName: string | undefined | null,
  lastName: string | undefined | null,
): string {
  const last = (lastName ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
  return [last, formatFirstName(firstName)].filter(Boolean).join(' ');
}

/** An agent-like object's display name « Prénom NOM ». */
export function agentName(agent: { firstName?: string | undefined; lastName: string }): string {
  return formatPersonName(agent.firstName, agent.lastName);
}

/**
 * The service name as the CAF writes it: an all-capitals code becomes a word (`CDAP` → `Cdap`,
 * `AFAS` → `Afas`); other codes are kept.
 */
export function formatServiceName(serviceCode: string): string {
  const code = serviceCode.trim();
  return /^[A-Z]{2,}$/.test(code) ? code[0] + code.slice(1).toLowerCase() : code;
}

/** `Cdap`, or `Cdap – Résidence Les Tilleuls` when the bulletin is for a site. */
export function formatBulletinLabel(bulletin: Pick<Bulletin, 'serviceCode' | 'siteLabel'>): string {
  const service = formatServiceName(bulletin.serviceCode);
  return bulletin.siteLabel ? `${service} – ${bulletin.siteLabel}` : service;
}
