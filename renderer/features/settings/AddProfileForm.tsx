import { useState, type FormEvent } from 'react';
import { checkNewProfile, normaliseProfileCode } from '../../../shared/domain/profiles';
import type { Profile } from '../../../shared/domain/schemas';
import { ErrorList } from '../../ui/ErrorList';
import { CheckboxInput, FieldRow, TextArea, TextInput } from '../../ui/fields';
import { FormActions } from '../../ui/FormActions';

export function AddProfileForm({
  existing,
  serverErrors,
  busy,
  onSubmit,
  onCancel,
}: {
  existing: readonly Profile[];
  serverErrors: readonly string[];
  busy: boolean;
  onSubmit: (fields: {
    code: string;
    label: string;
    description: string;
    requiresQualifiedSocialWorker: boolean;
  }) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [description, setDescription] = useState('');
  const [qualified, setQualified] = useState(false);
  const [errors, setErrors] = useState<{ code?: string; label?: string }>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const normal = normaliseProfileCode(code);
    const found = checkNewProfile({ code, label }, existing);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      await onSubmit({
        code: normal,
        label,
        description,
        requiresQualifiedSocialWorker: qualified,
      });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FieldRow>
        <TextInput
          label="Code du profil"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          autoFocus
        />
        <TextInput
          label="Libellé"
          required
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={errors.label}
        />
      </FieldRow>
      <TextArea
        label="Pour qui (description)"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        help="Les personnes à qui le bulletin réserve ce profil, si vous le savez."
      />
      <CheckboxInput
        label="Réservé aux travailleurs sociaux diplômés"
        checked={qualified}
        onChange={(e) => setQualified(e.target.checked)}
      />
      <ErrorList errors={serverErrors} />
      <FormActions onCancel={onCancel} submitLabel="Ajouter le profil" busy={busy} />
    </form>
  );
}
