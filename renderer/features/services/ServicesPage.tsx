import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { formatDateFr } from '../../../shared/domain/dates';
import { formatBulletinLabel, formatCount } from '../../../shared/domain/format';
import {
  checkNewProfile,
  compareProfileCodes,
  DEFAULT_SERVICE,
  normaliseProfileCode,
} from '../../../shared/domain/profiles';
import { isHabilitationActive } from '../../../shared/domain/rules/active';
import { quotaUsage, type QuotaUsage } from '../../../shared/domain/rules/quota';
import type { Bulletin, Profile, Quota } from '../../../shared/domain/schemas';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import {
  addBulletin,
  addProfileWithQuota,
  removeBulletin,
  saveBulletin,
  setQuota,
} from '../../db/repositories/bulletins';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { CheckboxInput, DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';
import { Gauge } from '../../ui/Gauge';
import { PageHeader } from '../../ui/PageHeader';
import { Loading, NoConvention } from '../../shell/NoConvention';
import { useAction } from '../../shell/register/use-action';
import { EditedRowScope } from '../../shell/register/use-edited-row';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import {
  bulletinFields,
  emptyBulletinValues,
  parseQuotaInput,
  validateBulletin,
  valuesFromBulletin,
  type BulletinFormErrors,
  type BulletinFormValues,
} from './bulletin-form';
import { ErrorList } from '../../ui/ErrorList';
import { FormActions } from '../../ui/FormActions';

type DialogState =
  | { kind: 'add' }
  | { kind: 'edit'; bulletin: Bulletin }
  | { kind: 'remove'; bulletin: Bulletin }
  | { kind: 'custom-profile'; bulletin: Bulletin };

/** « Cdap – Résidence Les Tilleuls (annexe 2.1) » */
export function bulletinTitle(b: Bulletin): string {
  return `${formatBulletinLabel(b)}${b.annexNumber ? ` (annexe ${b.annexNumber})` : ''}`;
}

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
  const close = () => {
    action.clearErrors();
    setDialog(null);
  };
  const done = (result: unknown) => {
    if (result !== undefined) setDialog(null);
    return result !== undefined;
  };

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
            onEdit={() => {
              action.clearErrors();
              setDialog({ kind: 'edit', bulletin: b });
            }}
            onRemove={() => {
              action.clearErrors();
              setDialog({ kind: 'remove', bulletin: b });
            }}
            onCustomProfile={() => {
              action.clearErrors();
              setDialog({ kind: 'custom-profile', bulletin: b });
            }}
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
                  () => addBulletin(db, actor, { ...bulletinFields(v), conventionId: convention.id }),
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
              <Dialog title={`Modifier le bulletin ${bulletinTitle(bulletin)}`} isOpen onClose={close}>
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
          <CustomProfileForm
            profiles={profiles}
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

function BulletinCard({
  bulletin,
  quotas,
  usage,
  profiles,
  activeCount,
  onEdit,
  onRemove,
  onCustomProfile,
}: {
  bulletin: Bulletin;
  quotas: Quota[];
  usage: QuotaUsage[];
  profiles: Profile[];
  activeCount: number;
  onEdit: () => void;
  onRemove: () => void;
  onCustomProfile: () => void;
}) {
  const title = bulletinTitle(bulletin);
  const [onlyPlanned, setOnlyPlanned] = useState(quotas.length > 0);
  const rows = useMemo(() => {
    const byCode = new Map<string, { code: string; profile?: Profile }>();
    for (const p of profiles) byCode.set(p.code.toUpperCase(), { code: p.code, profile: p });
    for (const q of quotas)
      if (!byCode.has(q.profileCode)) byCode.set(q.profileCode, { code: q.profileCode });
    for (const u of usage)
      if (!byCode.has(u.profileCode)) byCode.set(u.profileCode, { code: u.profileCode });
    return [...byCode.values()]
      .map((r) => ({
        ...r,
        quota: quotas.find((q) => q.profileCode === r.code.toUpperCase()),
        usage: usage.find((u) => u.profileCode === r.code.toUpperCase()),
      }))
      .sort((a, b) => compareProfileCodes(a.code, b.code));
  }, [profiles, quotas, usage]);
  const shown = onlyPlanned ? rows.filter((r) => r.quota || (r.usage && r.usage.used > 0)) : rows;

  return (
    <Card
      title={`Bulletin ${title}`}
      id={`bulletin-${bulletin.id}`}
      actions={
        <>
          <Button variant="secondary" onPress={onEdit} aria-label={`Modifier le bulletin ${title}`}>
            Modifier
          </Button>
          <Button
            variant="secondary"
            onPress={onRemove}
            aria-label={`Supprimer le bulletin ${title}`}
          >
            Supprimer
          </Button>
        </>
      }
    >
      <dl className="services-meta">
        <div>
          <dt>Service</dt>
          <dd>
            {bulletin.serviceLabel
              ? `${bulletin.serviceCode} – ${bulletin.serviceLabel}`
              : bulletin.serviceCode}
          </dd>
        </div>
        <div>
          <dt>Site ou service</dt>
          <dd>{bulletin.siteLabel ?? 'Toute la structure'}</dd>
        </div>
        <div>
          <dt>Annexe</dt>
          <dd>{bulletin.annexNumber ? `Annexe ${bulletin.annexNumber}` : 'Non numérotée'}</dd>
        </div>
        <div>
          <dt>Date du bulletin</dt>
          <dd>{bulletin.date ? formatDateFr(bulletin.date) : 'Non renseignée'}</dd>
        </div>
        <div>
          <dt>Habilitations actives</dt>
          <dd>{formatCount(activeCount, 'habilitation')}</dd>
        </div>
      </dl>

      <h3>Quotas par profil</h3>
      <p className="muted">
        Le nombre maximal d’habilitations fixé par la Caf pour chaque profil (contrat art. 2.2.1).
        Laissez vide un profil que le bulletin ne prévoit pas : il ne pourra pas être accordé.
      </p>
      <CheckboxInput
        label="Afficher seulement les profils prévus"
        checked={onlyPlanned}
        onChange={(e) => setOnlyPlanned(e.target.checked)}
      />
      {shown.length === 0 ? (
        <p className="warning-box">
          Aucun profil n’a encore de quota sur ce bulletin : aucune habilitation ne peut être
          accordée. Décochez « Afficher seulement les profils prévus » pour saisir les quotas du
          bulletin.
        </p>
      ) : (
        <table className="data services-quotas">
          <caption className="visually-hidden">{`Quotas du bulletin ${title}`}</caption>
          <thead>
            <tr>
              <th scope="col">Profil</th>
              <th scope="col">Libellé</th>
              <th scope="col">Nombre maximal</th>
              <th scope="col">Utilisation</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.code}</th>
                <td>
                  {r.profile?.label ?? <span className="muted">Profil hors catalogue</span>}
                  {r.profile?.requiresQualifiedSocialWorker ? (
                    <span className="services-note muted">
                      Réservé aux travailleurs sociaux diplômés
                    </span>
                  ) : null}
                </td>
                <td>
                  <QuotaCell bulletinId={bulletin.id} code={r.code} max={r.quota?.max} />
                </td>
                <td>
                  {r.usage && (r.usage.max > 0 || r.usage.used > 0) ? (
                    <Gauge
                      label={`Profil ${r.code}`}
                      used={r.usage.used}
                      max={r.usage.max}
                      phrase={r.usage.phrase}
                      state={r.usage.state}
                    />
                  ) : r.quota ? (
                    <span className="muted">Aucune habilitation prévue (quota de 0)</span>
                  ) : (
                    <span className="muted">Pas de quota : ne peut pas être accordé</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions services-actions">
        <Button variant="quiet" onPress={onCustomProfile}>
          Ajouter un quota pour un profil absent du catalogue
        </Button>
      </div>
    </Card>
  );
}

/** The maximum for one profile, saved when the field is left or Enter is pressed. */
function QuotaCell({
  bulletinId,
  code,
  max,
}: {
  bulletinId: string;
  code: string;
  max: number | undefined;
}) {
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const stored = max === undefined ? '' : String(max);
  const [value, setValue] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  const [error, setError] = useState<string>();
  // Follow the register when it changes elsewhere (another quota saved, an undo…).
  if (stored !== lastStored) {
    setLastStored(stored);
    setValue(stored);
  }
  const commit = async () => {
    if (value.trim() === stored) return;
    const parsed = parseQuotaInput(value);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    await action.run(
      () => setQuota(db, actor, bulletinId, code, parsed.max),
      parsed.max === null
        ? `Quota ${code} retiré : ce profil ne peut plus être accordé.`
        : `Quota ${code} enregistré : ${parsed.max}.`,
    );
  };
  const errorId = `quota-${bulletinId}-${code}-error`;
  return (
    <div className="services-quota-cell">
      <input
        className="field-input services-quota-input"
        inputMode="numeric"
        aria-label={`Nombre maximal pour le profil ${code}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        placeholder="—"
        onChange={(e) => {
          setValue(e.target.value);
          setError(undefined);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          }
        }}
      />
      {error || action.errors.length > 0 ? (
        <span className="field-error" id={errorId} role="alert">
          {error ?? action.errors.join(' ')}
        </span>
      ) : null}
    </div>
  );
}

function BulletinForm({
  initial,
  submitLabel,
  serverErrors,
  busy,
  notice = null,
  canSave = true,
  onSubmit,
  onCancel,
}: {
  initial: BulletinFormValues;
  submitLabel: string;
  serverErrors: readonly string[];
  busy: boolean;
  /** Said when the bulletin changed or went in another window (see useEditedRow). */
  notice?: ReactNode;
  canSave?: boolean;
  onSubmit: (v: BulletinFormValues) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<BulletinFormErrors>({});
  const set = <K extends keyof BulletinFormValues>(key: K, value: BulletinFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateBulletin(values);
    setErrors(found);
    if (Object.keys(found).length === 0) await onSubmit(values);
  };
  return (
    <form onSubmit={submit} noValidate>
      {notice}
      <SelectInput
        label="Service"
        required
        value={values.service}
        onChange={(e) => set('service', e.target.value as BulletinFormValues['service'])}
        options={[
          { value: 'default', label: `Cdap – ${DEFAULT_SERVICE.label}` },
          { value: 'other', label: 'Un autre service' },
        ]}
      />
      {values.service === 'other' ? (
        <FieldRow>
          <TextInput
            label="Sigle du service"
            required
            value={values.serviceCode}
            onChange={(e) => set('serviceCode', e.target.value)}
            error={errors.serviceCode}
            help="Tel qu’écrit sur le bulletin, par exemple AFAS."
            autoFocus
          />
          <TextInput
            label="Nom du service"
            value={values.serviceLabel}
            onChange={(e) => set('serviceLabel', e.target.value)}
          />
        </FieldRow>
      ) : null}
      <TextInput
        label="Site ou service concerné"
        value={values.siteLabel}
        onChange={(e) => set('siteLabel', e.target.value)}
        help="Si votre structure a un bulletin par site ou par service (une résidence, la domiciliation…). Sinon, laissez vide."
      />
      <FieldRow>
        <TextInput
          label="Numéro d’annexe"
          value={values.annexNumber}
          onChange={(e) => set('annexNumber', e.target.value)}
          error={errors.annexNumber}
          help="Par exemple 2.1 pour « Annexe 2.1 »."
        />
        <DateInput
          label="Date du bulletin"
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
          error={errors.date}
        />
      </FieldRow>
      <ErrorList errors={serverErrors} />
      <div className="dialog-actions">
        <Button variant="secondary" onPress={onCancel}>
          Annuler
        </Button>
        <Button type="submit" variant="primary" isDisabled={busy || !canSave}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function CustomProfileForm({
  profiles,
  serverErrors,
  busy,
  onSubmit,
  onCancel,
}: {
  profiles: readonly Profile[];
  serverErrors: readonly string[];
  busy: boolean;
  onSubmit: (
    p: { code: string; label: string; requiresQualifiedSocialWorker: boolean },
    max: number,
  ) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [max, setMax] = useState('');
  const [qualified, setQualified] = useState(false);
  const [errors, setErrors] = useState<{ code?: string; label?: string; max?: string }>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const normal = normaliseProfileCode(code);
    const found: typeof errors = checkNewProfile({ code, label }, profiles);
    const parsed = parseQuotaInput(max);
    if (!parsed.ok) found.max = parsed.error;
    else if (parsed.max === null) found.max = 'Indiquez le nombre maximal d’habilitations.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.ok || parsed.max === null) return;
    await onSubmit({ code: normal, label, requiresQualifiedSocialWorker: qualified }, parsed.max);
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>Le profil est ajouté au catalogue (Paramètres), puis son quota à ce bulletin.</p>
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
          label="Nombre maximal d’habilitations"
          required
          inputMode="numeric"
          value={max}
          onChange={(e) => setMax(e.target.value)}
          error={errors.max}
        />
      </FieldRow>
      <TextInput
        label="Libellé du profil"
        required
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={errors.label}
      />
      <CheckboxInput
        label="Réservé aux travailleurs sociaux diplômés"
        checked={qualified}
        onChange={(e) => setQualified(e.target.checked)}
      />
      <ErrorList errors={serverErrors} />
      <FormActions onCancel={onCancel} submitLabel="Ajouter le profil et son quota" busy={busy} />
    </form>
  );
}
