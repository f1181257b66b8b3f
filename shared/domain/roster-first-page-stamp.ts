/**
 * What a roster first-page projection is and when it is current (roster-first-page.ts builds
 * it). Apart from the builder so that the start-up code carries none of the roster's rules.
 */
import type { IsoDate } from './dates';
import type { RosterRow } from './roster-filter';

/** Rows kept: a tall screen's worth twice over (56 px rows). */
export const FIRST_PAGE_ROWS = 60;

export interface FirstPageStamp {
  /** The journal's head when the register was read (`meta.journalHead`). */
  head: { seq: number; hash: string };
  /** The `currentConventionId` setting (null: none chosen, the first convention opens). */
  currentConventionId: string | null;
  today: IsoDate;
  /** Schema version of the app that built it (a migration may change rows). */
  schemaVersion: number;
}

export interface RosterFirstPage {
  stamp: FirstPageStamp;
  agentTotal: number;
  bulletins: { value: string; label: string }[];
  /** The first rows of the whole roster sorted by name, exactly. */
  rows: RosterRow[];
}

export function sameStamp(a: FirstPageStamp, b: FirstPageStamp): boolean {
  return (
    a.head.seq === b.head.seq &&
    a.head.hash === b.head.hash &&
    a.currentConventionId === b.currentConventionId &&
    a.today === b.today &&
    a.schemaVersion === b.schemaVersion
  );
}

/** A stored value that has the shape of a projection (it is the app's own record, but may be older). */
export function isRosterFirstPage(value: unknown): value is RosterFirstPage {
  const v = value as RosterFirstPage | null | undefined;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.stamp === 'object' &&
    v.stamp !== null &&
    typeof v.stamp.head === 'object' &&
    v.stamp.head !== null &&
    Array.isArray(v.rows) &&
    Array.isArray(v.bulletins) &&
    typeof v.agentTotal === 'number'
  );
}
