import { buildRosterFirstPage } from '../../../shared/domain/roster-first-page';
import type { IsoDate } from '../../../shared/domain/dates';
import type { AppDatabase } from '../database';
import {
  currentFirstPageStamp,
  forgetStoredFirstPage,
  storeFirstPage,
} from '../roster-first-page-store';
import { CURRENT_SCHEMA_VERSION } from '../schema/history';
import type { RegisterSnapshot } from './register-snapshot';

/**
 * Keeps the roster's first-page projection (shared/domain/roster-first-page.ts) of the state
 * `register` was read in — only while that state is still the current one (same journal head,
 * same chosen convention); without a register or a journal head to vouch for it, none is kept.
 * Returns whether it was kept.
 */
export async function saveRosterFirstPage(
  db: AppDatabase,
  register: RegisterSnapshot | null,
  today: IsoDate,
): Promise<boolean> {
  const head = register?.journalHead;
  if (!register || !head) {
    forgetStoredFirstPage(db.name);
    return false;
  }
  const page = buildRosterFirstPage(register, {
    head: { seq: head.seq, hash: head.hash },
    currentConventionId: register.currentConventionId ?? null,
    today,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
  const now = await currentFirstPageStamp(db);
  // The register changed since it was read: its next read keeps its own.
  if (
    now.head?.seq !== head.seq ||
    now.head.hash !== head.hash ||
    now.currentConventionId !== page.stamp.currentConventionId
  )
    return false;
  storeFirstPage(db.name, page);
  return true;
}
