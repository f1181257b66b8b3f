import { Button } from './Button';
import { Dialog } from './Dialog';

/** Asks before a destructive action, naming the thing it acts on. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  isOpen,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  isOpen: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={title} isOpen={isOpen} onClose={onCancel}>
      <p>{message}</p>
      <div className="dialog-actions">
        <Button variant="secondary" onPress={onCancel}>
          Annuler
        </Button>
        <Button variant="danger" onPress={onConfirm} autoFocus>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
