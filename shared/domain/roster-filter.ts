/**
 * The « Agents et habilitations » table: denormalised rows (one per habilitation, plus one
 * per agent without any), filtered and sorted in memory. Built for 10,000 agents and 50,000
 * habilitations: `buildRosterIndex` folds the search text and sort keys once (accents and
 * case removed); `filterRoster` then only compares plain strings.
 */
import type { IsoDate } from './dates';
import { looksLikeSharedAccount, isAgentDeparted } from './rules/agents';
import { isHabilitationActive } from './rules/active';
import { profileRequiresQualifiedSocialWorker } from './rules/habilitations';
import { quotaUsage } from './rules/quota';
import { formatBulletinLabel } from './format';
import type { Agent, Bulletin, Habilitation, Profile, Quota } from './schemas';
import { foldText } from './text';
import { FIELD_SEPARATOR, nameSortKey } from './roster-order';

export { firstAgentsByName } from './roster-order';

/** `pending`: a habilitation « à régulariser » (asked for, refused by the rules, kept on the agent). */
export type RosterStatus = 'active' | 'revoked' | 'none' | 'pending';

/**
 * - `departed`: active habilitation of an agent who has left;
 * - `unqualified`: active T1-like profile held by an agent not marked qualified;
 * - `shared-account`: the agent looks like a shared account;
 * - `over-quota`: active habilitation on a profile over its quota (or without quota).
 */
export type RosterAnomaly = 'departed' | 'unqualified' | 'shared-account' | 'over-quota';

export interface RosterRow {
  /** The habilitation id, or `agent:<agentId>` for an agent without habilitation. */
  key: string;
  agentId: string;
  lastName: string;
  firstName?: string;
  function?: string;
  service?: string;
  email?: string;
  portalRole?: string;
  departedOn?: IsoDate;
  habilitationId?: string;
  bulletinId?: string;
  bulletinLabel?: string;
  profileCode?: string;
  grantedOn?: IsoDate;
  revokedOn?: IsoDate;
  appliedInPortalOn?: IsoDate;
  /** For a `pending` row: the request's id, why it was refused, whether it is already in the portal. */
  pendingId?: string;
  pendingReason?: string;
  /** The rule that refused it (`quota-none`, `quota-full`, `habilitation-unqualified`…). */
  pendingCode?: string;
  pendingInPortal?: boolean;
  status: RosterStatus;
  anomalies: readonly RosterAnomaly[];
}

