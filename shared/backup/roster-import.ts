/**
 * Roster import from a spreadsheet (how offices start): column guesses from the headers,
 * mapping of each row to an agent (and a habilitation when there is a profile), the errors
 * of each row in French, and the dry-run plan with the quota checks (rows over quota are
 * reported and skipped; rows imported earlier in the same file count).
 *
 * Pure: the caller decodes the file (CSV text or .xlsx cells) into rows of strings.
 */
import Papa from 'papaparse';
import { parseDateInput, type IsoDate } from '../domain/dates';
import { refusals } from '../domain/findings';
import { agentName, formatBulletinLabel } from '../domain/format';
import { checkGrant } from '../domain/rules/quota';
import { agentSchema, email as emailSchema, type Agent, type Bulletin, type Habilitation, type Profile, type Quota } from '../domain/schemas';
import { foldText } from '../domain/text';

export const ROSTER_FIELDS = [
  'lastName',
  'firstName',
  'function',
  'service',
  'email',
  'phoneFixed',
  'phoneMobile',
  'portalLogin',
  'arrivedOn',
  'profileCode',
  'bulletin',
  'grantedOn',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  lastName: 'Nom',
  firstName: 'Prénom',
  function: 'Fonction',
  service: 'Service',
  email: 'Mél',
  phoneFixed: 'Téléphone fixe',
  phoneMobile: 'Téléphone portable',
  portalLogin: 'Identifiant du portail',
  arrivedOn: 'Date d’arrivée',
  profileCode: 'Profil',
  bulletin: 'Bulletin d’adhésion',
  grantedOn: 'Date d’habilitation',
};

/** Header words (folded: lower case, no accents) that point to each field, best first. */
const HEADER_GUESSES: Record<RosterField, readonly string[]> = {
  lastName: ['nom de famille', 'nom', 'nom usage', 'last name', 'lastname', 'agent'],
  firstName: ['prenom', 'prenoms', 'first name', 'firstname'],
  function: ['fonction', 'poste', 'emploi', 'metier', 'qualite'],
  service: ['service', 'direction', 'pole', 'site', 'structure'],
  email: ['mel', 'mail', 'e-mail', 'email', 'courriel', 'adresse mel', 'adresse mail', 'adresse electronique'],
  phoneFixed: ['telephone', 'tel', 'telephone fixe', 'tel fixe', 'fixe', 'phone'],
  phoneMobile: ['portable', 'mobile', 'telephone portable', 'tel portable', 'telephone mobile'],
  portalLogin: ['identifiant', 'login', 'identifiant mcp', 'identifiant portail'],
  arrivedOn: ['date d arrivee', 'arrivee', 'date arrivee', 'date d entree', 'entree'],
  profileCode: ['profil', 'profil mcp', 'profil cdap', 'habilitation', 'profils'],
  bulletin: ['bulletin', 'bulletin d adhesion', 'annexe', 'service caf', 'service mcp'],
  grantedOn: ['date', 'date d habilitation', 'date habilitation', 'date d attribution', 'date de creation', 'habilite le', 'depuis'],
};

const normaliseHeader = (h: string) =>
  foldText(h)
    .replace(/[’'_.\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export type ColumnMapping = Partial<Record<RosterField, number>>;

/** Guesses which column holds which field: exact header words first, then « starts with ». */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const tryMatch = (pred: (h: string, word: string) => boolean) => {
    for (const field of ROSTER_FIELDS) {
      if (mapping[field] !== undefined) continue;
      for (const word of HEADER_GUESSES[field]) {
        const idx = folded.findIndex((h, i) => !used.has(i) && pred(h, word));
        if (idx >= 0) {
          mapping[field] = idx;
          used.add(idx);
          break;
        }
      }
    }
  };
  tryMatch((h, w) => h === w);
  tryMatch((h, w) => w.length > 2 && (h.startsWith(`${w} `) || h.endsWith(` ${w}`)));
  return mapping;
}

export interface ParsedSheet {
  headers: string[];
  rows: string[][];
  /** The separator found, for CSV (« ; », « , » or tab). */
  delimiter?: string;
}

/** Parses CSV text (« ; », « , » or tab, detected), the first non-empty line being the headers. */
export function parseCsvText(text: string): ParsedSheet {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const delimiter = counts.sort((a, b) => b.n - a.n)[0]!.n > 0 ? counts[0]!.d : ';';
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' });
  const all = result.data.filter((r) => Array.isArray(r) && r.some((c) => String(c ?? '').trim() !== ''));
  const [headers = [], ...rows] = all.map((r) => r.map((c) => String(c ?? '')));
  return { headers, rows, delimiter };
}

export interface RowContext {
  profiles: readonly Pick<Profile, 'code'>[];
  bulletins: readonly Bulletin[];
  /** The bulletin chosen on the mapping screen for rows without a bulletin column. */
  defaultBulletinId?: string;
}

export interface MappedRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  agent: Omit<Agent, 'id' | 'organisationId'>;
  grant?: { profileCode: string; bulletinId: string; grantedOn: IsoDate };
  errors: string[];
}

