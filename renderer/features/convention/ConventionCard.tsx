import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useFieldArray, useForm } from 'react-hook-form';
import { formatDateFr, nextAnniversary } from '../../../shared/domain/dates';
import type { Convention } from '../../../shared/domain/schemas';
import { updateConvention } from '../../db/repositories/conventions';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../shell/register/use-action';
import { EditedRowScope } from '../../shell/register/use-edited-row';
import { DateInput, FieldRow, TextInput } from '../../ui/fields';
import { todayIso } from '../../shell/register/use-register';
import {
  conventionEditFromValues,
  conventionEditSchema,
  conventionEditToValues,
  MODE_LABELS,
  type ConventionEditValues,
} from './form-values';
import { ConventionFields } from './OrganisationFields';
import { bindField, Facts, FormErrors, useWriter } from './parts';
import { DialogActions, type EditProps } from './party-parts';

function ConventionForm({
  convention,
  edit,
  onDone,
  focusField,
}: {
  convention: Convention;
  edit: EditProps;
  onDone: () => void;
  focusField?: 'convention.effectiveOn' | undefined;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<ConventionEditValues>({
    resolver: zodResolver(conventionEditSchema),
    defaultValues: conventionEditToValues(convention),
  });
  const missions = useFieldArray({ control: form.control, name: 'missions' });
  const field = bindField(form);
  useEffect(() => {
    if (!focusField) return;
    // After the dialog has moved focus into itself.
    const timer = setTimeout(() => form.setFocus(focusField, { shouldSelect: false }), 50);
    return () => clearTimeout(timer);
  }, [focusField, form]);
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(
      () =>
        updateConvention(db, actor, conventionEditFromValues(convention, values), edit.editBase),
      'Convention enregistrée.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {edit.notice}
      <ConventionFields form={form} />
      <fieldset className="convention-fieldset">
        <legend>Missions du partenaire (conv. art. 8)</legend>
        {missions.fields.length === 0 ? (
          <p className="muted">
            Aucune mission. Ajoutez celles que la convention énumère à l’article 8.
          </p>
        ) : null}
        {missions.fields.map((m, index) => (
          <div key={m.id} className="convention-list-row">
            <TextInput
              label={`Mission ${index + 1}`}
              required
              {...field(`missions.${index}.text`)}
            />
            <Button
              variant="quiet"
              aria-label={`Retirer la mission ${index + 1}`}
              onPress={() => missions.remove(index)}
            >
              Retirer
            </Button>
          </div>
        ))}
        <Button onPress={() => missions.append({ text: '' })}>Ajouter une mission</Button>
      </fieldset>
      <fieldset className="convention-fieldset">
        <legend>Délibération qui autorise la signature</legend>
        <FieldRow>
          <TextInput
            label="Organe délibérant"
            help="Exemple : Conseil d’administration du CCAS, Conseil municipal."
            {...field('deliberation.body')}
          />
          <DateInput label="Date de la délibération" {...field('deliberation.date')} />
        </FieldRow>
        <FieldRow>
          <TextInput label="Numéro de la délibération" {...field('deliberation.number')} />
          <TextInput
            label="Identifiant de l’acte en préfecture"
            help="Numéro d’accusé de réception de la transmission au contrôle de légalité, s’il y en a un."
            {...field('deliberation.prefectureActId')}
          />
        </FieldRow>
      </fieldset>
      <FormErrors errors={errors} />
      <DialogActions
        busy={busy}
        canSave={edit.canSave}
        label="Enregistrer la convention"
        onCancel={onDone}
      />
    </form>
  );
}

export function ConventionCard({ convention }: { convention: Convention }) {
  // « ?champ=date-effet » (the dashboard's alert) opens the form on that field.
  const [params, setParams] = useSearchParams();
  const focusField = params.get('champ') === 'date-effet' ? 'convention.effectiveOn' : undefined;
  const [editing, setEditingState] = useState(Boolean(focusField));
  const setEditing = (open: boolean) => {
    setEditingState(open);
    if (!open && focusField) setParams({}, { replace: true });
  };
  const d = convention.deliberation;
  const renewal =
    convention.effectiveOn && !convention.termination
      ? nextAnniversary(convention.effectiveOn, todayIso())
      : undefined;
  return (
    <Card
      id="convention-convention"
      title="Convention"
      actions={
        <Button aria-label="Modifier la convention" onPress={() => setEditing(true)}>
          Modifier
        </Button>
      }
    >
      <Facts
        items={[
          ['Numéro', convention.number],
          ['Signée à', convention.signedAt],
          ['Signée le', formatDateFr(convention.signedOn)],
          ['Date d’effet', formatDateFr(convention.effectiveOn)],
          ['Mode de gestion', MODE_LABELS[convention.mode]],
          [
            'Prochain renouvellement tacite',
            renewal ? `${formatDateFr(renewal)} (chaque année, conv. art. 17.1)` : '',
          ],
        ]}
      />
      <h3 className="convention-subtitle">Missions du partenaire (conv. art. 8)</h3>
      {convention.missions.length ? (
        <ol className="convention-missions">
          {convention.missions.map((m, i) => (
            <li key={`${i}-${m}`}>{m}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">
          Aucune mission enregistrée. Ajoutez celles de l’article 8 avec « Modifier ».
        </p>
      )}
      <h3 className="convention-subtitle">Délibération</h3>
      <Facts
        items={[
          ['Organe délibérant', d?.body],
          ['Date', formatDateFr(d?.date)],
          ['Numéro', d?.number],
          ['Acte en préfecture', d?.prefectureActId],
        ]}
      />
      <Dialog
        title="Modifier la convention"
        isOpen={editing}
        onClose={() => setEditing(false)}
        wide
      >
        <EditedRowScope current={convention} what="La convention" onClose={() => setEditing(false)}>
          {(edit) => (
            <ConventionForm
              key={edit.formKey}
              convention={edit.base ?? convention}
              edit={edit}
              onDone={() => setEditing(false)}
              focusField={focusField}
            />
          )}
        </EditedRowScope>
      </Dialog>
    </Card>
  );
}
