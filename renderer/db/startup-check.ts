/**
 * The start-up check: the database opened, now are its contents sane? Every problem becomes
 * a visible French warning; nothing is ever fixed silently.
 */
import { summariseRowFindings } from '../../shared/domain/journal-integrity';
import { TABLE_LABELS, type ExportTable } from '../../shared/backup/export-format';
import type {
  Agent,
  Bulletin,
  Convention,
  Habilitation,
  Organisation,
  Quota,
} from '../../shared/domain/schemas';
import type { AppDatabase } from './database';
import {
  journalFindings,
  readRegister,
  type JournalFindings,
  type RegisterReading,
} from './integrity';

export interface StartupCheck {
  ok: boolean;
  warnings: string[];
  counts: Record<string, number>;
  /** The warnings about references between tables (a subset of `warnings`, without advice). */
  references: string[];
  /** The journal's findings, for the integrity screen (same reading). */
  journal: JournalFindings;
  reading: RegisterReading;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

export async function checkDatabase(db: AppDatabase): Promise<StartupCheck> {
  return checkReading(await readRegister(db));
}

/** The start-up warnings of one reading of the register (references, then the journal). */
export function checkReading(reading: RegisterReading): StartupCheck {
  const warnings: string[] = [];
  const t = reading.tables;
  const data = {
    agents: t.agents as Agent[],
    habilitations: t.habilitations as Habilitation[],
    bulletins: t.bulletins as Bulletin[],
    quotas: t.quotas as Quota[],
    conventions: t.conventions as Convention[],
    organisations: t.organisations as Organisation[],
    journal: reading.entries,
    head: reading.head,
    reviewItems: t.reviewItems.length,
  };
  const agentIds = new Set(data.agents.map((a) => a.id));
  const bulletinIds = new Set(data.bulletins.map((b) => b.id));
  const orgIds = new Set(data.organisations.map((o) => o.id));
  const conventionIds = new Set(data.conventions.map((c) => c.id));

  const noAgent = data.habilitations.filter((h) => !agentIds.has(h.agentId)).length;
  if (noAgent)
    warnings.push(
      `${plural(noAgent, 'habilitation')} du registre ${noAgent > 1 ? 'renvoient' : 'renvoie'} à un agent qui n’existe plus.`,
    );
  const noBulletin = data.habilitations.filter((h) => !bulletinIds.has(h.bulletinId)).length;
  if (noBulletin)
    warnings.push(
      `${plural(noBulletin, 'habilitation')} du registre ${noBulletin > 1 ? 'renvoient' : 'renvoie'} à un bulletin d’adhésion qui n’existe plus.`,
    );
  const orphanQuotas = data.quotas.filter((q) => !bulletinIds.has(q.bulletinId)).length;
  if (orphanQuotas)
    warnings.push(
      `${plural(orphanQuotas, 'quota')} ${orphanQuotas > 1 ? 'renvoient' : 'renvoie'} à un bulletin qui n’existe plus.`,
    );
  const orphanBulletins = data.bulletins.filter((b) => !conventionIds.has(b.conventionId)).length;
  if (orphanBulletins)
    warnings.push(
      `${plural(orphanBulletins, 'bulletin')} ${orphanBulletins > 1 ? 'renvoient' : 'renvoie'} à une convention qui n’existe plus.`,
    );
  const badConventions = data.conventions.filter(
    (c) => !orgIds.has(c.partnerId) || !orgIds.has(c.cafId),
  ).length;
  if (badConventions)
    warnings.push(
      `${plural(badConventions, 'convention')} ${badConventions > 1 ? 'renvoient' : 'renvoie'} à un partenaire ou une Caf qui n’existe plus.`,
    );

  const references = [...warnings];
  const journal = journalFindings(reading);
  if (!journal.chain.ok) warnings.push(`Journal : ${journal.chain.reason}`);
  else if (!data.head && data.journal.length > 0) {
    warnings.push(
      'La dernière entrée du journal n’est pas enregistrée à part : impossible de vérifier que la fin du journal est complète.',
    );
  }
  if (journal.emptyJournalWithData) {
    warnings.push(
      'Le registre contient des données mais le journal est vide : il a pu être effacé.',
    );
  }
  const erased = journal.erasedWithoutPurge;
  if (erased.length) {
    warnings.push(
      `Journal : le détail de ${plural(erased.length, 'entrée')} (n° ${erased.slice(0, 5).join(', ')}${erased.length > 5 ? '…' : ''}) a été effacé sans qu’aucune purge ne le prévoie.`,
    );
  }
  const rows = journal.rows.filter((f) => f.problem !== 'unverifiable');
  if (rows.length && !journal.emptyJournalWithData) {
    const label = (table: string) => TABLE_LABELS[table as ExportTable] ?? table;
    warnings.push(
      `Des données ne correspondent plus au journal (${summariseRowFindings(rows, label).join(' ; ')}). Détail : Journal › Vérifier l’intégrité.`,
    );
  }
  return {
    ok: warnings.length === 0,
    warnings: warnings.map(
      (w) => `${w} Restaurez une sauvegarde depuis l’écran Sauvegardes si ce n’est pas voulu.`,
    ),
    counts: {
      agents: data.agents.length,
      habilitations: data.habilitations.length,
      bulletins: data.bulletins.length,
      conventions: data.conventions.length,
      journal: data.journal.length,
      reviewItems: data.reviewItems,
    },
    references,
    journal,
    reading,
  };
}
