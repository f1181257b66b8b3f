/**
 * Deterministic, seeded register for the benchmark (`npm run bench`): one convention with N
 * agents, habilitations spread over several bulletins, contacts on both sides, five years of
 * closed review campaigns with their items, and the journal a register built in the app
 * would have (one hash-chained entry per agent and per habilitation). Every row has the
 * shape of the entity schemas, so the body goes through the app's real restore path.
 *
 * Pure TypeScript (no DOM, no Node): used by the bench runner in Node and by the unit test.
 */
import {
  EXPORT_TABLES,
  type ExportBody,
  type ExportTables,
} from '../../shared/backup/export-format';
import { CATALOGUE_PROFILES } from '../../shared/domain/profiles';
import { conventionRows } from './dataset-convention';
import { historyRows, journalOf } from './dataset-history';
import { registerRows } from './dataset-register';
import { YEARS, seededDraws } from './dataset-words';

export interface DatasetSize {
  agents: number;
  habilitations: number;
  /** Review items per closed campaign at most (the yearly report prints them). */
  itemsPerCampaign: number;
}

export const DATASET_SIZES = {
  small: { agents: 20, habilitations: 60, itemsPerCampaign: 60 },
  large: { agents: 10_000, habilitations: 50_000, itemsPerCampaign: 2_000 },
} as const satisfies Record<string, DatasetSize>;
export type DatasetSizeName = keyof typeof DATASET_SIZES;

export interface BenchDataset {
  body: ExportBody;
  conventionId: string;
  /** The campaign whose report the bench prints (the last one, closed). */
  lastCampaignId: string;
  size: DatasetSize;
}

/** The whole register as the body of a full export (what a restore reads). */
export function generateDataset(size: DatasetSize, seed = 42): BenchDataset {
  const draws = seededDraws(seed);
  const conventionId = 'conv-bench';
  const { caf, partner, convention, serviceContract, bulletins } = conventionRows(conventionId);
  const { agents, habilitations, quotas, contacts } = registerRows(
    draws,
    size,
    conventionId,
    partner,
    bulletins,
  );
  const { campaigns, items, bilans, incidents, securitySessions } = historyRows(
    draws,
    size,
    conventionId,
    agents,
    habilitations,
    bulletins,
  );
  const { journal, head } = journalOf(agents, habilitations);

  const tables = Object.fromEntries(EXPORT_TABLES.map((t) => [t, []])) as unknown as ExportTables;
  Object.assign(tables, {
    settings: [
      { key: 'userName', value: 'Véronique DJIRE' },
      { key: 'currentConventionId', value: conventionId },
    ],
    profiles: CATALOGUE_PROFILES.map((p) => ({ ...p })),
    organisations: [caf, partner],
    conventions: [convention],
    avenants: [
      { id: 'avenant-1', conventionId, date: '2023-03-01', object: 'Ajout du service Afas' },
    ],
    serviceContracts: [serviceContract],
    contacts,
    bulletins,
    quotas,
    agents,
    habilitations,
    reviewCampaigns: campaigns,
    reviewItems: items,
    incidents,
    bilans,
    securitySessions,
    journal,
  });
  return {
    body: { journalHead: head, tables },
    conventionId,
    lastCampaignId: `camp-${YEARS.at(-1)}`,
    size,
  };
}

/** Row count of a body, all tables. */
export function totalRows(body: ExportBody): number {
  return EXPORT_TABLES.reduce((n, t) => n + body.tables[t].length, 0);
}
