import {
  mapSheetRows,
  planImport,
  type ColumnMapping,
  type DuplicateChoice,
  type ImportPlan,
  type ParsedSheet,
} from '../../../shared/backup/roster-import';
import { agentName } from '../../../shared/domain/format';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { RuleRefusedError } from '../validation';

export interface RosterImportTarget {
  conventionId: string;
  organisationId: string;
  defaultBulletinId?: string;
}

export interface RosterImportChoices {
  /** Per line of the file: merge a duplicate into the agent found, or create it anyway. */
  duplicates?: Readonly<Record<number, DuplicateChoice>>;
  /** The listed habilitations already exist in « Mon Compte Partenaire ». */
  inPortal?: boolean;
}

async function loadContext(db: AppDatabase, target: RosterImportTarget) {
  const bulletins = await db.bulletins.where('conventionId').equals(target.conventionId).toArray();
  const bulletinIds = bulletins.map((b) => b.id);
  const [profiles, agents, quotas, habilitations] = await Promise.all([
    db.profiles.toArray(),
    db.agents.where('organisationId').equals(target.organisationId).toArray(),
    db.quotas.where('bulletinId').anyOf(bulletinIds).toArray(),
    db.habilitations.where('bulletinId').anyOf(bulletinIds).toArray(),
  ]);
  return { bulletins, profiles, agents, quotas, habilitations };
}

function plan(
  ctx: Awaited<ReturnType<typeof loadContext>>,
  sheet: ParsedSheet,
  mapping: ColumnMapping,
  target: RosterImportTarget,
  today: string,
  choices: RosterImportChoices,
  makeId: () => string,
): ImportPlan {
  const rowCtx = {
    ...ctx,
    ...(target.defaultBulletinId ? { defaultBulletinId: target.defaultBulletinId } : {}),
  };
  const mapped = mapSheetRows(sheet, mapping, rowCtx, today);
  return planImport(mapped, ctx, {
    today,
    organisationId: target.organisationId,
    newId: makeId,
    ...(choices.duplicates ? { choices: choices.duplicates } : {}),
    ...(choices.inPortal ? { inPortal: true } : {}),
  });
}

/** The dry run: every row mapped and checked against the register as it is now. */
export async function planRosterImport(
  db: AppDatabase,
  sheet: ParsedSheet,
  mapping: ColumnMapping,
  target: RosterImportTarget,
  today: string,
  choices: RosterImportChoices = {},
  makeId: () => string = newId,
): Promise<ImportPlan> {
  const ctx = await db.transaction(
    'r',
    [db.bulletins, db.profiles, db.agents, db.quotas, db.habilitations],
    () => loadContext(db, target),
  );
  return plan(ctx, sheet, mapping, target, today, choices, makeId);
}

export interface RosterImportResult {
  /** Agents created, and agents of the register completed (a duplicate merged into them). */
  agents: number;
  updated: number;
  habilitations: number;
  /** Habilitations refused by the rules, kept on their agent « à régulariser ». */
  pending: number;
  skipped: number;
}

/**
 * Imports in ONE transaction: the plan is computed again inside it (so that the quotas are
 * checked on the rows as they are at that moment), then every agent (with its habilitations
 * à régulariser) and every habilitation is written through the journal. Either all of it is
 * saved, or nothing.
 */
export function importRoster(
  db: AppDatabase,
  actor: Actor,
  sheet: ParsedSheet,
  mapping: ColumnMapping,
  target: RosterImportTarget,
  today: string,
  choices: RosterImportChoices = {},
): Promise<RosterImportResult> {
  return writeRegister(
    db,
    actor,
    ['agents', 'habilitations', 'bulletins', 'quotas', 'profiles'],
    async (w) => {
      const ctx = await loadContext(db, target);
      const p = plan(ctx, sheet, mapping, target, today, choices, newId);
      const names = new Map(p.agents.map((a) => [a.agent.id, agentName(a.agent)]));
      for (const { agent, isNew, lines } of p.agents) {
        const where = `import de liste, ligne${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`;
        await w.put(
          'agents',
          agent,
          `${agentName(agent)} (${isNew ? where : `complété par l’${where}`})`,
        );
      }
      for (const h of p.habilitations) {
        const name =
          names.get(h.agentId) ??
          agentName(ctx.agents.find((a) => a.id === h.agentId) ?? { lastName: '?' });
        await w.put('habilitations', h, `${h.profileCode} accordé à ${name} (import de liste)`);
      }
      if (p.agents.length === 0 && p.habilitations.length === 0) {
        throw new RuleRefusedError([
          {
            message:
              'Aucune ligne à importer : corrigez le fichier ou la correspondance des colonnes.',
            article: '',
          },
        ]);
      }
      return {
        agents: p.newAgents,
        updated: p.updatedAgents,
        habilitations: p.habilitations.length,
        pending: p.pending,
        skipped: p.skipped,
      };
    },
  );
}
