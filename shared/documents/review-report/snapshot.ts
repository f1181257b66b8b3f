/** The review report's snapshot: counts, anomalies, quotas before and after, each row; its checks. */
import { calendarDateInParis } from '../../domain/dates';
import { compareProfileCodes } from '../../domain/profiles';
import { CHECKLIST_ITEMS, decisionOutcome } from '../../domain/review';
import type { ReviewItem } from '../../domain/schemas';
import { checkFields, type DocumentCheck } from '../missing';
import { portalReportSection } from './portal-section';
import type { ReviewReportInput, ReviewReportSnapshot } from './schema';

const day = (iso: string | undefined) => (iso ? calendarDateInParis(iso) : undefined);

/** The snapshot the report is built from, computed once at export and stored with it. */
export function buildReviewReportSnapshot(input: ReviewReportInput): ReviewReportSnapshot {
  const { campaign, items } = input;
  const count = (pred: (i: ReviewItem) => boolean) => items.filter(pred).length;
  const removed = (i: ReviewItem) => i.decision === 'supprimer' || i.decision === 'modifier';
  const anomaly = (
    label: string,
    found: (i: ReviewItem) => boolean,
    fixed: (i: ReviewItem) => boolean,
  ) => ({
    label,
    found: count(found),
    fixed: count((i) => found(i) && fixed(i)),
  });
  const anomalies = [
    anomaly(
      'Agents partis encore habilités',
      (i) => i.answers.stillInOrganisation === false,
      removed,
    ),
    anomaly('Comptes partagés', (i) => i.answers.personalAccount === false, removed),
    anomaly(
      'Profils ne correspondant plus à la mission',
      (i) => i.answers.profileStillNeeded === false,
      removed,
    ),
    // A change of function is corrected only by a new profile or a revocation, not by « Maintenir ».
    anomaly('Changements de fonction', (i) => i.answers.sameFunction === false, removed),
  ];

  const bulletins = input.bulletins
    .map((b) => {
      const codes = new Set<string>();
      const before = new Map<string, number>();
      const after = new Map<string, number>();
      const add = (m: Map<string, number>, code: string, n: number) => {
        codes.add(code);
        m.set(code, (m.get(code) ?? 0) + n);
      };
      for (const q of input.quotas) if (q.bulletinId === b.id) codes.add(q.profileCode);
      for (const i of items) {
        if (i.snapshot.bulletinId !== b.id) continue;
        add(before, i.snapshot.profileCode, 1);
        if (i.decision === 'modifier' && i.newProfileCode) add(after, i.newProfileCode, 1);
        else if (i.decision !== 'supprimer') add(after, i.snapshot.profileCode, 1);
      }
      const quotaOver = [...codes].some((c) => {
        const q = input.quotas.find((x) => x.bulletinId === b.id && x.profileCode === c)?.max ?? 0;
        return (before.get(c) ?? 0) > q;
      });
      return {
        label: b.label,
        quotaOver,
        rows: [...codes].sort(compareProfileCodes).map((code) => ({
          profileCode: code,
          quota:
            input.quotas.find((q) => q.bulletinId === b.id && q.profileCode === code)?.max ?? null,
          before: before.get(code) ?? 0,
          after: after.get(code) ?? 0,
        })),
      };
    })
    .filter((b) => b.rows.length > 0);
  const overBefore = bulletins.reduce(
    (n, b) => n + b.rows.filter((r) => r.before > (r.quota ?? 0)).length,
    0,
  );
  const overAfter = bulletins.reduce(
    (n, b) => n + b.rows.filter((r) => r.after > (r.quota ?? 0)).length,
    0,
  );
  anomalies.push({
    label: 'Quotas dépassés (profils)',
    found: overBefore,
    fixed: Math.max(0, overBefore - overAfter),
  });
  if (input.contactAnomalies) {
    anomalies.push({
      label: 'Suppléant manquant',
      found: input.contactAnomalies.missingSuppleant ? 1 : 0,
      fixed: 0,
    });
    anomalies.push({
      label: 'Annexe des interlocuteurs à mettre à jour',
      found: input.contactAnomalies.outdatedContacts ? 1 : 0,
      fixed: 0,
    });
  }

  return {
    meta: input.meta,
    year: campaign.year,
    partner: {
      name: input.partner.name,
      siret: input.partner.siret,
      representativeName: input.partner.representative?.name,
      representativeTitle: input.partner.representative?.title,
    },
    caf: { name: input.caf.name },
    openedOn: day(campaign.openedAt)!,
    closedOn: day(campaign.closedAt),
    conductedBy: campaign.closedBy ?? campaign.openedBy,
    previousReviewOn: day(input.previous?.closedAt),
    summary: {
      reviewed: items.length,
      maintained: count((i) => i.decision === 'maintenir'),
      modified: count((i) => i.decision === 'modifier'),
      revoked: count((i) => i.decision === 'supprimer'),
      users: new Set(
        items.map((i) => i.snapshot.agentId ?? `compte:${i.portal?.account?.key ?? i.id}`),
      ).size,
      anomalies,
    },
    bulletins: bulletins.map(({ label, rows }) => ({ label, rows })),
    rows: items.map((i) => ({
      name: i.snapshot.agentName,
      function: i.snapshot.agentFunction,
      service: i.snapshot.agentService,
      profile: i.snapshot.profileCode,
      grantedOn: i.snapshot.grantedOn,
      decision: decisionOutcome(i),
      reason: i.reason,
      decidedBy: i.decidedBy,
      appliedOn: i.decision === 'maintenir' ? undefined : i.appliedInPortalOn,
    })),
    checklist: CHECKLIST_ITEMS.map((c) => {
      const answer = campaign.checklist.find((x) => x.key === c.key);
      return { label: c.label, answer: answer?.answer, comment: answer?.comment };
    }),
    ...(input.portal ? { portal: portalReportSection(input.portal, items) } : {}),
    ...(input.attestation ? { attestation: input.attestation } : {}),
  };
}

export function checkReviewReport(s: ReviewReportSnapshot): DocumentCheck {
  return checkFields([
    {
      label: 'Date de clôture',
      value: s.closedOn,
      refusal: 'La revue doit être close avant d’exporter son rapport.',
    },
    { label: 'Administrateur ayant conduit la revue', value: s.conductedBy },
    { label: 'SIRET du partenaire', value: s.partner.siret },
    { label: 'Caf', value: s.caf.name },
    { label: 'Représentant légal du partenaire', value: s.partner.representativeName },
  ]);
}

export function reviewReportFileName(s: ReviewReportSnapshot, format: 'pdf' | 'csv'): string {
  return `revue-habilitations-${s.year}.${format}`;
}
