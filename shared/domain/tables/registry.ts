/**
 * The one list of stored tables. Everything that depends on which tables exist is derived
 * from it: the Dexie schema of the next version (renderer/db/schema/history.ts), the
 * database type (renderer/db/database.ts), the writer's tables and row schemas
 * (renderer/db/register-writer.ts), the backup format's tables, keys and validation
 * (shared/backup/export-format.ts), the journal's and the exports' French labels.
 *
 * Adding a table: one entry here (schema, key, indexes, labels, `since` = the next schema
 * version), then its repository. Released schema versions (renderer/db/schema/v1…) are never
 * edited: the difference between them and this list is the next version (see
 * `nextVersionStores`), and a test says when there is one.
 *
 * Pure: no Dexie here (shared/ stays free of it), only the Dexie schema strings.
 */
import { z } from 'zod';
import {
  agentSchema,
  avenantSchema,
  bilanAnnuelSchema,
  bulletinSchema,
  contactSchema,
  conventionSchema,
  habilitationSchema,
  incidentSchema,
  issuedDocumentSchema,
  journalEntrySchema,
  organisationSchema,
  portalDifferenceSchema,
  portalImportSchema,
  profileSchema,
  quotaSchema,
  reviewCampaignSchema,
  reviewItemSchema,
  securitySessionSchema,
  serviceContractSchema,
  settingSchema,
  subcontractorNoticeSchema,
} from '../schemas';
import { FIELD_LABELS } from '../schemas/field-labels';

/** Technical values the app keeps beside the data (schema version, journal head). */
export const metaRecordSchema = z.strictObject({ key: z.string().min(1).max(60), value: z.unknown() });
export type MetaRecord = z.infer<typeof metaRecordSchema>;

