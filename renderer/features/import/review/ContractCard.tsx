import type { ImportDraft } from '../../../../shared/import';
import { sourcePlace } from '../../../../shared/import/source-ref';
import { Card } from '../../../ui/Card';
import { useReview } from './context';
import { DraftField, type EditDraft } from './DraftField';

export function ContractCard({ draft, edit }: { draft: ImportDraft; edit: EditDraft }) {
  const { x, origin } = useReview();
  const s = draft.serviceContract;
  return (
    <Card title="Contrat de services" id="import-contract">
      <div className="import-grid">
        <DraftField
          label="Date du contrat de services"
          type="date"
          value={s.signedOn}
          onChange={(v) => edit((d) => (d.serviceContract.signedOn = v))}
          source={x.serviceContract.signedOn}
          field="serviceContract.signedOn"
        />
        <DraftField
          label="E-mail du centre de services"
          type="email"
          value={s.serviceCentreEmail}
          onChange={(v) => edit((d) => (d.serviceContract.serviceCentreEmail = v))}
          source={x.serviceContract.serviceCentreEmail}
          field="serviceContract.serviceCentreEmail"
        />
        <DraftField
          label="Horaires du centre de services"
          value={s.serviceCentreHours}
          onChange={(v) => edit((d) => (d.serviceContract.serviceCentreHours = v))}
          source={x.serviceContract.serviceCentreHours}
          field="serviceContract.serviceCentreHours"
        />
        <DraftField
          label="Délai de traitement"
          value={s.handlingTime}
          onChange={(v) => edit((d) => (d.serviceContract.handlingTime = v))}
          source={x.serviceContract.handlingTime}
          field="serviceContract.handlingTime"
        />
      </div>
      <h3 className="import-h3">Contacts d’escalade (contrat art. 3.3), dans l’ordre</h3>
      {s.escalation.length ? (
        <table className="data">
          <caption className="visually-hidden">Contacts d’escalade lus dans le document</caption>
          <thead>
            <tr>
              <th scope="col">Côté</th>
              <th scope="col">Nom</th>
              <th scope="col">Fonction</th>
              <th scope="col">Téléphone</th>
              <th scope="col">Lu {origin.kind === 'pdf' ? 'page' : 'ligne'}</th>
            </tr>
          </thead>
          <tbody>
            {s.escalation.map((e, i) => {
              const line = x.serviceContract.escalation[i]?.sourceLine;
              return (
                <tr key={`${e.side}-${e.name}`}>
                  <td>{e.side === 'caf' ? 'Caf' : 'Partenaire'}</td>
                  <td>{e.name}</td>
                  <td>{e.function}</td>
                  <td>{e.phone}</td>
                  <td>{line ? sourcePlace(origin, line).replace(/^(page|ligne) /, '') : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">Aucun contact d’escalade trouvé.</p>
      )}
    </Card>
  );
}
