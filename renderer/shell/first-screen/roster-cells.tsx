/**
 * The roster's columns and cells, shared by the roster's table (features/roster/RosterTable.tsx)
 * and the first screen start-up shows before the app is ready (FirstScreen.tsx): no React Aria,
 * no roster rules, only what a row shows.
 */
import { formatDateFr } from '../../../shared/domain/dates';
import type { RosterAnomaly, RosterRow, RosterSortKey } from '../../../shared/domain/roster-filter';

export const ANOMALY_LABELS: Record<RosterAnomaly, string> = {
  departed: 'Agent parti',
  unqualified: 'Profil réservé aux travailleurs sociaux',
  'shared-account': 'Compte partagé ?',
  'over-quota': 'Quota dépassé',
};

/** Why a habilitation is à régulariser, in a few words (the rule's full message is in the tooltip). */
const PENDING_LABELS: Record<string, string> = {
  'quota-none': 'Profil non prévu par le bulletin',
  'quota-full': 'Quota atteint',
  'quota-over': 'Quota dépassé',
  'habilitation-unqualified': 'Réservé aux travailleurs sociaux',
  'profile-unknown': 'Profil inconnu du catalogue',
};

/**
 * The columns. Names, dates and statuses are never cut: texts wrap (Fonction and Service
 * too), dates keep one line in a column wide enough for them. Width in rem for the fixed
 * ones; the others share what is left.
 */
export const COLUMNS: { key: RosterSortKey; label: string; width: number; optional: boolean }[] = [
  { key: 'name', label: 'Agent', width: 10, optional: false },
  { key: 'function', label: 'Fonction', width: 9, optional: true },
  { key: 'service', label: 'Service', width: 7, optional: true },
  { key: 'bulletin', label: 'Bulletin', width: 5.5, optional: true },
  { key: 'profile', label: 'Profil', width: 4, optional: true },
  { key: 'grantedOn', label: 'Accordée le', width: 6.5, optional: true },
  { key: 'status', label: 'Statut', width: 8.5, optional: false },
];
export type RosterColumnKey = RosterSortKey | 'anomalies';
/** In rem, like the columns'. */
export const ANOMALIES_WIDTH = 9;
export const ACTIONS_WIDTH = 10;

export const ROW_HEIGHT = 56;

function statusCell(r: RosterRow) {
  if (r.status === 'none') return <span className="muted">Aucune habilitation</span>;
  if (r.status === 'pending') {
    return (
      <>
        <span className="badge badge-attention">À régulariser</span>
        <div className="muted roster-portal roster-pending-reason" title={r.pendingReason}>
          {PENDING_LABELS[r.pendingCode ?? ''] ?? 'Refusée par les règles'}
          {r.pendingInPortal ? ' · existe dans le portail' : ''}
          <span className="visually-hidden"> : {r.pendingReason}</span>
        </div>
      </>
    );
  }
  if (r.status === 'revoked') {
    return (
      <>
        <span className="badge">Retirée le {formatDateFr(r.revokedOn)}</span>
      </>
    );
  }
  return (
    <>
      <span className="badge badge-ok">Active</span>
      <div className="muted roster-portal">
        {r.appliedInPortalOn
          ? `Portail : ${formatDateFr(r.appliedInPortalOn)}`
          : 'Portail : à créer'}
      </div>
    </>
  );
}

/** What a roster cell shows (the table's, and the first screen's before the app is ready). */
export function rosterCell(r: RosterRow, key: RosterSortKey) {
  switch (key) {
    case 'name':
      return (
        <>
          <strong>{r.lastName}</strong> {r.firstName}
          {r.departedOn ? <div className="muted">Départ : {formatDateFr(r.departedOn)}</div> : null}
        </>
      );
    case 'function':
      return r.function;
    case 'service':
      return r.service;
    case 'bulletin':
      return r.bulletinLabel;
    case 'profile':
      return r.profileCode;
    case 'grantedOn':
      return formatDateFr(r.grantedOn);
    case 'status':
      return statusCell(r);
    default:
      return null;
  }
}
