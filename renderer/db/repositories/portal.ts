/**
 * The portal reconciliation's reads and settings: the remembered column mapping, the « unused »
 * threshold, earlier answers about uncertain matches, the import history and open differences.
 * Importing a list is in portal-import.ts; resolving a difference in portal-resolve.ts.
 */
import type { RememberedMapping } from '../../../shared/domain/portal/columns';
import { DEFAULT_UNUSED_MONTHS } from '../../../shared/domain/portal/reconcile';
import {
  settingSchema,
  unusedMonthsSchema,
  type PortalImport,
  type StoredPortalDifference,
} from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { parseOrThrow } from '../validation';

/** The settings key under which the last import's column mapping is remembered. */
export const MAPPING_KEY = 'portalColumnMapping';
const UNUSED_MONTHS_KEY = 'portalUnusedMonths';

export async function getRememberedMapping(
  db: AppDatabase,
): Promise<RememberedMapping | undefined> {
  const v = (await db.settings.get(MAPPING_KEY))?.value as RememberedMapping | undefined;
  return v && typeof v === 'object' && 'columns' in v && Array.isArray(v.seen) ? v : undefined;
}

/** How long without a login makes an account « unused » (Paramètres), 6 months by default. */
export async function getUnusedMonths(db: AppDatabase): Promise<number> {
  const parsed = unusedMonthsSchema.safeParse((await db.settings.get(UNUSED_MONTHS_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_UNUSED_MONTHS;
}

/** Refused with the schema's French message (nothing written) when not 1 to 60 whole months. */
export async function setUnusedMonths(db: AppDatabase, months: number): Promise<void> {
  const value = parseOrThrow(unusedMonthsSchema, months);
  await db.settings.put(parseOrThrow(settingSchema, { key: UNUSED_MONTHS_KEY, value }));
}

/** The user's earlier answers about uncertain matches: account key → agent (or none). */
export async function loadLinks(
  db: AppDatabase,
  conventionId: string,
): Promise<Map<string, string | null>> {
  const rows = await db.portalDifferences.where('conventionId').equals(conventionId).toArray();
  const links = new Map<string, string | null>();
  for (const d of rows) {
    if (!d.account || !d.resolution?.action) continue;
    if (d.resolution.action === 'confirm-match' && d.resolution.agentId)
      links.set(d.account.key, d.resolution.agentId);
    if (d.resolution.action === 'reject-match') links.set(d.account.key, null);
  }
  return links;
}

export async function listImports(db: AppDatabase, conventionId: string): Promise<PortalImport[]> {
  const rows = await db.portalImports.where('conventionId').equals(conventionId).toArray();
  return rows.sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
}

export async function openDifferences(
  db: AppDatabase,
  conventionId: string,
): Promise<StoredPortalDifference[]> {
  const rows = await db.portalDifferences.where('conventionId').equals(conventionId).toArray();
  return rows.filter((d) => d.status === 'open');
}
