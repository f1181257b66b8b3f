import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { addDays, formatDateFr, isValidIsoDate } from '../../../shared/domain/dates';
import { BILAN_REPORT_DAYS } from '../../../shared/domain/deadlines';
import type { BilanAnnuel } from '../../../shared/domain/schemas';
import { removeBilan, saveBilan } from '../../db/repositories/conventions';
import { DateInput, FieldRow, SelectInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { todayIso } from '../../shell/register/use-register';
import { compact, requiredDate } from './form-values';
import { bindField, FormErrors, SIDE_LABELS, SIDE_OPTIONS, useWriter } from './parts';

import { FormButtons, ListCard, optionalDate } from './FollowUpCards';

const bilanValuesSchema = z.object({
  meetingOn: requiredDate('Indiquez la date de la réunion.'),
  reportWrittenBy: z.enum(['', 'caf', 'partner']),
  reportValidatedOn: optionalDate,
});
type BilanValues = z.infer<typeof bilanValuesSchema>;

function BilanForm({
  conventionId,
  bilan,
  onDone,
}: {
  conventionId: string;
  bilan: BilanAnnuel | undefined;
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<BilanValues>({
    resolver: zodResolver(bilanValuesSchema),
    defaultValues: {
      meetingOn: bilan?.meetingOn ?? '',
      reportWrittenBy: bilan?.reportWrittenBy ?? '',
      reportValidatedOn: bilan?.reportValidatedOn ?? '',
    },
  });
  const field = bindField(form);
  const meetingOn = useWatch({ control: form.control, name: 'meetingOn' });
  const submit = form.handleSubmit(async (v) => {
    const saved = await run(
      () =>
        saveBilan(db, actor, {
          ...(bilan ? { id: bilan.id } : {}),
          conventionId,
          meetingOn: v.meetingOn,
          ...compact({
            reportWrittenBy: v.reportWrittenBy || undefined,
            reportValidatedOn: v.reportValidatedOn,
          }),
        }),
      'Bilan annuel enregistré.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FieldRow>
        <DateInput label="Date de la réunion" required {...field('meetingOn')} />
        <SelectInput
          label="Compte-rendu rédigé par"
          placeholder="Pas encore désigné"
          help="Chaque partie le rédige à tour de rôle (conv. art. 16)."
          options={SIDE_OPTIONS}
          {...field('reportWrittenBy')}
        />
        <DateInput
          label="Compte-rendu validé le"
          help={
            isValidIsoDate(meetingOn)
              ? `À valider par les deux parties avant le ${formatDateFr(addDays(meetingOn, BILAN_REPORT_DAYS))} (30 jours).`
              : 'À valider par les deux parties dans les 30 jours suivant la réunion.'
          }
          {...field('reportValidatedOn')}
        />
      </FieldRow>
      <FormErrors errors={errors} />
      <FormButtons busy={busy} label="Enregistrer le bilan annuel" onCancel={onDone} />
    </form>
  );
}

function BilanStatus({ bilan }: { bilan: BilanAnnuel }) {
  if (bilan.reportValidatedOn) {
    return (
      <>
        <span className="badge badge-ok">Validé</span> le {formatDateFr(bilan.reportValidatedOn)}
      </>
    );
  }
  const due = addDays(bilan.meetingOn, BILAN_REPORT_DAYS);
  const late = due < todayIso();
  return (
    <>
      {late ? (
        <span className="badge badge-alerte">En retard</span>
      ) : (
        <span className="badge badge-attention">À valider</span>
      )}{' '}
      Compte-rendu attendu avant le {formatDateFr(due)}
    </>
  );
}

export function BilansCard({
  conventionId,
  bilans,
}: {
  conventionId: string;
  bilans: BilanAnnuel[];
}) {
  const { db, actor } = useWriter();
  return (
    <ListCard<BilanAnnuel>
      id="convention-bilans"
      title="Bilans annuels"
      addLabel="Ajouter un bilan annuel"
      editTitle="Modifier le bilan annuel"
      rows={bilans}
      empty={
        <p className="muted">
          Aucun bilan annuel. Une réunion de bilan se tient chaque année ; son compte-rendu est
          validé par les deux parties dans les 30 jours (conv. art. 16).
        </p>
      }
      nameOf={(b) => `le bilan annuel du ${formatDateFr(b.meetingOn)}`}
      remove={(b) => removeBilan(db, actor, b.id)}
      removedMessage="Bilan annuel supprimé."
      form={(b, done) => <BilanForm conventionId={conventionId} bilan={b} onDone={done} />}
      table={(actions) => (
        <table className="data">
          <caption className="convention-caption">Bilans annuels (conv. art. 16)</caption>
          <thead>
            <tr>
              <th scope="col">Réunion</th>
              <th scope="col">Compte-rendu rédigé par</th>
              <th scope="col">Validation du compte-rendu</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {bilans.map((b) => (
              <tr key={b.id}>
                <td>{formatDateFr(b.meetingOn)}</td>
                <td>
                  {b.reportWrittenBy ? (
                    SIDE_LABELS[b.reportWrittenBy]
                  ) : (
                    <span className="muted">Non désigné</span>
                  )}
                </td>
                <td>
                  <BilanStatus bilan={b} />
                </td>
                {actions(b)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

// ——— Prestataires (conv. art. 14) ———
