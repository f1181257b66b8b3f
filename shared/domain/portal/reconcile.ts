/**
 * The reconciliation: the portal's accounts against the register's agents and active
 * habilitations, each difference with the article it touches and what to do. Pure and
 * linear (every lookup goes through a map), for 10,000 accounts against a large register.
 *
 * The steps: matching the accounts (`reconcile-accounts.ts`), comparing each agent's accounts
 * and habilitations (`reconcile-agents.ts`), the quotas (`reconcile-quotas.ts`); what they
 * share is in `reconcile-context.ts`.
 */
import type { AccountMatch } from './match';
import {
  compareDifferences,
  DIFFERENCE_KINDS,
  type DifferenceKind,
  type PortalDifference,
} from './differences';
import { matchAccounts } from './reconcile-accounts';
import { compareAgents } from './reconcile-agents';
import { reconcileContext, type QuotaComparison, type ReconcileInput } from './reconcile-context';
import { compareQuotas, overQuota } from './reconcile-quotas';

export type { QuotaComparison, ReconcileInput } from './reconcile-context';

export const DEFAULT_UNUSED_MONTHS = 6;
/** A habilitation granted this recently may simply not be created in the portal yet. */
export const RECENT_GRANT_DAYS = 30;

export interface Reconciliation {
  differences: PortalDifference[];
  matches: Map<string, AccountMatch>;
  counts: Record<DifferenceKind, number>;
  quotas: QuotaComparison[];
  stats: {
    accounts: number;
    activeAccounts: number;
    matched: number;
    registerHabilitations: number;
  };
}

export function reconcile(input: ReconcileInput): Reconciliation {
  const ctx = reconcileContext(
    input,
    input.unusedMonths ?? DEFAULT_UNUSED_MONTHS,
    input.recentGrantDays ?? RECENT_GRANT_DAYS,
  );
  const { list } = input;
  const { differences } = ctx;
  const matching = matchAccounts(ctx);
  compareAgents(ctx, matching);
  const quotaRows = compareQuotas(ctx);
  overQuota(ctx, quotaRows);

  differences.sort(compareDifferences);
  const counts = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, 0])) as Record<
    DifferenceKind,
    number
  >;
  for (const d of differences) counts[d.kind]++;
  return {
    differences,
    matches: matching.matches,
    counts,
    quotas: quotaRows,
    stats: {
      accounts: list.accounts.length,
      activeAccounts: matching.activeAccounts,
      matched: matching.matched,
      registerHabilitations: ctx.registerCount,
    },
  };
}
