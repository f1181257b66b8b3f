import { useState, type FormEvent } from 'react';
import { formatDateFr, isValidIsoDate } from '../../../shared/domain/dates';
import { agentName, formatCount } from '../../../shared/domain/format';
import type { Agent, SecuritySession } from '../../../shared/domain/schemas';
import { removeSecuritySession, saveSecuritySession } from '../../db/repositories/conventions';
import { CheckboxInput, DateInput, TextArea } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { compact } from './form-values';
import { FormErrors, useWriter } from './parts';

import { FormButtons, ListCard } from './FollowUpCards';

function SessionForm({
  conventionId,
  session,
  agents,
  onDone,
}: {
  conventionId: string;
  session: SecuritySession | undefined;
  agents: Agent[];
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const [date, setDate] = useState(session?.date ?? '');
  const [attendees, setAttendees] = useState<Set<string>>(new Set(session?.attendeeAgentIds ?? []));
  const [notes, setNotes] = useState(session?.notes ?? '');
  const [dateError, setDateError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!isValidIsoDate(date)) {
      setDateError(date ? 'Cette date n’existe pas.' : 'Indiquez la date de la session.');
      return;
    }
    setDateError(undefined);
    const saved = await run(
      () =>
        saveSecuritySession(db, actor, {
          ...(session ? { id: session.id } : {}),
          conventionId,
          date,
          attendeeAgentIds: agents.filter((a) => attendees.has(a.id)).map((a) => a.id),
          ...compact({ notes: notes.trim() }),
        }),
      'Session d’information enregistrée.',
    );
    if (saved) onDone();
  };
  const toggle = (id: string, on: boolean) =>
    setAttendees((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        Le partenaire s’engage à informer et former ses agents à la sécurité : protéger identifiants
        et mots de passe, ne jamais partager une habilitation, changer régulièrement de mot de passe
        (conv. art. 9.2).
      </p>
      <DateInput
        label="Date de la session"
        required
        value={date}
        onChange={(e) => {
          setDate(e.target.value);
          setDateError(undefined);
        }}
        error={dateError}
      />
      <fieldset className="convention-fieldset">
        <legend>
          Agents présents ({formatCount(attendees.size, 'agent coché', 'agents cochés')})
        </legend>
        {agents.length === 0 ? (
          <p className="muted">
            Aucun agent dans le registre : ajoutez-les dans « Agents et habilitations » pour les
            cocher ici.
          </p>
        ) : (
          <div className="convention-attendees">
            {agents.map((a) => (
              <CheckboxInput
                key={a.id}
                label={`${agentName(a)}${a.function ? ` — ${a.function}` : ''}${a.departedOn ? ` (parti le ${formatDateFr(a.departedOn)})` : ''}`}
                checked={attendees.has(a.id)}
                onChange={(e) => toggle(a.id, e.target.checked)}
              />
            ))}
          </div>
        )}
      </fieldset>
      <TextArea
        label="Notes"
        help="Thèmes abordés, support remis…"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <FormErrors errors={errors} />
      <FormButtons busy={busy} label="Enregistrer la session" onCancel={onDone} />
    </form>
  );
}

export function SecuritySessionsCard({
  conventionId,
  sessions,
  agents,
}: {
  conventionId: string;
  sessions: SecuritySession[];
  agents: Agent[];
}) {
  const { db, actor } = useWriter();
  const sorted = [...agents]
    .filter((a) => !a.purgedAt)
    .sort((a, b) => agentName(a).localeCompare(agentName(b), 'fr'));
  const names = new Map(agents.map((a) => [a.id, agentName(a)]));
  return (
    <ListCard<SecuritySession>
      id="convention-sessions"
      title="Sessions d’information sécurité"
      addLabel="Ajouter une session d’information"
      editTitle="Modifier la session d’information"
      rows={sessions}
      empty={
        <p className="muted">
          Aucune session enregistrée. Notez ici chaque information ou formation des agents à la
          sécurité (conv. art. 9.2).
        </p>
      }
      nameOf={(s) => `la session d’information du ${formatDateFr(s.date)}`}
      remove={(s) => removeSecuritySession(db, actor, s.id)}
      removedMessage="Session d’information supprimée."
      form={(s, done) => (
        <SessionForm conventionId={conventionId} session={s} agents={sorted} onDone={done} />
      )}
      table={(actions) => (
        <table className="data">
          <caption className="convention-caption">
            Sessions d’information sécurité (conv. art. 9.2)
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Participants</th>
              <th scope="col">Notes</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>{formatDateFr(s.date)}</td>
                <td>
                  {formatCount(s.attendeeAgentIds.length, 'agent')}
                  {s.attendeeAgentIds.length ? ' : ' : ''}
                  {s.attendeeAgentIds.map((id) => names.get(id) ?? 'agent supprimé').join(', ')}
                </td>
                <td>{s.notes}</td>
                {actions(s)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
