import type { RosterFirstPage } from '../../../shared/domain/roster-first-page-stamp';

let startPage: RosterFirstPage | null = null;

/** The roster's first page start-up read (main.tsx), kept for the shell that takes over. */
export function setStartFirstPage(page: RosterFirstPage | null): void {
  startPage = page;
}

/** The roster's first page start-up showed, or null (not opening on the roster, none kept). */
export function startFirstPage(): RosterFirstPage | null {
  return startPage;
}
