/**
 * What the reconciliation's steps share: the input, the register's active habilitations of
 * the convention by agent, the convention's services, and how a difference is added (with
 * its article and severity). Built once per reconciliation.
 */
import { addDays, addMonths, type IsoDate } from '../dates';
import { agentName as formatAgentName, formatServiceName } from '../format';
import { normaliseProfileCode } from '../profiles';
import { isHabilitationActive } from '../rules/active';
import type { Agent, Bulletin, Habilitation, Quota } from '../schemas';
import { frenchSpacing } from '../text';
import type { PortalAccount, PortalList } from './accounts';
import {
  DIFFERENCE_INFO,
  type AccountSummary,
  type DifferenceKind,
  type PortalAction,
  type PortalDifference,
} from './differences';
import { indexAgents, type AgentIndex } from './match';

export interface ReconcileInput {
  list: PortalList;
  /** The partner's agents (departed ones included: they are what rule 4 looks for). */
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  /** The convention's bulletins: only their habilitations are compared. */
  bulletins: readonly Bulletin[];
  quotas: readonly Quota[];
  today: IsoDate;
  unusedMonths?: number;
  recentGrantDays?: number;
  /** The user's answers about uncertain matches: account key → agent id, or null (none). */
  links?: ReadonlyMap<string, string | null>;
}

export interface QuotaComparison {
  serviceCode: string;
  profileCode: string;
  /** Accounts of the portal (active or suspended) holding the profile. */
  portal: number;
  /** Active habilitations of the register. */
  register: number;
  /** The bulletins' maximum (0 when the profile has none: none may be created). */
  quota: number;
}

export interface RegisterGrant {
  hab: Habilitation;
  serviceCode: string;
  profileCode: string;
}

const say = (s: string) => frenchSpacing(s);

const summaries = new WeakMap<PortalAccount, AccountSummary>();
export function summarise(a: PortalAccount): AccountSummary {
  const known = summaries.get(a);
  if (known) return known;
  const summary = buildSummary(a);
  summaries.set(a, summary);
  return summary;
}

function buildSummary(a: PortalAccount): AccountSummary {
  const live = a.grants.filter((g) => g.status !== 'désactivé');
  return {
    key: a.key,
    status: a.status,
    profiles: [...new Set(live.map((g) => g.profileCode))],
    serviceCodes: [...new Set(live.map((g) => g.serviceCode).filter((s): s is string => !!s))],
    ...(a.login ? { login: a.login } : {}),
    ...(a.email ? { email: a.email } : {}),
    ...(a.lastName ? { lastName: a.lastName } : {}),
    ...(a.firstName ? { firstName: a.firstName } : {}),
    ...(a.fullName ? { fullName: a.fullName } : {}),
    ...(a.lastLoginOn ? { lastLoginOn: a.lastLoginOn } : {}),
    ...(a.createdOn ? { createdOn: a.createdOn } : {}),
  };
}

export const grantLabel = (g: { profileCode: string; serviceCode?: string | undefined }) =>
  g.serviceCode ? `${g.profileCode} (${formatServiceName(g.serviceCode)})` : g.profileCode;

export interface ReconcileContext {
  input: ReconcileInput;
  today: IsoDate;
  idx: AgentIndex;
  /** The agent's name, formatted once. */
  agentName: (a: Agent) => string;
  /** Bulletin id → its service code (trimmed, in capitals). */
  serviceOf: Map<string, string>;
  services: string[];
  /** The convention's service when it has only one (a portal grant without service is on it). */
  onlyService: string | undefined;
  unusedMonths: number;
  /** Active accounts not used since this date are unused. */
  unusedBefore: IsoDate;
  /** Habilitations granted since this date may not be created in the portal yet. */
  recentSince: IsoDate;
  /** The register's active habilitations of the convention, by agent. */
  registerByAgent: Map<string, RegisterGrant[]>;
  registerCount: number;
  differences: PortalDifference[];
  add: (
    kind: DifferenceKind,
    key: string,
    message: string,
    actions: PortalAction[],
    extra?: Partial<PortalDifference>,
  ) => void;
  /** « (article) » of a difference kind, for the messages. */
  art: (kind: DifferenceKind) => string;
}

export function reconcileContext(
  input: ReconcileInput,
  unusedMonths: number,
  recentDays: number,
): ReconcileContext {
  const { today } = input;
  const idx = indexAgents(input.agents);
  const names = new Map<string, string>();
  const agentName = (a: Agent) => {
    let n = names.get(a.id);
    if (n === undefined) names.set(a.id, (n = formatAgentName(a)));
    return n;
  };
  const serviceOf = new Map(input.bulletins.map((b) => [b.id, b.serviceCode.trim().toUpperCase()]));
  const services = [...new Set(serviceOf.values())];
  const onlyService = services.length === 1 ? services[0] : undefined;
  const differences: PortalDifference[] = [];
  const add = (
    kind: DifferenceKind,
    key: string,
    message: string,
    actions: PortalAction[],
    extra: Partial<PortalDifference> = {},
  ) => {
    const info = DIFFERENCE_INFO[kind];
    differences.push({
      key: `${kind}|${key}`,
      kind,
      severity: info.severity,
      article: info.article,
      message: say(message),
      actions,
      ...extra,
    });
  };
  const art = (kind: DifferenceKind) => `(${DIFFERENCE_INFO[kind].article})`;

  // Register side: active habilitations of the convention, by agent.
  const registerByAgent = new Map<string, RegisterGrant[]>();
  let registerCount = 0;
  for (const h of input.habilitations) {
    const serviceCode = serviceOf.get(h.bulletinId);
    if (!serviceCode || h.purgedAt || !isHabilitationActive(h, today) || !idx.agents.has(h.agentId))
      continue;
    registerCount++;
    const list = registerByAgent.get(h.agentId) ?? [];
    list.push({ hab: h, serviceCode, profileCode: normaliseProfileCode(h.profileCode) });
    registerByAgent.set(h.agentId, list);
  }

  return {
    input,
    today,
    idx,
    agentName,
    serviceOf,
    services,
    onlyService,
    unusedMonths,
    unusedBefore: addMonths(today, -unusedMonths),
    recentSince: addDays(today, -recentDays),
    registerByAgent,
    registerCount,
    differences,
    add,
    art,
  };
}