/** Denormalises the register into rows, computing status and anomaly flags for `today`. */
export function buildRosterRows(input: {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  bulletins: readonly Bulletin[];
  quotas?: readonly Quota[];
  profiles?: readonly Profile[];
  /** The habilitations quotas are counted over, when `habilitations` is only some agents' (default: `habilitations`). */
  quotaHabilitations?: readonly Habilitation[];
  today: IsoDate;
}): RosterRow[] {
  const { today } = input;
  const bulletins = new Map(input.bulletins.map((b) => [b.id, b]));
  const over = new Set(
    input.quotas
      ? quotaUsage({
          bulletins: input.bulletins,
          quotas: input.quotas,
          habilitations: input.quotaHabilitations ?? input.habilitations,
          today,
        })
          .filter((u) => u.state === 'over')
          .map((u) => `${u.bulletinId}\u0000${u.profileCode}`)
      : [],
  );
  const t1 = new Map<string, boolean>();
  const requiresQualified = (code: string) => {
    let v = t1.get(code);
    if (v === undefined)
      t1.set(code, (v = profileRequiresQualifiedSocialWorker(code, input.profiles ?? [])));
    return v;
  };
  const agentInfo = new Map(
    input.agents.map((a) => [
      a,
      { departed: isAgentDeparted(a, today), shared: looksLikeSharedAccount(a).shared },
    ]),
  );
  const byAgent = new Map<string, Habilitation[]>();
  for (const h of input.habilitations) {
    const list = byAgent.get(h.agentId);
    if (list) list.push(h);
    else byAgent.set(h.agentId, [h]);
  }
  const rows: RosterRow[] = [];
  for (const a of input.agents) {
    const info = agentInfo.get(a)!;
    const base = {
      agentId: a.id,
      lastName: a.lastName,
      firstName: a.firstName,
      function: a.function,
      service: a.service,
      email: a.email,
      portalRole: a.portalRole,
      departedOn: a.departedOn,
    };
    const habs = byAgent.get(a.id) ?? [];
    const pending = (a.pendingHabilitations ?? []).filter((p) => bulletins.has(p.bulletinId));
    for (const p of pending) {
      const b = bulletins.get(p.bulletinId)!;
      rows.push({
        ...base,
        key: `pending:${a.id}:${p.id}`,
        bulletinId: p.bulletinId,
        bulletinLabel: formatBulletinLabel(b),
        profileCode: p.profileCode.trim().toUpperCase(),
        grantedOn: p.requestedOn,
        pendingId: p.id,
        pendingReason: p.reason,
        ...(p.code ? { pendingCode: p.code } : {}),
        ...(p.inPortal ? { pendingInPortal: true } : {}),
        status: 'pending',
        anomalies: info.shared ? ['shared-account'] : [],
      });
    }
    if (habs.length === 0 && pending.length === 0) {
      rows.push({
        ...base,
        key: `agent:${a.id}`,
        status: 'none',
        anomalies: info.shared ? ['shared-account'] : [],
      });
      continue;
    }
    for (const h of habs) {
      const active = isHabilitationActive(h, today);
      const code = h.profileCode.trim().toUpperCase();
      const anomalies: RosterAnomaly[] = [];
      if (active && info.departed) anomalies.push('departed');
      if (active && !a.qualifiedSocialWorker && requiresQualified(code))
        anomalies.push('unqualified');
      if (info.shared) anomalies.push('shared-account');
      if (active && over.has(`${h.bulletinId}\u0000${code}`)) anomalies.push('over-quota');
      const b = bulletins.get(h.bulletinId);
      rows.push({
        ...base,
        key: h.id,
        habilitationId: h.id,
        bulletinId: h.bulletinId,
        bulletinLabel: b ? formatBulletinLabel(b) : undefined,
        profileCode: code,
        grantedOn: h.grantedOn,
        revokedOn: h.revokedOn,
        appliedInPortalOn: h.appliedInPortalOn,
        status: active ? 'active' : 'revoked',
        anomalies,
      });
    }
  }
  return rows;
}

export type RosterSortKey =
  | 'name'
  | 'function'
  | 'service'
  | 'email'
  | 'bulletin'
  | 'profile'
  | 'grantedOn'
  | 'revokedOn'
  | 'status';

export const ROSTER_SORT_KEYS: readonly RosterSortKey[] = [
  'name',
  'function',
  'service',
  'email',
  'bulletin',
  'profile',
  'grantedOn',
  'revokedOn',
  'status',
];

export interface RosterCriteria {
  /** Every word must appear (case- and accent-insensitive) in the name, first name, function, service, e-mail or profile. */
  text?: string;
  status?: RosterStatus | 'all';
  bulletinId?: string;
  profileCode?: string;
  anomaliesOnly?: boolean;
  sort?: { key: RosterSortKey; direction: 'asc' | 'desc' };
}

export interface RosterIndex {
  readonly rows: readonly RosterRow[];
  /** Folded search text per row. */
  readonly search: readonly string[];
  /**
   * Per row, the letters (and digits, two to a bit) its search text holds, one bit each
   * (`charMask`): a row lacking a bit of a word cannot contain it, without reading its text.
   */
  readonly searchMasks: Int32Array;
  /**
   * The search text of each row in two parts: its agent's (the same text on each of the
   * agent's rows: looked into once per search, not once per row) and its profile's. A word
   * without the field separator is in a row's text exactly when it is in one of the parts.
   */
  readonly searchParts: SearchParts;
  /** Folded sort key per row and key; empty values are '' (sorted last). */
  readonly sortKeys: Readonly<Record<RosterSortKey, readonly string[]>>;
}

