import type { Organisation } from '../../../shared/domain/schemas';
import type { EditedRow } from '../../shell/register/use-edited-row';
import { Button } from '../../ui/Button';

/** « Name, title » of a representative, empty when neither is known. */
export function person(p: Organisation['representative']) {
  if (!p?.name && !p?.title) return '';
  return [p.name, p.title].filter(Boolean).join(', ');
}

/** What an edit form gets from `useEditedRow`: the notice, whether it may save, the version to send. */
export type EditProps = Pick<EditedRow<unknown>, 'notice' | 'canSave' | 'editBase'>;

export function DialogActions({
  busy,
  label,
  onCancel,
  canSave = true,
}: {
  busy: boolean;
  label: string;
  onCancel: () => void;
  canSave?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <Button variant="secondary" onPress={onCancel}>
        Annuler
      </Button>
      <Button type="submit" variant="primary" isDisabled={busy || !canSave}>
        {label}
      </Button>
    </div>
  );
}
