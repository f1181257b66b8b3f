/** How far a review is and what it decided: progress, counts, the year before, one line. */
import { calendarDateInParis, formatDateFr } from '../dates';
import type { ReviewCampaign, ReviewItem } from '../schemas';

export interface Progress {
  decided: number;
  total: number;
  byBulletin: { bulletinId: string; label: string; decided: number; total: number }[];
}

export function reviewProgress(items: readonly ReviewItem[]): Progress {
  const by = new Map<
    string,
    { bulletinId: string; label: string; decided: number; total: number }
  >();
  let decided = 0;
  for (const i of items) {
    const entry = by.get(i.snapshot.bulletinId) ?? {
      bulletinId: i.snapshot.bulletinId,
      label: i.snapshot.bulletinLabel,
      decided: 0,
      total: 0,
    };
    entry.total += 1;
    if (i.decision) {
      entry.decided += 1;
      decided += 1;
    }
    by.set(i.snapshot.bulletinId, entry);
  }
  return { decided, total: items.length, byBulletin: [...by.values()] };
}

export interface CampaignCounts {
  reviewed: number;
  maintenir: number;
  modifier: number;
  supprimer: number;
  /** Profile → number of reviewed habilitations with that profile. */
  byProfile: Record<string, number>;
}

export function campaignCounts(items: readonly ReviewItem[]): CampaignCounts {
  const counts: CampaignCounts = {
    reviewed: items.length,
    maintenir: 0,
    modifier: 0,
    supprimer: 0,
    byProfile: {},
  };
  for (const i of items) {
    if (i.decision) counts[i.decision] += 1;
    const p = i.snapshot.profileCode;
    counts.byProfile[p] = (counts.byProfile[p] ?? 0) + 1;
  }
  return counts;
}

/** This year's counts next to the previous closed review's, for the history screen. */
export function compareWithPrevious(
  current: readonly ReviewItem[],
  previous: readonly ReviewItem[] | undefined,
): { current: CampaignCounts; previous: CampaignCounts | undefined } {
  return {
    current: campaignCounts(current),
    previous: previous ? campaignCounts(previous) : undefined,
  };
}

/** « Revue 2026 ouverte le 23/11/2026 par … » */
export function describeCampaign(c: ReviewCampaign): string {
  const opened = formatDateFr(calendarDateInParis(c.openedAt));
  const from = c.portalImportId ? ' depuis la liste du portail' : '';
  return c.status === 'open'
    ? `Revue ${c.year} ouverte${from} le ${opened} par ${c.openedBy}`
    : `Revue ${c.year} close le ${c.closedAt ? formatDateFr(calendarDateInParis(c.closedAt)) : ''} par ${c.closedBy ?? ''}`;
}
