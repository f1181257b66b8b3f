/**
 * The roster import's score on spreadsheets with a hand-written truth: each file goes through
 * what the « Importer une liste » screen does with no change by the user (header row found,
 * columns guessed, rows mapped, the dry-run plan with duplicates merged), then every agent and
 * habilitation it would write is compared with the truth.
 */
import { foldText } from '../../shared/domain/text';
import type { ImportPlan } from '../../shared/backup/roster-import';

export interface TruthHabilitation {
  profile: string;
  grantedOn?: string;
  revokedOn?: string;
}
export interface TruthAgent {
  lastName: string;
  firstName?: string;
  function?: string;
  email?: string;
  login?: string;
  portalRole?: string;
  departedOn?: string;
  habilitations: TruthHabilitation[];
}
export interface RosterTruth {
  about?: string;
  agents: TruthAgent[];
}

export type Outcome = 'right' | 'wrong' | 'missing' | 'invented';
export interface FieldResult {
  agent: string;
  field: string;
  outcome: Outcome;
  expected?: string;
  got?: string;
}

const key = (lastName: string, firstName?: string) =>
  `${foldText(lastName).replace(/[^a-z]/g, '')}|${foldText(firstName ?? '').replace(/[^a-z]/g, '')}`;

/** The agent as the plan would write it, in the truth's terms. */
export function plannedAgents(plan: ImportPlan): TruthAgent[] {
  return plan.agents.map(({ agent }) => {
    const grants = plan.rows
      .filter((r) => r.agentId === agent.id)
      .flatMap((r) => (r.planned.length ? r.planned : r.grants));
    const habilitations = grants.map((g) => ({
      profile: g.profileCode,
      ...(g.datedInFile ? { grantedOn: g.grantedOn } : {}),
      ...(g.revokedOn ? { revokedOn: g.revokedOn } : {}),
    }));
    return {
      lastName: agent.lastName,
      ...(agent.firstName ? { firstName: agent.firstName } : {}),
      ...(agent.function ? { function: agent.function } : {}),
      ...(agent.email ? { email: agent.email } : {}),
      ...(agent.portalLogin ? { login: agent.portalLogin } : {}),
      // The truth writes the role as a slug (« administrateur-suppleant »).
      ...(agent.portalRole
        ? { portalRole: foldText(agent.portalRole).replace(/[\s']+/g, '-') }
        : {}),
      ...(agent.departedOn ? { departedOn: agent.departedOn } : {}),
      habilitations,
    };
  });
}

const same = (a: string | undefined, b: string | undefined) =>
  foldText(a ?? '')
    .replace(/\s+/g, ' ')
    .trim() ===
  foldText(b ?? '')
    .replace(/\s+/g, ' ')
    .trim();

function compareField(
  out: FieldResult[],
  agent: string,
  field: string,
  expected: string | undefined,
  got: string | undefined,
) {
  if (!expected && !got) return;
  const outcome: Outcome = !expected
    ? 'invented'
    : !got
      ? 'missing'
      : same(expected, got)
        ? 'right'
        : 'wrong';
  out.push({
    agent,
    field,
    outcome,
    ...(expected ? { expected } : {}),
    ...(got ? { got } : {}),
  });
}

/** Every field of every agent, right / wrong / missing / invented (agents matched by name). */
export function scoreRoster(truth: RosterTruth, got: readonly TruthAgent[]): FieldResult[] {
  const out: FieldResult[] = [];
  const byKey = new Map(got.map((a) => [key(a.lastName, a.firstName), a]));
  const used = new Set<TruthAgent>();
  for (const t of truth.agents) {
    const name = `${t.lastName} ${t.firstName ?? ''}`.trim();
    const g = byKey.get(key(t.lastName, t.firstName));
    if (g) used.add(g);
    compareField(out, name, 'lastName', t.lastName, g?.lastName);
    compareField(out, name, 'firstName', t.firstName, g?.firstName);
    for (const f of ['function', 'email', 'login', 'portalRole', 'departedOn'] as const)
      compareField(out, name, f, t[f], g?.[f]);
    const gotHabs = [...(g?.habilitations ?? [])];
    for (const h of t.habilitations) {
      const i = gotHabs.findIndex((x) => x.profile === h.profile);
      const match = i >= 0 ? gotHabs.splice(i, 1)[0] : undefined;
      compareField(out, name, `habilitation ${h.profile}`, h.profile, match?.profile);
      if (h.grantedOn)
        compareField(out, name, `habilitation ${h.profile} depuis`, h.grantedOn, match?.grantedOn);
      compareField(out, name, `habilitation ${h.profile} fin`, h.revokedOn, match?.revokedOn);
    }
    for (const extra of gotHabs)
      compareField(out, name, `habilitation ${extra.profile}`, undefined, extra.profile);
  }
  for (const g of got) {
    if (used.has(g)) continue;
    const name = `${g.lastName} ${g.firstName ?? ''}`.trim();
    compareField(out, name, 'agent', undefined, name);
  }
  return out;
}
