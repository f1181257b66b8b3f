import {
  mapRow,
  planImport,
  type ColumnMapping,
  type ImportPlan,
  type ParsedSheet,
} from '../../../shared/backup/roster-import';
import { agentName } from '../../../shared/domain/format';
import type { Agent, Habilitation } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { RuleRefusedError } from '../validation';

export interface RosterImportTarget {
  conventionId: string;
  organisationId: string;
  defaultBulletinId?: string;
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

/** The dry run: every row mapped and checked against the register as it is now. */
export async function planRosterImport(
  db: AppDatabase,
  sheet: ParsedSheet,
  mapping: ColumnMapping,
  target: RosterImportTarget,
  today: string,
  makeId: () => string = newId,
): Promise<ImportPlan> {
  const ctx = await db.transaction('r', [db.bulletins, db.profiles, db.agents, db.quotas, db.habilitations], () =>
    loadContext(db, target),
  );
  const mapped = sheet.rows.map((row, i) =>
    mapRow(row, i + 2, mapping, { ...ctx, ...(target.defaultBulletinId ? { defaultBulletinId: target.defaultBulletinId } : {}) }, today),
  );
  return planImport(mapped, ctx, today, makeId);
}

export interface RosterImportResult {
  agents: number;
  habilitations: number;
  skipped: number;
}

/**
 * Imports the rows in ONE transaction: the plan is computed again inside it (so that the
 * quotas are checked on the rows as they are at that moment), then every agent and
 * habilitation is written through the journal. Rows with errors or over quota are skipped.
 */
export function importRoster(
  db: AppDatabase,
  actor: Actor,
  sheet: ParsedSheet,
  mapping: ColumnMapping,
  target: RosterImportTarget,
  today: string,
): Promise<RosterImportResult> {
  return writeRegister(db, actor, ['agents', 'habilitations', 'bulletins', 'quotas', 'profiles'], async (w) => {
    const ctx = await loadContext(db, target);
    const mapped = sheet.rows.map((row, i) =>
      mapRow(row, i + 2, mapping, { ...ctx, ...(target.defaultBulletinId ? { defaultBulletinId: target.defaultBulletinId } : {}) }, today),
    );
    const plan = planImport(mapped, ctx, today, newId);
    const created = new Set<string>();
    let habilitations = 0;
    for (const row of plan.rows) {
      if (row.outcome.kind === 'skipped' || !row.agentId) continue;
      if (row.outcome.kind === 'new-agent' && !created.has(row.agentId)) {
        const agent: Agent = { ...row.agent, id: row.agentId, organisationId: target.organisationId };
        await w.put('agents', agent, `${agentName(agent)} (import de liste, ligne ${row.line})`);
        created.add(row.agentId);
      }
      if (row.grant) {
        const h: Habilitation = {
          id: newId(),
          agentId: row.agentId,
          bulletinId: row.grant.bulletinId,
          profileCode: row.grant.profileCode,
          grantedOn: row.grant.grantedOn,
        };
        await w.put('habilitations', h, `${h.profileCode} accordé à ${agentName(row.agent)} (import de liste, ligne ${row.line})`);
        habilitations++;
      }
    }
    if (created.size === 0 && habilitations === 0) {
      throw new RuleRefusedError([{ message: 'Aucune ligne à importer : corrigez le fichier ou la correspondance des colonnes.', article: '' }]);
    }
    return { agents: created.size, habilitations, skipped: plan.skipped };
  });
}
