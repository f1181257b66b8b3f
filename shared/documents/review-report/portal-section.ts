/** The snapshot's « Rapprochement avec la liste du portail » (a review opened from the portal's list). */
import { calendarDateInParis } from '../../domain/dates';
import type { ReviewItem, StoredPortalDifference } from '../../domain/schemas';
import { describeAccount } from '../../domain/portal/accounts';
import {
  DIFFERENCE_INFO,
  DIFFERENCE_KINDS,
  PORTAL_ACTION_LABELS,
} from '../../domain/portal/differences';
import type { ReviewReportInput, ReviewReportSnapshot } from './schema';

/**
 * The reconciliation section: the list (date, SHA-256), counts per kind of difference and how
 * each difference was resolved. The differences are those of the list, and those flagged on
 * the review's items (a later list may have carried them on).
 */
export function portalReportSection(
  portal: NonNullable<ReviewReportInput['portal']>,
  items: readonly ReviewItem[],
): NonNullable<ReviewReportSnapshot['portal']> {
  const flagged = new Set(items.flatMap((i) => i.portal?.differences.map((d) => d.id) ?? []));
  const differences = portal.differences
    .filter(
      (d) =>
        d.lastImportId === portal.list.id ||
        d.firstImportId === portal.list.id ||
        flagged.has(d.id),
    )
    .sort((a, b) => DIFFERENCE_KINDS.indexOf(a.kind) - DIFFERENCE_KINDS.indexOf(b.kind));
  const kinds = DIFFERENCE_KINDS.flatMap((kind) => {
    const mine = differences.filter((d) => d.kind === kind);
    if (!mine.length) return [];
    const n = (s: StoredPortalDifference['status']) => mine.filter((d) => d.status === s).length;
    return [
      {
        label: DIFFERENCE_INFO[kind].label,
        article: DIFFERENCE_INFO[kind].article,
        found: mine.length,
        resolved: n('resolved'),
        explained: n('explained'),
        open: n('open'),
      },
    ];
  });
  const subject = (d: StoredPortalDifference) => {
    const agentId = d.agentId ?? d.resolution?.agentId;
    const name = agentId ? portal.agentNames.get(agentId) : undefined;
    const profile = d.profileCode ?? d.registerProfileCode;
    const who =
      name ??
      (d.account ? describeAccount(d.account) : d.serviceCode ? `Service ${d.serviceCode}` : '');
    return [who, profile ? `profil ${profile}` : ''].filter(Boolean).join(', ');
  };
  const outcome = (d: StoredPortalDifference) => {
    const r = d.resolution;
    if (d.status === 'open' || !r) return 'Non traité';
    const what = r.action ? PORTAL_ACTION_LABELS[r.action] : 'Plus d’écart dans la liste suivante';
    return r.note ? `${what} : ${r.note}` : what;
  };
  return {
    fileName: portal.list.fileName,
    importedAt: portal.list.importedAt,
    importedBy: portal.list.importedBy,
    sha256: portal.list.sha256,
    accounts: portal.list.accounts,
    activeAccounts: portal.list.activeAccounts,
    matched: portal.list.matched,
    portalOnlyItems: items.filter((i) => i.portal && !i.portal.inRegister).length,
    kinds,
    differences: differences.map((d) => ({
      label: DIFFERENCE_INFO[d.kind].label,
      subject: subject(d),
      outcome: outcome(d),
      by: d.status === 'open' ? undefined : d.resolution?.by,
      on: d.status === 'open' ? undefined : day(d.resolution?.at),
    })),
  };
}

const day = (iso: string | undefined) => (iso ? calendarDateInParis(iso) : undefined);
