import { useState, type FormEvent } from 'react';
import type { Incident } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { DateInput, FieldRow, SelectInput, TextArea, TextInput } from '../../ui/fields';
import { ErrorList } from '../../ui/ErrorList';

export type IncidentDraft = Omit<Incident, 'id' | 'conventionId'>;

const STATUS_OPTIONS = [
  { value: 'open', label: 'En attente de réponse' },
  { value: 'answered', label: 'Répondu' },
  { value: 'closed', label: 'Clos' },
];

export function emptyIncident(kind: Incident['kind'], today: string): IncidentDraft {
  return { kind, date: today, object: '', status: 'open' };
}

/** One form for both kinds: a request to the service centre or a security incident. */
export function IncidentForm({
  initial,
  errors,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: IncidentDraft;
  errors: string[];
  busy: boolean;
  onSubmit: (draft: IncidentDraft) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof IncidentDraft>(key: K, value: IncidentDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const opt = (v: string) => (v.trim() ? v : undefined);
  const isRequest = draft.kind === 'service-request';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draft);
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorList errors={errors} />
      <FieldRow>
        <DateInput
          label={isRequest ? 'Envoyée le' : 'Survenu le'}
          required
          value={draft.date}
          onChange={(e) => set('date', e.target.value)}
        />
        {isRequest ? (
          <TextInput
            label="Service concerné"
            help="Cdap, Afas…"
            value={draft.service ?? ''}
            onChange={(e) => set('service', opt(e.target.value))}
          />
        ) : (
          <DateInput
            label="Signalé à la Caf le"
            value={draft.reportedOn ?? ''}
            onChange={(e) => set('reportedOn', opt(e.target.value))}
          />
        )}
      </FieldRow>
      <TextInput
        label={isRequest ? 'Objet de la demande' : 'Nature de l’incident'}
        required
        value={draft.object}
        onChange={(e) => set('object', e.target.value)}
      />
      <TextArea
        label="Description"
        value={draft.description ?? ''}
        onChange={(e) => set('description', opt(e.target.value))}
      />
      <FieldRow>
        <SelectInput
          label="Statut"
          value={draft.status}
          onChange={(e) => set('status', e.target.value as Incident['status'])}
          options={STATUS_OPTIONS}
        />
        {isRequest ? (
          <DateInput
            label="Réponse reçue le"
            value={draft.answeredOn ?? ''}
            onChange={(e) => set('answeredOn', opt(e.target.value))}
          />
        ) : null}
      </FieldRow>
      <div className="form-actions">
        <Button onPress={onCancel}>Annuler</Button>
        <Button type="submit" variant="primary" isDisabled={busy}>
          Enregistrer
        </Button>
      </div>
    </form>
  );
}
