/**
 * The start-up check: the database opened, now are its contents sane? Every problem becomes
 * a visible French warning; nothing is ever fixed silently.
 */
import { verifyChain } from '../../shared/domain/journal-chain';
import type { AppDatabase } from './database';
import { JOURNAL_HEAD_KEY } from './register-writer';

export interface StartupCheck {
  ok: boolean;
  warnings: string[];
  counts: Record<string, number>;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

export async function checkDatabase(db: AppDatabase): Promise<StartupCheck> {
  const warnings: string[] = [];
  const data = await db.transaction(
    'r',
    [db.agents, db.habilitations, db.bulletins, db.quotas, db.conventions, db.organisations, db.journal, db.meta, db.reviewItems],
    async () => ({
      agents: await db.agents.toArray(),
      habilitations: await db.habilitations.toArray(),
      bulletins: await db.bulletins.toArray(),
      quotas: await db.quotas.toArray(),
      conventions: await db.conventions.toArray(),
      organisations: await db.organisations.toArray(),
      journal: await db.journal.orderBy('seq').toArray(),
      head: (await db.meta.get(JOURNAL_HEAD_KEY))?.value as { seq: number; hash: string } | undefined,
      reviewItems: await db.reviewItems.count(),
    }),
  );
  const agentIds = new Set(data.agents.map((a) => a.id));
  const bulletinIds = new Set(data.bulletins.map((b) => b.id));
  const orgIds = new Set(data.organisations.map((o) => o.id));
  const conventionIds = new Set(data.conventions.map((c) => c.id));

  const noAgent = data.habilitations.filter((h) => !agentIds.has(h.agentId)).length;
  if (noAgent) warnings.push(`${plural(noAgent, 'habilitation')} du registre ${noAgent > 1 ? 'renvoient' : 'renvoie'} à un agent qui n’existe plus.`);
  const noBulletin = data.habilitations.filter((h) => !bulletinIds.has(h.bulletinId)).length;
  if (noBulletin) warnings.push(`${plural(noBulletin, 'habilitation')} du registre ${noBulletin > 1 ? 'renvoient' : 'renvoie'} à un bulletin d’adhésion qui n’existe plus.`);
  const orphanQuotas = data.quotas.filter((q) => !bulletinIds.has(q.bulletinId)).length;
  if (orphanQuotas) warnings.push(`${plural(orphanQuotas, 'quota')} ${orphanQuotas > 1 ? 'renvoient' : 'renvoie'} à un bulletin qui n’existe plus.`);
  const orphanBulletins = data.bulletins.filter((b) => !conventionIds.has(b.conventionId)).length;
  if (orphanBulletins) warnings.push(`${plural(orphanBulletins, 'bulletin')} ${orphanBulletins > 1 ? 'renvoient' : 'renvoie'} à une convention qui n’existe plus.`);
  const badConventions = data.conventions.filter((c) => !orgIds.has(c.partnerId) || !orgIds.has(c.cafId)).length;
  if (badConventions) warnings.push(`${plural(badConventions, 'convention')} ${badConventions > 1 ? 'renvoient' : 'renvoie'} à un partenaire ou une Caf qui n’existe plus.`);

  const chain = verifyChain(data.journal, data.head ?? null);
  if (!chain.ok) warnings.push(`Journal : ${chain.reason}`);
  else if (!data.head && data.journal.length > 0) {
    warnings.push('La dernière entrée du journal n’est pas enregistrée à part : impossible de vérifier que la fin du journal est complète.');
  }
  if (data.journal.length === 0 && (data.agents.length > 0 || data.conventions.length > 0)) {
    warnings.push('Le registre contient des données mais le journal est vide : il a pu être effacé.');
  }
  return {
    ok: warnings.length === 0,
    warnings: warnings.map((w) => `${w} Restaurez une sauvegarde depuis l’écran Sauvegardes si ce n’est pas voulu.`),
    counts: {
      agents: data.agents.length,
      habilitations: data.habilitations.length,
      bulletins: data.bulletins.length,
      conventions: data.conventions.length,
      journal: data.journal.length,
      reviewItems: data.reviewItems,
    },
  };
}
