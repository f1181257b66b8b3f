import { markOnce } from '../../shell/perf';

/**
 * Performance marks read by `npm run bench` (scripts/bench/run.mjs): free in normal use, they
 * let the bench time the roster as the user sees it.
 * - `roster:rows-visible`: once per page load, the first time rows are in the table;
 * - `roster:rows-rendered`: each time a filtered list is committed (detail: the search text).
 */
export function markRowsVisible(): void {
  markOnce('roster:rows-visible');
}

export function markRowsRendered(text: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks('roster:rows-rendered');
  performance.mark('roster:rows-rendered', { detail: { text } });
}
