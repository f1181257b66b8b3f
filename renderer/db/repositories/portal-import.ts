/**
 * Importing a portal list: the list (its name, digest and counts — never the file itself) and
 * its differences, recorded in one journalled transaction.
 */
import { formatDateFr } from '../../../shared/domain/dates';
import { formatCount } from '../../../shared/domain/format';
import { DIFFERENCE_KINDS, type PortalDifference } from '../../../shared/domain/portal/differences';
import type { RememberedMapping } from '../../../shared/domain/portal/columns';
import type { Reconciliation } from '../../../shared/domain/portal/reconcile';
import type { PortalImport, StoredPortalDifference } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { MAPPING_KEY } from './portal';

export interface SaveListInput {
  conventionId: string;
  fileName: string;
  sha256: string;
  bytes: number;
  rows: number;
  problems: number;
  result: Reconciliation;
  mapping: RememberedMapping;
  /** Re-saving the same list after a match was confirmed: no new history entry. */
  importId?: string;
}

function toStored(
  d: PortalDifference,
  conventionId: string,
  importId: string,
  before: StoredPortalDifference | undefined,
): StoredPortalDifference {
  const {
    key,
    kind,
    severity,
    article,
    message,
    actions,
    account,
    agentId,
    candidateAgentIds,
    habilitationId,
    profileCode,
    serviceCode,
    registerProfileCode,
    bulletinId,
  } = d;
  // An explanation holds while the difference is the same; a resolution that did not make it
  // go away (the account is still there) is reopened.
  const keep =
    before &&
    (before.status === 'explained' ||
      (before.status === 'resolved' && before.lastImportId === importId));
  return {
    id: before?.id ?? newId(),
    conventionId,
    key,
    kind,
    severity,
    article,
    message,
    actions,
    status: keep ? before.status : 'open',
    firstImportId: before?.firstImportId ?? importId,
    lastImportId: importId,
    ...(agentId ? { agentId } : {}),
    ...(candidateAgentIds ? { candidateAgentIds } : {}),
    ...(habilitationId ? { habilitationId } : {}),
    ...(profileCode ? { profileCode } : {}),
    ...(serviceCode ? { serviceCode } : {}),
    ...(registerProfileCode ? { registerProfileCode } : {}),
    ...(bulletinId ? { bulletinId } : {}),
    ...(account ? { account } : {}),
    ...(keep && before.resolution ? { resolution: before.resolution } : {}),
  };
}

/**
 * Records an imported list and its differences in one transaction: the history entry is
 * journalled (file name, SHA-256, counts); differences already known keep their id and
 * explanation; open ones no longer found are closed (« plus d'écart »).
 */
export function saveImportedList(
  db: AppDatabase,
  actor: Actor,
  input: SaveListInput,
): Promise<PortalImport> {
  return writeRegister(db, actor, ['portalImports', 'portalDifferences', 'settings'], async (w) => {
    const at = actor.now().toISOString();
    const importId = input.importId ?? newId();
    const counts = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, input.result.counts[k]]));
    const record: PortalImport = {
      id: importId,
      conventionId: input.conventionId,
      importedAt: at,
      importedBy: actor.name,
      fileName: input.fileName.slice(0, 300) || 'liste du portail',
      sha256: input.sha256,
      bytes: input.bytes,
      rows: input.rows,
      accounts: input.result.stats.accounts,
      activeAccounts: input.result.stats.activeAccounts,
      matched: input.result.stats.matched,
      problems: input.problems,
      counts,
    };
    const total = input.result.differences.length;
    const saved = await w.put(
      'portalImports',
      record,
      `Liste du portail « ${record.fileName} » importée : ${record.accounts} comptes, ${formatCount(total, 'écart')}`,
    );
    const existing = await db.portalDifferences
      .where('conventionId')
      .equals(input.conventionId)
      .toArray();
    const byKey = new Map(existing.map((d) => [d.key, d]));
    const seen = new Set<string>();
    // Differences are bulk-written (one journal entry for the list, not one per row).
    const rows = input.result.differences.map((d) => {
      seen.add(d.key);
      return toStored(d, input.conventionId, importId, byKey.get(d.key));
    });
    const gone = existing
      .filter((d) => !seen.has(d.key) && d.status === 'open')
      .map((d) => ({
        ...d,
        status: 'resolved' as const,
        resolution: {
          at,
          by: actor.name,
          note: `Plus d’écart dans la liste du portail importée le ${formatDateFr(at.slice(0, 10))}.`,
        },
      }));
    await db.portalDifferences.bulkPut([...rows, ...gone]);
    await db.settings.put({ key: MAPPING_KEY, value: input.mapping });
    return saved;
  });
}
