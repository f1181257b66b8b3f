import { useState, type FormEvent } from 'react';
import { adminChangeSnapshotSchema } from '../../../../shared/documents/admin-change';
import { formatDateFr } from '../../../../shared/domain/dates';
import { CONTACT_ROLE_LABELS, type IssuedDocument } from '../../../../shared/domain/schemas';
import { useDb } from '../../../shell/services';
import {
  applyAdministratorChange,
  isAdminChangeApplied,
  markSentToCaf,
} from '../../../db/repositories/documents';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DateInput } from '../../../ui/fields';
import { useAction } from '../../../shell/register/use-action';
import { todayIso, useActor } from '../../../shell/register/use-register';
import { ErrorList } from '../../../ui/ErrorList';

/** « Envoyé à la Caf le … » then « Appliquer le changement » for an exported form. */
export function AdminChangeFollowUp({
  document,
  register,
}: {
  document: IssuedDocument;
  register: RegisterSnapshot | null;
}) {
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const [sentOn, setSentOn] = useState(todayIso());
  const [confirming, setConfirming] = useState(false);
  const parsed = adminChangeSnapshotSchema.safeParse(document.snapshot);
  if (!parsed.success) return null;
  const s = parsed.data;
  const sameConvention = register?.convention.id === document.conventionId;
  const applied = sameConvention && isAdminChangeApplied(s, register.contacts);
  const who = s.newAdmin.name ?? 'la nouvelle personne';
  const role = CONTACT_ROLE_LABELS[s.role];

  const saveSent = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => markSentToCaf(db, actor, document.id, sentOn),
      `Formulaire noté comme envoyé à la Caf le ${formatDateFr(sentOn)}.`,
    );
  };

  return (
    <div className="admin-change-follow-up">
      {!document.sentToCafOn ? (
        <form noValidate onSubmit={saveSent} className="admin-change-inline-form">
          <DateInput
            label="Envoyé à la Caf le"
            required
            value={sentOn}
            onChange={(e) => setSentOn(e.target.value)}
          />
          <Button type="submit" isDisabled={action.busy}>
            Enregistrer la date d’envoi
          </Button>
        </form>
      ) : (
        <p>
          <span className="badge badge-ok">
            Envoyé à la Caf le {formatDateFr(document.sentToCafOn)}
          </span>
        </p>
      )}
      {applied ? (
        <p>
          <span className="badge badge-ok">Appliqué</span> {who} est {role} depuis le{' '}
          {formatDateFr(s.effectiveOn)} dans l’annexe des interlocuteurs.
        </p>
      ) : document.sentToCafOn && sameConvention ? (
        <Button variant="primary" onPress={() => setConfirming(true)} isDisabled={action.busy}>
          Appliquer le changement
        </Button>
      ) : null}
      <ErrorList errors={action.errors} />
      <ConfirmDialog
        isOpen={confirming}
        title={`Appliquer le changement : ${who}, ${role}`}
        message={`${who} devient ${role} à compter du ${formatDateFr(s.effectiveOn)}${
          s.replaces && s.replaced.name
            ? ` ; ${s.replaced.name} reste dans l’historique des interlocuteurs, jusqu’à la veille`
            : ''
        }. Son rôle dans le portail est mis à jour dans la liste des agents.`}
        confirmLabel="Appliquer le changement"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void action.run(
            () => applyAdministratorChange(db, actor, document.id),
            `${who} est désormais ${role} dans l’annexe des interlocuteurs.`,
          );
        }}
      />
    </div>
  );
}
