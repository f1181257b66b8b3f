/**
 * Schema version 3 — the portal reconciliation: the history of imported portal account
 * lists and the differences kept until resolved or explained. NEVER EDIT once released: add
 * a new version file instead.
 *
 * Two new tables, nothing rewritten: an older database opens with them empty, and an older
 * backup (which has no such tables) restores with them empty (`TABLES_SINCE_SCHEMA` in
 * shared/backup/export-format.ts).
 */
export const V3_STORES = {
  portalImports: 'id, conventionId, importedAt',
  portalDifferences: 'id, conventionId, &[conventionId+key], status, agentId',
} as const;
