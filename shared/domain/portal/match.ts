/**
 * Which agent holds each portal account: by the portal login stored on the agent, then by
 * mél, then by NOM + prénom folded (accents, hyphens, case). An inverted NOM / prénom or a
 * compound name written in part is only *proposed*; two agents of the same name are
 * *ambiguous*: the user chooses, the app never guesses. A login that belongs to one agent
 * on an account bearing another person's name is reported.
 *
 * Indexed by folded keys: matching 10,000 accounts against 10,000 agents is linear.
 */
import type { Agent } from '../schemas';
import { foldText } from '../text';
import type { PortalAccount } from './accounts';
import { exactNameKey, foldName, nameWords, wordSetKey } from './names';

export type MatchBy = 'login' | 'email' | 'name' | 'confirmed';

export type AccountMatch =
  | {
      kind: 'matched';
      agentId: string;
      by: MatchBy;
      /** The login is this agent's but the name is not (or is another agent's). */
      conflict?: { otherAgentId?: string };
    }
  | { kind: 'proposed'; agentId: string; why: 'inverted' | 'partial' | 'login-differs' }
  | { kind: 'ambiguous'; candidates: string[]; by: 'login' | 'email' | 'name' }
  | { kind: 'none'; rejected?: boolean };

type Index = Map<string, string[]>;
const push = (m: Index, k: string, id: string) => {
  if (!k) return;
  const list = m.get(k);
  // Agents are indexed one after the other: a repeat can only be the last one pushed.
  if (list) {
    if (list[list.length - 1] !== id) list.push(id);
  } else m.set(k, [id]);
};

export interface AgentIndex {
  byLogin: Index;
  byEmail: Index;
  byExact: Index;
  byWords: Index;
  byLastWord: Index;
  agents: Map<string, Agent>;
  /** Each agent's `exactNameKey`, folded once. */
  exactKey: Map<string, string>;
}

/** Agents indexed once by every key used for matching (purged agents are left out). */
export function indexAgents(agents: readonly Agent[]): AgentIndex {
  const idx: AgentIndex = {
    byLogin: new Map(),
    byEmail: new Map(),
    byExact: new Map(),
    byWords: new Map(),
    byLastWord: new Map(),
    agents: new Map(),
    exactKey: new Map(),
  };
  for (const a of agents) {
    if (a.purgedAt) continue;
    idx.agents.set(a.id, a);
    if (a.portalLogin) push(idx.byLogin, foldText(a.portalLogin), a.id);
    if (a.email) push(idx.byEmail, a.email.trim().toLowerCase(), a.id);
    // Folded once (folding is the costly part on a large register).
    const last = foldName(a.lastName);
    const first = foldName(a.firstName);
    if (last) push(idx.byExact, `${last}|${first}`, a.id);
    idx.exactKey.set(a.id, last ? `${last}|${first}` : '');
    const lastWords = last ? last.split(' ') : [];
    push(idx.byWords, [...lastWords, ...(first ? first.split(' ') : [])].sort().join(' '), a.id);
    for (const w of lastWords) if (w.length > 1) push(idx.byLastWord, w, a.id);
  }
  return idx;
}

/** Same first name, or one is the other's first word or initial (« Marie-Claire », « M. »). */
function firstNamesAgree(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (!x || !y) return !x && !y;
  if (x === y) return true;
  const xw = x.split(' ');
  const yw = y.split(' ');
  if (xw[0] === yw[0]) return true;
  return (
    (xw[0]!.length === 1 && yw[0]!.startsWith(xw[0]!)) ||
    (yw[0]!.length === 1 && xw[0]!.startsWith(yw[0]!))
  );
}

const subset = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.every((w) => b.includes(w));

/** Does the account's name designate this agent (exactly, inverted or by words)? */
function nameFits(account: PortalAccount, agent: Agent, idx: AgentIndex): boolean {
  if (account.lastName) {
    const k = exactNameKey(account.lastName, account.firstName);
    return (
      k === idx.exactKey.get(agent.id) ||
      k === exactNameKey(agent.firstName, agent.lastName) ||
      wordSetKey(account.lastName, account.firstName) ===
        wordSetKey(agent.lastName, agent.firstName)
    );
  }
  if (account.fullName)
    return wordSetKey(account.fullName) === wordSetKey(agent.lastName, agent.firstName);
  return true;
}

function hasName(a: PortalAccount): boolean {
  return !!(a.lastName || a.fullName);
}

