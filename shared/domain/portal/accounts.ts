/**
 * From the rows of a portal export to accounts: one account per person, whether the export
 * has one row per account (« T1, T13 » in one cell) or one row per profile (rows of the same
 * login, mél or name merged). Every row that cannot be read says why, in French; nothing is
 * guessed silently.
 */
import type { IsoDate } from '../dates';
import { email as emailSchema } from '../schemas';
import { foldText } from '../text';
import {
  profileReader,
  readDateCell,
  readStatusCell,
  serviceReader,
  type PortalStatus,
  type ProfileReadContext,
} from './cells';
import { PORTAL_FIELD_LABELS, type PortalField, type PortalMapping } from './columns';
import { wordSetKey } from './names';

export interface PortalGrant {
  profileCode: string;
  /** The portal service (CDAP…), when the export gives it. */
  serviceCode?: string;
  status: PortalStatus;
  /** In the catalogue of profiles. */
  known: boolean;
}

export interface PortalAccount {
  /** Stable within one list: `login:…`, `mail:…` or `nom:…`. */
  key: string;
  /** 1-based line numbers in the file. */
  lines: number[];
  login?: string;
  email?: string;
  lastName?: string;
  firstName?: string;
  /** From a single « Nom prénom » column, when NOM and prénom could not be told apart. */
  fullName?: string;
  /** The most active status of its rows. */
  status: PortalStatus;
  grants: PortalGrant[];
  createdOn?: IsoDate;
  lastLoginOn?: IsoDate;
  validTo?: IsoDate;
}

export interface RowProblem {
  line: number;
  message: string;
  /** The row was left out (nobody to recognise); otherwise only the cell was. */
  skipped: boolean;
}

export interface PortalList {
  accounts: PortalAccount[];
  problems: RowProblem[];
  /** Data rows read (blank rows excluded). */
  rows: number;
  /** Which optional information the list carries (a missing column is not a difference). */
  has: { lastLogin: boolean; service: boolean; status: boolean; createdOn: boolean };
}

const STATUS_RANK: Record<PortalStatus, number> = { actif: 2, suspendu: 1, désactivé: 0 };

/** Splits « DUPONT Marie » / « Marie DUPONT »: the words in capitals are the NOM. */
export function splitFullName(full: string): { lastName?: string; firstName?: string } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  const isCaps = (w: string) => /\p{L}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
  const caps = words.filter(isCaps);
  if (caps.length === 0 || caps.length === words.length) return {};
  // Capitals must be one run (« DA SILVA Maria »), at the start or at the end.
  const first = words.findIndex(isCaps);
  const run = words.slice(first, first + caps.length);
  if (!run.every(isCaps) || (first !== 0 && first + caps.length !== words.length)) return {};
  const rest = words.filter((_, i) => i < first || i >= first + caps.length);
  return { lastName: run.join(' '), firstName: rest.join(' ') };
}

