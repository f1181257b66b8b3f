import { useState, type FormEvent, type ReactNode } from 'react';
import { agentName } from '../../../shared/domain/format';
import type { Agent, Contact, ContactRole, Side } from '../../../shared/domain/schemas';
import { CONTACT_ROLE_LABELS, ROLES_BY_SIDE } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';
import {
  personOf,
  validateContact,
  type ContactFormErrors,
  type ContactFormValues,
} from './contact-form';
import { ErrorList } from '../../ui/ErrorList';

/**
 * The fields of one interlocuteur (add, edit or replace). Partner side: may be linked to an
 * agent of the roster, which fills the empty fields from the agent's record.
 */
export function ContactForm({
  side,
  initial,
  allowRoleChange,
  agents,
  people,
  minValidFrom,
  dateLabel,
  dateHelp,
  submitLabel,
  serverErrors,
  busy,
  intro,
  extraActions,
  canSave = true,
  onSubmit,
  onCancel,
}: {
  side: Side;
  initial: ContactFormValues;
  allowRoleChange: boolean;
  agents: readonly Agent[];
  /** Contacts already entered on this side, offered to copy to another role. */
  people?: readonly Contact[];
  minValidFrom?: string;
  dateLabel: string;
  dateHelp?: string;
  submitLabel: string;
  serverErrors: readonly string[];
  busy: boolean;
  intro?: ReactNode;
  extraActions?: ReactNode;
  /** False when the contact edited went meanwhile (see useEditedRow). */
  canSave?: boolean;
  onSubmit: (values: ContactFormValues) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ContactFormErrors>({});
  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const chooseAgent = (agentId: string) => {
    const agent = agents.find((a) => a.id === agentId);
    setValues((v) => ({
      ...v,
      agentId,
      ...(agent
        ? {
            name: v.name || agentName(agent),
            function: v.function || (agent.function ?? ''),
            email: v.email || (agent.email ?? ''),
            phone1: v.phone1 || (agent.phoneFixed ?? agent.phoneMobile ?? ''),
          }
        : {}),
    }));
  };

  const copyPerson = (contactId: string) => {
    const person = people?.find((c) => c.id === contactId);
    if (person) setValues((v) => personOf(person, v.role, v.validFrom));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateContact(values, minValidFrom);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await onSubmit(values);
  };

  const uniquePeople = dedupePeople(people ?? []);

  return (
    <form onSubmit={submit} noValidate>
      {intro}
      {allowRoleChange ? (
        <SelectInput
          label="Rôle dans l’annexe 1"
          required
          value={values.role}
          onChange={(e) => set('role', e.target.value as ContactRole)}
          options={ROLES_BY_SIDE[side].map((r) => ({ value: r, label: CONTACT_ROLE_LABELS[r] }))}
        />
      ) : null}
      {uniquePeople.length > 0 ? (
        <SelectInput
          label="Reprendre une personne déjà saisie"
          help="Une même personne peut tenir plusieurs rôles (par exemple Responsable Sécurité et délégué à la protection des données)."
          value=""
          placeholder="— Nouvelle personne —"
          onChange={(e) => copyPerson(e.target.value)}
          options={uniquePeople.map((c) => ({
            value: c.id,
            label: `${c.name || c.email || 'Sans nom'} (${CONTACT_ROLE_LABELS[c.role]})`,
          }))}
        />
      ) : null}
      {side === 'partner' && agents.length > 0 ? (
        <SelectInput
          label="Agent correspondant"
          help="Relier l’interlocuteur à sa fiche d’agent permet de vérifier son rôle dans le portail."
          value={values.agentId}
          placeholder="— Aucun —"
          onChange={(e) => chooseAgent(e.target.value)}
          options={agents.map((a) => ({
            value: a.id,
            label: `${agentName(a)}${a.function ? ` – ${a.function}` : ''}`,
          }))}
        />
      ) : null}
      <FieldRow>
        <TextInput
          label="Nom"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          autoComplete="off"
          autoFocus
        />
        <TextInput
          label="Fonction"
          value={values.function}
          onChange={(e) => set('function', e.target.value)}
        />
      </FieldRow>
      <TextInput
        label="Adresse mél"
        type="email"
        value={values.email}
        onChange={(e) => set('email', e.target.value)}
        error={errors.email}
        help={
          side === 'partner' &&
          (values.role === 'administrateur' || values.role === 'administrateur-suppleant')
            ? 'Une adresse personnelle et individuelle, pas une boîte partagée (contrat, annexe 3).'
            : undefined
        }
      />
      <FieldRow>
        <TextInput
          label="Téléphone"
          type="tel"
          value={values.phone1}
          onChange={(e) => set('phone1', e.target.value)}
        />
        <TextInput
          label="Autre téléphone"
          type="tel"
          value={values.phone2}
          onChange={(e) => set('phone2', e.target.value)}
        />
      </FieldRow>
      <DateInput
        label={dateLabel}
        required
        value={values.validFrom}
        onChange={(e) => set('validFrom', e.target.value)}
        error={errors.validFrom}
        help={dateHelp}
      />
      <ErrorList errors={serverErrors} />
      <div className="dialog-actions">
        {extraActions}
        <Button variant="secondary" onPress={onCancel}>
          Annuler
        </Button>
        <Button type="submit" variant="primary" isDisabled={busy || !canSave}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** One entry per person (same name and e-mail), the most recent first. */
function dedupePeople(contacts: readonly Contact[]): Contact[] {
  const seen = new Set<string>();
  const out: Contact[] = [];
  for (const c of [...contacts].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))) {
    const key = `${(c.name ?? '').toLowerCase()}|${(c.email ?? '').toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
