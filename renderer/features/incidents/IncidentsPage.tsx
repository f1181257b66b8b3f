import { useMemo, useState } from 'react';
import { computeDeadlines } from '../../../shared/domain/deadlines';
import { formatDateFr } from '../../../shared/domain/dates';
import { formatPhone } from '../../../shared/domain/format';
import type { Incident } from '../../../shared/domain/schemas';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import { newId } from '../../db/ids';
import { removeRow, saveRow } from '../../db/repositories/rows';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { NoConvention } from '../../shell/NoConvention';
import { useAction } from '../../shell/register/use-action';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import { emptyIncident, IncidentForm, type IncidentDraft } from './IncidentForm';

const STATUS_LABELS: Record<Incident['status'], string> = {
  open: 'En attente',
  answered: 'Répondu',
  closed: 'Clos',
};

export function IncidentsPage() {
  const db = useDb();
  const actor = useActor();
  const register = useRegister();
  const section = sectionByPath('/incidents');
  const [editing, setEditing] = useState<{ id?: string; draft: IncidentDraft } | null>(null);
  const [deleting, setDeleting] = useState<Incident | null>(null);
  const { run, errors, busy, clearErrors } = useAction();
  const today = todayIso();

  const overdue = useMemo(() => {
    if (!register) return new Set<string>();
    const deadlines = computeDeadlines({
      convention: register.convention,
      incidents: register.incidents,
      today,
    });
    return new Set(
      deadlines
        .filter((d) => d.kind === 'service-request-escalation' && d.status === 'overdue')
        .map((d) => d.ref.id),
    );
  }, [register, today]);

  if (register === undefined) return <p>Chargement…</p>;
  if (register === null)
    return (
      <>
        <PageHeader title={section.label} description={section.description} />
        <NoConvention why="Les demandes et incidents se rattachent à une convention." />
      </>
    );

  const requests = register.incidents.filter((i) => i.kind === 'service-request').reverse();
  const security = register.incidents.filter((i) => i.kind === 'security').reverse();
  const escalation = register.serviceContract?.escalation ?? [];

  const save = async (draft: IncidentDraft) => {
    const row: Incident = {
      ...draft,
      id: editing?.id ?? newId(),
      conventionId: register.convention.id,
    };
    const saved = await run(() => saveRow(db, actor, 'incidents', row, row.object), 'Enregistré.');
    if (saved) setEditing(null);
  };

  const open = (kind: Incident['kind']) => {
    clearErrors();
    setEditing({ draft: emptyIncident(kind, today) });
  };

  const row = (i: Incident) => (
    <tr key={i.id}>
      <td>{formatDateFr(i.date)}</td>
      <td>
        {i.object}
        {i.description ? <div className="muted">{i.description}</div> : null}
      </td>
      {i.kind === 'service-request' ? (
        <>
          <td>{i.service ?? ''}</td>
          <td>
            {STATUS_LABELS[i.status]}
            {i.answeredOn ? ` le ${formatDateFr(i.answeredOn)}` : ''}
            {overdue.has(i.id) ? (
              <div>
                <span className="badge badge-alerte">Sans réponse depuis plus de 10 jours</span>
              </div>
            ) : null}
          </td>
        </>
      ) : (
        <td>
          {i.reportedOn ? (
            `Signalé le ${formatDateFr(i.reportedOn)}`
          ) : (
            <span className="badge badge-alerte">Non signalé à la Caf</span>
          )}
        </td>
      )}
      <td>
        <div className="page-actions">
          <Button
            variant="quiet"
            aria-label={`Modifier ${i.object}`}
            onPress={() => {
              clearErrors();
              const { id, conventionId: _c, ...draft } = i;
              setEditing({ id, draft });
            }}
          >
            Modifier
          </Button>
          <Button
            variant="quiet"
            aria-label={`Supprimer ${i.object}`}
            onPress={() => setDeleting(i)}
          >
            Supprimer
          </Button>
        </div>
      </td>
    </tr>
  );

  return (
    <>
      <PageHeader title={section.label} description={section.description} />
      {overdue.size > 0 ? (
        <Card title="Escalade : interlocuteurs à contacter, dans l’ordre">
          <p>
            {overdue.size === 1 ? 'Une demande est' : `${overdue.size} demandes sont`} sans réponse
            du Centre de services Caf depuis plus de 10 jours (contrat art. 3.3).
          </p>
          {escalation.length ? (
            <ol>
              {escalation.map((c, index) => (
                <li key={`${c.name}-${index}`}>
                  {c.name}
                  {c.function ? `, ${c.function}` : ''} ({c.side === 'caf' ? 'Caf' : 'partenaire'})
                  {c.phone ? ` — ${formatPhone(c.phone)}` : ''}
                  {c.email ? ` — ${c.email}` : ''}
                </li>
              ))}
            </ol>
          ) : (
            <p className="warning-box">
              Aucun interlocuteur d’escalade n’est enregistré : complétez le contrat de services
              (écran Convention).
            </p>
          )}
        </Card>
      ) : null}
      <Card
        title="Demandes au Centre de services Caf"
        actions={
          <Button variant="primary" onPress={() => open('service-request')}>
            Ajouter une demande
          </Button>
        }
      >
        {requests.length === 0 ? (
          <p className="muted">
            Aucune demande enregistrée. Notez ici chaque demande envoyée au Centre de services Caf
            pour suivre le délai de réponse.
          </p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Envoyée le</th>
                <th scope="col">Objet</th>
                <th scope="col">Service</th>
                <th scope="col">Statut</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>{requests.map(row)}</tbody>
          </table>
        )}
      </Card>
      <Card
        title="Incidents de sécurité"
        actions={<Button onPress={() => open('security')}>Ajouter un incident</Button>}
      >
        {security.length === 0 ? (
          <p className="muted">
            Aucun incident de sécurité. Tout incident doit être signalé sans délai à la Caf (conv.
            art. 9.2).
          </p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Survenu le</th>
                <th scope="col">Nature</th>
                <th scope="col">Signalement</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>{security.map(row)}</tbody>
          </table>
        )}
      </Card>
      <Dialog
        title={
          editing?.draft.kind === 'security'
            ? editing.id
              ? 'Modifier l’incident de sécurité'
              : 'Nouvel incident de sécurité'
            : editing?.id
              ? 'Modifier la demande'
              : 'Nouvelle demande au Centre de services Caf'
        }
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <IncidentForm
            initial={editing.draft}
            errors={errors}
            busy={busy}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        title="Supprimer"
        message={
          deleting
            ? `Supprimer « ${deleting.object} » du ${formatDateFr(deleting.date)} ? La suppression reste inscrite au journal.`
            : ''
        }
        confirmLabel="Supprimer"
        isOpen={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting)
            await run(
              () => removeRow(db, actor, 'incidents', deleting.id, deleting.object),
              'Supprimé.',
            );
          setDeleting(null);
        }}
      />
    </>
  );
}
