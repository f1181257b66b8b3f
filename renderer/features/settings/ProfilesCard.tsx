import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatCount } from '../../../shared/domain/format';
import type { Profile } from '../../../shared/domain/schemas';
import {
  addProfile,
  catalogueLabel,
  isCatalogueCode,
  listProfiles,
  renameProfile,
} from '../../db/repositories/profiles';
import { useAction } from '../../shell/register/use-action';
import { dialogHandlers } from '../../shell/register/dialog-handlers';
import { useActor } from '../../shell/register/use-register';
import { useDb } from '../../shell/services';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { NewProfileForm } from '../../ui/NewProfileForm';
import { RenameProfileForm } from './RenameProfileForm';

type DialogState = { kind: 'add' } | { kind: 'rename'; profile: Profile };

/** « Catalogue Cdap », « Catalogue Cdap, renommé » or « Ajouté ». */
function profileOrigin(p: Profile): string {
  if (!isCatalogueCode(p.code)) return 'Ajouté';
  return catalogueLabel(p.code) === p.label ? 'Catalogue Cdap' : 'Catalogue Cdap, renommé';
}

/** « Catalogue des profils »: every profile, its origin, adding one and renaming one. */
export function ProfilesCard() {
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const { open, close, done } = dialogHandlers(setDialog, action.clearErrors);
  return (
    <Card
      title="Catalogue des profils"
      id="settings-profiles"
      actions={
        <Button variant="secondary" onPress={() => open({ kind: 'add' })}>
          Ajouter un profil
        </Button>
      }
    >
      <p className="muted">
        Les profils des bulletins d’adhésion (contrat art. 2.2.1). Le code est la clé : il ne change
        pas ; le libellé peut être renommé pour suivre votre bulletin.{' '}
        {profiles ? `${formatCount(profiles.length, 'profil')}.` : ''}
      </p>
      {profiles === undefined ? (
        <p className="loading" role="status">
          Chargement du catalogue…
        </p>
      ) : (
        <table className="data settings-profiles">
          <caption className="visually-hidden">Catalogue des profils</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Libellé</th>
              <th scope="col">Réservé aux travailleurs sociaux diplômés</th>
              <th scope="col">Origine</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.code}>
                <th scope="row">{p.code}</th>
                <td>
                  {p.label}
                  {p.description ? (
                    <span className="settings-description muted">{p.description}</span>
                  ) : null}
                </td>
                <td>{p.requiresQualifiedSocialWorker ? 'Oui' : 'Non'}</td>
                <td>{profileOrigin(p)}</td>
                <td className="settings-actions">
                  <Button
                    variant="quiet"
                    aria-label={`Renommer le profil ${p.code}`}
                    onPress={() => open({ kind: 'rename', profile: p })}
                  >
                    Renommer
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {dialog?.kind === 'add' ? (
        <Dialog title="Ajouter un profil au catalogue" isOpen onClose={close}>
          <NewProfileForm
            existing={profiles ?? []}
            serverErrors={action.errors}
            busy={action.busy}
            onCancel={close}
            onSubmit={(fields) =>
              action
                .run(
                  () => addProfile(db, actor, fields),
                  `Profil ${fields.code} ajouté au catalogue.`,
                )
                .then(done)
            }
          />
        </Dialog>
      ) : null}
      {dialog?.kind === 'rename' ? (
        <Dialog title={`Renommer le profil ${dialog.profile.code}`} isOpen onClose={close}>
          <RenameProfileForm
            profile={dialog.profile}
            serverErrors={action.errors}
            busy={action.busy}
            onCancel={close}
            onSubmit={(label) =>
              action
                .run(
                  () => renameProfile(db, actor, dialog.profile.code, label),
                  `Profil ${dialog.profile.code} renommé.`,
                )
                .then(done)
            }
          />
        </Dialog>
      ) : null}
    </Card>
  );
}
