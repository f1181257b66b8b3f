import { useState, type FormEvent, type ReactNode } from 'react';
import { DEFAULT_SERVICE } from '../../../shared/domain/profiles';
import { Button } from '../../ui/Button';
import { DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';
import {
  validateBulletin,
  type BulletinFormErrors,
  type BulletinFormValues,
} from './bulletin-form';
import { ErrorList } from '../../ui/ErrorList';

export function BulletinForm({
  initial,
  submitLabel,
  serverErrors,
  busy,
  notice = null,
  canSave = true,
  onSubmit,
  onCancel,
}: {
  initial: BulletinFormValues;
  submitLabel: string;
  serverErrors: readonly string[];
  busy: boolean;
  /** Said when the bulletin changed or went in another window (see useEditedRow). */
  notice?: ReactNode;
  canSave?: boolean;
  onSubmit: (v: BulletinFormValues) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<BulletinFormErrors>({});
  const set = <K extends keyof BulletinFormValues>(key: K, value: BulletinFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateBulletin(values);
    setErrors(found);
    if (Object.keys(found).length === 0) await onSubmit(values);
  };
  return (
    <form onSubmit={submit} noValidate>
      {notice}
      <SelectInput
        label="Service"
        required
        value={values.service}
        onChange={(e) => set('service', e.target.value as BulletinFormValues['service'])}
        options={[
          { value: 'default', label: `Cdap – ${DEFAULT_SERVICE.label}` },
          { value: 'other', label: 'Un autre service' },
        ]}
      />
      {values.service === 'other' ? (
        <FieldRow>
          <TextInput
            label="Sigle du service"
            required
            value={values.serviceCode}
            onChange={(e) => set('serviceCode', e.target.value)}
            error={errors.serviceCode}
            help="Tel qu’écrit sur le bulletin, par exemple AFAS."
            autoFocus
          />
          <TextInput
            label="Nom du service"
            value={values.serviceLabel}
            onChange={(e) => set('serviceLabel', e.target.value)}
          />
        </FieldRow>
      ) : null}
      <TextInput
        label="Site ou service concerné"
        value={values.siteLabel}
        onChange={(e) => set('siteLabel', e.target.value)}
        help="Si votre structure a un bulletin par site ou par service (une résidence, la domiciliation…). Sinon, laissez vide."
      />
      <FieldRow>
        <TextInput
          label="Numéro d’annexe"
          value={values.annexNumber}
          onChange={(e) => set('annexNumber', e.target.value)}
          error={errors.annexNumber}
          help="Par exemple 2.1 pour « Annexe 2.1 »."
        />
        <DateInput
          label="Date du bulletin"
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
          error={errors.date}
        />
      </FieldRow>
      <ErrorList errors={serverErrors} />
      <div className="dialog-actions">
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
