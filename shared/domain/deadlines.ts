/**
 * The coming deadlines of a convention (DOMAIN.md, « Deadlines the app should know »), with
 * their dates computed as DOMAIN.md decides (calendar months with end-of-month clamp,
 * calendar days). Status: `overdue` when the due date is before today, `soon` when it is
 * within 30 days (today included), `later` otherwise.
 */
import { ARTICLES } from './articles';
import {
  addDays,
  addMonths,
  calendarDateInParis,
  diffInDays,
  formatDateFr,
  maxDate,
  nextAnniversary,
  type IsoDate,
} from './dates';
import type { EntityRef } from './findings';
import { agentName, formatBulletinLabel } from './format';
import type {
  Agent,
  BilanAnnuel,
  Bulletin,
  Convention,
  Habilitation,
  Incident,
  ReviewCampaign,
  SubcontractorNotice,
} from './schemas';
import { frenchSpacing, guillemets } from './text';

export const SOON_DAYS = 30;
export const REVIEW_INTERVAL_MONTHS = 12;
export const BILAN_INTERVAL_MONTHS = 12;
export const BILAN_REPORT_DAYS = 30;
export const ESCALATION_DAYS = 10;
export const SUBCONTRACTOR_NOTICE_MONTHS = 6;
/** « 6 years after the de-validation » = 72 calendar months, end of month clamped. */
export const PURGE_AFTER_MONTHS = 72;

export type DeadlineKind =
  | 'tacit-renewal'
  | 'termination'
  | 'review-due'
  | 'bilan-annuel'
  | 'bilan-compte-rendu'
  | 'service-request-escalation'
  | 'subcontractor-start'
  | 'habilitation-purge';

export type DeadlineStatus = 'overdue' | 'soon' | 'later';

export interface Deadline {
  kind: DeadlineKind;
  dueOn: IsoDate;
  status: DeadlineStatus;
  /** Short French title for the dashboard list. */
  title: string;
  /** One or two French sentences: what, why, what to do. */
  detail: string;
  /** The thing to open when the user clicks. */
  ref: EntityRef;
  article: string;
  /** Set when the deadline is also a breach of the convention (subcontractor notice too late). */
  severity?: 'alerte' | 'attention';
}

export function deadlineStatus(
  dueOn: IsoDate,
  today: IsoDate,
  soonDays = SOON_DAYS,
): DeadlineStatus {
  const days = diffInDays(today, dueOn);
  if (days < 0) return 'overdue';
  return days <= soonDays ? 'soon' : 'later';
}

export interface DeadlineInput {
  convention: Convention;
  bilans?: readonly BilanAnnuel[];
  campaigns?: readonly ReviewCampaign[];
  incidents?: readonly Incident[];
  subcontractorNotices?: readonly SubcontractorNotice[];
  habilitations?: readonly Habilitation[];
  /** For names in the purge proposals. */
  agents?: readonly Agent[];
  /** For bulletin labels in the purge proposals. */
  bulletins?: readonly Bulletin[];
  today: IsoDate;
}

/** The date from which a revoked habilitation's records may be purged. */
export function purgeDate(h: Pick<Habilitation, 'revokedOn'>): IsoDate | undefined {
  return h.revokedOn ? addMonths(h.revokedOn, PURGE_AFTER_MONTHS) : undefined;
}

/** Revoked more than 6 years ago (strictly: the 6-year date is before today) and not purged. */
export function isPurgeDue(
  h: Pick<Habilitation, 'revokedOn' | 'purgedAt'>,
  today: IsoDate,
): boolean {
  const d = purgeDate(h);
  return d !== undefined && !h.purgedAt && d < today;
}

/** The due date of the next reverse review and what it is based on. */
export function reviewDue(
  convention: Pick<Convention, 'id' | 'effectiveOn'>,
  campaigns: readonly ReviewCampaign[],
): { dueOn: IsoDate; lastClosedOn?: IsoDate; lastCampaignId?: string } | undefined {
  let last: { on: IsoDate; id: string } | undefined;
  for (const c of campaigns) {
    if (c.conventionId !== convention.id || c.status !== 'closed' || !c.closedAt) continue;
    const on = calendarDateInParis(c.closedAt);
    if (!last || on > last.on) last = { on, id: c.id };
  }
  if (last)
    return {
      dueOn: addMonths(last.on, REVIEW_INTERVAL_MONTHS),
      lastClosedOn: last.on,
      lastCampaignId: last.id,
    };
  if (convention.effectiveOn)
    return { dueOn: addMonths(convention.effectiveOn, REVIEW_INTERVAL_MONTHS) };
  return undefined;
}

