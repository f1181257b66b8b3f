/**
 * Reading the cells of a portal export: dates in every form a spreadsheet gives them (French,
 * ISO, with a time, two-digit years, Excel serial numbers, « 3 janvier 2025 »), account
 * statuses, and profile cells that hold one code or several (« T1, T13 », « CDAP - T13 »).
 */
import { addDays, isValidIsoDate, toIsoDate, type IsoDate } from '../dates';
import { normaliseProfileCode } from '../profiles';
import { foldText } from '../text';

export type PortalStatus = 'actif' | 'suspendu' | 'désactivé';

export const PORTAL_STATUS_LABELS: Record<PortalStatus, string> = {
  actif: 'Actif',
  suspendu: 'Suspendu',
  désactivé: 'Désactivé',
};

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

/** Excel's day 0 is 1899-12-30 (its serials count the phantom 29/02/1900). */
const EXCEL_EPOCH: IsoDate = '1899-12-30';
/** Serials taken as dates: 1954 to 2119 (a plain count or an id is outside). */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

const NEVER = new Set([
  '',
  '-',
  '--',
  'jamais',
  'never',
  'aucune',
  'aucun',
  'neant',
  'n a',
  'n/a',
  'na',
  'null',
  '0000-00-00',
]);

export type DateCell = { ok: true; date?: IsoDate } | { ok: false };

/** A date cell: `{ ok: true }` without date when empty (« jamais »), `{ ok: false }` when unreadable. */
export function readDateCell(raw: string): DateCell {
  const s = raw.trim();
  const f = foldText(s).replace(/[.]/g, '');
  if (NEVER.has(f)) return { ok: true };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,à]+\d{1,2}[:h]\d{2}(?::\d{2})?.*)?$/.exec(
    s,
  );
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return checked(y, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{1,2})(?:er)? ([a-z]+) (\d{4})$/.exec(f);
  if (m && MONTHS[m[2]!]) return checked(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  if (/^\d+([.,]\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s.replace(',', '.')));
    if (serial >= SERIAL_MIN && serial <= SERIAL_MAX)
      return { ok: true, date: addDays(EXCEL_EPOCH, serial) };
  }
  return { ok: false };
}

function checked(year: number, month: number, day: number): DateCell {
  const iso = toIsoDate({ year, month, day });
  return isValidIsoDate(iso) ? { ok: true, date: iso } : { ok: false };
}

const ACTIVE = [
  'actif',
  'active',
  'actifs',
  'activé',
  'active',
  'oui',
  'o',
  'yes',
  'y',
  'vrai',
  'true',
  '1',
  'valide',
  'ouvert',
  'en service',
  'en cours',
  'enabled',
];
const SUSPENDED = [
  'suspendu',
  'suspendue',
  'bloque',
  'bloquee',
  'verrouille',
  'verrouillee',
  'en pause',
  'gele',
  'suspended',
  'locked',
];
const DISABLED = [
  'desactive',
  'desactivee',
  'inactif',
  'inactive',
  'supprime',
  'supprimee',
  'revoque',
  'revoquee',
  'clos',
  'close',
  'ferme',
  'fermee',
  'non',
  'n',
  'no',
  'faux',
  'false',
  '0',
  'expire',
  'expiree',
  'archive',
  'archivee',
  'disabled',
  'inactivated',
  'resilie',
];
const foldAll = (words: readonly string[]) => new Set(words.map((w) => foldText(w)));
const ACTIVE_SET = foldAll(ACTIVE);
const SUSPENDED_SET = foldAll(SUSPENDED);
const DISABLED_SET = foldAll(DISABLED);

