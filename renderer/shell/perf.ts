/**
 * Performance marks of the start-up, read by `npm run bench` (scripts/bench/run.mjs) to break
 * the first screen's time down. Each is set once per page load; free in normal use.
 * - `app:script` — the entry module runs (its code is downloaded and compiled);
 * - `app:db-open` — the database is open;
 * - `register:read-start` / `register:read-end` — the first read of the register;
 * - `roster:rows-visible` — rows are in the roster table (features/roster/perf-marks.ts): the
 *   first page when the register is large, read ahead of the rest;
 * - `roster:complete` — the whole roster is shown (search, counts and quotas ready).
 */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
