/**
 * Every current alert (« alerte ») and warning (« attention ») of a convention, for the
 * dashboard: each with its French message, its article and the thing to fix.
 */
import { ARTICLES } from './articles';
import { addMonths, formatDateFr, type IsoDate } from './dates';
import { computeDeadlines, isPurgeDue, SUBCONTRACTOR_NOTICE_MONTHS } from './deadlines';
import type { EntityRef, Finding } from './findings';
import { formatNumber } from './format';
import type {
  Agent,
  BilanAnnuel,
  Bulletin,
  Contact,
  Convention,
  Habilitation,
  Incident,
  Profile,
  Quota,
  ReviewCampaign,
  SubcontractorNotice,
} from './schemas';
import { frenchSpacing } from './text';
import { departedAgentFindings, sharedAccountFindings, validateAgent } from './rules/agents';
import { contactFindings } from './rules/contacts';
import { pendingHabilitationFindings } from './rules/pending';
import { qualificationFindings, validateHabilitationDates } from './rules/habilitations';
import { quotaOverFindings, quotaUsage } from './rules/quota';
import { terminationFindings } from './rules/termination';

/** The register of one convention, as plain arrays of entities. */
export interface ConventionSnapshot {
  convention: Convention;
  contacts: readonly Contact[];
  bulletins: readonly Bulletin[];
  quotas: readonly Quota[];
  /** The partner organisation's agents. */
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  campaigns: readonly ReviewCampaign[];
  bilans: readonly BilanAnnuel[];
  incidents: readonly Incident[];
  subcontractorNotices: readonly SubcontractorNotice[];
}

export type AlertSeverity = 'alerte' | 'attention';

export interface Alert extends Finding {
  severity: AlertSeverity;
  target: EntityRef;
}

/**
 * All alerts, `alerte` first then `attention`, each group in rule order. Entities of other
 * conventions are ignored (contacts, bulletins… by `conventionId`; habilitations by
 * bulletin). `catalogue` = the profile catalogue (T1 requires a qualified social worker).
 */
