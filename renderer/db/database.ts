import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Agent,
  Avenant,
  BilanAnnuel,
  Bulletin,
  Contact,
  Convention,
  Habilitation,
  Incident,
  IssuedDocument,
  JournalEntry,
  Organisation,
  PortalImport,
  StoredPortalDifference,
  Profile,
  Quota,
  ReviewCampaign,
  ReviewItem,
  SecuritySession,
  ServiceContract,
  Setting,
  SubcontractorNotice,
} from '../../shared/domain/schemas';
import { CATALOGUE_PROFILES } from '../../shared/domain/profiles';
import { SCHEMA_HISTORY } from './schema/history';

export const DB_NAME = 'convention-mcp';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export type AppDatabase = Dexie & {
  meta: EntityTable<MetaRecord, 'key'>;
  settings: EntityTable<Setting, 'key'>;
  profiles: EntityTable<Profile, 'code'>;
  organisations: EntityTable<Organisation, 'id'>;
  conventions: EntityTable<Convention, 'id'>;
  avenants: EntityTable<Avenant, 'id'>;
  serviceContracts: EntityTable<ServiceContract, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  bulletins: EntityTable<Bulletin, 'id'>;
  quotas: EntityTable<Quota, 'id'>;
  agents: EntityTable<Agent, 'id'>;
  habilitations: EntityTable<Habilitation, 'id'>;
  reviewCampaigns: EntityTable<ReviewCampaign, 'id'>;
  reviewItems: EntityTable<ReviewItem, 'id'>;
  documents: EntityTable<IssuedDocument, 'id'>;
  incidents: EntityTable<Incident, 'id'>;
  bilans: EntityTable<BilanAnnuel, 'id'>;
  subcontractorNotices: EntityTable<SubcontractorNotice, 'id'>;
  securitySessions: EntityTable<SecuritySession, 'id'>;
  portalImports: EntityTable<PortalImport, 'id'>;
  portalDifferences: EntityTable<StoredPortalDifference, 'id'>;
  journal: Table<JournalEntry, number, Omit<JournalEntry, 'seq'>>;
};

/** Builds (does not open) the database with every released schema version applied in order. */
export function createDatabase(name: string = DB_NAME): AppDatabase {
  // Strict durability: a committed habilitation must survive a power cut (Chromium defaults
  // to relaxed).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDatabase;
  for (const schema of SCHEMA_HISTORY) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  db.on('populate', (tx) => {
    // The shipped CDAP catalogue; the user may add or rename profiles later (Paramètres).
    void tx.table('profiles').bulkAdd(CATALOGUE_PROFILES.map((p) => ({ ...p })));
  });
  return db;
}

/** Every table that holds register data (what a full export must cover). */
export const DATA_TABLES = [
  'settings',
  'profiles',
  'organisations',
  'conventions',
  'avenants',
  'serviceContracts',
  'contacts',
  'bulletins',
  'quotas',
  'agents',
  'habilitations',
  'reviewCampaigns',
  'reviewItems',
  'documents',
  'incidents',
  'bilans',
  'subcontractorNotices',
  'securitySessions',
  'portalImports',
  'portalDifferences',
  'journal',
] as const;
export type DataTableName = (typeof DATA_TABLES)[number];
