import type { FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { TextInput } from '../../../ui/fields';
import { newAdminName, type AdminChangeValues } from './values';

/** Step 2: whom the new administrator replaces, and who signs for each side. */
export function SignatoriesStep({
  values,
  set,
  focusTitle,
  onBack,
  onNext,
}: {
  values: AdminChangeValues;
  set: (patch: Partial<AdminChangeValues>) => void;
  focusTitle: boolean;
  onBack: () => void;
  onNext: (event: FormEvent) => void;
}) {
  return (
    <Card title="Remplacement et signataires" id="admin-change-signatories" focusTitle={focusTitle}>
      <form onSubmit={onNext} noValidate>
        <fieldset className="admin-change-fieldset">
          <legend>Cet administrateur remplace-t-il un administrateur existant ?</legend>
          <label className="admin-change-radio">
            <input
              type="radio"
              name="replaces"
              checked={values.replaces}
              onChange={() => set({ replaces: true })}
            />{' '}
            Oui
          </label>
          <label className="admin-change-radio">
            <input
              type="radio"
              name="replaces"
              checked={!values.replaces}
              onChange={() => set({ replaces: false })}
            />{' '}
            Non
          </label>
        </fieldset>
        {values.replaces ? (
          <div className="field-row">
            <TextInput
              label="Prénom et NOM de l’administrateur remplacé"
              value={values.replacedName}
              onChange={(e) => set({ replacedName: e.target.value })}
            />
            <TextInput
              label="Adresse mél de l’administrateur remplacé"
              type="email"
              value={values.replacedEmail}
              onChange={(e) => set({ replacedEmail: e.target.value })}
            />
          </div>
        ) : null}
        <h3>Pour le Partenaire</h3>
        <div className="field-row">
          <TextInput
            label="Fonction du signataire (partenaire)"
            value={values.partnerSignatoryFunction}
            onChange={(e) => set({ partnerSignatoryFunction: e.target.value })}
          />
          <TextInput
            label="Prénom NOM du signataire (partenaire)"
            value={values.partnerSignatoryName}
            onChange={(e) => set({ partnerSignatoryName: e.target.value })}
          />
        </div>
        <h3>L’administrateur</h3>
        <div className="field-row">
          <TextInput
            label="Fonction du signataire (administrateur)"
            value={values.adminSignatoryFunction}
            onChange={(e) => set({ adminSignatoryFunction: e.target.value })}
          />
          <TextInput
            label="Prénom NOM du signataire (administrateur)"
            value={values.adminSignatoryName}
            placeholder={newAdminName(values)}
            onChange={(e) => set({ adminSignatoryName: e.target.value })}
          />
        </div>
        <div className="form-actions">
          <Button onPress={onBack}>Revenir</Button>
          <Button type="submit" variant="primary">
            Voir l’aperçu
          </Button>
        </div>
      </form>
    </Card>
  );
}
