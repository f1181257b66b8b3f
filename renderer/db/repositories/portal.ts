/**
 * The portal reconciliation's storage: an imported list (its name, digest and counts — never
 * the file itself) with its differences, and the resolution of a difference, which writes
 * the register in the same journalled transaction.
 */
import { formatDateFr } from '../../../shared/domain/dates';
import { agentName, formatCount } from '../../../shared/domain/format';
import { refusals } from '../../../shared/domain/findings';
import {
  DIFFERENCE_KINDS,
  type PortalAction,
  type PortalDifference,
} from '../../../shared/domain/portal/differences';
import type { RememberedMapping } from '../../../shared/domain/portal/columns';
import {
  DEFAULT_UNUSED_MONTHS,
  type Reconciliation,
} from '../../../shared/domain/portal/reconcile';
import { normaliseProfileCode } from '../../../shared/domain/profiles';
import { isHabilitationActive } from '../../../shared/domain/rules/active';
import { checkGrant } from '../../../shared/domain/rules/quota';
import {
  settingSchema,
  unusedMonthsSchema,
  type Agent,
  type Habilitation,
  type PortalImport,
  type StoredPortalDifference,
} from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor, type RegisterWriter } from '../register-writer';
import { parseOrThrow, RuleRefusedError, ValidationError } from '../validation';

const MAPPING_KEY = 'portalColumnMapping';
const UNUSED_MONTHS_KEY = 'portalUnusedMonths';

export async function getRememberedMapping(
  db: AppDatabase,
): Promise<RememberedMapping | undefined> {
  const v = (await db.settings.get(MAPPING_KEY))?.value as RememberedMapping | undefined;
  return v && typeof v === 'object' && 'columns' in v && Array.isArray(v.seen) ? v : undefined;
}

