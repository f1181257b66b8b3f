import { useMemo, useRef, useState, type FormEvent } from 'react';
import { agentName } from '../../../shared/domain/format';
import { looksLikeSharedAccount } from '../../../shared/domain/rules/agents';
import { describeDuplicate, DuplicateIndex } from '../../../shared/domain/rules/duplicates';
import { PORTAL_ROLES, type Agent } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorList, WarningList } from '../../ui/ErrorList';
import { StaleEditNotice } from '../../ui/StaleEditNotice';
import type { EditStatus } from '../../shell/register/use-edited-row';
import { CheckboxInput, DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';

export type AgentDraft = Omit<Agent, 'id' | 'organisationId'>;

export const EMPTY_AGENT: AgentDraft = { lastName: '', qualifiedSocialWorker: false };

/**
 * Creates or edits an agent of the partner organisation. Someone already in the register with
 * the same NOM + prénom or e-mail (the duplicate rule) is named, and saving then needs an
 * explicit choice: open that agent instead, or save anyway.
 */
export function AgentDialog({
  initial,
  agentId,
  agents = [],
  onOpenExisting,
  isNew,
  errors,
  fieldErrors,
  busy,
  onSubmit,
  onClose,
  stale = 'same',
  onReload,
}: {
  initial: AgentDraft;
  /** Whether the stored agent changed or went (another window, a restore) since the form opened. */
  stale?: EditStatus;
  /** Reloads the form with the stored agent's values. */
  onReload?: () => void;
  /** The agent edited (left out of the duplicate check). */
  agentId?: string;
  /** The register's agents, for the duplicate rule. */
  agents?: readonly Agent[];
  onOpenExisting?: (agentId: string) => void;
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
  const index = useMemo(() => new DuplicateIndex(agents), [agents]);
  const duplicates = draft.lastName.trim()
    ? index.find({
        ...(agentId ? { id: agentId } : {}),
        lastName: draft.lastName,
        firstName: draft.firstName,
        email: draft.email,
      })
    : [];
  // The choice « enregistrer quand même » holds for the duplicates seen when it was made.
  const [acceptedFor, setAcceptedFor] = useState('');
  const duplicateKey = duplicates.map((d) => d.agent.id).join(',');
  const mustChoose = duplicates.length > 0 && acceptedFor !== duplicateKey;
  const choiceRef = useRef<HTMLDivElement>(null);

  const save = () =>
    onSubmit({ ...draft, lastName: draft.lastName.trim().toLocaleUpperCase('fr') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mustChoose) {
      choiceRef.current?.focus();
      return;
    }
    save();
  };

  return (
    <Dialog
      title={isNew ? 'Ajouter un agent' : `Modifier l’agent ${draft.lastName}`}
      isOpen
      onClose={onClose}
      wide
    >
      <form onSubmit={submit} noValidate>
        <StaleEditNotice
          status={stale}
          what="Cet agent"
          onReload={() => onReload?.()}
          onClose={onClose}
        />
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
        {duplicates.length ? (
          <div
            className="warning-box"
            role="alert"
            tabIndex={-1}
            ref={choiceRef}
            aria-label="Doublon possible"
          >
            <p>
              {duplicates.length > 1
                ? 'Ces agents du registre semblent être la même personne :'
                : 'Un agent du registre semble être la même personne :'}
            </p>
            <ul>
              {duplicates.map((d) => (
                <li key={d.agent.id}>{describeDuplicate(d)}</li>
              ))}
            </ul>
            {mustChoose ? (
              <div className="form-actions">
                {onOpenExisting ? (
                  <Button onPress={() => onOpenExisting(duplicates[0]!.agent.id)}>
                    {`Ouvrir la fiche de ${agentName(duplicates[0]!.agent)}`}
                  </Button>
                ) : null}
                <Button
                  onPress={() => {
                    setAcceptedFor(duplicateKey);
                    save();
                  }}
                  isDisabled={busy}
                >
                  {isNew ? 'Créer quand même' : 'Enregistrer quand même'}
                </Button>
              </div>
            ) : (
              <p>Vous avez choisi de l’enregistrer quand même.</p>
            )}
          </div>
        ) : null}
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
            onChange={(e) =>
              set('portalRole', (e.target.value || undefined) as AgentDraft['portalRole'])
            }
          />
        </FieldRow>
        <div className="form-actions">
          <Button onPress={onClose}>Annuler</Button>
          <Button type="submit" variant="primary" isDisabled={busy || stale === 'deleted'}>
            {isNew ? 'Ajouter l’agent' : 'Enregistrer l’agent'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
