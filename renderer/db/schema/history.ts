import type { Transaction } from 'dexie';
import { nextVersionStores } from '../../../shared/domain/tables/registry';
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';
import { V3_STORES } from './v3';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Every schema the app ever released, oldest first. Append only, never edit. */
export const RELEASED_SCHEMAS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES },
  { version: 3, stores: V3_STORES },
];

/**
 * The next version, derived from the table registry (shared/domain/tables/registry.ts): the
 * tables added or whose indexes changed since the last released version. Empty today; when
 * the registry changes, it is applied as version N + 1, and `registry.test.ts` asks to
 * freeze it as a `vN.ts` file (with a migration test) before release.
 */
export const NEXT_SCHEMA_STORES = nextVersionStores(RELEASED_SCHEMAS);

const lastReleased = RELEASED_SCHEMAS[RELEASED_SCHEMAS.length - 1]!.version;

/** The released versions, then the derived next one when the registry differs from them. */
export const SCHEMA_HISTORY: readonly SchemaVersion[] =
  Object.keys(NEXT_SCHEMA_STORES).length > 0
    ? [...RELEASED_SCHEMAS, { version: lastReleased + 1, stores: NEXT_SCHEMA_STORES }]
    : RELEASED_SCHEMAS;

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Dexie stores version n as IndexedDB version n × 10. */
export const DEXIE_VERSION_FACTOR = 10;
