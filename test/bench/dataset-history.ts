/**
 * The history of the bench register: five years of closed review campaigns with their
 * items, annual reviews, incidents, security sessions, and the journal a register built in
 * the app would have (one hash-chained entry per agent and per habilitation).
 */
import { agentName, formatBulletinLabel } from '../../shared/domain/format';
import { buildEntry, type JournalHeadRecord } from '../../shared/domain/journal-chain';
import { CHECKLIST_ITEMS } from '../../shared/domain/review/checklist';
import type {
  Agent,
  BilanAnnuel,
  Bulletin,
  Habilitation,
  Incident,
  JournalEntry,
  ReviewCampaign,
  ReviewItem,
  SecuritySession,
} from '../../shared/domain/schemas';
import { REASONS, YEARS, pad, type Draws } from './dataset-words';
import type { DatasetSize } from './dataset';

export interface HistoryRows {
  campaigns: ReviewCampaign[];
  items: ReviewItem[];
  bilans: BilanAnnuel[];
  incidents: Incident[];
  securitySessions: SecuritySession[];
}

export function historyRows(
  draws: Draws,
  size: DatasetSize,
  conventionId: string,
  agents: readonly Agent[],
  habilitations: readonly Habilitation[],
  bulletins: readonly Bulletin[],
): HistoryRows {
  const { rnd, pick, int, date, instant } = draws;
  const agentById = new Map(agents.map((a) => [a.id, a]));
  const bulletinById = new Map(bulletins.map((b) => [b.id, b]));
  const campaigns: ReviewCampaign[] = [];
  const items: ReviewItem[] = [];
  for (const year of YEARS) {
    const campaignId = `camp-${year}`;
    const openedOn = `${year}-11-${pad(int(2, 9))}`;
    const closedOn = `${year}-12-${pad(int(1, 15))}`;
    campaigns.push({
      id: campaignId,
      conventionId,
      year,
      status: 'closed',
      openedAt: instant(openedOn),
      openedBy: 'Véronique DJIRE',
      closedAt: instant(closedOn, 15),
      closedBy: 'Véronique DJIRE',
      checklist: CHECKLIST_ITEMS.map((c, k) => ({
        key: c.key,
        answer: k % 5 === 4 ? 'sans-objet' : 'oui',
        ...(k === 2 ? { comment: `Information des agents le 15/10/${year}` } : {}),
      })),
    });
    const activeThen = habilitations.filter(
      (h) => h.grantedOn <= openedOn && (!h.revokedOn || h.revokedOn > openedOn),
    );
    const chosen = activeThen.slice(0, size.itemsPerCampaign);
    chosen.forEach((h, k) => {
      const a = agentById.get(h.agentId)!;
      const b = bulletinById.get(h.bulletinId)!;
      const roll = rnd();
      const decision = roll < 0.82 ? 'maintenir' : roll < 0.9 ? 'modifier' : 'supprimer';
      items.push({
        id: `item-${year}-${pad(k, 6)}`,
        campaignId,
        habilitationId: h.id,
        snapshot: {
          agentId: a.id,
          agentName: agentName(a),
          ...(a.function ? { agentFunction: a.function } : {}),
          ...(a.service ? { agentService: a.service } : {}),
          bulletinId: b.id,
          bulletinLabel: formatBulletinLabel(b),
          profileCode: h.profileCode,
          grantedOn: h.grantedOn,
        },
        answers: {
          stillInOrganisation: decision !== 'supprimer',
          sameFunction: decision !== 'modifier',
          profileStillNeeded: decision === 'maintenir',
          personalAccount: true,
        },
        decision,
        ...(decision === 'modifier' ? { newProfileCode: 'T2' } : {}),
        ...(decision === 'maintenir' ? {} : { reason: pick(REASONS), appliedInPortalOn: closedOn }),
        decidedBy: 'Véronique DJIRE',
        decidedAt: instant(closedOn, 11),
        addedAfterOpening: false,
      });
    });
  }

  const bilans: BilanAnnuel[] = YEARS.map((year) => ({
    id: `bilan-${year}`,
    conventionId,
    meetingOn: `${year}-12-${pad(int(10, 20))}`,
    reportWrittenBy: 'caf',
    reportValidatedOn: `${year + 1}-01-${pad(int(10, 25))}`,
  }));
  const incidents: Incident[] = Array.from({ length: 12 }, (_, i) => ({
    id: `incident-${i}`,
    conventionId,
    kind: i % 4 === 0 ? 'security' : 'service-request',
    date: date(2021, 2025),
    service: 'CDAP',
    object: i % 4 === 0 ? 'Poste laissé déverrouillé' : 'Mot de passe bloqué',
    status: 'closed',
    answeredOn: date(2025, 2025),
  }));
  const securitySessions: SecuritySession[] = YEARS.map((year) => ({
    id: `session-${year}`,
    conventionId,
    date: `${year}-10-15`,
    attendeeAgentIds: agents.slice(0, Math.min(40, agents.length)).map((a) => a.id),
    notes: 'Rappel des règles de confidentialité « Mon Compte Partenaire »',
  }));
  return { campaigns, items, bilans, incidents, securitySessions };
}

/** The journal of a register built in the app: one entry per agent and per habilitation. */
export function journalOf(
  agents: readonly Agent[],
  habilitations: readonly Habilitation[],
): { journal: JournalEntry[]; head: JournalHeadRecord | null } {
  const journal: JournalEntry[] = [];
  let head: JournalHeadRecord | null = null;
  const journalise = (entity: string, row: { id: string }, at: string, summary: string) => {
    const entry = buildEntry(head, {
      at,
      actor: 'Véronique DJIRE',
      action: 'create',
      entity,
      entityId: row.id,
      summary,
      payload: { before: null, after: row },
    });
    journal.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  };
  for (const a of agents)
    journalise('agents', a, '2025-01-06T08:00:00.000Z', `Agent ${agentName(a)}`);
  for (const h of habilitations)
    journalise('habilitations', h, '2025-01-06T08:30:00.000Z', `Habilitation ${h.profileCode}`);
  return { journal, head };
}
