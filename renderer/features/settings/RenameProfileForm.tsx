import { useState } from 'react';
import type { Profile } from '../../../shared/domain/schemas';
import { catalogueLabel } from '../../db/repositories/profiles';
import { ErrorList } from '../../ui/ErrorList';
import { TextInput } from '../../ui/fields';
import { FormActions } from '../../ui/FormActions';

/** A profile's new label; its code stays the key. */
export function RenameProfileForm({
  profile,
  serverErrors,
  busy,
  onSubmit,
  onCancel,
}: {
  profile: Profile;
  serverErrors: readonly string[];
  busy: boolean;
  onSubmit: (label: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState(profile.label);
  const [error, setError] = useState<string>();
  const original = catalogueLabel(profile.code);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!label.trim()) return setError('Indiquez le libellé du profil.');
        void onSubmit(label);
      }}
    >
      <p>{`Le code ${profile.code} reste la clé du profil : les quotas et habilitations qui l’utilisent ne changent pas.`}</p>
      <TextInput
        label="Nouveau libellé"
        required
        value={label}
        onChange={(e) => {
          setLabel(e.target.value);
          setError(undefined);
        }}
        error={error}
        help={
          original && original !== label ? `Libellé du catalogue : « ${original} ».` : undefined
        }
        autoFocus
      />
      <ErrorList errors={serverErrors} />
      <FormActions onCancel={onCancel} submitLabel="Renommer le profil" busy={busy} />
    </form>
  );
}
