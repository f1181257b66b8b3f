/**
 * Schema version 2 — agents may hold habilitations « à régulariser »
 * (`Agent.pendingHabilitations`, asked for but refused by the rules, e.g. at a roster
 * import). NEVER EDIT once released: add a new version file instead.
 *
 * No store or index changes: the new field is optional and not queried by index, so a v1
 * database is valid as it is (the upgrade has nothing to rewrite) and a v1 backup restores
 * into v2 unchanged (`OLDEST_RESTORABLE_SCHEMA_VERSION` in shared/backup/export-format.ts).
 */
export const V2_STORES = {} as const;
