import { useMemo, useState } from 'react';
import { isHabilitationActive } from '../../../shared/domain/rules/active';
import { quotaUsage } from '../../../shared/domain/rules/quota';
import type { Bulletin } from '../../../shared/domain/schemas';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import {
  addBulletin,
  addProfileWithQuota,
  removeBulletin,
  saveBulletin,
} from '../../db/repositories/bulletins';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { Loading, NoConvention } from '../../shell/NoConvention';
import { useAction } from '../../shell/register/use-action';
import { dialogHandlers } from '../../shell/register/dialog-handlers';
import { EditedRowScope } from '../../shell/register/use-edited-row';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import { bulletinFields, emptyBulletinValues, valuesFromBulletin } from './bulletin-form';

import { BulletinCard, bulletinTitle } from './BulletinCard';
import { BulletinForm } from './BulletinForm';
import { NewProfileForm } from '../../ui/NewProfileForm';
type DialogState =
  | { kind: 'add' }
  | { kind: 'edit'; bulletin: Bulletin }
  | { kind: 'remove'; bulletin: Bulletin }
  | { kind: 'custom-profile'; bulletin: Bulletin };

/** « Cdap – Résidence Les Tilleuls (annexe 2.1) » */
export function ServicesPage() {
  const register = useRegister();
  const section = sectionByPath('/services');
  const [dialog, setDialog] = useState<DialogState | null>(null);
  return (
    <>
      <PageHeader
        title={section.label}
        description={section.description}
        actions={
          register && register.bulletins.length > 0 ? (
            <Button variant="primary" onPress={() => setDialog({ kind: 'add' })}>
              Ajouter un bulletin
            </Button>
          ) : undefined
        }
      />
      {register === undefined ? (
        <Loading />
      ) : register === null ? (
        <NoConvention why="La liste des services et bulletins d’adhésion se rattache à une convention." />
      ) : (
        <ServicesRegister register={register} dialog={dialog} setDialog={setDialog} />
      )}
    </>
  );
}

function ServicesRegister({
  register,
  dialog,
  setDialog,
}: {
  register: RegisterSnapshot;
  dialog: DialogState | null;
  setDialog: (d: DialogState | null) => void;
}) {
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const today = todayIso();
  const { bulletins, quotas, habilitations, profiles, convention } = register;
  const usage = useMemo(
    () => quotaUsage({ bulletins, quotas, habilitations, today }),
    [bulletins, quotas, habilitations, today],
  );
  const sortedBulletins = [...bulletins].sort((a, b) =>
    (a.annexNumber ?? '').localeCompare(b.annexNumber ?? '', 'fr', { numeric: true }),
  );
  const { open, close, done } = dialogHandlers(setDialog, action.clearErrors);

  return (
    <>
      {action.errors.length > 0 && dialog === null ? (
        <div className="error-box" role="alert">
          {action.errors.join(' ')}
        </div>
      ) : null}
      {sortedBulletins.length === 0 ? (
        <section className="empty-state" aria-labelledby="services-empty-title">
          <h2 id="services-empty-title">Aucun bulletin d’adhésion</h2>
          <p>
            L’annexe 2 du contrat de services liste les bulletins d’adhésion : un par service (Cdap
            le plus souvent), ou un par site ou service de votre structure. Chaque bulletin fixe,
            profil par profil, le nombre maximal d’habilitations que vous pouvez créer.
          </p>
          <Button variant="primary" onPress={() => setDialog({ kind: 'add' })}>
            Ajouter le premier bulletin
          </Button>
        </section>
      ) : (
        sortedBulletins.map((b) => (
          <BulletinCard
            key={b.id}
            bulletin={b}
            quotas={quotas.filter((q) => q.bulletinId === b.id)}
            usage={usage.filter((u) => u.bulletinId === b.id)}
            profiles={profiles}
            activeCount={
              habilitations.filter((h) => h.bulletinId === b.id && isHabilitationActive(h, today))
                .length
            }
            onEdit={() => open({ kind: 'edit', bulletin: b })}
            onRemove={() => open({ kind: 'remove', bulletin: b })}
            onCustomProfile={() => open({ kind: 'custom-profile', bulletin: b })}
          />
        ))
      )}

      {dialog?.kind === 'add' ? (
        <Dialog title="Ajouter un bulletin d’adhésion" isOpen onClose={close}>
          <BulletinForm
            initial={emptyBulletinValues(bulletins)}
            submitLabel="Ajouter le bulletin"
            serverErrors={action.errors}
            busy={action.busy}
            onCancel={close}
            onSubmit={(v) =>
              action
                .run(
                  () =>
                    addBulletin(db, actor, { ...bulletinFields(v), conventionId: convention.id }),
                  'Bulletin ajouté : indiquez maintenant ses quotas.',
                )
                .then(done)
            }
          />
        </Dialog>
      ) : null}

      {dialog?.kind === 'edit' ? (
        <EditedRowScope
          key={dialog.bulletin.id}
          current={bulletins.find((b) => b.id === dialog.bulletin.id)}
          what="Ce bulletin d’adhésion"
          onClose={close}
          onReload={action.clearErrors}
        >
          {(edit) => {
            const bulletin = edit.base ?? dialog.bulletin;
            return (
              <Dialog
                title={`Modifier le bulletin ${bulletinTitle(bulletin)}`}
                isOpen
                onClose={close}
              >
                <BulletinForm
                  key={edit.formKey}
                  initial={valuesFromBulletin(bulletin)}
                  submitLabel="Enregistrer le bulletin"
                  serverErrors={action.errors}
                  busy={action.busy}
                  notice={edit.notice}
                  canSave={edit.canSave}
                  onCancel={close}
                  onSubmit={(v) =>
                    action
                      .run(
                        () =>
                          saveBulletin(
                            db,
                            actor,
                            { ...bulletinFields(v), id: bulletin.id, conventionId: convention.id },
                            edit.editBase,
                          ),
                        'Bulletin enregistré.',
                      )
                      .then(done)
                  }
                />
              </Dialog>
            );
          }}
        </EditedRowScope>
      ) : null}

      {dialog?.kind === 'remove' ? (
        <ConfirmDialog
          isOpen
          title={`Supprimer le bulletin ${bulletinTitle(dialog.bulletin)} ?`}
          message={`Supprimer le bulletin ${bulletinTitle(dialog.bulletin)} et ses quotas ? Un bulletin qui porte des habilitations ne peut pas être supprimé. La suppression reste inscrite au journal.`}
          confirmLabel="Supprimer le bulletin"
          onCancel={close}
          onConfirm={() => {
            const b = dialog.bulletin;
            setDialog(null);
            void action.run(
              () => removeBulletin(db, actor, b.id),
              `Bulletin ${bulletinTitle(b)} supprimé.`,
            );
          }}
        />
      ) : null}

      {dialog?.kind === 'custom-profile' ? (
        <Dialog
          title={`Quota pour un profil absent du catalogue (${bulletinTitle(dialog.bulletin)})`}
          isOpen
          onClose={close}
        >
          <NewProfileForm
            withQuota
            existing={profiles}
            serverErrors={action.errors}
            busy={action.busy}
            onCancel={close}
            onSubmit={(p, max) =>
              action
                .run(
                  () => addProfileWithQuota(db, actor, dialog.bulletin.id, p, max),
                  `Profil ${p.code.trim().toUpperCase()} ajouté au catalogue, quota ${max}.`,
                )
                .then(done)
            }
          />
        </Dialog>
      ) : null}
    </>
  );
}