/** Agents whose name is this account's exactly (accents, case, hyphens folded). */
function exactNameCandidates(account: PortalAccount, idx: AgentIndex): string[] {
  if (account.lastName)
    return idx.byExact.get(exactNameKey(account.lastName, account.firstName)) ?? [];
  if (account.fullName) return idx.byWords.get(wordSetKey(account.fullName)) ?? [];
  return [];
}

function partialCandidates(account: PortalAccount, idx: AgentIndex): string[] {
  if (!account.lastName) return [];
  const last = nameWords(account.lastName);
  const seen = new Set<string>();
  for (const w of last) for (const id of idx.byLastWord.get(w) ?? []) seen.add(id);
  const out: string[] = [];
  for (const id of seen) {
    const agent = idx.agents.get(id)!;
    const agentLast = nameWords(agent.lastName);
    if (!(subset(last, agentLast) || subset(agentLast, last))) continue;
    if (firstNamesAgree(account.firstName ?? '', agent.firstName ?? '')) out.push(id);
  }
  return out;
}

/**
 * The match of one account. `link` is the user's earlier answer for this account: an agent
 * id (confirmed) or null (« ce n'est aucun de ces agents »).
 */
export function matchAccount(
  account: PortalAccount,
  idx: AgentIndex,
  link?: string | null,
): AccountMatch {
  if (link === null) return { kind: 'none', rejected: true };
  if (link && idx.agents.has(link)) return { kind: 'matched', agentId: link, by: 'confirmed' };

  const byName = hasName(account) ? exactNameCandidates(account, idx) : [];
  if (account.login) {
    const ids = idx.byLogin.get(foldText(account.login)) ?? [];
    if (ids.length > 1) return { kind: 'ambiguous', candidates: ids, by: 'login' };
    if (ids.length === 1) {
      const agent = idx.agents.get(ids[0]!)!;
      if (hasName(account) && !nameFits(account, agent, idx)) {
        const other = byName.find((id) => id !== agent.id);
        return {
          kind: 'matched',
          agentId: agent.id,
          by: 'login',
          conflict: other ? { otherAgentId: other } : {},
        };
      }
      return { kind: 'matched', agentId: agent.id, by: 'login' };
    }
  }
  // An agent who already has another login is not this account without the user's word.
  const loginDiffers = (agentId: string) => {
    const stored = idx.agents.get(agentId)!.portalLogin;
    return !!(account.login && stored && foldText(stored) !== foldText(account.login));
  };
  if (account.email) {
    const ids = idx.byEmail.get(account.email) ?? [];
    if (ids.length > 1) return { kind: 'ambiguous', candidates: ids, by: 'email' };
    if (ids.length === 1) {
      const agent = idx.agents.get(ids[0]!)!;
      if (loginDiffers(agent.id))
        return { kind: 'proposed', agentId: agent.id, why: 'login-differs' };
      if (hasName(account) && !nameFits(account, agent, idx)) {
        const other = byName.find((id) => id !== agent.id);
        return {
          kind: 'matched',
          agentId: agent.id,
          by: 'email',
          conflict: other ? { otherAgentId: other } : {},
        };
      }
      return { kind: 'matched', agentId: agent.id, by: 'email' };
    }
  }
  if (byName.length > 1) return { kind: 'ambiguous', candidates: [...byName], by: 'name' };
  if (byName.length === 1) {
    const id = byName[0]!;
    if (loginDiffers(id)) return { kind: 'proposed', agentId: id, why: 'login-differs' };
    return { kind: 'matched', agentId: id, by: 'name' };
  }
  if (account.lastName) {
    const inverted = new Set([
      ...(idx.byExact.get(exactNameKey(account.firstName, account.lastName)) ?? []),
      ...(idx.byWords.get(wordSetKey(account.lastName, account.firstName)) ?? []),
    ]);
    if (inverted.size > 1) return { kind: 'ambiguous', candidates: [...inverted], by: 'name' };
    if (inverted.size === 1)
      return { kind: 'proposed', agentId: [...inverted][0]!, why: 'inverted' };
    const partial = partialCandidates(account, idx);
    if (partial.length > 1) return { kind: 'ambiguous', candidates: partial, by: 'name' };
    if (partial.length === 1) return { kind: 'proposed', agentId: partial[0]!, why: 'partial' };
  }
  return { kind: 'none' };
}
