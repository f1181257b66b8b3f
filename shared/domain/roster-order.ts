/**
 * The roster's order by name, apart from roster-filter.ts: the first screen (roster-preview.ts)
 * picks its first agents with it at start-up, without the rules the whole roster's rows need.
 */
import { foldText } from './text';

export const FIELD_SEPARATOR = '\u0001';

/** The name sort key of a row or an agent: folded NOM, then folded prénom. */
export function nameSortKey(
  p: { lastName: string; firstName?: string },
  fold: (v: string | undefined) => string,
): string {
  return `${fold(p.lastName)}${FIELD_SEPARATOR}${fold(p.firstName)}`;
}

/**
 * The `count` agents whose rows open the roster sorted by name (ascending), in their original
 * order: the rows of these agents, sorted, are exactly the first rows of the whole roster
 * sorted (ties on the name keep the original order in both). A large register shows them
 * while the rest is read.
 */
export function firstAgentsByName<A extends { lastName: string; firstName?: string }>(
  agents: readonly A[],
  count: number,
): A[] {
  if (agents.length <= count) return [...agents];
  const fold = (v: string | undefined) => (v ? foldText(v) : '');
  const keys = agents.map((a) => nameSortKey(a, fold));
  const positions = Array.from({ length: agents.length }, (_, i) => i);
  positions.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const chosen = positions.slice(0, count).sort((a, b) => a - b);
  return chosen.map((i) => agents[i]!);
}