/** Reads the data rows (after the header line) with the confirmed mapping. */
export function readPortalAccounts(input: {
  rows: readonly (readonly string[])[];
  /** Index in `rows` of the header line; data follows it. */
  headerRow: number;
  mapping: PortalMapping;
  context: ProfileReadContext;
  today: IsoDate;
}): PortalList {
  const { mapping, today } = input;
  const readProfiles = profileReader(input.context);
  const readService = serviceReader(input.context);
  const problems: RowProblem[] = [];
  const byKey = new Map<string, PortalAccount>();
  const order: PortalAccount[] = [];
  // Secondary keys, so that a row with only a mél joins the account of the same login.
  const aliases = new Map<string, PortalAccount>();
  let rowCount = 0;
  const has = {
    lastLogin: mapping.lastLoginOn !== undefined,
    service: mapping.service !== undefined,
    status: mapping.status !== undefined,
    createdOn: mapping.createdOn !== undefined,
  };

  for (let r = input.headerRow + 1; r < input.rows.length; r++) {
    const row = input.rows[r]!;
    if (!row.some((c) => String(c ?? '').trim())) continue;
    rowCount++;
    const line = r + 1;
    const get = (f: PortalField) => {
      const idx = mapping[f];
      const text = idx === undefined ? '' : String(row[idx] ?? '').trim();
      return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
    };
    const warn = (message: string) => problems.push({ line, message, skipped: false });
    const date = (f: PortalField) => {
      const raw = get(f);
      const d = readDateCell(raw);
      if (!d.ok) {
        warn(`${PORTAL_FIELD_LABELS[f]} « ${raw} » : date illisible, ignorée.`);
        return undefined;
      }
      return d.date;
    };

    const login = get('login') || undefined;
    let email = get('email').toLowerCase() || undefined;
    if (email && !emailSchema.safeParse(email).success) {
      warn(`Mél « ${email} » invalide, ignoré.`);
      email = undefined;
    }
    let lastName = get('lastName') || undefined;
    let firstName = get('firstName') || undefined;
    let fullName = get('fullName') || undefined;
    if (fullName && !lastName) {
      const split = splitFullName(fullName);
      if (split.lastName) {
        lastName = split.lastName;
        firstName = firstName ?? split.firstName;
        fullName = undefined;
      }
    }
    const nameKey = lastName
      ? wordSetKey(lastName, firstName)
      : fullName
        ? wordSetKey(fullName)
        : '';
    const keys = [
      login ? `login:${foldText(login)}` : '',
      email ? `mail:${email}` : '',
      nameKey && !login && !email ? `nom:${nameKey}` : '',
    ].filter(Boolean);
    if (keys.length === 0) {
      problems.push({
        line,
        message: 'Ligne ignorée : ni identifiant, ni mél, ni nom.',
        skipped: true,
      });
      continue;
    }

    const statusRaw = get('status');
    let status = readStatusCell(statusRaw);
    if (status === null) {
      warn(
        `Statut « ${statusRaw} » non reconnu : le compte est compté comme actif. Vérifiez-le dans le portail.`,
      );
      status = 'actif';
    }
    const validTo = date('validTo');
    let rowStatus: PortalStatus = status ?? 'actif';
    if (validTo && validTo < today) rowStatus = 'désactivé';

    const service = readService(get('service'));
    if (service.unread)
      warn(
        `Service « ${service.unread} » inconnu de la convention (aucun bulletin de ce service).`,
      );
    const cell = readProfiles(get('profiles'));
    for (const u of cell.unread) warn(`Profil « ${u} » non reconnu, ignoré.`);
    const grants: PortalGrant[] = cell.tokens.map((t) => {
      const serviceCode =
        t.serviceCode ?? (service.codes.length === 1 ? service.codes[0] : undefined);
      return {
        profileCode: t.code,
        status: rowStatus,
        known: t.known,
        ...(serviceCode ? { serviceCode } : {}),
      };
    });
    for (const g of grants)
      if (!g.known) warn(`Profil ${g.profileCode} absent du catalogue des profils (Paramètres).`);

    let account = keys.map((k) => byKey.get(k) ?? aliases.get(k)).find(Boolean);
    if (!account) {
      account = { key: keys[0]!, lines: [], status: rowStatus, grants: [] };
      byKey.set(account.key, account);
      order.push(account);
    } else if (
      account.status !== rowStatus &&
      STATUS_RANK[rowStatus] > STATUS_RANK[account.status]
    ) {
      account.status = rowStatus;
    }
    for (const k of keys) if (!byKey.has(k)) aliases.set(k, account);
    account.lines.push(line);
    account.login ??= login;
    account.email ??= email;
    account.lastName ??= lastName;
    account.firstName ??= firstName;
    if (!account.lastName) account.fullName ??= fullName;
    for (const g of grants) {
      const same = account.grants.find(
        (x) => x.profileCode === g.profileCode && x.serviceCode === g.serviceCode,
      );
      if (!same) account.grants.push(g);
      else if (STATUS_RANK[g.status] > STATUS_RANK[same.status]) same.status = g.status;
    }
    const createdOn = date('createdOn');
    const lastLoginOn = date('lastLoginOn');
    if (createdOn && (!account.createdOn || createdOn < account.createdOn))
      account.createdOn = createdOn;
    if (lastLoginOn && (!account.lastLoginOn || lastLoginOn > account.lastLoginOn))
      account.lastLoginOn = lastLoginOn;
    if (validTo && (!account.validTo || validTo > account.validTo)) account.validTo = validTo;
  }
  return { accounts: order, problems, rows: rowCount, has };
}

/** How the account is named to the user: « Marie DUPONT (mdupont) ». */
export function describeAccount(
  a: Pick<PortalAccount, 'login' | 'email' | 'lastName' | 'firstName' | 'fullName'>,
): string {
  const name = a.lastName
    ? [a.firstName, a.lastName.toUpperCase()].filter(Boolean).join(' ')
    : (a.fullName ?? '');
  const id = a.login ?? a.email;
  if (name && id) return `${name} (${id})`;
  return name || id || 'compte sans nom';
}
