/**
 * The roster as CSV for Excel: one row per habilitation (and one per agent without any),
 * with the columns the import reads back.
 */
import { formatBulletinLabel } from '../domain/format';
import type { Agent, Bulletin, Habilitation } from '../domain/schemas';

/** Columns of the roster CSV export (also accepted back by the import). */
export const ROSTER_CSV_HEADER = [
  'Nom',
  'Prénom',
  'Fonction',
  'Service',
  'Mél',
  'Téléphone fixe',
  'Téléphone portable',
  'Identifiant du portail',
  'Rôle dans le portail',
  'Date d’arrivée',
  'Date de départ',
  'Profil',
  'Bulletin d’adhésion',
  'Date d’habilitation',
  'Date de retrait',
] as const;

/**
 * The roster as CSV rows: one row per habilitation (active or not), and one row for an
 * agent without any; dates dd/mm/yyyy. Sorted by name. Re-importable.
 */
export function rosterCsvRows(input: {
  agents: readonly Agent[];
  habilitations: readonly Habilitation[];
  bulletins: readonly Bulletin[];
  formatDate: (d: string | undefined) => string;
}): string[][] {
  const bulletins = new Map(input.bulletins.map((b) => [b.id, b]));
  const byAgent = new Map<string, Habilitation[]>();
  for (const h of input.habilitations) {
    const list = byAgent.get(h.agentId) ?? [];
    list.push(h);
    byAgent.set(h.agentId, list);
  }
  const agents = [...input.agents].sort(
    (a, b) =>
      a.lastName.localeCompare(b.lastName, 'fr') ||
      (a.firstName ?? '').localeCompare(b.firstName ?? '', 'fr'),
  );
  const rows: string[][] = [];
  for (const a of agents) {
    const base = [
      a.lastName,
      a.firstName ?? '',
      a.function ?? '',
      a.service ?? '',
      a.email ?? '',
      a.phoneFixed ?? '',
      a.phoneMobile ?? '',
      a.portalLogin ?? '',
      a.portalRole ?? '',
      input.formatDate(a.arrivedOn),
      input.formatDate(a.departedOn),
    ];
    const hs = (byAgent.get(a.id) ?? []).sort((x, y) =>
      x.grantedOn < y.grantedOn ? -1 : x.grantedOn > y.grantedOn ? 1 : 0,
    );
    if (!hs.length) rows.push([...base, '', '', '', '']);
    for (const h of hs) {
      const b = bulletins.get(h.bulletinId);
      rows.push([
        ...base,
        h.profileCode,
        b ? formatBulletinLabel(b) : '',
        input.formatDate(h.grantedOn),
        input.formatDate(h.revokedOn),
      ]);
    }
  }
  return rows;
}
