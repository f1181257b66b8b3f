import { formatDateFr } from '../../../shared/domain/dates';
import { decisionOutcome, portalFlagLabel } from '../../../shared/domain/review';
import type { ItemAnomaly } from '../../../shared/domain/review';
import type { ReviewItem } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';

/** The reviewed habilitations; `onOpen` examines one, `onApplied` confirms the portal step. */
export function ItemsTable({
  items,
  onOpen,
  onApplied,
  anomaliesOf,
}: {
  items: readonly ReviewItem[];
  /** Anomalies shown under the agent's name (open review). */
  anomaliesOf?: (item: ReviewItem) => ItemAnomaly[];
  onOpen?: (item: ReviewItem) => void;
  onApplied?: (item: ReviewItem) => void;
}) {
  return (
    <table className="data review-items">
      <thead>
        <tr>
          <th scope="col">Agent</th>
          <th scope="col">Fonction</th>
          <th scope="col">Bulletin</th>
          <th scope="col">Profil</th>
          <th scope="col">Accordée le</th>
          <th scope="col">Décision</th>
          <th scope="col">Motif</th>
          <th scope="col">Portail</th>
          {onOpen || onApplied ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((i) => {
          const needsPortal = i.decision === 'supprimer' || i.decision === 'modifier';
          return (
            <tr key={i.id}>
              <td>
                {i.snapshot.agentName}
                {i.addedAfterOpening ? (
                  <div>
                    <span className="badge badge-attention">Ajoutée après l’ouverture</span>
                  </div>
                ) : null}
                {/* Portal flags: the open ones are among the anomalies of an open review. */}
                {i.portal && !i.portal.inRegister && !anomaliesOf ? (
                  <div>
                    <span className="badge badge-attention">Seulement dans le portail</span>
                  </div>
                ) : null}
                {i.portal?.differences
                  .filter((f) => !anomaliesOf || f.status !== 'open')
                  .map((f) => (
                    <div key={f.id}>
                      <span className={`badge ${f.status === 'open' ? 'badge-attention' : ''}`}>
                        Portail : {portalFlagLabel(f)}
                      </span>
                    </div>
                  ))}
                {anomaliesOf?.(i).map((a, k) => (
                  <div key={`${a.code}-${k}`}>
                    <span className="badge badge-attention">{a.label}</span>
                  </div>
                ))}
              </td>
              <td>{i.snapshot.agentFunction}</td>
              <td>{i.snapshot.bulletinLabel}</td>
              <td>{i.snapshot.profileCode}</td>
              <td>{formatDateFr(i.snapshot.grantedOn)}</td>
              <td>
                <span
                  className={`badge ${i.decision ? (i.decision === 'maintenir' ? 'badge-ok' : 'badge-attention') : ''}`}
                >
                  {decisionOutcome(i)}
                </span>
                {i.decidedBy ? <div className="muted">par {i.decidedBy}</div> : null}
              </td>
              <td>{i.reason}</td>
              <td>
                {needsPortal
                  ? i.appliedInPortalOn
                    ? `Appliqué le ${formatDateFr(i.appliedInPortalOn)}`
                    : 'À appliquer'
                  : '—'}
              </td>
              {onOpen || onApplied ? (
                <td>
                  {onOpen ? (
                    <Button
                      variant="quiet"
                      aria-label={`Examiner ${i.snapshot.agentName} ${i.snapshot.profileCode}`}
                      onPress={() => onOpen(i)}
                    >
                      {i.decision ? 'Revoir' : 'Examiner'}
                    </Button>
                  ) : null}
                  {onApplied && needsPortal && !i.appliedInPortalOn ? (
                    <Button
                      variant="quiet"
                      aria-label={`Appliqué dans le portail : ${i.snapshot.agentName} ${i.snapshot.profileCode}`}
                      onPress={() => onApplied(i)}
                    >
                      Appliqué dans le portail
                    </Button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
