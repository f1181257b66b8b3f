/**
 * The dry-run plan of a roster import: agents created or merged into a duplicate as the user
 * chooses, then every habilitation checked with the rules (granted, à régulariser, already
 * there, or not created for an agent who left).
 */
import { formatDateFr, isPast, type IsoDate } from '../domain/dates';
import { refusals } from '../domain/findings';
import { agentName } from '../domain/format';
import { DuplicateIndex, type DuplicateReason } from '../domain/rules/duplicates';
import { checkBulkGrant, pendingFromRefusal } from '../domain/rules/pending';
import type {
  Agent,
  Bulletin,
  Habilitation,
  PendingHabilitation,
  Profile,
  Quota,
} from '../domain/schemas';
import type { AgentFields, MappedRow, RowGrant } from './roster-row';

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

export type GrantStatus = 'granted' | 'pending' | 'already' | 'departed' | 'ended';

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
  /** Habilitations already ended (a « Date de retrait »), written as history. */
  ended: number;
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

/** Fields a later line of a request log replaces (the agent's latest form is the right one). */
const UPDATED_BY_REQUEST = [
  'function',
  'service',
  'email',
  'phoneFixed',
  'phoneMobile',
  'portalRole',
] as const;

/** A later request for the same agent: its filled fields replace the earlier ones, the rest filled in. */
function updateFrom(target: Agent, from: AgentFields): Agent {
  const next = fillIn(target, from);
  for (const k of UPDATED_BY_REQUEST) {
    const v = from[k];
    if (v !== undefined && v !== '') (next as Record<string, unknown>)[k] = v;
  }
  return next;
}

/**
 * A request log's suppressions and replacements (`revokes`): each ends the same agent's
 * latest habilitation of that profile granted higher in the file; one with nothing to end is
 * said on its line, not guessed.
 */
function endRequestedRevocations(rows: PlannedRow[]): void {
  rows.forEach((row, i) => {
    const revocations = row.grants.filter((g) => g.revokes);
    if (!revocations.length) return;
    row.grants = row.grants.filter((g) => !g.revokes);
    for (const r of revocations) {
      let done = false;
      for (let k = i; k >= 0 && !done; k--) {
        const earlier = rows[k]!;
        if (!row.agentId || earlier.agentId !== row.agentId) continue;
        const at = earlier.grants.findLastIndex(
          (g) => g.profileCode === r.profileCode && !g.revokedOn && !g.revokes,
        );
        const g = earlier.grants[at];
        if (!g || (g.datedInFile && g.grantedOn > r.revokedOn!)) continue;
        earlier.grants = earlier.grants.map((x, j) =>
          j === at ? { ...x, revokedOn: r.revokedOn! } : x,
        );
        done = true;
      }
      if (!done && row.outcome !== 'skipped')
        row.warnings = [
          ...row.warnings,
          `Retrait de ${r.profileCode} le ${formatDateFr(r.revokedOn)} : aucune habilitation ${r.profileCode} de cet agent plus haut dans le fichier — non repris ; vérifiez sur sa fiche.`,
        ];
    }
  });
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
        agent: m.request ? updateFrom(base, m.agent) : fillIn(base, m.agent),
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

  endRequestedRevocations(rows);

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
    // Already ended (a « Date de retrait »): kept as history, no rule to check for it.
    if (grant.revokedOn && grant.revokedOn <= today && !grant.unknownProfile) {
      const h: Habilitation = {
        id: newId(),
        agentId: agent.id,
        bulletinId: grant.bulletinId,
        profileCode: grant.profileCode,
        grantedOn: grant.grantedOn,
        revokedOn: grant.revokedOn,
        ...(inPortal
          ? { appliedInPortalOn: grant.grantedOn, revocationAppliedInPortalOn: grant.revokedOn }
          : {}),
      };
      habilitations.push(h);
      created.push(h);
      row.planned.push({
        ...grant,
        status: 'ended',
        reason: `Habilitation retirée le ${formatDateFr(grant.revokedOn)} : reprise dans l’historique.`,
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
      ...(grant.revokedOn ? { revokedOn: grant.revokedOn } : {}),
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
    granted: created.filter((h) => !h.revokedOn || h.revokedOn > today).length,
    ended: created.filter((h) => h.revokedOn && h.revokedOn <= today).length,
    pending: rows.reduce((n, r) => n + r.planned.filter((g) => g.status === 'pending').length, 0),
    duplicates: rows.filter((r) => r.duplicate).length,
    skipped: rows.filter((r) => r.outcome === 'skipped').length,
  };
}
