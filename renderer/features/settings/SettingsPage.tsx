import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Profile } from '../../../shared/domain/schemas';
import { formatCount } from '../../../shared/domain/format';
import { sectionByPath } from '../../shell/sections';
import { useDb, usePlatform } from '../../shell/services';
import { useUserName } from '../../shell/use-user-name';
import {
  addProfile,
  catalogueLabel,
  isCatalogueCode,
  listProfiles,
  renameProfile,
} from '../../db/repositories/profiles';
import { setUserName } from '../../db/repositories/settings';
import { getUnusedMonths, setUnusedMonths } from '../../db/repositories/portal';
import { unusedMonthsSchema, userNameSchema } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { CheckboxInput, FieldRow, TextArea, TextInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { useAction } from '../../shell/register/use-action';
import { useActor } from '../../shell/register/use-register';
import { FormActions } from '../../ui/FormActions';
import { ErrorList } from '../../ui/ErrorList';
import { checkNewProfile, normaliseProfileCode } from '../../../shared/domain/profiles';

type DialogState = { kind: 'add' } | { kind: 'rename'; profile: Profile };

export function SettingsPage() {
  const section = sectionByPath('/parametres');
  return (
    <>
      <PageHeader title={section.label} description={section.description} />
      <UserNameCard />
      <ProfilesCard />
      <PortalSettingsCard />
      <AboutCard />
    </>
  );
}

function UserNameCard() {
  const db = useDb();
  const current = useUserName();
  const action = useAction();
  const [name, setName] = useState<string>();
  const [error, setError] = useState<string>();
  const value = name ?? current ?? '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = userNameSchema.safeParse(value);
    if (!check.success) {
      setError(check.error.issues[0]?.message);
      return;
    }
    const ok = await action.run(
      () => setUserName(db, value).then(() => true),
      'Votre nom est enregistré.',
    );
    if (ok) setName(undefined);
  };
  return (
    <Card title="Votre nom" id="settings-user">
      <form onSubmit={submit} noValidate className="settings-user-form">
        <TextInput
          label="Votre prénom et votre nom"
          required
          value={value}
          onChange={(e) => {
            setName(e.target.value);
            setError(undefined);
          }}
          error={error ?? (action.errors.length ? action.errors.join(' ') : undefined)}
          help="Il est inscrit au journal à chaque modification que vous faites sur ce poste."
          autoComplete="name"
        />
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            isDisabled={action.busy || name === undefined || name === current}
          >
            Enregistrer le nom
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** « 6 » → 6; empty or not a number → NaN, which the schema refuses in French. */
const monthsOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** The reconciliation's « compte inutilisé » threshold, in months without a login. */
function PortalSettingsCard() {
  const db = useDb();
  const current = useLiveQuery(() => getUnusedMonths(db), [db]);
  const action = useAction();
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const value = text ?? (current === undefined ? '' : String(current));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = unusedMonthsSchema.safeParse(monthsOf(value));
    if (!check.success) {
      setError(check.error.issues[0]?.message);
      return;
    }
    const ok = await action.run(() => setUnusedMonths(db, check.data).then(() => true), 'Le seuil est enregistré ; il s’applique à la prochaine comparaison avec le portail.');
    if (ok) setText(undefined);
  };
  return (
    <Card title="Rapprochement avec le portail" id="settings-portal">
      <form onSubmit={submit} noValidate className="settings-user-form">
        <TextInput
          label="Compte inutilisé après (mois sans connexion)"
          inputMode="numeric"
          required
          value={value}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          error={error ?? (action.errors.length ? action.errors.join(' ') : undefined)}
          help="Un compte actif du portail sans connexion depuis ce nombre de mois est signalé « compte inutilisé » : moindre affectation, retirez-le s’il ne sert plus. 6 mois par défaut."
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" isDisabled={action.busy || text === undefined || monthsOf(text) === current}>
            Enregistrer le seuil
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** « Catalogue Cdap », « Catalogue Cdap, renommé » or « Ajouté ». */
export function profileOrigin(p: Profile): string {
  if (!isCatalogueCode(p.code)) return 'Ajouté';
  return catalogueLabel(p.code) === p.label ? 'Catalogue Cdap' : 'Catalogue Cdap, renommé';
}

function ProfilesCard() {
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const close = () => {
    action.clearErrors();
    setDialog(null);
  };
  const done = (result: unknown) => {
    if (result !== undefined) setDialog(null);
    return result !== undefined;
  };
  return (
    <Card
      title="Catalogue des profils"
      id="settings-profiles"
      actions={
        <Button
          variant="secondary"
          onPress={() => {
            action.clearErrors();
            setDialog({ kind: 'add' });
          }}
        >
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
                    onPress={() => {
                      action.clearErrors();
                      setDialog({ kind: 'rename', profile: p });
                    }}
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
          <AddProfileForm
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
          <RenameForm
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


function AddProfileForm({
  existing,
  serverErrors,
  busy,
  onSubmit,
  onCancel,
}: {
  existing: readonly Profile[];
  serverErrors: readonly string[];
  busy: boolean;
  onSubmit: (fields: {
    code: string;
    label: string;
    description: string;
    requiresQualifiedSocialWorker: boolean;
  }) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [description, setDescription] = useState('');
  const [qualified, setQualified] = useState(false);
  const [errors, setErrors] = useState<{ code?: string; label?: string }>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const normal = normaliseProfileCode(code);
    const found = checkNewProfile({ code, label }, existing);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      await onSubmit({
        code: normal,
        label,
        description,
        requiresQualifiedSocialWorker: qualified,
      });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FieldRow>
        <TextInput
          label="Code du profil"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          autoFocus
        />
        <TextInput
          label="Libellé"
          required
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={errors.label}
        />
      </FieldRow>
      <TextArea
        label="Pour qui (description)"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        help="Les personnes à qui le bulletin réserve ce profil, si vous le savez."
      />
      <CheckboxInput
        label="Réservé aux travailleurs sociaux diplômés"
        checked={qualified}
        onChange={(e) => setQualified(e.target.checked)}
      />
      <ErrorList errors={serverErrors} />
      <FormActions onCancel={onCancel} submitLabel="Ajouter le profil" busy={busy} />
    </form>
  );
}

function RenameForm({
  profile,
  serverErrors,
  busy,
  onSubmit,
  onCancel,
}: {
  profile: Profile;
  serverErrors: readonly string[];
  busy: boolean;
  onSubmit: (label: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState(profile.label);
  const [error, setError] = useState<string>();
  const original = catalogueLabel(profile.code);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!label.trim()) return setError('Indiquez le libellé du profil.');
        void onSubmit(label);
      }}
    >
      <p>{`Le code ${profile.code} reste la clé du profil : les quotas et habilitations qui l’utilisent ne changent pas.`}</p>
      <TextInput
        label="Nouveau libellé"
        required
        value={label}
        onChange={(e) => {
          setLabel(e.target.value);
          setError(undefined);
        }}
        error={error}
        help={
          original && original !== label ? `Libellé du catalogue : « ${original} ».` : undefined
        }
        autoFocus
      />
      <ErrorList errors={serverErrors} />
      <FormActions onCancel={onCancel} submitLabel="Renommer le profil" busy={busy} />
    </form>
  );
}

function AboutCard() {
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    platform
      .getAppInfo()
      .then((i) => {
        if (live) setInfo(i);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [platform]);
  return (
    <Card title="À propos de Convention MCP" id="settings-about">
      {info === null ? (
        <p className="loading" role="status">
          Chargement…
        </p>
      ) : (
        <dl className="settings-about">
          <div>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </div>
          <div>
            <dt>Dossier des données</dt>
            <dd>{info.dataFolder}</dd>
          </div>
          <div>
            <dt>Dossier des sauvegardes</dt>
            <dd>{info.backupFolder}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