export function computeAlerts(
  snapshot: ConventionSnapshot,
  today: IsoDate,
  catalogue: readonly Profile[],
): Alert[] {
  const conv = snapshot.convention;
  const convRef: EntityRef = { entity: 'convention', id: conv.id };
  const mine = <T extends { conventionId: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.conventionId === conv.id);
  const contacts = mine(snapshot.contacts);
  const bulletins = mine(snapshot.bulletins);
  const bulletinIds = new Set(bulletins.map((b) => b.id));
  const quotas = snapshot.quotas.filter((q) => bulletinIds.has(q.bulletinId));
  const habilitations = snapshot.habilitations.filter((h) => bulletinIds.has(h.bulletinId));
  const agents = snapshot.agents;

  const findings: Finding[] = [];

  findings.push(...terminationFindings(conv, today));
  // Without an effective date no deadline can be computed: an alert until it is given.
  if (!conv.effectiveOn) {
    findings.push({
      code: 'convention-effective-date-missing',
      severity: 'alerte',
      article: ARTICLES.renewal,
      target: convRef,
      message: frenchSpacing(
        'La date d’effet de la convention n’est pas renseignée : le renouvellement tacite, la revue annuelle et le bilan annuel ne peuvent pas être calculés. Indiquez-la ; c’est en général la date de signature (conv. art. 17.1).',
      ),
    });
  }
  findings.push(...departedAgentFindings({ agents, habilitations, bulletins, today }));
  findings.push(...contactFindings(contacts, agents, today, conv.id));
  findings.push(...quotaOverFindings(quotaUsage({ bulletins, quotas, habilitations, today })));
  findings.push(...qualificationFindings({ agents, habilitations, profiles: catalogue, today }));
  findings.push(...pendingHabilitationFindings({ agents, bulletins, today }));
  findings.push(...sharedAccountFindings(agents, today));

  // Inconsistent dates that slipped in (imports, older versions): shown, not refused.
  for (const a of agents) {
    for (const f of validateAgent(a).findings) {
      findings.push({ ...f, severity: 'attention', target: { entity: 'agent', id: a.id } });
    }
  }
  for (const h of habilitations) {
    for (const f of validateHabilitationDates(h).findings) {
      findings.push({ ...f, severity: 'attention', target: { entity: 'habilitation', id: h.id } });
    }
  }

  // Deadlines that are breaches today.
  const deadlines = computeDeadlines({
    convention: conv,
    bilans: mine(snapshot.bilans),
    campaigns: mine(snapshot.campaigns),
    incidents: mine(snapshot.incidents),
    today,
  });
  for (const d of deadlines) {
    if (d.status !== 'overdue') continue;
    const severity: AlertSeverity = d.kind === 'review-due' ? 'alerte' : 'attention';
    if (
      d.kind === 'review-due' ||
      d.kind === 'bilan-annuel' ||
      d.kind === 'bilan-compte-rendu' ||
      d.kind === 'service-request-escalation'
    ) {
      findings.push({
        code: `${d.kind}-overdue`,
        severity,
        article: d.article,
        target: d.ref,
        message: `${d.title}${frenchSpacing(' : ')}${d.detail}`,
      });
    }
  }

  // Subcontractors announced less than 6 months before they start (conv. art. 14).
  for (const n of mine(snapshot.subcontractorNotices)) {
    const earliest = addMonths(n.notifiedOn, SUBCONTRACTOR_NOTICE_MONTHS);
    if (n.startOn >= earliest) continue;
    const started = n.startOn < today;
    findings.push({
      code: 'subcontractor-notice-late',
      severity: started ? 'attention' : 'alerte',
      article: ARTICLES.subcontractors,
      target: { entity: 'subcontractorNotice', id: n.id },
      message: frenchSpacing(
        started
          ? `Le prestataire ${n.provider} a commencé le ${formatDateFr(n.startOn)}, moins de 6 mois après son annonce à la Caf (le ${formatDateFr(n.notifiedOn)}). Vérifiez les dates ou régularisez avec la Caf (conv. art. 14).`
          : `Le prestataire ${n.provider} ne peut pas commencer le ${formatDateFr(n.startOn)} : annoncé à la Caf le ${formatDateFr(n.notifiedOn)}, il peut commencer au plus tôt le ${formatDateFr(earliest)}. Reportez son début (conv. art. 14).`,
      ),
    });
  }

  // Purge proposals, grouped (there may be hundreds).
  const purgeable = habilitations.filter((h) => isPurgeDue(h, today));
  if (purgeable.length > 0) {
    const n = purgeable.length;
    findings.push({
      code: 'habilitation-purge-due',
      severity: 'attention',
      article: ARTICLES.traces,
      target: n === 1 ? { entity: 'habilitation', id: purgeable[0]!.id } : convRef,
      message: frenchSpacing(
        n === 1
          ? `1 habilitation retirée depuis plus de 6 ans peut être purgée : ses données personnelles n’ont plus à être conservées (contrat art. 5.3.2).`
          : `${formatNumber(n)} habilitations retirées depuis plus de 6 ans peuvent être purgées : leurs données personnelles n’ont plus à être conservées (contrat art. 5.3.2).`,
      ),
    });
  }

  const alerts: Alert[] = findings.map((f) => ({
    ...f,
    severity: f.severity === 'refus' ? 'alerte' : f.severity,
    target: f.target ?? convRef,
  }));
  return [
    ...alerts.filter((a) => a.severity === 'alerte'),
    ...alerts.filter((a) => a.severity === 'attention'),
  ];
}

/** Counts for the dashboard header: « 2 alertes, 3 points d’attention ». */
export function summarizeAlerts(alerts: readonly Alert[]): {
  alerte: number;
  attention: number;
  phrase: string;
} {
  const alerte = alerts.filter((a) => a.severity === 'alerte').length;
  const attention = alerts.length - alerte;
  if (alerts.length === 0) return { alerte, attention, phrase: 'Aucune alerte.' };
  const parts: string[] = [];
  if (alerte) parts.push(`${formatNumber(alerte)} alerte${alerte > 1 ? 's' : ''}`);
  if (attention)
    parts.push(`${formatNumber(attention)} point${attention > 1 ? 's' : ''} d’attention`);
  return { alerte, attention, phrase: `${parts.join(', ')}.` };
}
