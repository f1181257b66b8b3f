import type { ReactNode } from 'react';
import type { Habilitation } from '../../../shared/domain/schemas';
import type { RosterRow } from '../../../shared/domain/roster-filter';
import type { EditBase } from '../../db/register-writer';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import {
  addAgent,
  dismissPendingHabilitation,
  grantHabilitation,
  markAppliedInPortal,
  revokeHabilitation,
  saveAgent,
  type GrantInput,
} from '../../db/repositories/roster';
import type { useAction } from '../../shell/register/use-action';
import { EditedRowScope, type EditedRow } from '../../shell/register/use-edited-row';
import { useActor } from '../../shell/register/use-register';
import { useDb } from '../../shell/services';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { focusAfterClose } from '../../ui/focus';
import type { AgentDraft } from './AgentDialog';
import { AgentEditor } from './AgentEditor';
import { GrantDialog } from './GrantDialog';
import { AppliedDialog, RevokeDialog } from './RevokeDialog';

/** The roster's open dialog, if any. */
export type RosterModal =
  | { kind: 'agent'; agentId?: string }
  | { kind: 'grant'; agentId?: string; pending?: RosterRow }
  | { kind: 'dismiss'; row: RosterRow }
  | { kind: 'revoke'; row: RosterRow }
  | { kind: 'applied'; row: RosterRow }
  | null;

/**
 * The roster's dialogs (agent, grant, abandoned request, revocation, date applied in the
 * portal) and the register writes they submit; a dialog closes once its write succeeded.
 */
export function RosterDialogs({
  register,
  modal,
  open,
  close,
  action,
  today,
  onAgentAdded,
}: {
  register: RegisterSnapshot;
  modal: RosterModal;
  open: (next: RosterModal) => void;
  close: () => void;
  action: ReturnType<typeof useAction>;
  today: string;
  /** A new agent was added: its row is revealed. */
  onAgentAdded: (name: string) => void;
}) {
  const db = useDb();
  const actor = useActor();
  const { run, errors, fieldErrors, busy, clearErrors } = action;

  const saveAgentDraft = async (draft: AgentDraft, agentId?: string, base?: EditBase) => {
    const done = agentId
      ? await run(
          () =>
            saveAgent(
              db,
              actor,
              { ...draft, id: agentId, organisationId: register.partner.id },
              base,
            ),
          'Agent enregistré.',
        )
      : await run(
          () => addAgent(db, actor, { ...draft, organisationId: register.partner.id }),
          'Agent ajouté.',
        );
    if (done && !agentId) {
      // Focus goes to the new agent's row (scrolled into view), not back to the button.
      const name = `${draft.lastName}${draft.firstName ? ` ${draft.firstName}` : ''}`;
      onAgentAdded(name);
      focusAfterClose(() =>
        document.querySelector(`tr[data-row-name="${CSS.escape(name)}"] button`),
      );
    }
    if (done) close();
  };
  const grant = async (input: GrantInput) => {
    const done = await run(
      () => grantHabilitation(db, actor, input, today),
      'Habilitation accordée.',
    );
    if (done) close();
  };
  const dismiss = async (row: RosterRow) => {
    const done = await run(
      () => dismissPendingHabilitation(db, actor, row.agentId, row.pendingId!),
      'Demande abandonnée.',
    );
    if (done) close();
  };
  const revoke = async (row: RosterRow, on: string, reason: string, base?: EditBase) => {
    const done = await run(
      () => revokeHabilitation(db, actor, row.habilitationId!, on, reason, base),
      'Habilitation retirée.',
    );
    if (done) close();
  };
  const applied = async (row: RosterRow, on: string, base?: EditBase) => {
    const done = await run(
      () => markAppliedInPortal(db, actor, row.habilitationId!, on, 'grant', base),
      'Date enregistrée.',
    );
    if (done) close();
  };
  /** The stored habilitation now (another window or a restore may have changed or removed it). */
  const storedHabilitation = (row: RosterRow) =>
    register.habilitations.find((h) => h.id === row.habilitationId);
  /** A dialog on one habilitation, following the stored row (revocation, date applied in the portal). */
  const habilitationScope = (
    row: RosterRow,
    render: (edit: EditedRow<Habilitation>) => ReactNode,
  ) => (
    <EditedRowScope
      key={row.habilitationId}
      current={storedHabilitation(row)}
      what="Cette habilitation"
      onClose={close}
      onReload={clearErrors}
    >
      {render}
    </EditedRowScope>
  );

  const editedAgent =
    modal?.kind === 'agent' && modal.agentId
      ? register.agents.find((a) => a.id === modal.agentId)
      : undefined;

  return (
    <>
      {modal?.kind === 'agent' ? (
        <AgentEditor
          key={modal.agentId ?? 'new'}
          agentId={modal.agentId}
          current={editedAgent}
          agents={register.agents}
          onOpenExisting={(agentId) => open({ kind: 'agent', agentId })}
          errors={errors}
          fieldErrors={fieldErrors}
          busy={busy}
          onSubmit={(draft, base) => void saveAgentDraft(draft, modal.agentId, base)}
          onClose={close}
        />
      ) : null}
      {modal?.kind === 'grant' ? (
        <GrantDialog
          register={register}
          agentId={modal.agentId}
          pending={
            modal.pending?.pendingId
              ? {
                  id: modal.pending.pendingId,
                  bulletinId: modal.pending.bulletinId!,
                  profileCode: modal.pending.profileCode!,
                  reason: modal.pending.pendingReason ?? '',
                }
              : undefined
          }
          actorName={actor.name}
          today={today}
          errors={errors}
          busy={busy}
          onSubmit={grant}
          onClose={close}
        />
      ) : null}
      {modal?.kind === 'dismiss' ? (
        <ConfirmDialog
          title="Abandonner la demande ?"
          message={`Abandonner l’habilitation ${modal.row.profileCode ?? ''} à régulariser de ${modal.row.firstName ? `${modal.row.firstName} ` : ''}${modal.row.lastName} ? Elle ne sera pas accordée ; le journal garde la demande.${modal.row.pendingInPortal ? ' Elle existe dans le portail : retirez-la aussi dans « Mon Compte Partenaire ».' : ''}`}
          confirmLabel="Abandonner la demande"
          isOpen
          onCancel={close}
          onConfirm={() => void dismiss(modal.row)}
        />
      ) : null}
      {modal?.kind === 'revoke'
        ? habilitationScope(modal.row, (edit) => (
            <RevokeDialog
              key={edit.formKey}
              row={modal.row}
              today={today}
              errors={errors}
              busy={busy}
              notice={edit.notice}
              canSave={edit.canSave}
              onSubmit={(on, reason) => void revoke(modal.row, on, reason, edit.editBase)}
              onClose={close}
            />
          ))
        : null}
      {modal?.kind === 'applied'
        ? habilitationScope(modal.row, (edit) => (
            <AppliedDialog
              key={edit.formKey}
              row={modal.row}
              today={today}
              busy={busy}
              errors={errors}
              notice={edit.notice}
              canSave={edit.canSave}
              onSubmit={(on) => void applied(modal.row, on, edit.editBase)}
              onClose={close}
            />
          ))
        : null}
    </>
  );
}
