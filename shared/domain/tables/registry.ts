/**
 * The one list of stored tables. Everything that depends on which tables exist is derived
 * from it: the Dexie schema of the next version (renderer/db/schema/history.ts), the
 * database type (renderer/db/database.ts), the writer's tables and row schemas
 * (renderer/db/register-writer.ts), the backup format's tables, keys and validation
 * (shared/backup/export-format.ts), the journal's and the exports' French labels.
 *
 * Adding a table: one entry here (key, indexes, labels, `since` = the next schema version),
 * its row schema under the same name in `row-schemas.ts` (the types and a test check that
 * both list the same tables), then its repository. Released schema versions
 * (renderer/db/schema/v1…) are never edited: the difference between them and this list is
 * the next version (see `nextVersionStores`), and a test says when there is one.
 *
 * Pure: no Dexie here (shared/ stays free of it), only the Dexie schema strings. No zod
 * either: the Dexie schema, the database type and the labels are needed at start-up, the row
 * schemas only when a row is written or a backup read (`row-schemas.ts`, loaded with the
 * register writer and the backup format): the first screen's bundle does not carry zod.
 */
import type { z } from 'zod';
import { FIELD_LABELS } from '../schemas/field-labels';
import type { TABLE_ROW_SCHEMAS } from './row-schemas';

export type { MetaRecord } from './row-schemas';

/** A stored table. Its row schema is `TABLE_ROW_SCHEMAS[name]` (row-schemas.ts). */
export interface TableSpec {
  /** Dexie primary key: a field, or `++field` for an auto-incremented number. */
  readonly primaryKey: string;
  /** Dexie indexes after the key, as written in a stores string (`&unique`, `[a+b]`). */
  readonly indexes: readonly string[];
  /** French name of one row (« Agent »), for the journal. */
  readonly label: string;
  /** French name of the table (« Agents »), for backups, lists and messages. */
  readonly pluralLabel: string;
  /** Written through the register writer: every change appends a journal entry. */
  readonly journaled: boolean;
  /** Part of a full backup (and of the plain JSON rescue export). */
  readonly exported: boolean;
  /** The schema version that added the table (a backup written before has none). */
  readonly since: number;
  /** French labels of fields whose generic label (FIELD_LABELS) is wrong for this table. */
  readonly fields?: Readonly<Record<string, string>>;
}

function table<const T extends TableSpec>(spec: T): T {
  return spec;
}

const data = { journaled: true, exported: true } as const;

/** In the order backups, previews and lists show them. */
export const TABLES = {
  meta: table({
    primaryKey: 'key',
    indexes: [],
    label: 'Donnée technique',
    pluralLabel: 'Données techniques',
    journaled: false,
    exported: false,
    since: 1,
  }),
  settings: table({
    primaryKey: 'key',
    indexes: [],
    label: 'Paramètre',
    pluralLabel: 'Paramètres',
    ...data,
    since: 1,
  }),
  profiles: table({
    primaryKey: 'code',
    indexes: [],
    label: 'Profil',
    pluralLabel: 'Profils',
    ...data,
    since: 1,
  }),
  organisations: table({
    primaryKey: 'id',
    indexes: ['role'],
    label: 'Organisme',
    pluralLabel: 'Organismes',
    ...data,
    since: 1,
  }),
  conventions: table({
    primaryKey: 'id',
    indexes: ['partnerId', 'cafId'],
    label: 'Convention',
    pluralLabel: 'Conventions',
    ...data,
    since: 1,
  }),
  avenants: table({
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Avenant',
    pluralLabel: 'Avenants',
    ...data,
    since: 1,
  }),
  serviceContracts: table({
    primaryKey: 'id',
    indexes: ['&conventionId'],
    label: 'Contrat de services',
    pluralLabel: 'Contrats de services',
    ...data,
    since: 1,
  }),
  contacts: table({
    primaryKey: 'id',
    indexes: ['conventionId', '[conventionId+side]', 'agentId'],
    label: 'Interlocuteur',
    pluralLabel: 'Interlocuteurs',
    ...data,
    since: 1,
  }),
  bulletins: table({
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Bulletin d’adhésion',
    pluralLabel: 'Bulletins d’adhésion',
    ...data,
    since: 1,
  }),
  quotas: table({
    primaryKey: 'id',
    indexes: ['bulletinId', '&[bulletinId+profileCode]'],
    label: 'Quota',
    pluralLabel: 'Quotas',
    ...data,
    since: 1,
  }),
  agents: table({
    primaryKey: 'id',
    indexes: ['organisationId'],
    label: 'Agent',
    pluralLabel: 'Agents',
    ...data,
    since: 1,
  }),
  habilitations: table({
    primaryKey: 'id',
    indexes: ['agentId', 'bulletinId', 'profileCode'],
    label: 'Habilitation',
    pluralLabel: 'Habilitations',
    ...data,
    since: 1,
  }),
  reviewCampaigns: table({
    primaryKey: 'id',
    indexes: ['conventionId', '[conventionId+year]', 'status'],
    label: 'Revue annuelle',
    pluralLabel: 'Revues annuelles',
    ...data,
    since: 1,
  }),
  reviewItems: table({
    primaryKey: 'id',
    indexes: ['campaignId', 'habilitationId'],
    label: 'Ligne de revue',
    pluralLabel: 'Lignes de revue',
    ...data,
    since: 1,
  }),
  documents: table({
    primaryKey: 'id',
    indexes: ['conventionId', 'kind', 'createdAt'],
    label: 'Document émis',
    pluralLabel: 'Documents émis',
    ...data,
    since: 1,
  }),
  incidents: table({
    primaryKey: 'id',
    indexes: ['conventionId', 'kind'],
    label: 'Demande ou incident',
    pluralLabel: 'Demandes et incidents',
    ...data,
    since: 1,
  }),
  bilans: table({
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Bilan annuel',
    pluralLabel: 'Bilans annuels',
    ...data,
    since: 1,
  }),
  subcontractorNotices: table({
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Prestataire',
    pluralLabel: 'Prestataires',
    ...data,
    since: 1,
  }),
  securitySessions: table({
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Session d’information sécurité',
    pluralLabel: 'Sessions d’information sécurité',
    ...data,
    since: 1,
  }),
  portalImports: table({
    primaryKey: 'id',
    indexes: ['conventionId', 'importedAt'],
    label: 'Liste du portail importée',
    pluralLabel: 'Listes du portail importées',
    ...data,
    since: 3,
  }),
  portalDifferences: table({
    primaryKey: 'id',
    indexes: ['conventionId', '&[conventionId+key]', 'status', 'agentId'],
    label: 'Écart avec le portail',
    pluralLabel: 'Écarts avec le portail',
    ...data,
    since: 3,
  }),
  journal: table({
    primaryKey: '++seq',
    indexes: ['[entity+entityId]', 'at'],
    label: 'Entrée du journal',
    pluralLabel: 'Journal',
    journaled: false,
    exported: true,
    since: 1,
    // The journal screen's and CSV's words.
    fields: {
      seq: 'N°',
      at: 'Date',
      actor: 'Auteur',
      entity: 'Élément',
      entityId: 'Identifiant',
      hash: 'Empreinte',
    },
  }),
} as const satisfies Record<string, TableSpec>;