/**
 * The text of a cell. Our CSV export guards cells that a spreadsheet would run as a formula
 * with a leading « ' » (toExcelCsv): it is removed here, so that export → import round-trips.
 */
const cell = (row: readonly string[], idx: number | undefined) => {
  const text = idx === undefined ? '' : String(row[idx] ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
};

/** Matches a bulletin cell against code, site, annex number or full label. */
export function findBulletin(value: string, bulletins: readonly Bulletin[]): Bulletin | undefined {
  const v = foldText(value).trim();
  if (!v) return undefined;
  return (
    bulletins.find((b) => foldText(formatBulletinLabel(b)) === v) ??
    bulletins.find((b) => b.annexNumber && foldText(b.annexNumber) === v) ??
    bulletins.find((b) => b.siteLabel && foldText(b.siteLabel) === v) ??
    (bulletins.filter((b) => foldText(b.serviceCode) === v).length === 1
      ? bulletins.find((b) => foldText(b.serviceCode) === v)
      : undefined)
  );
}

/** Maps one row to an agent and an optional grant, collecting every error in French. */
export function mapRow(
  row: readonly string[],
  line: number,
  mapping: ColumnMapping,
  ctx: RowContext,
  today: IsoDate,
): MappedRow {
  const errors: string[] = [];
  const get = (f: RosterField) => cell(row, mapping[f]);
  const date = (f: RosterField): IsoDate | undefined => {
    const raw = get(f);
    if (!raw) return undefined;
    const parsed = parseDateInput(raw);
    if (!parsed) errors.push(`${ROSTER_FIELD_LABELS[f]} « ${raw} » : date attendue au format jj/mm/aaaa.`);
    return parsed ?? undefined;
  };
  const lastName = get('lastName');
  if (!lastName) errors.push('Nom manquant.');
  const mail = get('email');
  if (mail && !emailSchema.safeParse(mail).success) errors.push(`Mél « ${mail} » invalide.`);
  const agent: MappedRow['agent'] = {
    lastName,
    qualifiedSocialWorker: false,
  };
  const optional = ['firstName', 'function', 'service', 'phoneFixed', 'phoneMobile', 'portalLogin'] as const;
  for (const f of optional) {
    const v = get(f);
    if (v) agent[f] = v;
  }
  if (mail && !errors.some((e) => e.startsWith('Mél'))) agent.email = mail;
  const arrivedOn = date('arrivedOn');
  if (arrivedOn) agent.arrivedOn = arrivedOn;
  // Lengths and formats exactly as the register checks them.
  const check = agentSchema.safeParse({ ...agent, id: 'x', organisationId: 'x' });
  if (!check.success) {
    for (const issue of check.error.issues) {
      const field = String(issue.path[0] ?? '');
      const label = ROSTER_FIELD_LABELS[field as RosterField] ?? field;
      if (field === 'lastName' && !lastName) continue;
      errors.push(`${label} : ${issue.message}`);
    }
  }

  let grant: MappedRow['grant'];
  const profileRaw = get('profileCode');
  if (profileRaw) {
    const code = profileRaw.toUpperCase().replace(/\s+/g, '');
    const profile = ctx.profiles.find((p) => p.code.toUpperCase() === code);
    if (!profile) errors.push(`Profil « ${profileRaw} » inconnu : il n’est pas dans le catalogue des profils (Paramètres).`);
    const bulletinRaw = get('bulletin');
    let bulletin: Bulletin | undefined;
    if (bulletinRaw) {
      bulletin = findBulletin(bulletinRaw, ctx.bulletins);
      if (!bulletin) errors.push(`Bulletin « ${bulletinRaw} » introuvable dans la convention.`);
    } else {
      bulletin = ctx.bulletins.find((b) => b.id === ctx.defaultBulletinId);
      if (!bulletin) errors.push('Aucun bulletin d’adhésion choisi pour ce profil : choisissez-en un sur l’écran de correspondance.');
    }
    const grantedOn = date('grantedOn') ?? today;
    if (profile && bulletin) grant = { profileCode: profile.code, bulletinId: bulletin.id, grantedOn };
  }
  return { line, agent, ...(grant ? { grant } : {}), errors };
}

export interface ExistingRegister {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  quotas: readonly Quota[];
  bulletins: readonly Bulletin[];
}

export type RowOutcome =
  | { kind: 'new-agent'; withGrant: boolean }
  | { kind: 'existing-agent'; agentId: string; withGrant: boolean }
  | { kind: 'skipped'; reason: 'errors' | 'quota' | 'duplicate' };

export interface PlannedRow extends MappedRow {
  outcome: RowOutcome;
  /** Quota or duplicate refusals (French), when the row is skipped for them. */
  refusals: string[];
  /** The id the agent will have (new or existing); absent when skipped. */
  agentId?: string;
}

export interface ImportPlan {
  rows: PlannedRow[];
  newAgents: number;
  reusedAgents: number;
  habilitations: number;
  skipped: number;
}

const personKey = (a: { lastName: string; firstName?: string | undefined }) =>
  `${foldText(a.lastName).trim()}|${foldText(a.firstName ?? '').trim()}`;

/**
 * The dry run: what importing would create. Rows with errors are skipped; an agent already
 * in the register (same name) is reused rather than duplicated; every habilitation is checked
 * with `checkGrant` against the register plus the rows planned before it.
 */
export function planImport(
  mapped: readonly MappedRow[],
  existing: ExistingRegister,
  today: IsoDate,
  newId: () => string,
): ImportPlan {
  const byName = new Map<string, string>();
  for (const a of existing.agents) if (!a.purgedAt) byName.set(personKey(a), a.id);
  const existingIds = new Set(existing.agents.map((a) => a.id));
  const habilitations: Habilitation[] = [...existing.habilitations];
  const rows: PlannedRow[] = [];
  let newAgents = 0;
  let reusedAgents = 0;
  let grants = 0;
  let skipped = 0;
  for (const m of mapped) {
    if (m.errors.length) {
      rows.push({ ...m, outcome: { kind: 'skipped', reason: 'errors' }, refusals: [] });
      skipped++;
      continue;
    }
    const key = personKey(m.agent);
    const knownId = byName.get(key);
    const agentId = knownId ?? newId();
    if (m.grant) {
      const bulletin = existing.bulletins.find((b) => b.id === m.grant!.bulletinId)!;
      const decision = checkGrant({
        bulletin,
        quotas: existing.quotas,
        habilitations,
        agentId,
        agentName: agentName(m.agent),
        profileCode: m.grant.profileCode,
        today,
      });
      const refused = refusals(decision);
      if (refused.length) {
        const dup = refused.every((f) => f.code === 'habilitation-duplicate');
        rows.push({
          ...m,
          outcome: { kind: 'skipped', reason: dup ? 'duplicate' : 'quota' },
          refusals: refused.map((f) => f.message),
        });
        skipped++;
        continue;
      }
      habilitations.push({
        id: `planned-${m.line}`,
        agentId,
        bulletinId: m.grant.bulletinId,
        profileCode: m.grant.profileCode,
        grantedOn: m.grant.grantedOn,
      });
      grants++;
    }
    if (knownId) {
      if (existingIds.has(knownId)) reusedAgents++;
      rows.push({ ...m, agentId, outcome: { kind: 'existing-agent', agentId, withGrant: !!m.grant }, refusals: [] });
    } else {
      byName.set(key, agentId);
      newAgents++;
      rows.push({ ...m, agentId, outcome: { kind: 'new-agent', withGrant: !!m.grant }, refusals: [] });
    }
  }
  return { rows, newAgents, reusedAgents, habilitations: grants, skipped };
}

/** Columns of the roster CSV export (also accepted back by the import). */
export const ROSTER_CSV_HEADER = [
  'Nom',
  'Prénom',
  'Fonction',
  'Service',
  'Mél',
  'Téléphone fixe',
  'Téléphone portable',
  'Identifiant du portail',
  'Rôle dans le portail',
  'Date d’arrivée',
  'Date de départ',
  'Profil',
  'Bulletin d’adhésion',
  'Date d’habilitation',
  'Date de retrait',
] as const;

/**
 * The roster as CSV rows: one row per habilitation (active or not), and one row for an
 * agent without any; dates dd/mm/yyyy. Sorted by name. Re-importable.
 */
export function rosterCsvRows(input: {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  bulletins: readonly Bulletin[];
  formatDate: (d: string | undefined) => string;
}): string[][] {
  const bulletins = new Map(input.bulletins.map((b) => [b.id, b]));
  const byAgent = new Map<string, Habilitation[]>();
  for (const h of input.habilitations) {
    const list = byAgent.get(h.agentId) ?? [];
    list.push(h);
    byAgent.set(h.agentId, list);
  }
  const agents = [...input.agents].sort(
    (a, b) => a.lastName.localeCompare(b.lastName, 'fr') || (a.firstName ?? '').localeCompare(b.firstName ?? '', 'fr'),
  );
  const rows: string[][] = [];
  for (const a of agents) {
    const base = [
      a.lastName,
      a.firstName ?? '',
      a.function ?? '',
      a.service ?? '',
      a.email ?? '',
      a.phoneFixed ?? '',
      a.phoneMobile ?? '',
      a.portalLogin ?? '',
      a.portalRole ?? '',
      input.formatDate(a.arrivedOn),
      input.formatDate(a.departedOn),
    ];
    const hs = (byAgent.get(a.id) ?? []).sort((x, y) => (x.grantedOn < y.grantedOn ? -1 : x.grantedOn > y.grantedOn ? 1 : 0));
    if (!hs.length) rows.push([...base, '', '', '', '']);
    for (const h of hs) {
      const b = bulletins.get(h.bulletinId);
      rows.push([
        ...base,
        h.profileCode,
        b ? formatBulletinLabel(b) : '',
        input.formatDate(h.grantedOn),
        input.formatDate(h.revokedOn),
      ]);
    }
  }
  return rows;
}
