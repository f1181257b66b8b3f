/**
 * Roster import from a spreadsheet (how offices start): each row mapped to an agent and the
 * habilitations it lists, then the dry-run plan. The plan never loses an agent: a habilitation
 * the rules refuse (profile not in the bulletin, quota reached, T1 for an agent not marked
 * qualified) is kept on the agent « à régulariser » with the rule's message; a person already
 * in the register or earlier in the file (the duplicate rule) is merged or created as the
 * user chooses, never created silently. Rows with errors (no name, unreadable date or e-mail)
 * are listed and left out.
 *
 * Pure: the caller decodes the file into rows of strings (`roster-sheet.ts`).
 */
import { formatDateFr, isPast, type IsoDate } from '../domain/dates';
import { refusals } from '../domain/findings';
import { agentName, formatBulletinLabel } from '../domain/format';
import { normaliseProfileCode } from '../domain/profiles';
import { validateAgent } from '../domain/rules/agents';
import { DuplicateIndex, type DuplicateReason } from '../domain/rules/duplicates';
import { checkBulkGrant, pendingFromRefusal } from '../domain/rules/pending';
import {
  agentSchema,
  email as emailSchema,
  type Agent,
  type Bulletin,
  type Habilitation,
  type PendingHabilitation,
  type Profile,
  type Quota,
} from '../domain/schemas';
import { foldText } from '../domain/text';
import {
  ROSTER_FIELD_LABELS,
  parsePortalRole,
  parseProfileCodes,
  parseRosterDate,
  parseYesNo,
  splitFullName,
  type ColumnMapping,
  type RosterField,
} from './roster-fields';

export * from './roster-fields';
export * from './roster-csv';
export { parseCsvText, readCsvSheet, type ParsedSheet } from './roster-sheet';

export interface RowContext {
  profiles: readonly Pick<Profile, 'code'>[];
  bulletins: readonly Bulletin[];
  /** The bulletin chosen on the mapping screen for rows without a bulletin column. */
  defaultBulletinId?: string;
}

export interface RowGrant {
  profileCode: string;
  bulletinId: string;
  grantedOn: IsoDate;
  /** The date comes from the file (else it is today's). */
  datedInFile: boolean;
  /** Not in the profile catalogue: cannot be granted, kept à régulariser. */
  unknownProfile?: boolean;
}

export type AgentFields = Omit<Agent, 'id' | 'organisationId'>;

export interface MappedRow {
  /** The row's line number in the file. */
  line: number;
  agent: AgentFields;
  grants: RowGrant[];
  /** The row is left out for these (French). */
  errors: string[];
  /** Imported, with these remarks (a value not understood and left out). */
  warnings: string[];
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
    bulletins.find(
      (b) =>
        b.annexNumber &&
        (foldText(b.annexNumber) === v || `annexe ${foldText(b.annexNumber)}` === v),
    ) ??
    bulletins.find((b) => b.siteLabel && foldText(b.siteLabel) === v) ??
    (bulletins.filter((b) => foldText(b.serviceCode) === v).length === 1
      ? bulletins.find((b) => foldText(b.serviceCode) === v)
      : undefined)
  );
}

