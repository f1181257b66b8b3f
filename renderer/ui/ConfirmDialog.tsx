import { useState } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { TextInput } from './fields';

/**
 * Asks before a destructive action, naming the thing it acts on. It opens on « Annuler »
 * (Enter never destroys by accident); `confirmText` asks to type a name before the action
 * is allowed (« Tout effacer »).
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  isOpen,
  onConfirm,
  onCancel,
  confirmText,
  busy = false,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  isOpen: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Text to type exactly (case and spaces aside) before confirming. */
  confirmText?: string;
  busy?: boolean;
}) {
  return (
    <Dialog title={title} isOpen={isOpen} onClose={onCancel}>
      {/* Remounted at each opening: the typed text never survives a cancel. */}
      {isOpen ? (
        <ConfirmBody
          message={message}
          confirmLabel={confirmLabel}
          onConfirm={onConfirm}
          onCancel={onCancel}
          confirmText={confirmText}
          busy={busy}
        />
      ) : null}
    </Dialog>
  );
}

const normalise = (s: string) =>
  s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');

function ConfirmBody({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  confirmText,
  busy,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  confirmText?: string;
  busy: boolean;
}) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const matches = confirmText === undefined || normalise(typed) === normalise(confirmText);
  const confirm = () => {
    if (!matches) {
      setError(`Tapez «\u00a0${confirmText}\u00a0» pour confirmer.`);
      return;
    }
    onConfirm();
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}
    >
      <p>{message}</p>
      {confirmText !== undefined ? (
        <TextInput
          label={`Pour confirmer, tapez «\u00a0${confirmText}\u00a0»`}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          error={error}
          onChange={(e) => {
            setTyped(e.target.value);
            setError(undefined);
          }}
        />
      ) : null}
      <div className="dialog-actions">
        <Button variant="secondary" onPress={onCancel} autoFocus>
          Annuler
        </Button>
        <Button type="submit" variant="danger" isPending={busy}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
