import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { formatDateFr, isValidIsoDate } from '../../../shared/domain/dates';
import type { SubcontractorNotice } from '../../../shared/domain/schemas';
import { guillemets } from '../../../shared/domain/text';
import {
  removeSubcontractorNotice,
  saveSubcontractorNotice,
} from '../../db/repositories/conventions';
import { DateInput, FieldRow, TextArea, TextInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { compact, requiredDate } from './form-values';
import { bindField, FormErrors, useWriter } from './parts';
import { checkSubcontractorStart } from './subcontractor-rule';

import { FormButtons, ListCard } from './FollowUpCards';

const noticeValuesSchema = z.object({
  provider: z.string().trim().min(1, 'Indiquez le nom du prestataire.').max(300),
  location: z.string().trim().max(300),
  tasks: z.string().trim().max(1000),
  notifiedOn: requiredDate('Indiquez la date de l’annonce à la Caf.'),
  startOn: requiredDate('Indiquez la date de début du prestataire.'),
});
type NoticeValues = z.infer<typeof noticeValuesSchema>;

function NoticeForm({
  conventionId,
  notice,
  onDone,
}: {
  conventionId: string;
  notice: SubcontractorNotice | undefined;
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<NoticeValues>({
    resolver: zodResolver(noticeValuesSchema),
    defaultValues: {
      provider: notice?.provider ?? '',
      location: notice?.location ?? '',
      tasks: notice?.tasks ?? '',
      notifiedOn: notice?.notifiedOn ?? '',
      startOn: notice?.startOn ?? '',
    },
  });
  const field = bindField(form);
  const [notifiedOn, startOn] = useWatch({
    control: form.control,
    name: ['notifiedOn', 'startOn'],
  });
  const check = checkSubcontractorStart(notifiedOn, startOn);
  const earliest = isValidIsoDate(notifiedOn)
    ? checkSubcontractorStart(notifiedOn, notifiedOn)?.earliest
    : undefined;
  const submit = form.handleSubmit(async (v) => {
    const saved = await run(
      () =>
        saveSubcontractorNotice(db, actor, {
          ...(notice ? { id: notice.id } : {}),
          conventionId,
          ...compact({ provider: v.provider, location: v.location, tasks: v.tasks }),
          notifiedOn: v.notifiedOn,
          startOn: v.startOn,
        }),
      'Prestataire enregistré.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        Tout prestataire qui accède aux données doit être annoncé à la Caf par courrier au moins 6
        mois avant de commencer (conv. art. 14).
      </p>
      <FieldRow>
        <TextInput label="Prestataire" required {...field('provider')} />
        <TextInput
          label="Lieu"
          help="Où le prestataire et la base de données sont situés."
          {...field('location')}
        />
      </FieldRow>
      <TextArea label="Tâches confiées" {...field('tasks')} />
      <FieldRow>
        <DateInput label="Annoncé à la Caf le" required {...field('notifiedOn')} />
        <DateInput
          label="Début de la prestation"
          required
          help={
            earliest
              ? `Au plus tôt le ${formatDateFr(earliest)} (6 mois après l’annonce).`
              : undefined
          }
          {...field('startOn')}
        />
      </FieldRow>
      {check && !check.ok ? (
        <div className="warning-box" role="status">
          {check.message} Vous pouvez enregistrer ces dates si elles sont exactes : le tableau de
          bord signalera l’écart.
        </div>
      ) : null}
      <FormErrors errors={errors} />
      <FormButtons busy={busy} label="Enregistrer le prestataire" onCancel={onDone} />
    </form>
  );
}

export function SubcontractorsCard({
  conventionId,
  notices,
}: {
  conventionId: string;
  notices: SubcontractorNotice[];
}) {
  const { db, actor } = useWriter();
  return (
    <ListCard<SubcontractorNotice>
      id="convention-prestataires"
      title="Prestataires (sous-traitance)"
      addLabel="Ajouter un prestataire"
      editTitle="Modifier le prestataire"
      rows={notices}
      empty={
        <p className="muted">
          Aucun prestataire. Si un prestataire accède aux données, annoncez-le à la Caf 6 mois avant
          son début (conv. art. 14) et enregistrez-le ici.
        </p>
      }
      nameOf={(n) => `le prestataire ${guillemets(n.provider)}`}
      remove={(n) => removeSubcontractorNotice(db, actor, n.id)}
      removedMessage="Prestataire supprimé."
      form={(n, done) => <NoticeForm conventionId={conventionId} notice={n} onDone={done} />}
      table={(actions) => (
        <table className="data">
          <caption className="convention-caption">
            Prestataires annoncés à la Caf (conv. art. 14)
          </caption>
          <thead>
            <tr>
              <th scope="col">Prestataire</th>
              <th scope="col">Lieu</th>
              <th scope="col">Tâches</th>
              <th scope="col">Annoncé le</th>
              <th scope="col">Début</th>
              <th scope="col">Préavis de 6 mois</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => {
              const check = checkSubcontractorStart(n.notifiedOn, n.startOn);
              return (
                <tr key={n.id}>
                  <td>{n.provider}</td>
                  <td>{n.location}</td>
                  <td>{n.tasks}</td>
                  <td>{formatDateFr(n.notifiedOn)}</td>
                  <td>{formatDateFr(n.startOn)}</td>
                  <td>
                    {check?.ok === false ? (
                      <>
                        <span className="badge badge-alerte">Non respecté</span> début possible au
                        plus tôt le {formatDateFr(check.earliest)}
                      </>
                    ) : (
                      <span className="badge badge-ok">Respecté</span>
                    )}
                  </td>
                  {actions(n)}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    />
  );
}

// ——— Sessions d'information sécurité (conv. art. 9.2) ———