/** Maps one row to an agent and the habilitations it lists, collecting errors and remarks in French. */
export function mapRow(
  row: readonly string[],
  line: number,
  mapping: ColumnMapping,
  ctx: RowContext,
  today: IsoDate,
): MappedRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const get = (f: RosterField) => cell(row, mapping[f]);
  const date = (f: RosterField): IsoDate | undefined => {
    const raw = get(f);
    if (!raw) return undefined;
    const parsed = parseRosterDate(raw);
    if (!parsed)
      errors.push(`${ROSTER_FIELD_LABELS[f]} « ${raw} » : date attendue au format jj/mm/aaaa.`);
    return parsed ?? undefined;
  };
  let lastName = get('lastName');
  let firstName = get('firstName');
  const full = get('fullName');
  if (!lastName && full) {
    const split = splitFullName(full);
    lastName = split.lastName;
    if (!firstName) firstName = split.firstName ?? '';
  }
  if (!lastName) errors.push('Nom manquant.');
  const mail = get('email').replace(/^mailto:/i, '');
  const mailOk = !mail || emailSchema.safeParse(mail).success;
  if (!mailOk) errors.push(`Mél « ${mail} » invalide.`);
  const qualified = parseYesNo(get('qualifiedSocialWorker'));
  if (qualified === undefined)
    warnings.push(
      `Travailleur social diplômé « ${get('qualifiedSocialWorker')} » : réponse attendue oui ou non, non reprise.`,
    );
  const agent: AgentFields = {
    lastName: lastName.toLocaleUpperCase('fr'),
    qualifiedSocialWorker: qualified ?? false,
  };
  if (firstName) agent.firstName = firstName;
  for (const f of ['function', 'service', 'phoneFixed', 'phoneMobile', 'portalLogin'] as const) {
    const v = get(f);
    if (v) agent[f] = v;
  }
  if (mail && mailOk) agent.email = mail;
  const role = get('portalRole');
  if (role) {
    const parsed = parsePortalRole(role);
    if (parsed) agent.portalRole = parsed;
    else
      warnings.push(
        `Rôle dans le portail « ${role} » non reconnu (Administrateur, Administrateur suppléant, Responsable d’habilitations ou Utilisateur) : non repris.`,
      );
  }
  const arrivedOn = date('arrivedOn');
  if (arrivedOn) agent.arrivedOn = arrivedOn;
  const departedOn = date('departedOn');
  if (departedOn) agent.departedOn = departedOn;
  for (const f of refusals(validateAgent(agent))) errors.push(f.message);
  // Lengths and formats exactly as the register checks them.
  const check = agentSchema.safeParse({ ...agent, id: 'x', organisationId: 'x' });
  if (!check.success) {
    for (const issue of check.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (field === 'lastName' && !lastName) continue;
      errors.push(`${ROSTER_FIELD_LABELS[field as RosterField] ?? field} : ${issue.message}`);
    }
  }

  const grants: RowGrant[] = [];
  const profileRaw = get('profileCode');
  if (profileRaw) {
    const exact = ctx.profiles.find(
      (p) => normaliseProfileCode(p.code) === normaliseProfileCode(profileRaw),
    );
    const codes = exact ? [exact.code] : parseProfileCodes(profileRaw);
    if (codes.length === 0 && !/^(non|aucun|aucune|-|néant|neant|sans)$/i.test(profileRaw)) {
      warnings.push(
        `Profil « ${profileRaw} » : aucun code de profil (T1, T13…) reconnu, aucune habilitation demandée.`,
      );
    }
    const bulletinRaw = get('bulletin');
    let bulletin: Bulletin | undefined;
    if (bulletinRaw) {
      bulletin = findBulletin(bulletinRaw, ctx.bulletins);
      if (!bulletin) errors.push(`Bulletin « ${bulletinRaw} » introuvable dans la convention.`);
    } else {
      bulletin = ctx.bulletins.find((b) => b.id === ctx.defaultBulletinId);
      if (!bulletin && codes.length)
        errors.push(
          'Aucun bulletin d’adhésion choisi pour ce profil : choisissez-en un sur l’écran de correspondance.',
        );
    }
    const fromFile = date('grantedOn');
    if (bulletin) {
      for (const code of codes) {
        const known = ctx.profiles.some((p) => normaliseProfileCode(p.code) === code);
        grants.push({
          profileCode: code,
          bulletinId: bulletin.id,
          grantedOn: fromFile ?? today,
          datedInFile: !!fromFile,
          ...(known ? {} : { unknownProfile: true }),
        });
      }
    }
  }
  return { line, agent, grants, errors, warnings };
}

export interface ExistingRegister {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  quotas: readonly Quota[];
  bulletins: readonly Bulletin[];
  profiles: readonly Profile[];
}

export type DuplicateChoice = 'merge' | 'create';

export interface PlanOptions {
  today: IsoDate;
  /** The partner organisation the new agents belong to. */
  organisationId: string;
  newId: () => string;
  /** Per line: what to do with a duplicate (default: merge). */
  choices?: Readonly<Record<number, DuplicateChoice>>;
  /** The listed habilitations already exist in « Mon Compte Partenaire » (onboarding). */
  inPortal?: boolean;
}

export type GrantStatus = 'granted' | 'pending' | 'already' | 'departed';