export interface TableSpec {
  /** Every row satisfies it (checked when written, and when a backup is read). */
  readonly schema: z.ZodType;
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
    schema: metaRecordSchema,
    primaryKey: 'key',
    indexes: [],
    label: 'Donnée technique',
    pluralLabel: 'Données techniques',
    journaled: false,
    exported: false,
    since: 1,
  }),
  settings: table({
    schema: settingSchema,
    primaryKey: 'key',
    indexes: [],
    label: 'Paramètre',
    pluralLabel: 'Paramètres',
    ...data,
    since: 1,
  }),
  profiles: table({
    schema: profileSchema,
    primaryKey: 'code',
    indexes: [],
    label: 'Profil',
    pluralLabel: 'Profils',
    ...data,
    since: 1,
  }),
  organisations: table({
    schema: organisationSchema,
    primaryKey: 'id',
    indexes: ['role'],
    label: 'Organisme',
    pluralLabel: 'Organismes',
    ...data,
    since: 1,
  }),
  conventions: table({
    schema: conventionSchema,
    primaryKey: 'id',
    indexes: ['partnerId', 'cafId'],
    label: 'Convention',
    pluralLabel: 'Conventions',
    ...data,
    since: 1,
  }),
  avenants: table({
    schema: avenantSchema,
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Avenant',
    pluralLabel: 'Avenants',
    ...data,
    since: 1,
  }),
  serviceContracts: table({
    schema: serviceContractSchema,
    primaryKey: 'id',
    indexes: ['&conventionId'],
    label: 'Contrat de services',
    pluralLabel: 'Contrats de services',
    ...data,
    since: 1,
  }),
  contacts: table({
    schema: contactSchema,
    primaryKey: 'id',
    indexes: ['conventionId', '[conventionId+side]', 'agentId'],
    label: 'Interlocuteur',
    pluralLabel: 'Interlocuteurs',
    ...data,
    since: 1,
  }),
  bulletins: table({
    schema: bulletinSchema,
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Bulletin d’adhésion',
    pluralLabel: 'Bulletins d’adhésion',
    ...data,
    since: 1,
  }),
  quotas: table({
    schema: quotaSchema,
    primaryKey: 'id',
    indexes: ['bulletinId', '&[bulletinId+profileCode]'],
    label: 'Quota',
    pluralLabel: 'Quotas',
    ...data,
    since: 1,
  }),
  agents: table({
    schema: agentSchema,
    primaryKey: 'id',
    indexes: ['organisationId'],
    label: 'Agent',
    pluralLabel: 'Agents',
    ...data,
    since: 1,
  }),
  habilitations: table({
    schema: habilitationSchema,
    primaryKey: 'id',
    indexes: ['agentId', 'bulletinId', 'profileCode'],
    label: 'Habilitation',
    pluralLabel: 'Habilitations',
    ...data,
    since: 1,
  }),
  reviewCampaigns: table({
    schema: reviewCampaignSchema,
    primaryKey: 'id',
    indexes: ['conventionId', '[conventionId+year]', 'status'],
    label: 'Revue annuelle',
    pluralLabel: 'Revues annuelles',
    ...data,
    since: 1,
  }),
  reviewItems: table({
    schema: reviewItemSchema,
    primaryKey: 'id',
    indexes: ['campaignId', 'habilitationId'],
    label: 'Ligne de revue',
    pluralLabel: 'Lignes de revue',
    ...data,
    since: 1,
  }),
  documents: table({
    schema: issuedDocumentSchema,
    primaryKey: 'id',
    indexes: ['conventionId', 'kind', 'createdAt'],
    label: 'Document émis',
    pluralLabel: 'Documents émis',
    ...data,
    since: 1,
  }),
  incidents: table({
    schema: incidentSchema,
    primaryKey: 'id',
    indexes: ['conventionId', 'kind'],
    label: 'Demande ou incident',
    pluralLabel: 'Demandes et incidents',
    ...data,
    since: 1,
  }),
  bilans: table({
    schema: bilanAnnuelSchema,
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Bilan annuel',
    pluralLabel: 'Bilans annuels',
    ...data,
    since: 1,
  }),
  subcontractorNotices: table({
    schema: subcontractorNoticeSchema,
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Prestataire',
    pluralLabel: 'Prestataires',
    ...data,
    since: 1,
  }),
  securitySessions: table({
    schema: securitySessionSchema,
    primaryKey: 'id',
    indexes: ['conventionId'],
    label: 'Session d’information sécurité',
    pluralLabel: 'Sessions d’information sécurité',
    ...data,
    since: 1,
  }),
  portalImports: table({
    schema: portalImportSchema,
    primaryKey: 'id',
    indexes: ['conventionId', 'importedAt'],
    label: 'Liste du portail importée',
    pluralLabel: 'Listes du portail importées',
    ...data,
    since: 3,
  }),
  portalDifferences: table({
    schema: portalDifferenceSchema,
    primaryKey: 'id',
    indexes: ['conventionId', '&[conventionId+key]', 'status', 'agentId'],
    label: 'Écart avec le portail',
    pluralLabel: 'Écarts avec le portail',
    ...data,
    since: 3,
  }),
  journal: table({
    schema: journalEntrySchema,
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
export type JournaledTable = { [K in TableName]: Tables[K]['journaled'] extends true ? K : never }[TableName];
export type ExportTable = { [K in TableName]: Tables[K]['exported'] extends true ? K : never }[TableName];
export type SchemaOf<T extends TableName> = Tables[T]['schema'];
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
export const JOURNALED_TABLE_NAMES = TABLE_NAMES.filter((t) => spec(t).journaled) as JournaledTable[];
/** Tables of a full backup, in registry order. */
export const EXPORT_TABLE_NAMES = TABLE_NAMES.filter((t) => spec(t).exported) as ExportTable[];

export function keyFieldOf<T extends TableName>(t: T): KeyFieldOf<T> {
  return spec(t).primaryKey.replace(/^\+\+/, '') as KeyFieldOf<T>;
}

/** The zod schema of each table, by name. */
export function schemasOf<T extends TableName>(names: readonly T[]): { [K in T]: SchemaOf<K> } {
  return Object.fromEntries(names.map((t) => [t, TABLES[t].schema])) as { [K in T]: SchemaOf<K> };
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
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, storesString(t)])) as Record<TableName, string>;
}

/** Tables a backup may lack (added after the first schema), with the version that added them. */
export const TABLES_SINCE_SCHEMA: Partial<Record<ExportTable, number>> = Object.fromEntries(
  EXPORT_TABLE_NAMES.filter((t) => spec(t).since > 1).map((t) => [t, spec(t).since]),
);

const normalise = (stores: string) => stores.split(',').map((s) => s.trim()).join(', ');

/** The stores the released versions add up to (a `null` deletes a table). */
export function cumulatedStores(versions: readonly { stores: Readonly<Record<string, string | null>> }[]) {
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