export interface SearchParts {
  /** Per row, the position of its agent's part in `agentTexts`. */
  readonly agent: Int32Array;
  readonly agentTexts: readonly string[];
  /** Per row, the position of its profile's part in `profileTexts`. */
  readonly profile: Int32Array;
  readonly profileTexts: readonly string[];
}

/** `T13` → `t000013`: profile codes sort as T1, T2 … T13 with plain string comparison. */
function profileSortKey(code: string | undefined): string {
  return foldText(code).replace(/\d+/g, (d) => d.padStart(6, '0'));
}

const STATUS_ORDER: Record<RosterStatus, string> = {
  active: '1',
  pending: '2',
  revoked: '3',
  none: '4',
};

/**
 * The folded search text and sort keys of the rows, each computed the first time it is needed:
 * the first screen (sorted by name, no search) pays only for the names.
 */
export function buildRosterIndex(rows: readonly RosterRow[]): RosterIndex {
  const n = rows.length;
  // Values repeat a lot (functions, services, the same agent on several rows): fold once.
  const folded = new Map<string, string>();
  const fold = (v: string | undefined): string => {
    if (!v) return '';
    let f = folded.get(v);
    if (f === undefined) folded.set(v, (f = foldText(v)));
    return f;
  };
  const column = (value: (r: RosterRow) => string): string[] => {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = value(rows[i]!);
    return out;
  };
  const KEY_OF: Record<RosterSortKey, (r: RosterRow) => string> = {
    name: (r) => nameSortKey(r, fold),
    function: (r) => fold(r.function),
    service: (r) => fold(r.service),
    email: (r) => fold(r.email),
    bulletin: (r) => fold(r.bulletinLabel),
    profile: (r) => profileSortKey(r.profileCode),
    grantedOn: (r) => r.grantedOn ?? '',
    revokedOn: (r) => r.revokedOn ?? '',
    status: (r) => STATUS_ORDER[r.status],
  };
  const sortKeys = {} as Record<RosterSortKey, readonly string[]>;
  for (const key of ROSTER_SORT_KEYS) {
    let cached: string[] | undefined;
    Object.defineProperty(sortKeys, key, {
      enumerable: true,
      get: () => (cached ??= column(KEY_OF[key])),
    });
  }
  let search: string[] | undefined;
  const searchColumn = () =>
    (search ??= column((r) =>
      [
        fold(r.lastName),
        fold(r.firstName),
        fold(r.function),
        fold(r.service),
        fold(r.email),
        fold(r.profileCode),
      ].join(FIELD_SEPARATOR),
    ));
  let masks: Int32Array | undefined;
  let parts: SearchParts | undefined;
  const buildParts = (): SearchParts => {
    const agent = new Int32Array(n);
    const profile = new Int32Array(n);
    const agentTexts: string[] = [];
    const profileTexts: string[] = [];
    // An agent's rows carry the same fields: its part is folded once, on its first row (a
    // row whose fields differ gets a part of its own).
    const agentIds = new Map<string, number>();
    const agentRows: RosterRow[] = [];
    const profileIds = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      let a = agentIds.get(r.agentId);
      const first = a === undefined ? undefined : agentRows[a]!;
      if (
        a === undefined ||
        !first ||
        first.lastName !== r.lastName ||
        first.firstName !== r.firstName ||
        first.function !== r.function ||
        first.service !== r.service ||
        first.email !== r.email
      ) {
        a = agentTexts.length;
        agentTexts.push(
          [
            fold(r.lastName),
            fold(r.firstName),
            fold(r.function),
            fold(r.service),
            fold(r.email),
          ].join(FIELD_SEPARATOR),
        );
        agentRows.push(r);
        agentIds.set(r.agentId, a);
      }
      agent[i] = a;
      const code = r.profileCode ?? '';
      let p = profileIds.get(code);
      if (p === undefined) {
        profileIds.set(code, (p = profileTexts.length));
        profileTexts.push(fold(code));
      }
      profile[i] = p;
    }
    return { agent, agentTexts, profile, profileTexts };
  };
  return {
    rows,
    get search() {
      return searchColumn();
    },
    get searchMasks() {
      if (!masks) {
        const texts = searchColumn();
        masks = new Int32Array(n);
        // Many rows share a text (an agent's habilitations): its mask is computed once.
        const known = new Map<string, number>();
        for (let i = 0; i < n; i++) {
          const t = texts[i]!;
          let m = known.get(t);
          if (m === undefined) known.set(t, (m = charMask(t)));
          masks[i] = m;
        }
      }
      return masks;
    },
    get searchParts() {
      return (parts ??= buildParts());
    },
    sortKeys,
  };
}

