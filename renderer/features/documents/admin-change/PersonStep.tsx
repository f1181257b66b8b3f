import type { FormEvent } from 'react';
import { looksLikeSharedEmail } from '../../../../shared/domain/email-heuristics';
import { agentName } from '../../../../shared/domain/format';
import type { AdminRole } from '../../../../shared/domain/rules/contacts';
import type { Agent } from '../../../../shared/domain/schemas';
import { CONTACT_ROLE_LABELS } from '../../../../shared/domain/schemas';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { DateInput, SelectInput, TextInput } from '../../../ui/fields';
import type { AdminChangeValues } from './values';

/** Step 1: the role that changes and the new person (from the agents or typed). */
export function PersonStep({
  values,
  set,
  errors,
  agents,
  focusTitle,
  onRole,
  onAgent,
  onNext,
}: {
  values: AdminChangeValues;
  set: (patch: Partial<AdminChangeValues>) => void;
  errors: Record<string, string>;
  /** The agents one can pick (not departed, not purged), sorted by name. */
  agents: readonly Agent[];
  focusTitle: boolean;
  onRole: (role: AdminRole) => void;
  onAgent: (id: string) => void;
  onNext: (event: FormEvent) => void;
}) {
  const shared = looksLikeSharedEmail(values.email);
  return (
    <Card title="Rôle et nouvelle personne" id="admin-change-person" focusTitle={focusTitle}>
      <form onSubmit={onNext} noValidate>
        <fieldset className="admin-change-fieldset">
          <legend>Quel rôle change ?</legend>
          {(['administrateur', 'administrateur-suppleant'] as const).map((role) => (
            <label key={role} className="admin-change-radio">
              <input
                type="radio"
                name="role"
                value={role}
                checked={values.role === role}
                onChange={() => onRole(role)}
              />{' '}
              {CONTACT_ROLE_LABELS[role]}
            </label>
          ))}
        </fieldset>
        <SelectInput
          label="Choisir un agent de la liste"
          value={values.agentId}
          onChange={(e) => onAgent(e.target.value)}
          placeholder="Nouvelle personne (saisir ci-dessous)"
          options={agents.map((a) => ({
            value: a.id,
            label: `${agentName(a)}${a.function ? ` — ${a.function}` : ''}`,
          }))}
          help="Ou saisissez une personne qui n’est pas encore dans la liste des agents : elle y sera ajoutée à l’application du changement."
        />
        <div className="field-row">
          <TextInput
            label="Prénom"
            value={values.firstName}
            onChange={(e) => set({ firstName: e.target.value })}
          />
          <TextInput
            label="NOM"
            required
            value={values.lastName}
            error={errors.lastName}
            onChange={(e) => set({ lastName: e.target.value })}
          />
        </div>
        <TextInput
          label="Fonction"
          value={values.function}
          onChange={(e) => set({ function: e.target.value })}
        />
        <div className="field-row">
          <TextInput
            label="Téléphone fixe"
            type="tel"
            value={values.phoneFixed}
            error={errors.phoneFixed}
            help="Au moins un numéro, fixe ou mobile."
            onChange={(e) => set({ phoneFixed: e.target.value })}
          />
          <TextInput
            label="Téléphone mobile"
            type="tel"
            value={values.phoneMobile}
            onChange={(e) => set({ phoneMobile: e.target.value })}
          />
        </div>
        <TextInput
          label="Adresse mél personnelle et individuelle"
          type="email"
          required
          value={values.email}
          error={errors.email}
          onChange={(e) => set({ email: e.target.value })}
        />
        {shared.shared ? (
          <p className="warning-box" role="status">
            Attention : cette adresse ressemble à une boîte partagée (« {shared.word} »). La Caf
            demande une adresse personnelle et individuelle (contrat, annexe 3).
          </p>
        ) : null}
        <DateInput
          label="Date du changement"
          required
          value={values.effectiveOn}
          error={errors.effectiveOn}
          help="L’interlocuteur remplacé prendra fin la veille."
          onChange={(e) => set({ effectiveOn: e.target.value })}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary">
            Continuer
          </Button>
        </div>
      </form>
    </Card>
  );
}
