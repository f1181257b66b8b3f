import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';
import { V3_STORES } from './v3';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Every schema the app ever released, oldest first. Append only. */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES },
  { version: 3, stores: V3_STORES },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Dexie stores version n as IndexedDB version n × 10. */
export const DEXIE_VERSION_FACTOR = 10;