/**
 * The bits of the letters a–z (bits 0–25) and digits (bits 26–31, `0` and `6` sharing one…)
 * in folded text; other characters have none. A text containing a word holds every bit of
 * the word's mask: a row whose mask lacks one is skipped without reading its text.
 */
export function charMask(text: string): number {
  let m = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) m |= 1 << (26 + ((c - 48) % 6));
  }
  return m;
}

/** Whether `word` is one letter a–z: its bit alone then says whether a text contains it. */
function isOneLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length === 1 && c >= 97 && c <= 122;
}

/**
 * Row positions in the order of a sort, computed once per index and sort (the order is total:
 * key, then name, then position), so that each keystroke only filters: the rows of a filter
 * taken in this order are exactly the filtered rows sorted.
 */
const sortedOrders = new WeakMap<RosterIndex, Map<string, Int32Array>>();

function sortedOrder(index: RosterIndex, sort: NonNullable<RosterCriteria['sort']>): Int32Array {
  let byKey = sortedOrders.get(index);
  if (!byKey) sortedOrders.set(index, (byKey = new Map<string, Int32Array>()));
  const cacheKey = `${sort.key}|${sort.direction}`;
  let order = byKey.get(cacheKey);
  if (!order) {
    const primary = index.sortKeys[sort.key];
    const names = index.sortKeys.name;
    const dir = sort.direction === 'desc' ? -1 : 1;
    const positions = Array.from({ length: index.rows.length }, (_, i) => i);
    positions.sort((a, b) => {
      const ka = primary[a]!;
      const kb = primary[b]!;
      if (ka !== kb) {
        if (ka === '') return 1; // empty values last, whatever the direction
        if (kb === '') return -1;
        return ka < kb ? -dir : dir;
      }
      const na = names[a]!;
      const nb = names[b]!;
      if (na !== nb) return na < nb ? -1 : 1;
      return a - b;
    });
    order = Int32Array.from(positions);
    byKey.set(cacheKey, order);
  }
  return order;
}

/** Filters and sorts; ties keep name order then the rows' original order (stable). */
export function filterRoster(index: RosterIndex, criteria: RosterCriteria = {}): RosterRow[] {
  return pickRows(index, criteria, foldText(criteria.text)).rows;
}

/**
 * The rows matching `criteria` (its search text already folded: `text`) and their indices, in
 * display order, looking only at `within`.
 */
