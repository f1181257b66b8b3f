/**
 * The portal differences still open, as dashboard alerts and as the roster's « Écarts avec le
 * portail » filter. A departed agent whose account is still active (conv. art. 9.2: revoke at
 * once) comes before every other alert.
 */
import type { Alert } from '../alerts';
import type { StoredPortalDifference } from '../schemas';
import { compareDifferences, type PortalDifference } from './differences';

type OpenDifference = Pick<
  StoredPortalDifference,
  'id' | 'kind' | 'severity' | 'article' | 'message' | 'status' | 'agentId' | 'candidateAgentIds'
>;

/** The alert code of a portal difference (`portal-departed-active`…), for links and tests. */
export const portalAlertCode = (kind: StoredPortalDifference['kind']) => `portal-${kind}`;

/** A departed agent whose account is still active in the portal: the top alert. */
export const isTopPortalDifference = (d: Pick<StoredPortalDifference, 'kind' | 'severity'>) =>
  d.kind === 'departed-active' && d.severity === 'alerte';

/** Only what is still to do: resolved and explained differences are no longer shown. */
export function openPortalDifferences<D extends OpenDifference>(differences: readonly D[]): D[] {
  return differences
    .filter((d) => d.status === 'open')
    .sort((a, b) =>
      compareDifferences(a as unknown as PortalDifference, b as unknown as PortalDifference),
    );
}

function toAlert(d: OpenDifference): Alert {
  return {
    code: portalAlertCode(d.kind),
    severity: d.severity,
    message: d.message,
    article: d.article ?? '',
    target: d.agentId ? { entity: 'agent', id: d.agentId } : { entity: 'convention', id: d.id },
  };
}

/**
 * The register's alerts with the open portal differences: departed agents still active in
 * the portal first, then every « alerte », then every « point d’attention » (the register's
 * before the portal's within each group).
 */
export function withPortalAlerts(
  alerts: readonly Alert[],
  differences: readonly OpenDifference[],
): Alert[] {
  const open = openPortalDifferences(differences);
  const top = open.filter(isTopPortalDifference).map(toAlert);
  const rest = open.filter((d) => !isTopPortalDifference(d)).map(toAlert);
  return [
    ...top,
    ...alerts.filter((a) => a.severity === 'alerte'),
    ...rest.filter((a) => a.severity === 'alerte'),
    ...alerts.filter((a) => a.severity !== 'alerte'),
    ...rest.filter((a) => a.severity !== 'alerte'),
  ];
}

/** The agents an open difference is about (the candidates of an uncertain match included). */
export function agentsWithOpenDifferences(
  differences: readonly OpenDifference[],
): Map<string, OpenDifference[]> {
  const by = new Map<string, OpenDifference[]>();
  const add = (id: string, d: OpenDifference) => {
    const list = by.get(id);
    if (list) {
      if (!list.includes(d)) list.push(d);
    } else by.set(id, [d]);
  };
  for (const d of openPortalDifferences(differences)) {
    if (d.agentId) add(d.agentId, d);
    for (const id of d.candidateAgentIds ?? []) add(id, d);
  }
  return by;
}
