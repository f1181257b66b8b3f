import { useState, type ReactNode } from 'react';
import { formatDateFr } from '../../../shared/domain/dates';
import type { Contact } from '../../../shared/domain/schemas';
import { CONTACT_ROLE_LABELS } from '../../../shared/domain/schemas';
import { Dialog } from '../../ui/Dialog';
import { DateInput } from '../../ui/fields';
import { ErrorList } from '../../ui/ErrorList';
import { FormActions } from '../../ui/FormActions';

import { contactDisplayName, maxDate } from './contact-view';

export function EndDialog({
  contact,
  today,
  errors,
  busy,
  notice,
  canSave,
  onCancel,
  onConfirm,
}: {
  contact: Contact;
  today: string;
  errors: readonly string[];
  busy: boolean;
  /** Said when the contact changed or went in another window (see useEditedRow). */
  notice: ReactNode;
  canSave: boolean;
  onCancel: () => void;
  onConfirm: (validTo: string) => Promise<boolean>;
}) {
  const [validTo, setValidTo] = useState(maxDate(today, contact.validFrom));
  const [error, setError] = useState<string>();
  const label = CONTACT_ROLE_LABELS[contact.role];
  return (
    <Dialog
      title={`Mettre fin : ${contactDisplayName(contact)} (${label})`}
      isOpen
      onClose={onCancel}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!validTo) return setError('Indiquez la date de fin.');
          if (validTo < contact.validFrom) {
            return setError(
              `La fin ne peut pas précéder le début (${formatDateFr(contact.validFrom)}).`,
            );
          }
          void onConfirm(validTo);
        }}
      >
        {notice}
        <p>
          {`${contactDisplayName(contact)} ne sera plus ${label} après cette date ; la personne restera dans l’historique. Pensez à désigner quelqu’un d’autre si le rôle est obligatoire.`}
        </p>
        <DateInput
          label="Dernier jour de validité"
          required
          value={validTo}
          onChange={(e) => {
            setValidTo(e.target.value);
            setError(undefined);
          }}
          error={error}
          autoFocus
        />
        <ErrorList errors={errors} />
        <FormActions
          onCancel={onCancel}
          submitLabel="Mettre fin à la validité"
          busy={busy}
          disabled={!canSave}
          variant="danger"
        />
      </form>
    </Dialog>
  );
}
