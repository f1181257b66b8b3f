import { useState, type FormEvent, type ReactNode } from 'react';
import type { RosterRow } from '../../../shared/domain/roster-filter';
import { formatPersonName } from '../../../shared/domain/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorList } from '../../ui/ErrorList';
import { DateInput, TextArea } from '../../ui/fields';

/** « Retirer l'habilitation T13 de Karim BENALI ? » with the date and the reason. */
export function RevokeDialog({
  row,
  today,
  errors,
  busy,
  notice = null,
  canSave = true,
  onSubmit,
  onClose,
}: {
  row: RosterRow;
  today: string;
  errors: string[];
  busy: boolean;
  /** Said when the habilitation changed or went in another window (see useEditedRow). */
  notice?: ReactNode;
  canSave?: boolean;
  onSubmit: (revokedOn: string, reason: string) => void;
  onClose: () => void;
}) {
  const [revokedOn, setRevokedOn] = useState(today);
  const [reason, setReason] = useState(row.departedOn ? 'Départ de l’agent' : '');
  const [missingReason, setMissingReason] = useState(false);
  const who = formatPersonName(row.firstName, row.lastName);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    onSubmit(revokedOn, reason);
  };

  return (
    <Dialog
      title={`Retirer l’habilitation ${row.profileCode} de ${who} ?`}
      isOpen
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        {notice}
        <p>
          L’habilitation reste dans le registre avec sa date de retrait. Pensez à la supprimer aussi
          dans « Mon Compte Partenaire ».
        </p>
        <ErrorList errors={errors} />
        <DateInput
          label="Retirée le"
          required
          value={revokedOn}
          onChange={(e) => setRevokedOn(e.target.value)}
        />
        <TextArea
          label="Motif du retrait"
          required
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissingReason(false);
          }}
          error={missingReason ? 'Indiquez le motif du retrait.' : undefined}
        />
        <div className="form-actions">
          <Button onPress={onClose}>Annuler</Button>
          <Button type="submit" variant="danger" isDisabled={busy || !canSave}>
            Retirer l’habilitation
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Records the day the change was really made in « Mon Compte Partenaire ». */
export function AppliedDialog({
  row,
  today,
  busy,
  errors = [],
  notice = null,
  canSave = true,
  onSubmit,
  onClose,
}: {
  row: RosterRow;
  today: string;
  busy: boolean;
  errors?: string[];
  /** Said when the habilitation changed or went in another window (see useEditedRow). */
  notice?: ReactNode;
  canSave?: boolean;
  onSubmit: (on: string) => void;
  onClose: () => void;
}) {
  const [on, setOn] = useState(today);
  const what = row.status === 'revoked' ? 'Retrait appliqué' : 'Habilitation créée';
  return (
    <Dialog title={`${what} dans le portail`} isOpen onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(on);
        }}
        noValidate
      >
        {notice}
        <p>
          {formatPersonName(row.firstName, row.lastName)} — profil {row.profileCode}
        </p>
        <ErrorList errors={errors} />
        <DateInput
          label="Appliqué dans « Mon Compte Partenaire » le"
          required
          value={on}
          onChange={(e) => setOn(e.target.value)}
        />
        <div className="form-actions">
          <Button onPress={onClose}>Annuler</Button>
          <Button type="submit" variant="primary" isDisabled={busy || !canSave}>
            Enregistrer la date
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