/** How long without a login makes an account « unused » (Paramètres), 6 months by default. */
export async function getUnusedMonths(db: AppDatabase): Promise<number> {
  const parsed = unusedMonthsSchema.safeParse((await db.settings.get(UNUSED_MONTHS_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_UNUSED_MONTHS;
}

/** Refused with the schema's French message (nothing written) when not 1 to 60 whole months. */
export async function setUnusedMonths(db: AppDatabase, months: number): Promise<void> {
  const value = parseOrThrow(unusedMonthsSchema, months);
  await db.settings.put(parseOrThrow(settingSchema, { key: UNUSED_MONTHS_KEY, value }));
}

/** The user's earlier answers about uncertain matches: account key → agent (or none). */
export async function loadLinks(
  db: AppDatabase,
  conventionId: string,
): Promise<Map<string, string | null>> {
  const rows = await db.portalDifferences.where('conventionId').equals(conventionId).toArray();
  const links = new Map<string, string | null>();
  for (const d of rows) {
    if (!d.account || !d.resolution?.action) continue;
    if (d.resolution.action === 'confirm-match' && d.resolution.agentId)
      links.set(d.account.key, d.resolution.agentId);
    if (d.resolution.action === 'reject-match') links.set(d.account.key, null);
  }
  return links;
}

export interface SaveListInput {
  conventionId: string;
  fileName: string;
  sha256: string;
  bytes: number;
  rows: number;
  problems: number;
  result: Reconciliation;
  mapping: RememberedMapping;
  /** Re-saving the same list after a match was confirmed: no new history entry. */
  importId?: string;
}

function toStored(
  d: PortalDifference,
  conventionId: string,
  importId: string,
  before: StoredPortalDifference | undefined,
): StoredPortalDifference {
  const {
    key,
    kind,
    severity,
    article,
    message,
    actions,
    account,
    agentId,
    candidateAgentIds,
    habilitationId,
    profileCode,
    serviceCode,
    registerProfileCode,
    bulletinId,
  } = d;
  // An explanation holds while the difference is the same; a resolution that did not make it
  // go away (the account is still there) is reopened.
  const keep =
    before &&
    (before.status === 'explained' ||
      (before.status === 'resolved' && before.lastImportId === importId));
  return {
    id: before?.id ?? newId(),
    conventionId,
    key,
    kind,
    severity,
    article,
    message,
    actions,
    status: keep ? before.status : 'open',
    firstImportId: before?.firstImportId ?? importId,
    lastImportId: importId,
    ...(agentId ? { agentId } : {}),
    ...(candidateAgentIds ? { candidateAgentIds } : {}),
    ...(habilitationId ? { habilitationId } : {}),
    ...(profileCode ? { profileCode } : {}),
    ...(serviceCode ? { serviceCode } : {}),
    ...(registerProfileCode ? { registerProfileCode } : {}),
    ...(bulletinId ? { bulletinId } : {}),
    ...(account ? { account } : {}),
    ...(keep && before.resolution ? { resolution: before.resolution } : {}),
  };
}

/**
 * Records an imported list and its differences in one transaction: the history entry is
 * journalled (file name, SHA-256, counts); differences already known keep their id and
 * explanation; open ones no longer found are closed (« plus d'écart »).
 */
export function saveImportedList(
  db: AppDatabase,
  actor: Actor,
  input: SaveListInput,
): Promise<PortalImport> {
  return writeRegister(db, actor, ['portalImports', 'portalDifferences', 'settings'], async (w) => {
    const at = actor.now().toISOString();
    const importId = input.importId ?? newId();
    const counts = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, input.result.counts[k]]));
    const record: PortalImport = {
      id: importId,
      conventionId: input.conventionId,
      importedAt: at,
      importedBy: actor.name,
      fileName: input.fileName.slice(0, 300) || 'liste du portail',
      sha256: input.sha256,
      bytes: input.bytes,
      rows: input.rows,
      accounts: input.result.stats.accounts,
      activeAccounts: input.result.stats.activeAccounts,
      matched: input.result.stats.matched,
      problems: input.problems,
      counts,
    };
    const total = input.result.differences.length;
    const saved = await w.put(
      'portalImports',
      record,
      `Liste du portail « ${record.fileName} » importée : ${record.accounts} comptes, ${formatCount(total, 'écart')}`,
    );
    const existing = await db.portalDifferences
      .where('conventionId')
      .equals(input.conventionId)
      .toArray();
    const byKey = new Map(existing.map((d) => [d.key, d]));
    const seen = new Set<string>();
    // Differences are bulk-written (one journal entry for the list, not one per row).
    const rows = input.result.differences.map((d) => {
      seen.add(d.key);
      return toStored(d, input.conventionId, importId, byKey.get(d.key));
    });
    const gone = existing
      .filter((d) => !seen.has(d.key) && d.status === 'open')
      .map((d) => ({
        ...d,
        status: 'resolved' as const,
        resolution: {
          at,
          by: actor.name,
          note: `Plus d’écart dans la liste du portail importée le ${formatDateFr(at.slice(0, 10))}.`,
        },
      }));
    await db.portalDifferences.bulkPut([...rows, ...gone]);
    await db.settings.put({ key: MAPPING_KEY, value: input.mapping });
    return saved;
  });
}

export interface ResolveInput {
  differenceId: string;
  action: PortalAction;
  today: string;
  /** Required to explain; kept with any other action. */
  note?: string;
  /** The agent chosen among the candidates (confirm-match). */
  agentId?: string;
  /** The bulletin to register a habilitation on, when the service does not say which. */
  bulletinId?: string;
}

const REASON = 'Rapprochement avec la liste du portail';

/**
 * Resolves a difference: the register change it calls for (agent and habilitation created,
 * habilitation revoked or aligned, login stored on the agent) and the difference's status,
 * in one journalled transaction. Refused with the rule's message when a rule forbids it.
 */