type Tables = typeof TABLES;
export type TableName = keyof Tables;
export type JournaledTable = {
  [K in TableName]: Tables[K]['journaled'] extends true ? K : never;
}[TableName];
export type ExportTable = {
  [K in TableName]: Tables[K]['exported'] extends true ? K : never;
}[TableName];
/** The zod schema every row of a table satisfies (row-schemas.ts). */
export type SchemaOf<T extends TableName> = (typeof TABLE_ROW_SCHEMAS)[T];
export type RowOf<T extends TableName> = z.output<SchemaOf<T>>;
/** The primary key's field (`seq` for `++seq`). */
export type KeyFieldOf<T extends TableName> = T extends TableName
  ? Tables[T]['primaryKey'] extends `++${infer F}`
    ? F
    : Tables[T]['primaryKey']
  : never;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

const spec = (t: TableName): TableSpec => TABLES[t];

/** Tables written through the journal, in registry order. */
export const JOURNALED_TABLE_NAMES = TABLE_NAMES.filter(
  (t) => spec(t).journaled,
) as JournaledTable[];
/** Tables of a full backup, in registry order. */
export const EXPORT_TABLE_NAMES = TABLE_NAMES.filter((t) => spec(t).exported) as ExportTable[];

export function keyFieldOf<T extends TableName>(t: T): KeyFieldOf<T> {
  return spec(t).primaryKey.replace(/^\+\+/, '') as KeyFieldOf<T>;
}

export function tableLabel(t: string): string | undefined {
  return (TABLES as Record<string, TableSpec>)[t]?.label;
}

export function tablePluralLabel(t: string): string | undefined {
  return (TABLES as Record<string, TableSpec>)[t]?.pluralLabel;
}

/** French label of a field of a table; falls back to the generic dictionary, then undefined. */
export function fieldLabel(t: string, field: string): string | undefined {
  return (TABLES as Record<string, TableSpec>)[t]?.fields?.[field] ?? FIELD_LABELS[field];
}

/** `['snapshot', 'agentName']` of a table → « Données figées › Nom de l’agent »; list indexes dropped. */
export function fieldPathLabelOf(t: string, path: readonly PropertyKey[]): string {
  return path
    .filter((p): p is string => typeof p === 'string')
    .map((p) => fieldLabel(t, p) ?? p)
    .join(' › ');
}

/** The Dexie stores string of a table: `'id, conventionId, [conventionId+side]'`. */
export function storesString(t: TableName): string {
  return [spec(t).primaryKey, ...spec(t).indexes].join(', ');
}

/** The Dexie schema of every table as the registry describes it. */
export function registryStores(): Record<TableName, string> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, storesString(t)])) as Record<
    TableName,
    string
  >;
}

/** Tables a backup may lack (added after the first schema), with the version that added them. */
export const TABLES_SINCE_SCHEMA: Partial<Record<ExportTable, number>> = Object.fromEntries(
  EXPORT_TABLE_NAMES.filter((t) => spec(t).since > 1).map((t) => [t, spec(t).since]),
);

const normalise = (stores: string) =>
  stores
    .split(',')
    .map((s) => s.trim())
    .join(', ');

/** The stores the released versions add up to (a `null` deletes a table). */
export function cumulatedStores(
  versions: readonly { stores: Readonly<Record<string, string | null>> }[],
) {
  const out: Record<string, string> = {};
  for (const v of versions) {
    for (const [name, stores] of Object.entries(v.stores)) {
      if (stores === null) delete out[name];
      else out[name] = normalise(stores);
    }
  }
  return out;
}

/**
 * What the next schema version must declare so that the database matches the registry:
 * new or changed tables with their stores string, removed tables with `null`. Empty when the
 * released versions already match.
 */
export function nextVersionStores(
  released: readonly { stores: Readonly<Record<string, string | null>> }[],
): Record<string, string | null> {
  const current = cumulatedStores(released);
  const wanted = registryStores();
  const next: Record<string, string | null> = {};
  for (const t of TABLE_NAMES) if (current[t] !== wanted[t]) next[t] = wanted[t];
  for (const t of Object.keys(current)) if (!(t in wanted)) next[t] = null;
  return next;
}
