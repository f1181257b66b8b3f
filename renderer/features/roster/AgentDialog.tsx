import { useState, type FormEvent } from 'react';
import { looksLikeSharedAccount } from '../../../shared/domain/rules/agents';
import { PORTAL_ROLES, type Agent } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorList, WarningList } from '../../ui/ErrorList';
import { CheckboxInput, DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';

export type AgentDraft = Omit<Agent, 'id' | 'organisationId'>;

export const EMPTY_AGENT: AgentDraft = { lastName: '', qualifiedSocialWorker: false };

/** Creates or edits an agent of the partner organisation. */
export function AgentDialog({
  initial,
  isNew,
  errors,
  fieldErrors,
  busy,
  onSubmit,
  onClose,
}: {
  initial: AgentDraft;
  isNew: boolean;
  errors: string[];
  fieldErrors: Record<string, string>;
  busy: boolean;
  onSubmit: (draft: AgentDraft) => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof AgentDraft>(key: K, value: AgentDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof AgentDraft) => ({
    value: (draft[key] as string | undefined) ?? '',
    onChange: (e: { target: { value: string } }) =>
      set(key, (e.target.value.trim() ? e.target.value : undefined) as never),
    error: fieldErrors[key],
  });
  const shared = draft.lastName ? looksLikeSharedAccount(draft) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ ...draft, lastName: draft.lastName.trim().toLocaleUpperCase('fr') });
  };

  return (
    <Dialog title={isNew ? 'Ajouter un agent' : `Modifier l’agent ${draft.lastName}`} isOpen onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <ErrorList errors={errors} />
        {shared?.shared ? (
          <WarningList
            warnings={[
              `Ce compte ressemble à un compte partagé (${shared.reasons.join(', ')}). Une habilitation ne doit jamais être partagée entre plusieurs personnes (conv. art. 9.2).`,
            ]}
          />
        ) : null}
        <FieldRow>
          <TextInput
            label="NOM"
            required
            autoFocus
            value={draft.lastName}
            onChange={(e) => set('lastName', e.target.value)}
            error={fieldErrors.lastName}
          />
          <TextInput label="Prénom" {...text('firstName')} />
        </FieldRow>
        <FieldRow>
          <TextInput label="Fonction" {...text('function')} />
          <TextInput label="Service ou site" {...text('service')} />
        </FieldRow>
        <FieldRow>
          <TextInput
            label="Adresse mél"
            type="email"
            help="Personnelle et individuelle, jamais une boîte partagée."
            {...text('email')}
          />
          <TextInput label="Téléphone fixe" type="tel" {...text('phoneFixed')} />
          <TextInput label="Téléphone mobile" type="tel" {...text('phoneMobile')} />
        </FieldRow>
        <CheckboxInput
          label="Travailleur social diplômé (ASS, CESF, éducateur spécialisé…)"
          help="Le profil T1 (action sociale) leur est réservé."
          checked={draft.qualifiedSocialWorker}
          onChange={(e) => set('qualifiedSocialWorker', e.target.checked)}
        />
        <FieldRow>
          <DateInput label="Arrivée le" {...text('arrivedOn')} />
          <DateInput
            label="Départ le"
            help="Dès le lendemain du départ, ses habilitations actives sont signalées."
            {...text('departedOn')}
          />
        </FieldRow>
        <FieldRow>
          <TextInput label="Identifiant dans le portail" {...text('portalLogin')} />
          <SelectInput
            label="Rôle dans le portail"
            placeholder="Aucun"
            options={PORTAL_ROLES.map((r) => ({ value: r, label: r }))}
            value={draft.portalRole ?? ''}
            onChange={(e) => set('portalRole', (e.target.value || undefined) as AgentDraft['portalRole'])}
          />
        </FieldRow>
        <div className="form-actions">
          <Button onPress={onClose}>Annuler</Button>
          <Button type="submit" variant="primary" isDisabled={busy}>
            {isNew ? 'Ajouter l’agent' : 'Enregistrer l’agent'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