export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const { convention, today } = input;
  const convRef: EntityRef = { entity: 'convention', id: convention.id };
  const out: Deadline[] = [];
  const push = (
    d: Omit<Deadline, 'status' | 'title' | 'detail'> & { title: string; detail: string },
  ) =>
    out.push({
      ...d,
      title: frenchSpacing(d.title),
      detail: frenchSpacing(d.detail),
      status: deadlineStatus(d.dueOn, today),
    });

  // Termination and tacit renewal (conv. art. 17)
  const termination = convention.termination;
  if (termination && termination.effectiveOn >= today) {
    push({
      kind: 'termination',
      dueOn: termination.effectiveOn,
      ref: convRef,
      article: ARTICLES.termination,
      title: 'Fin de la convention (résiliation)',
      detail: `La convention prend fin le ${formatDateFr(termination.effectiveOn)} (courrier recommandé reçu le ${formatDateFr(termination.letterReceivedOn)}). Retirez les habilitations à cette date (conv. art. 17.2).`,
    });
  }
  if (convention.effectiveOn) {
    const renewal = nextAnniversary(convention.effectiveOn, today);
    if (!termination || termination.effectiveOn > renewal) {
      const lastLetter = addMonths(renewal, -3);
      push({
        kind: 'tacit-renewal',
        dueOn: renewal,
        ref: convRef,
        article: ARTICLES.renewal,
        title: 'Reconduction tacite de la convention',
        detail: `La convention${convention.number ? ` n° ${convention.number}` : ''} est reconduite pour un an le ${formatDateFr(renewal)}, sauf résiliation. Pour qu’elle prenne fin à cette date, le courrier recommandé doit être reçu au plus tard le ${formatDateFr(lastLetter)} (conv. art. 17.1 et 17.2).`,
      });
    }
  }

  // Reverse review (contrat art. 2.2.2)
  const campaigns = input.campaigns ?? [];
  const review = reviewDue(convention, campaigns);
  if (review) {
    const open = campaigns.find((c) => c.conventionId === convention.id && c.status === 'open');
    const basis = review.lastClosedOn
      ? `12 mois après la dernière revue, close le ${formatDateFr(review.lastClosedOn)}`
      : `12 mois après la prise d’effet de la convention, le ${formatDateFr(convention.effectiveOn)}`;
    const status = deadlineStatus(review.dueOn, today);
    push({
      kind: 'review-due',
      dueOn: review.dueOn,
      ref: open
        ? { entity: 'reviewCampaign', id: open.id }
        : review.lastCampaignId
          ? { entity: 'reviewCampaign', id: review.lastCampaignId }
          : convRef,
      article: ARTICLES.review,
      title:
        status === 'overdue'
          ? 'Revue inverse des habilitations en retard'
          : 'Revue inverse des habilitations',
      detail: `La revue annuelle est à faire au plus tard le ${formatDateFr(review.dueOn)} (${basis}), et son résultat à transmettre à la Caf (contrat art. 2.2.2).${open ? ' Une revue est en cours.' : ''}`,
    });
  }

  // Bilan annuel and its compte-rendu (conv. art. 16)
  const bilans = (input.bilans ?? []).filter((b) => b.conventionId === convention.id);
  const planned = bilans
    .filter((b) => b.meetingOn > today)
    .sort((a, b) => (a.meetingOn < b.meetingOn ? -1 : 1))[0];
  const lastMeeting = maxDate(bilans.filter((b) => b.meetingOn <= today).map((b) => b.meetingOn));
  if (planned) {
    push({
      kind: 'bilan-annuel',
      dueOn: planned.meetingOn,
      ref: { entity: 'bilanAnnuel', id: planned.id },
      article: ARTICLES.bilan,
      title: 'Bilan annuel avec la Caf',
      detail: `La réunion du bilan annuel est prévue le ${formatDateFr(planned.meetingOn)} (conv. art. 16).`,
    });
  } else {
    const base = lastMeeting ?? convention.effectiveOn;
    if (base) {
      const dueOn = addMonths(base, BILAN_INTERVAL_MONTHS);
      const lastBilan = bilans.find((b) => b.meetingOn === lastMeeting);
      push({
        kind: 'bilan-annuel',
        dueOn,
        ref: lastBilan ? { entity: 'bilanAnnuel', id: lastBilan.id } : convRef,
        article: ARTICLES.bilan,
        title: 'Bilan annuel avec la Caf',
        detail: `Le bilan annuel est à tenir au plus tard le ${formatDateFr(dueOn)} (${lastMeeting ? `12 mois après le précédent, le ${formatDateFr(lastMeeting)}` : `12 mois après la prise d’effet de la convention`}). Fixez une date de réunion avec la Caf (conv. art. 16).`,
      });
    }
  }
  for (const b of bilans) {
    if (b.meetingOn > today || b.reportValidatedOn) continue;
    const dueOn = addDays(b.meetingOn, BILAN_REPORT_DAYS);
    const writer =
      b.reportWrittenBy === 'caf'
        ? ' (rédigé par la Caf)'
        : b.reportWrittenBy === 'partner'
          ? ' (rédigé par le partenaire)'
          : '';
    push({
      kind: 'bilan-compte-rendu',
      dueOn,
      ref: { entity: 'bilanAnnuel', id: b.id },
      article: ARTICLES.bilan,
      title: 'Compte-rendu du bilan annuel à valider',
      detail: `Le compte-rendu${writer} de la réunion du ${formatDateFr(b.meetingOn)} doit être validé par les deux parties au plus tard le ${formatDateFr(dueOn)} (30 jours, conv. art. 16). Enregistrez la date de validation.`,
    });
  }

  // Service-centre escalation (contrat art. 3.3)
  for (const i of input.incidents ?? []) {
    if (
      i.conventionId !== convention.id ||
      i.kind !== 'service-request' ||
      i.status !== 'open' ||
      i.answeredOn
    )
      continue;
    const dueOn = addDays(i.date, ESCALATION_DAYS);
    const late = dueOn < today;
    push({
      kind: 'service-request-escalation',
      dueOn,
      ref: { entity: 'incident', id: i.id },
      article: ARTICLES.escalation,
      title: late
        ? 'Demande au Centre de services Caf sans réponse : escalade'
        : 'Réponse attendue du Centre de services Caf',
      detail: late
        ? `La demande ${guillemets(i.object)} envoyée le ${formatDateFr(i.date)} est sans réponse depuis plus de 10 jours : contactez les interlocuteurs d’escalade, dans l’ordre (contrat art. 3.3).`
        : `Sans réponse à la demande ${guillemets(i.object)} (envoyée le ${formatDateFr(i.date)}) au ${formatDateFr(dueOn)}, contactez les interlocuteurs d’escalade (contrat art. 3.3).`,
    });
  }

  // Subcontractors announced 6 months in advance (conv. art. 14)
  for (const n of input.subcontractorNotices ?? []) {
    if (n.conventionId !== convention.id || n.startOn < today) continue;
    const earliest = addMonths(n.notifiedOn, SUBCONTRACTOR_NOTICE_MONTHS);
    const tooEarly = n.startOn < earliest;
    push({
      kind: 'subcontractor-start',
      dueOn: n.startOn,
      ref: { entity: 'subcontractorNotice', id: n.id },
      article: ARTICLES.subcontractors,
      ...(tooEarly ? { severity: 'alerte' as const } : {}),
      title: `Début du prestataire ${n.provider}`,
      detail: tooEarly
        ? `Le prestataire ${n.provider}, annoncé à la Caf le ${formatDateFr(n.notifiedOn)}, doit commencer le ${formatDateFr(n.startOn)} : c’est moins de 6 mois après l’annonce. Il ne peut pas commencer avant le ${formatDateFr(earliest)} (conv. art. 14).`
        : `Le prestataire ${n.provider}, annoncé à la Caf le ${formatDateFr(n.notifiedOn)}, commence le ${formatDateFr(n.startOn)} (conv. art. 14).`,
    });
  }

  // Purge of habilitation records 6 years after revocation (contrat art. 5.3.2)
  const agents = new Map((input.agents ?? []).map((a) => [a.id, a]));
  const bulletins = new Map((input.bulletins ?? []).map((b) => [b.id, b]));
  for (const h of input.habilitations ?? []) {
    const dueOn = purgeDate(h);
    if (!dueOn || h.purgedAt || diffInDays(today, dueOn) > SOON_DAYS) continue;
    const a = agents.get(h.agentId);
    const b = bulletins.get(h.bulletinId);
    const what = `l’habilitation ${h.profileCode}${b ? ` (bulletin ${formatBulletinLabel(b)})` : ''}${a ? ` de ${agentName(a)}` : ''}`;
    const due = dueOn < today;
    push({
      kind: 'habilitation-purge',
      dueOn,
      ref: { entity: 'habilitation', id: h.id },
      article: ARTICLES.traces,
      title: due ? 'Purge proposée' : 'Purge possible prochainement',
      detail: due
        ? `Retirée le ${formatDateFr(h.revokedOn)}, ${what} a plus de 6 ans : ses données peuvent être purgées (contrat art. 5.3.2).`
        : `Retirée le ${formatDateFr(h.revokedOn)}, ${what} pourra être purgée après le ${formatDateFr(dueOn)} (6 ans, contrat art. 5.3.2).`,
    });
  }

  return out.sort((x, y) => (x.dueOn < y.dueOn ? -1 : x.dueOn > y.dueOn ? 1 : 0));
}
