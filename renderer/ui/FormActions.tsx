import { Button } from './Button';

/** « Annuler » and the form's submit button, which says what it does. */
export function FormActions({
  onCancel,
  submitLabel,
  busy = false,
  disabled = false,
  variant = 'primary',
  className = 'dialog-actions',
}: {
  onCancel: () => void;
  submitLabel: string;
  busy?: boolean;
  /** The form cannot be saved (the row it edits went). */
  disabled?: boolean;
  variant?: 'primary' | 'danger';
  className?: 'dialog-actions' | 'form-actions';
}) {
  return (
    <div className={className}>
      <Button variant="secondary" onPress={onCancel}>
        Annuler
      </Button>
      <Button type="submit" variant={variant} isPending={busy} isDisabled={disabled}>
        {submitLabel}
      </Button>
    </div>
  );
}