/** A status cell; `undefined` when empty, `null` when not understood. */
export function readStatusCell(raw: string): PortalStatus | undefined | null {
  const f = foldText(raw).replace(/[.!]/g, '').trim();
  if (!f) return undefined;
  if (ACTIVE_SET.has(f)) return 'actif';
  if (SUSPENDED_SET.has(f)) return 'suspendu';
  if (DISABLED_SET.has(f)) return 'désactivé';
  // « Compte actif », « Désactivé le 12/03/2025 », « Suspendu (mot de passe) »…
  const first =
    f.split(/[\s(:,-]+/).filter((w) => w !== 'compte' && w !== 'statut' && w !== 'etat')[0] ?? '';
  if (ACTIVE_SET.has(first)) return 'actif';
  if (SUSPENDED_SET.has(first)) return 'suspendu';
  if (DISABLED_SET.has(first)) return 'désactivé';
  return null;
}

export interface ProfileCatalogueEntry {
  code: string;
  label?: string;
}

export interface ProfileReadContext {
  profiles: readonly ProfileCatalogueEntry[];
  /** Service codes of the convention's bulletins (CDAP, AFAS…). */
  serviceCodes: readonly string[];
  /** Their labels (« Consultation du dossier allocataire par les partenaires »), by code. */
  serviceLabels?: Readonly<Record<string, string>>;
}

export interface ProfileToken {
  /** The profile code, normalised (`T13`). */
  code: string;
  /** A service written in the same token (`CDAP - T13`). */
  serviceCode?: string;
  /** In the catalogue of profiles. */
  known: boolean;
}

export interface ProfileCell {
  tokens: ProfileToken[];
  /** Parts of the cell in which no profile was recognised. */
  unread: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled once per catalogue: the known codes (« T 13 » read as T13) and T-codes in general. */
export function profileReader(ctx: ProfileReadContext): (raw: string) => ProfileCell {
  const codes = [...new Set(ctx.profiles.map((p) => normaliseProfileCode(p.code)))].sort(
    (a, b) => b.length - a.length,
  );
  const codeAlternatives = codes.map((c) => c.split('').map(escapeRe).join('\\s?'));
  const codeRe = new RegExp(
    `(?<![A-Z0-9])(${[...codeAlternatives, 'T\\s?\\d{1,2}'].join('|')})(?![A-Z0-9])`,
    'g',
  );
  const known = new Set(codes);
  const byLabel = new Map(
    ctx.profiles
      .filter((p) => p.label)
      .map((p) => [foldText(p.label), normaliseProfileCode(p.code)]),
  );
  const services = compileServices(ctx.serviceCodes);
  const findService = (upper: string) => services.find((s) => s.re.test(upper))?.code;
  const cache = new Map<string, ProfileCell>();
  return (raw: string) => {
    // Exports repeat the same few cells thousands of times.
    const hit = cache.get(raw);
    if (hit) return { tokens: hit.tokens.map((t) => ({ ...t })), unread: [...hit.unread] };
    const tokens: ProfileToken[] = [];
    const unread: string[] = [];
    const parts = raw
      .split(/[,;/+|\n\r]+|\s+et\s+/i)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const part of parts) {
      const upper = foldText(part).toUpperCase();
      const serviceCode = findService(upper);
      const found = [...upper.matchAll(codeRe)].map((m) => normaliseProfileCode(m[1]!));
      if (found.length === 0) {
        const byName = byLabel.get(foldText(part).replace(/^profil\s+/, ''));
        if (byName) found.push(byName);
      }
      if (found.length === 0) {
        // A part that only names the service (« CDAP ») adds no profile and is not an error.
        if (
          !serviceCode ||
          upper.replace(/[^A-Z0-9]/g, '') !== serviceCode.replace(/[^A-Z0-9]/g, '')
        )
          unread.push(part);
        continue;
      }
      for (const code of found) {
        if (tokens.some((t) => t.code === code && t.serviceCode === serviceCode)) continue;
        tokens.push({ code, known: known.has(code), ...(serviceCode ? { serviceCode } : {}) });
      }
    }
    if (cache.size < 10_000)
      cache.set(raw, { tokens: tokens.map((t) => ({ ...t })), unread: [...unread] });
    return { tokens, unread };
  };
}

function compileServices(codes: readonly string[]) {
  return [...new Set(codes.map((s) => s.trim().toUpperCase()))].map((code) => ({
    code,
    re: new RegExp(`(?<![A-Z0-9])${escapeRe(code)}(?![A-Z0-9])`),
  }));
}

/** The service a cell names: by code (« Cdap ») or label; `undefined` when empty or unknown. */
export function serviceReader(
  ctx: ProfileReadContext,
): (raw: string) => { codes: string[]; unread?: string } {
  const services = compileServices(ctx.serviceCodes);
  const labels = Object.entries(ctx.serviceLabels ?? {}).map(
    ([code, label]) => [code.toUpperCase(), foldText(label)] as const,
  );
  return (raw: string) => {
    const f = foldText(raw);
    if (!f) return { codes: [] };
    const upper = f.toUpperCase();
    const codes = services.filter((s) => s.re.test(upper)).map((s) => s.code);
    for (const [code, label] of labels)
      if (label && f.includes(label) && !codes.includes(code)) codes.push(code);
    return codes.length ? { codes } : { codes: [], unread: raw.trim() };
  };
}
