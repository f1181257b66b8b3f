import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { computeAlerts, summarizeAlerts } from '../../../shared/domain/alerts';
import { formatDateFr } from '../../../shared/domain/dates';
import { computeDeadlines, type DeadlineStatus } from '../../../shared/domain/deadlines';
import { formatCount, formatSiret } from '../../../shared/domain/format';
import { isHabilitationActive } from '../../../shared/domain/rules/active';
import { agentsWithOpenDifferences, withPortalAlerts } from '../../../shared/domain/portal/alerts';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import { pendingPortalItems } from '../../db/repositories/reviews';
import { decisionOutcome } from '../../../shared/domain/review';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { NoConvention } from '../../shell/NoConvention';
import { todayIso, useRegister } from '../../shell/register/use-register';
import { ROSTER_PORTAL_FILTER_PATH, TARGET_LINK_LABELS, targetPath } from './targets';

const STATUS_BADGES: Record<DeadlineStatus, { label: string; tone: string }> = {
  overdue: { label: 'En retard', tone: 'badge-alerte' },
  soon: { label: 'Dans les 30 jours', tone: 'badge-attention' },
  later: { label: 'À venir', tone: 'badge-ok' },
};

export function DashboardPage() {
  const register = useRegister();
  const db = useDb();
  const conventionId = register?.convention.id;
  const pending = useLiveQuery(
    async () => (conventionId ? pendingPortalItems(db, conventionId) : []),
    [db, conventionId],
  );
  // Open portal differences stay on the dashboard until resolved or explained.
  const portal = useLiveQuery(
    async () =>
      conventionId ? db.portalDifferences.where('conventionId').equals(conventionId).toArray() : [],
    [db, conventionId],
  );
  const section = sectionByPath('/');
  const today = todayIso();

  const view = useMemo(() => {
    if (!register) return null;
    const alerts = withPortalAlerts(
      computeAlerts(register, today, register.profiles),
      portal ?? [],
    );
    const deadlines = computeDeadlines({ ...register, today });
    const active = register.habilitations.filter((h) => isHabilitationActive(h, today)).length;
    const portalAgents = agentsWithOpenDifferences(portal ?? []).size;
    return { alerts, summary: summarizeAlerts(alerts), deadlines, active, portalAgents };
  }, [register, today, portal]);

  if (register === undefined) return <p>Chargement…</p>;
  if (register === null || !view)
    return (
      <>
        <PageHeader title={section.label} description={section.description} />
        <NoConvention why="Le tableau de bord suit les alertes et échéances d’une convention." />
      </>
    );
  const { convention, partner } = register;

  return (
    <>
      <PageHeader
        title={section.label}
        description={`${partner.name}${partner.siret ? ` (SIRET ${formatSiret(partner.siret)})` : ''} — convention n° ${convention.number ?? 'non renseigné'}, gestion ${convention.mode}.`}
      />
      <div className="dashboard-figures">
        <p>
          <strong>{formatCount(register.agents.length, 'agent')}</strong>
        </p>
        <p>
          <strong>
            {formatCount(view.active, 'habilitation active', 'habilitations actives')}
          </strong>
        </p>
        <p>
          <strong>
            {formatCount(register.bulletins.length, 'bulletin d’adhésion', 'bulletins d’adhésion')}
          </strong>
        </p>
      </div>
      <Card title={`Alertes — ${view.summary.phrase}`} id="alertes">
        {view.alerts.length === 0 ? (
          <p className="badge badge-ok">✓ Le registre respecte les règles de la convention.</p>
        ) : (
          <ul className="alert-list">
            {view.alerts.map((a, i) => {
              const path = targetPath(a.target, a.code);
              return (
                <li
                  key={`${a.code}-${a.target.id}-${i}`}
                  className={`alert-item alert-${a.severity}`}
                >
                  <span className={`badge badge-${a.severity}`}>
                    {a.severity === 'alerte' ? 'Alerte' : 'Attention'}
                  </span>
                  <span className="alert-message">{a.message}</span>
                  <Link to={path}>{TARGET_LINK_LABELS[path]}</Link>
                </li>
              );
            })}
          </ul>
        )}
        {view.portalAgents ? (
          <p>
            <Link to={ROSTER_PORTAL_FILTER_PATH}>
              Voir les agents concernés par un écart avec le portail ({view.portalAgents})
            </Link>
          </p>
        ) : null}
      </Card>
      {pending && pending.length ? (
        <Card title="Décisions de revue à appliquer dans « Mon Compte Partenaire »" id="portail">
          <p>
            Ces décisions de la revue annuelle sont enregistrées dans le registre mais pas encore
            confirmées comme faites dans le portail de la Caf.
          </p>
          <ul>
            {pending.map((i) => (
              <li key={i.id}>
                {i.snapshot.agentName} — {i.snapshot.profileCode} : {decisionOutcome(i)}
              </li>
            ))}
          </ul>
          <Link to="/revue">Confirmer dans Revue annuelle</Link>
        </Card>
      ) : null}
      <Card title="Échéances" id="echeances">
        {view.deadlines.length === 0 ? (
          <p className="muted">
            Aucune échéance calculable : renseignez la date d’effet de la convention pour suivre le
            renouvellement, la revue annuelle et le bilan annuel.
          </p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Échéance</th>
                <th scope="col">Situation</th>
                <th scope="col">Où agir</th>
              </tr>
            </thead>
            <tbody>
              {view.deadlines.map((d, i) => {
                const badge = STATUS_BADGES[d.status];
                const path = targetPath(d.ref, d.kind);
                return (
                  <tr key={`${d.kind}-${d.ref.id}-${i}`}>
                    <td>{formatDateFr(d.dueOn)}</td>
                    <td>
                      <strong>{d.title}</strong>
                      <div className="muted">{d.detail}</div>
                    </td>
                    <td>
                      <span className={`badge ${badge.tone}`}>{badge.label}</span>
                    </td>
                    <td>
                      <Link to={path}>{TARGET_LINK_LABELS[path]}</Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