export interface PlannedGrant extends RowGrant {
  status: GrantStatus;
  /** For `pending`: the rule's message and article. */
  reason?: string;
  article?: string;
}

export interface PlannedDuplicate {
  /** A person of the register, or an earlier row of the file. */
  of: 'register' | 'file';
  agentId: string;
  name: string;
  line?: number;
  reasons: DuplicateReason[];
  choice: DuplicateChoice;
}

export interface PlannedRow extends MappedRow {
  outcome: 'new-agent' | 'merged' | 'skipped';
  agentId?: string;
  duplicate?: PlannedDuplicate;
  planned: PlannedGrant[];
}

/** An agent the import writes: a new one, or one of the register with fields filled in. */
export interface PlannedAgent {
  agent: Agent;
  isNew: boolean;
  lines: number[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  agents: PlannedAgent[];
  habilitations: Habilitation[];
  newAgents: number;
  updatedAgents: number;
  /** Habilitations granted, and à régulariser. */
  granted: number;
  pending: number;
  duplicates: number;
  skipped: number;
}

/** Fills the empty fields of `target` from `from` (a merge never overwrites what is known). */
function fillIn(target: Agent, from: AgentFields): Agent {
  const next: Agent = { ...target };
  for (const [k, v] of Object.entries(from) as [keyof AgentFields, unknown][]) {
    if (k === 'qualifiedSocialWorker') {
      if (v === true) next.qualifiedSocialWorker = true;
      continue;
    }
    if (v !== undefined && v !== '' && (next[k] === undefined || next[k] === ''))
      (next as Record<string, unknown>)[k] = v;
  }
  return next;
}

/**
 * The dry run: what importing would write. Agents first (new, or merged into a duplicate as
 * chosen), then every habilitation checked with the rules against the register plus the ones
 * planned before it — the earliest dated first (the habilitation date, else the arrival
 * date, else the file's order), so that a newcomer, not a long-standing agent, is the one over
 * the quota.
 */
export function planImport(
  mapped: readonly MappedRow[],
  existing: ExistingRegister,
  options: PlanOptions,
): ImportPlan {
  const { today, newId, inPortal = false } = options;
  const planned = new Map<string, PlannedAgent>();
  const existingIds = new Set(existing.agents.map((a) => a.id));
  const index = new DuplicateIndex<Agent & { line?: number }>(
    existing.agents.filter((a) => !a.purgedAt),
  );
  const rows: PlannedRow[] = [];
  for (const m of mapped) {
    if (m.errors.length) {
      rows.push({ ...m, outcome: 'skipped', planned: [] });
      continue;
    }
    const match = index.find(m.agent)[0];
    let duplicate: PlannedDuplicate | undefined;
    if (match) {
      const known = planned.get(match.agent.id)?.agent ?? match.agent;
      duplicate = {
        of: existingIds.has(match.agent.id) ? 'register' : 'file',
        agentId: match.agent.id,
        name: agentName(known),
        ...(match.agent.line !== undefined ? { line: match.agent.line } : {}),
        reasons: match.reasons,
        choice: options.choices?.[m.line] ?? 'merge',
      };
    }
    if (duplicate?.choice === 'merge') {
      const current = planned.get(duplicate.agentId) ?? {
        agent: match!.agent,
        isNew: false,
        lines: [],
      };
      const { line: _line, ...base } = current.agent as Agent & { line?: number };
      planned.set(duplicate.agentId, {
        agent: fillIn(base, m.agent),
        isNew: current.isNew,
        lines: [...current.lines, m.line],
      });
      rows.push({ ...m, outcome: 'merged', agentId: duplicate.agentId, duplicate, planned: [] });
      continue;
    }
    const agent: Agent = { ...m.agent, id: newId(), organisationId: options.organisationId };
    planned.set(agent.id, { agent, isNew: true, lines: [m.line] });
    index.add({ ...agent, line: m.line });
    rows.push({
      ...m,
      outcome: 'new-agent',
      agentId: agent.id,
      ...(duplicate ? { duplicate } : {}),
      planned: [],
    });
  }

  // Habilitations, earliest first.
  const agentOf = (id: string) =>
    planned.get(id)?.agent ?? existing.agents.find((a) => a.id === id)!;
  const queue = rows
    .flatMap((row) => row.grants.map((grant) => ({ row, grant })))
    .filter(({ row }) => row.agentId)
    .map(({ row, grant }) => ({
      row,
      grant,
      key: grant.datedInFile ? grant.grantedOn : (agentOf(row.agentId!).arrivedOn ?? '9999-12-31'),
    }));
  queue.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.line - b.row.line));
  const habilitations: Habilitation[] = [...existing.habilitations];
  const created: Habilitation[] = [];
  for (const { row, grant } of queue) {
    const agent = agentOf(row.agentId!);
    const bulletin = existing.bulletins.find((b) => b.id === grant.bulletinId)!;
    if (agent.departedOn && isPast(agent.departedOn, today) && !inPortal) {
      row.planned.push({
        ...grant,
        status: 'departed',
        reason: `Agent parti le ${formatDateFr(agent.departedOn)} : habilitation non créée.`,
      });
      continue;
    }
    const decision = grant.unknownProfile
      ? null
      : checkBulkGrant(agent, grant.profileCode, {
          bulletin,
          quotas: existing.quotas,
          habilitations,
          profiles: existing.profiles,
          today,
        });
    const refused = decision ? refusals(decision) : [];
    if (refused.length && refused.every((f) => f.code === 'habilitation-duplicate')) {
      row.planned.push({ ...grant, status: 'already', reason: refused[0]!.message });
      continue;
    }
    if (!decision || refused.length) {
      const pending: PendingHabilitation = decision
        ? pendingFromRefusal({
            id: newId(),
            bulletinId: bulletin.id,
            profileCode: grant.profileCode,
            decision,
            requestedOn: today,
            inPortal,
            source: `import de liste, ligne ${row.line}`,
          })
        : {
            id: newId(),
            bulletinId: bulletin.id,
            profileCode: grant.profileCode,
            requestedOn: today,
            reason: `Le profil ${grant.profileCode} n’est pas dans le catalogue des profils : ajoutez-le dans Paramètres s’il figure sur le bulletin, puis accordez-le.`,
            code: 'profile-unknown',
            ...(inPortal ? { inPortal: true } : {}),
            source: `import de liste, ligne ${row.line}`,
          };
      const target = planned.get(agent.id) ?? { agent, isNew: false, lines: [] };
      const list = target.agent.pendingHabilitations ?? [];
      if (
        !list.some(
          (p) => p.bulletinId === pending.bulletinId && p.profileCode === pending.profileCode,
        )
      ) {
        planned.set(agent.id, {
          ...target,
          agent: { ...target.agent, pendingHabilitations: [...list, pending] },
        });
      }
      row.planned.push({
        ...grant,
        status: 'pending',
        reason: pending.reason,
        ...(pending.article ? { article: pending.article } : {}),
      });
      continue;
    }
    const h: Habilitation = {
      id: newId(),
      agentId: agent.id,
      bulletinId: grant.bulletinId,
      profileCode: grant.profileCode,
      grantedOn: grant.grantedOn,
      ...(inPortal ? { appliedInPortalOn: grant.grantedOn } : {}),
    };
    habilitations.push(h);
    created.push(h);
    row.planned.push({ ...grant, status: 'granted' });
  }
  const order = (row: PlannedRow, g: PlannedGrant) =>
    row.grants.findIndex((x) => x.profileCode === g.profileCode);
  for (const row of rows) row.planned.sort((a, b) => order(row, a) - order(row, b));

  // Agents of the register written only when the file adds something to them.
  const originals = new Map(existing.agents.map((a) => [a.id, JSON.stringify(a)]));
  const agents = [...planned.values()].filter(
    (p) => p.isNew || JSON.stringify(p.agent) !== originals.get(p.agent.id),
  );
  return {
    rows,
    agents,
    habilitations: created,
    newAgents: agents.filter((a) => a.isNew).length,
    updatedAgents: agents.filter((a) => !a.isNew).length,
    granted: created.length,
    pending: rows.reduce((n, r) => n + r.planned.filter((g) => g.status === 'pending').length, 0),
    duplicates: rows.filter((r) => r.duplicate).length,
    skipped: rows.filter((r) => r.outcome === 'skipped').length,
  };
}
