/**
 * A portal export (CSV « ; ») made from a bench register, for measuring the reconciliation:
 * `accounts` accounts, most of them the register's agents (some found by login, some only by
 * mél or by name, some with NOM and prénom inverted), the rest unknown, with statuses and
 * last logins spread. Deterministic (seeded). Pure TypeScript.
 */
import { CATALOGUE_PROFILES } from '../../shared/domain/profiles';
import {
  readPortalAccounts,
  reconcile,
  findHeaderRow,
  guessPortalMapping,
  type Reconciliation,
} from '../../shared/domain/portal';
import { parseCsvText } from '../../shared/backup/roster-import';
import { seededRandom } from '../../shared/domain/testing/seeded-random';
import type { Agent, Bulletin, Habilitation, Quota } from '../../shared/domain/schemas';

export interface BenchRegister {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  bulletins: readonly Bulletin[];
  quotas: readonly Quota[];
}

export function portalExportCsv(register: BenchRegister, accounts: number, seed = 7): string {
  const rnd = seededRandom(seed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = ['Identifiant;NOM;Prénom;Mél;Service;Profils;Statut;Dernière connexion'];
  const byAgent = new Map<string, string[]>();
  const service = new Map(register.bulletins.map((b) => [b.id, b.serviceCode]));
  for (const h of register.habilitations) {
    if (h.revokedOn) continue;
    const l = byAgent.get(h.agentId) ?? [];
    l.push(`${service.get(h.bulletinId)}-${h.profileCode}`);
    byAgent.set(h.agentId, l);
  }
  for (let i = 0; i < accounts; i++) {
    const r = rnd();
    const lastLogin = `${pad(1 + Math.floor(rnd() * 28))}/${pad(1 + Math.floor(rnd() * 12))}/${2024 + Math.floor(rnd() * 3)}`;
    const status = rnd() < 0.05 ? 'Désactivé' : rnd() < 0.03 ? 'Suspendu' : 'Actif';
    if (r < 0.05 || i >= register.agents.length) {
      lines.push(`inconnu${i};INCONNU${i};Jean;;CDAP;T13;${status};${lastLogin}`);
      continue;
    }
    const a = register.agents[i]!;
    const profiles = (byAgent.get(a.id) ?? ['CDAP-T13']).slice(0, 4).join(', ');
    if (r < 0.1)
      lines.push(`;${a.firstName ?? ''};${a.lastName};;CDAP;${profiles};${status};${lastLogin}`);
    else if (r < 0.25)
      lines.push(
        `;${a.lastName};${a.firstName ?? ''};${a.email ?? ''};CDAP;${profiles};${status};${lastLogin}`,
      );
    else
      lines.push(
        `${a.portalLogin ?? ''};${a.lastName};${a.firstName ?? ''};${a.email ?? ''};CDAP;${profiles};${status};${lastLogin}`,
      );
  }
  return lines.join('\r\n');
}

/** Reads the export and reconciles it, as the screen does; returns the time of each part. */
export function reconcileBench(
  register: BenchRegister,
  csv: string,
  today: string,
): { readMs: number; reconcileMs: number; result: Reconciliation } {
  const t0 = performance.now();
  const sheet = parseCsvText(csv);
  const rows = [sheet.headers, ...sheet.rows];
  const headerRow = findHeaderRow(rows);
  const list = readPortalAccounts({
    rows,
    headerRow,
    mapping: guessPortalMapping(rows[headerRow]!),
    context: {
      profiles: CATALOGUE_PROFILES,
      serviceCodes: [...new Set(register.bulletins.map((b) => b.serviceCode))],
    },
    today,
  });
  const t1 = performance.now();
  const result = reconcile({ list, ...register, today });
  const t2 = performance.now();
  return { readMs: t1 - t0, reconcileMs: t2 - t1, result };
}