export function resolveDifference(
  db: AppDatabase,
  actor: Actor,
  input: ResolveInput,
): Promise<StoredPortalDifference> {
  return writeRegister(
    db,
    actor,
    [
      'portalDifferences',
      'agents',
      'habilitations',
      'bulletins',
      'quotas',
      'conventions',
      'organisations',
    ],
    async (w) => {
      const d = await db.portalDifferences.get(input.differenceId);
      if (!d)
        throw new ValidationError(['Cet écart n’existe plus : réimportez la liste du portail.']);
      if (d.status !== 'open') throw new ValidationError(['Cet écart est déjà traité.']);
      if (!d.actions.includes(input.action))
        throw new ValidationError(['Cette action ne s’applique pas à cet écart.']);
      const note = input.note?.trim();
      if (input.action === 'explain' && !note)
        throw new ValidationError([
          'Expliquez pourquoi l’écart est gardé tel quel (il figurera dans le rapport de revue).',
        ]);
      let agentId = d.agentId;
      const bulletins = await db.bulletins.where('conventionId').equals(d.conventionId).toArray();
      const pickBulletin = (serviceCode: string | undefined) => {
        if (input.bulletinId) return bulletins.find((b) => b.id === input.bulletinId);
        const same = bulletins.filter(
          (b) => !serviceCode || b.serviceCode.toUpperCase() === serviceCode.toUpperCase(),
        );
        return same.length === 1 ? same[0] : bulletins.length === 1 ? bulletins[0] : undefined;
      };

      switch (input.action) {
        case 'register-agent': {
          const a = d.account;
          if (!a)
            throw new ValidationError([
              'Le compte du portail n’est plus connu : réimportez la liste.',
            ]);
          const convention = await db.conventions.get(d.conventionId);
          if (!convention) throw new ValidationError(['La convention n’existe plus.']);
          const [lastName, firstName] = a.lastName
            ? [a.lastName, a.firstName]
            : splitLoose(a.fullName ?? a.login ?? a.email ?? '');
          const agent: Agent = {
            id: newId(),
            organisationId: convention.partnerId,
            lastName: lastName || (a.login ?? 'INCONNU'),
            qualifiedSocialWorker: false,
            portalRole: 'Utilisateur',
            ...(firstName ? { firstName } : {}),
            ...(a.email ? { email: a.email } : {}),
            ...(a.login ? { portalLogin: a.login } : {}),
          };
          await w.put('agents', agent, `${agentName(agent)} (${REASON})`);
          agentId = agent.id;
          for (const code of a.profiles)
            await grant(w, agent, code, pickBulletin(a.serviceCodes[0]), input.today);
          break;
        }
        case 'register-habilitation': {
          const agent = agentId ? await db.agents.get(agentId) : undefined;
          if (!agent || !d.profileCode)
            throw new ValidationError(['L’agent de cet écart n’existe plus.']);
          await grant(w, agent, d.profileCode, pickBulletin(d.serviceCode), input.today);
          break;
        }
        case 'revoke-in-register': {
          const habs = d.habilitationId
            ? [await db.habilitations.get(d.habilitationId)].filter((h): h is Habilitation => !!h)
            : agentId
              ? await db.habilitations.where('agentId').equals(agentId).toArray()
              : [];
          const ids = new Set(bulletins.map((b) => b.id));
          const active = habs.filter(
            (h) => ids.has(h.bulletinId) && isHabilitationActive(h, input.today),
          );
          if (!active.length)
            throw new ValidationError(['Aucune habilitation active à retirer dans le registre.']);
          for (const h of active) await revoke(w, h, input.today, note);
          break;
        }
        case 'align-register': {
          const h = d.habilitationId ? await db.habilitations.get(d.habilitationId) : undefined;
          const agent = agentId ? await db.agents.get(agentId) : undefined;
          if (!h || !agent || !d.profileCode)
            throw new ValidationError(['L’habilitation de cet écart n’existe plus.']);
          await revoke(w, h, input.today, note ?? `Profil ${d.profileCode} dans le portail`);
          await grant(
            w,
            agent,
            d.profileCode,
            bulletins.find((b) => b.id === h.bulletinId),
            input.today,
            h.id,
          );
          break;
        }
        case 'confirm-match': {
          const chosen = input.agentId ?? d.candidateAgentIds?.[0];
          if (!chosen || !(d.candidateAgentIds ?? []).includes(chosen))
            throw new ValidationError(['Choisissez l’agent à qui appartient ce compte.']);
          const agent = await db.agents.get(chosen);
          if (!agent) throw new ValidationError(['Cet agent n’existe plus.']);
          agentId = chosen;
          const login = d.account?.login;
          if (login && agent.portalLogin !== login) {
            await w.put(
              'agents',
              { ...agent, portalLogin: login },
              `${agentName(agent)} : identifiant du portail ${login} (${REASON})`,
            );
          }
          break;
        }
        default:
          break;
      }

      const resolved: StoredPortalDifference = {
        ...d,
        status: input.action === 'explain' ? 'explained' : 'resolved',
        resolution: {
          action: input.action,
          at: actor.now().toISOString(),
          by: actor.name,
          ...(note ? { note } : {}),
          ...(agentId ? { agentId } : {}),
        },
      };
      return w.put(
        'portalDifferences',
        resolved,
        `Écart avec le portail traité : ${d.message.slice(0, 200)}`,
      );
    },
  );

  async function grant(
    w: RegisterWriter,
    agent: Agent,
    code: string,
    bulletin: { id: string; serviceCode: string } | undefined,
    today: string,
    replacing?: string,
  ) {
    if (!bulletin)
      throw new ValidationError([
        `Choisissez le bulletin d’adhésion sur lequel enregistrer le profil ${code}.`,
      ]);
    const full = await db.bulletins.get(bulletin.id);
    if (!full) throw new ValidationError(['Ce bulletin d’adhésion n’existe plus.']);
    const [quotas, habilitations] = await Promise.all([
      db.quotas.where('bulletinId').equals(full.id).toArray(),
      db.habilitations.where('bulletinId').equals(full.id).toArray(),
    ]);
    const others = replacing ? habilitations.filter((h) => h.id !== replacing) : habilitations;
    const refused = refusals(
      checkGrant({
        bulletin: full,
        quotas,
        habilitations: others,
        agentId: agent.id,
        agentName: agentName(agent),
        profileCode: code,
        today,
      }),
    );
    if (refused.length) throw new RuleRefusedError(refused);
    const h: Habilitation = {
      id: newId(),
      agentId: agent.id,
      bulletinId: full.id,
      profileCode: normaliseProfileCode(code),
      grantedOn: today,
      grantedBy: actor.name,
      justification: `${REASON} : le profil existe dans le portail.`,
      appliedInPortalOn: today,
    };
    await w.put('habilitations', h, `${h.profileCode} accordé à ${agentName(agent)} (${REASON})`);
  }

  async function revoke(
    w: RegisterWriter,
    h: Habilitation,
    today: string,
    note: string | undefined,
  ) {
    const revokedOn = h.grantedOn > today ? h.grantedOn : today;
    await w.put(
      'habilitations',
      { ...h, revokedOn, revocationReason: note ? `${REASON} : ${note}` : REASON },
      `${h.profileCode} retiré (${REASON})`,
    );
  }
}

/** « DUPONT Marie » / « Marie Dupont » when the export has one name column. */
function splitLoose(full: string): [string, string | undefined] {
  const words = full.trim().split(/\s+/);
  const caps = words.filter((w) => w === w.toUpperCase() && /\p{L}/u.test(w));
  if (caps.length && caps.length < words.length)
    return [caps.join(' '), words.filter((w) => !caps.includes(w)).join(' ')];
  return [full.trim(), undefined];
}

export async function listImports(db: AppDatabase, conventionId: string): Promise<PortalImport[]> {
  const rows = await db.portalImports.where('conventionId').equals(conventionId).toArray();
  return rows.sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
}

export async function openDifferences(
  db: AppDatabase,
  conventionId: string,
): Promise<StoredPortalDifference[]> {
  const rows = await db.portalDifferences.where('conventionId').equals(conventionId).toArray();
  return rows.filter((d) => d.status === 'open');
}
