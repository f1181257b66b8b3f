/**
 * The reconciliation's quota step: per service and profile, the portal's open accounts
 * against the register's active habilitations and the bulletins' quotas; a count over the
 * quota is a difference.
 */
import { formatCount, formatServiceName } from '../format';
import { normaliseProfileCode } from '../profiles';
import type { QuotaComparison, ReconcileContext } from './reconcile-context';

/** Per service and profile: the portal's accounts against the bulletins' quotas. */
export function compareQuotas(ctx: ReconcileContext): QuotaComparison[] {
  const { input, serviceOf, services, onlyService, registerByAgent } = ctx;
  const { list } = input;
  const rows = new Map<string, QuotaComparison>();
  const row = (serviceCode: string, profileCode: string) => {
    const k = `${serviceCode}|${profileCode}`;
    let r = rows.get(k);
    if (!r) rows.set(k, (r = { serviceCode, profileCode, portal: 0, register: 0, quota: 0 }));
    return r;
  };
  for (const q of input.quotas) {
    const s = serviceOf.get(q.bulletinId);
    if (s) row(s, normaliseProfileCode(q.profileCode)).quota += q.max;
  }
  for (const grants of registerByAgent.values())
    for (const g of grants) row(g.serviceCode, g.profileCode).register++;
  for (const a of list.accounts) {
    if (a.status === 'désactivé') continue;
    const seen = new Set<string>();
    for (const g of a.grants) {
      const s = g.serviceCode ?? onlyService;
      if (
        g.status === 'désactivé' ||
        !s ||
        !services.includes(s) ||
        seen.has(`${s}|${g.profileCode}`)
      )
        continue;
      seen.add(`${s}|${g.profileCode}`);
      row(s, g.profileCode).portal++;
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.serviceCode.localeCompare(b.serviceCode) ||
      a.profileCode.localeCompare(b.profileCode, 'fr', { numeric: true }),
  );
}

/** A difference for each count of the portal over the quota. */
export function overQuota(ctx: ReconcileContext, quotaRows: readonly QuotaComparison[]): void {
  const { add, art } = ctx;
  for (const q of quotaRows) {
    if (q.portal <= q.quota) continue;
    add(
      'over-quota',
      `${q.serviceCode}|${q.profileCode}`,
      q.quota === 0
        ? `Le portail compte ${formatCount(q.portal, 'compte')} au profil ${q.profileCode} (${formatServiceName(q.serviceCode)}) alors que le bulletin n’en prévoit aucun ${art('over-quota')}. Faites désactiver ces comptes ou demandez un avenant à la Caf.`
        : `Le portail compte ${q.portal} comptes au profil ${q.profileCode} (${formatServiceName(q.serviceCode)}) pour un quota de ${q.quota} ${art('over-quota')}. Faites désactiver les comptes en trop ou demandez un avenant à la Caf.`,
      ['explain'],
      { profileCode: q.profileCode, serviceCode: q.serviceCode },
    );
  }
}
