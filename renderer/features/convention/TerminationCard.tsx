import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { formatDateFr, isValidIsoDate } from '../../../shared/domain/dates';
import { earliestTerminationDate } from '../../../shared/domain/rules/termination';
import type { Convention } from '../../../shared/domain/schemas';
import { cancelTermination, recordTermination } from '../../db/repositories/conventions';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { DateInput, FieldRow, SelectInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { todayIso } from '../../shell/register/use-register';
import { requiredDate } from './form-values';
import { bindField, Facts, FormErrors, SIDE_LABELS, SIDE_OPTIONS, useWriter } from './parts';
import { FormActions } from '../../ui/FormActions';

const terminationValuesSchema = z.object({
  letterReceivedOn: requiredDate('Indiquez la date de réception du courrier recommandé.'),
  effectiveOn: requiredDate('Indiquez la date d’effet demandée.'),
  initiatedBy: z.enum(['', 'caf', 'partner']),
});
type TerminationValues = z.infer<typeof terminationValuesSchema>;

function TerminationForm({ convention, onDone }: { convention: Convention; onDone: () => void }) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const t = convention.termination;
  const form = useForm<TerminationValues>({
    resolver: zodResolver(terminationValuesSchema),
    defaultValues: {
      letterReceivedOn: t?.letterReceivedOn ?? '',
      effectiveOn: t?.effectiveOn ?? '',
      initiatedBy: t?.initiatedBy ?? '',
    },
  });
  const field = bindField(form);
  const received = useWatch({ control: form.control, name: 'letterReceivedOn' });
  const earliest = isValidIsoDate(received) ? earliestTerminationDate(received) : undefined;
  const submit = form.handleSubmit(async ({ letterReceivedOn, effectiveOn, initiatedBy }) => {
    const saved = await run(
      () =>
        recordTermination(db, actor, convention.id, {
          letterReceivedOn,
          effectiveOn,
          ...(initiatedBy ? { initiatedBy } : {}),
        }),
      'Résiliation enregistrée.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        La résiliation se fait par lettre recommandée. Elle prend effet à la date demandée, mais
        jamais moins de 3 mois après la réception du courrier (conv. art. 17.2).
      </p>
      <FieldRow>
        <DateInput label="Courrier recommandé reçu le" required {...field('letterReceivedOn')} />
        <DateInput
          label="Date d’effet de la résiliation"
          required
          help={
            earliest
              ? `Au plus tôt le ${formatDateFr(earliest)} (3 mois après la réception, conv. art. 17.2).`
              : 'Au plus tôt 3 mois après la réception du courrier (conv. art. 17.2).'
          }
          {...field('effectiveOn')}
        />
      </FieldRow>
      <SelectInput
        label="Résiliation demandée par"
        placeholder="Non précisé"
        options={SIDE_OPTIONS}
        {...field('initiatedBy')}
      />
      <FormErrors errors={errors} />
      <FormActions onCancel={onDone} submitLabel="Enregistrer la résiliation" busy={busy} />
    </form>
  );
}

export function TerminationCard({ convention }: { convention: Convention }) {
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const { db, actor } = useWriter();
  const { run } = useAction();
  const t = convention.termination;
  const ended = t ? t.effectiveOn <= todayIso() : false;
  return (
    <Card
      id="convention-resiliation"
      title="Résiliation"
      actions={
        t ? (
          <>
            <Button aria-label="Modifier la résiliation" onPress={() => setEditing(true)}>
              Modifier
            </Button>
            <Button variant="quiet" onPress={() => setCancelling(true)}>
              Retirer la résiliation
            </Button>
          </>
        ) : (
          <Button onPress={() => setEditing(true)}>Enregistrer une résiliation</Button>
        )
      }
    >
      {t ? (
        <>
          <p>
            <span className={`badge ${ended ? 'badge-alerte' : 'badge-attention'}`}>
              {ended ? 'Convention résiliée' : 'Résiliation à venir'}
            </span>
          </p>
          <Facts
            items={[
              ['Courrier reçu le', formatDateFr(t.letterReceivedOn)],
              ['Prend effet le', formatDateFr(t.effectiveOn)],
              ['Demandée par', t.initiatedBy ? SIDE_LABELS[t.initiatedBy] : ''],
            ]}
          />
        </>
      ) : (
        <p className="muted">
          Aucune résiliation enregistrée : la convention est renouvelée tacitement chaque année
          (conv. art. 17.1).
        </p>
      )}
      <Dialog
        title="Résiliation de la convention"
        isOpen={editing}
        onClose={() => setEditing(false)}
      >
        <TerminationForm convention={convention} onDone={() => setEditing(false)} />
      </Dialog>
      <ConfirmDialog
        title="Retirer la résiliation"
        message={
          t
            ? `Retirer la résiliation prenant effet le ${formatDateFr(t.effectiveOn)} ? La convention sera de nouveau renouvelée tacitement. Le retrait est inscrit au journal.`
            : ''
        }
        confirmLabel="Retirer la résiliation"
        isOpen={cancelling}
        onCancel={() => setCancelling(false)}
        onConfirm={() => {
          setCancelling(false);
          void run(() => cancelTermination(db, actor, convention.id), 'Résiliation retirée.');
        }}
      />
    </Card>
  );
}