function pickRows(
  index: RosterIndex,
  criteria: RosterCriteria,
  text: string,
  within?: readonly number[],
): { picked: number[]; rows: RosterRow[] } {
  const terms = text.split(' ').filter(Boolean);
  const status = criteria.status && criteria.status !== 'all' ? criteria.status : undefined;
  const profile = criteria.profileCode ? criteria.profileCode.trim().toUpperCase() : undefined;
  const { rows } = index;
  // Read only when there is text: the search column is built on first use.
  const search = terms.length ? index.search : [];
  const masks = terms.length ? index.searchMasks : undefined;
  const want = charMask(terms.join(''));
  // Words of one letter are settled by the mask: only the others are looked for in the text.
  const words = terms.filter((t) => !isOneLetter(t));
  // Looked for in each agent's part once (0: not yet, 1: there, 2: not there), then in the
  // profile's; a word holding the field separator, in the whole text.
  const parts =
    words.length && !words.some((w) => w.includes(FIELD_SEPARATOR)) ? index.searchParts : undefined;
  const inAgent = parts ? words.map(() => new Uint8Array(parts.agentTexts.length)) : [];
  const inProfile = parts ? words.map(() => new Uint8Array(parts.profileTexts.length)) : [];
  const byRow = Boolean(status || criteria.bulletinId || profile || criteria.anomaliesOnly);
  const order = within ?? (criteria.sort ? sortedOrder(index, criteria.sort) : undefined);
  const count = order ? order.length : rows.length;
  const picked: number[] = [];
  const out: RosterRow[] = [];
  outer: for (let k = 0; k < count; k++) {
    const i = order ? order[k]! : k;
    if (masks && (masks[i]! & want) !== want) continue;
    if (byRow) {
      const r = rows[i]!;
      if (status && r.status !== status) continue;
      if (criteria.bulletinId && r.bulletinId !== criteria.bulletinId) continue;
      if (profile && r.profileCode !== profile) continue;
      if (criteria.anomaliesOnly && r.anomalies.length === 0) continue;
    }
    if (parts) {
      const a = parts.agent[i]!;
      const p = parts.profile[i]!;
      for (let j = 0; j < words.length; j++) {
        const agentSeen = inAgent[j]!;
        let seen = agentSeen[a]!;
        if (seen === 0) agentSeen[a] = seen = parts.agentTexts[a]!.includes(words[j]!) ? 1 : 2;
        if (seen === 1) continue;
        const profileSeen = inProfile[j]!;
        seen = profileSeen[p]!;
        if (seen === 0) profileSeen[p] = seen = parts.profileTexts[p]!.includes(words[j]!) ? 1 : 2;
        if (seen === 2) continue outer;
      }
    } else if (words.length) {
      const s = search[i]!;
      for (const t of words) if (!s.includes(t)) continue outer;
    }
    picked.push(i);
    out.push(rows[i]!);
  }
  return { picked, rows: out };
}

/**
 * A filter for one index that remembers its recent answers. While the user types on (the new
 * search text extends an earlier one, other criteria unchanged), every row that matches is
 * among that earlier answer's rows, so only those are searched again; going back with
 * Backspace finds the answer already made. Same rows, same order as `filterRoster`. When a
 * longer text keeps every row of the earlier answer (the rest of a name already found), the
 * answer is that same array: the table has nothing to draw again.
 */
export function createRosterFilter(
  index: RosterIndex,
  remember = 64,
): (criteria: RosterCriteria) => RosterRow[] {
  interface Answer {
    key: string;
    text: string;
    picked: number[];
    rows: RosterRow[];
  }
  const answers = new Map<string, Answer>();
  return (criteria) => {
    const { text: _text, ...rest } = criteria;
    const key = JSON.stringify(rest);
    const text = foldText(criteria.text);
    const id = `${key}\u0000${text}`;
    let answer = answers.get(id);
    if (!answer) {
      let base: Answer | undefined;
      for (const a of answers.values()) {
        if (a.key === key && a.text.length > (base?.text.length ?? -1) && text.startsWith(a.text))
          base = a;
      }
      const { picked, rows } = pickRows(index, criteria, text, base?.picked);
      // Picked among the earlier answer's rows, in its order: as many means the same rows.
      answer =
        base && picked.length === base.picked.length
          ? { key, text, picked: base.picked, rows: base.rows }
          : { key, text, picked, rows };
      if (answers.size >= remember) answers.delete(answers.keys().next().value!);
    } else {
      answers.delete(id);
    }
    answers.set(id, answer);
    // The same answer gives the same array (going back with Backspace copies nothing).
    return answer.rows;
  };
}
