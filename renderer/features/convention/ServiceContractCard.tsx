import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatDateFr, isValidIsoDate } from '../../../shared/domain/dates';
import { formatPhone } from '../../../shared/domain/format';
import { email as emailSchema, SIDES, type ServiceContract } from '../../../shared/domain/schemas';
import { saveServiceContract } from '../../db/repositories/conventions';
import { newId } from '../../db/ids';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { EditedRowScope, type EditedRow } from '../../shell/register/use-edited-row';
import { compact } from './form-values';
import { bindField, Facts, FormErrors, SIDE_LABELS, SIDE_OPTIONS, useWriter } from './parts';
import { FormActions } from '../../ui/FormActions';

const optionalEmail = z
  .string()
  .trim()
  .refine((v) => v === '' || emailSchema.safeParse(v).success, 'Adresse mél invalide.');

const contractValuesSchema = z.object({
  signedOn: z.string().refine((v) => v === '' || isValidIsoDate(v), 'Cette date n’existe pas.'),
  serviceCentreEmail: optionalEmail,
  serviceCentreHours: z.string().trim().max(200, '200 caractères au plus.'),
  handlingTime: z.string().trim().max(200, '200 caractères au plus.'),
  escalation: z
    .array(
      z.object({
        side: z.enum(SIDES),
        name: z.string().trim().min(1, 'Indiquez le nom de l’interlocuteur.').max(200),
        function: z.string().trim().max(200),
        phone: z.string().trim().max(40),
        email: optionalEmail,
      }),
    )
    .max(20, '20 interlocuteurs au plus.'),
});
type ContractValues = z.infer<typeof contractValuesSchema>;

function toValues(sc: ServiceContract | undefined): ContractValues {
  return {
    signedOn: sc?.signedOn ?? '',
    serviceCentreEmail: sc?.serviceCentreEmail ?? '',
    serviceCentreHours: sc?.serviceCentreHours ?? '',
    handlingTime: sc?.handlingTime ?? '',
    escalation: (sc?.escalation ?? []).map((c) => ({
      side: c.side,
      name: c.name,
      function: c.function ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
    })),
  };
}

function fromValues(
  conventionId: string,
  current: ServiceContract | undefined,
  v: ContractValues,
): ServiceContract {
  return {
    id: current?.id ?? newId(),
    conventionId,
    ...compact({
      signedOn: v.signedOn,
      serviceCentreEmail: v.serviceCentreEmail,
      serviceCentreHours: v.serviceCentreHours,
      handlingTime: v.handlingTime,
    }),
    escalation: v.escalation.map((c) =>
      compact({
        side: c.side,
        name: c.name,
        function: c.function,
        phone: formatPhone(c.phone),
        email: c.email,
      }),
    ),
  };
}

function ContractForm({
  conventionId,
  contract,
  edit,
  onDone,
}: {
  conventionId: string;
  contract: ServiceContract | undefined;
  edit: Pick<EditedRow<ServiceContract>, 'notice' | 'canSave' | 'editBase'>;
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<ContractValues>({
    resolver: zodResolver(contractValuesSchema),
    defaultValues: toValues(contract),
  });
  const escalation = useFieldArray({ control: form.control, name: 'escalation' });
  const field = bindField(form);
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(
      () =>
        saveServiceContract(db, actor, fromValues(conventionId, contract, values), edit.editBase),
      'Contrat de services enregistré.',
    );
    if (saved) onDone();
  });
  const count = escalation.fields.length;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {edit.notice}
      <FieldRow>
        <DateInput label="Date du contrat de services" {...field('signedOn')} />
        <TextInput
          label="Délai de traitement des demandes"
          help="Exemple : sous 48 heures (contrat art. 3)."
          {...field('handlingTime')}
        />
      </FieldRow>
      <FieldRow>
        <TextInput
          label="Adresse mél du Centre de services Caf"
          type="email"
          {...field('serviceCentreEmail')}
        />
        <TextInput
          label="Horaires du Centre de services Caf"
          help="Exemple : du lundi au vendredi de 9 h à 16 h."
          {...field('serviceCentreHours')}
        />
      </FieldRow>
      <fieldset className="convention-fieldset">
        <legend>Interlocuteurs d’escalade, dans l’ordre où les appeler (contrat art. 3.3)</legend>
        {count === 0 ? (
          <p className="muted">
            Aucun interlocuteur d’escalade. Ajoutez-les dans l’ordre du contrat.
          </p>
        ) : null}
        {escalation.fields.map((c, index) => {
          const n = index + 1;
          return (
            <fieldset key={c.id} className="convention-fieldset convention-escalation">
              <legend>Interlocuteur d’escalade n° {n}</legend>
              <FieldRow>
                <SelectInput
                  label={`Côté (n° ${n})`}
                  required
                  options={SIDE_OPTIONS}
                  {...field(`escalation.${index}.side`)}
                />
                <TextInput
                  label={`Nom (n° ${n})`}
                  required
                  {...field(`escalation.${index}.name`)}
                />
                <TextInput
                  label={`Fonction (n° ${n})`}
                  {...field(`escalation.${index}.function`)}
                />
              </FieldRow>
              <FieldRow>
                <TextInput
                  label={`Téléphone (n° ${n})`}
                  type="tel"
                  {...field(`escalation.${index}.phone`)}
                />
                <TextInput
                  label={`Adresse mél (n° ${n})`}
                  type="email"
                  {...field(`escalation.${index}.email`)}
                />
              </FieldRow>
              <div className="convention-row-actions">
                <Button
                  variant="quiet"
                  aria-label={`Monter l’interlocuteur n° ${n}`}
                  isDisabled={index === 0}
                  onPress={() => escalation.move(index, index - 1)}
                >
                  Monter
                </Button>
                <Button
                  variant="quiet"
                  aria-label={`Descendre l’interlocuteur n° ${n}`}
                  isDisabled={index === count - 1}
                  onPress={() => escalation.move(index, index + 1)}
                >
                  Descendre
                </Button>
                <Button
                  variant="quiet"
                  aria-label={`Retirer l’interlocuteur n° ${n}`}
                  onPress={() => escalation.remove(index)}
                >
                  Retirer
                </Button>
              </div>
            </fieldset>
          );
        })}
        <Button
          isDisabled={count >= 20}
          onPress={() =>
            escalation.append({ side: 'caf', name: '', function: '', phone: '', email: '' })
          }
        >
          Ajouter un interlocuteur d’escalade
        </Button>
      </fieldset>
      <FormErrors errors={errors} />
      <FormActions
        onCancel={onDone}
        submitLabel="Enregistrer le contrat de services"
        busy={busy}
        disabled={!edit.canSave}
      />
    </form>
  );
}

export function ServiceContractCard({
  conventionId,
  contract,
}: {
  conventionId: string;
  contract: ServiceContract | undefined;
}) {
  const [editing, setEditing] = useState(false);
  const escalation = contract?.escalation ?? [];
  return (
    <Card
      id="convention-contrat"
      title="Contrat de services"
      actions={
        <Button aria-label="Modifier le contrat de services" onPress={() => setEditing(true)}>
          Modifier
        </Button>
      }
    >
      <Facts
        items={[
          ['Date du contrat', formatDateFr(contract?.signedOn)],
          ['Mél du Centre de services Caf', contract?.serviceCentreEmail],
          ['Horaires du Centre de services', contract?.serviceCentreHours],
          ['Délai de traitement', contract?.handlingTime],
        ]}
      />
      <h3 className="convention-subtitle">Interlocuteurs d’escalade (contrat art. 3.3)</h3>
      <p className="muted">
        Sans réponse du Centre de services sous 10 jours, ou en cas d’urgence, contactez-les dans
        cet ordre.
      </p>
      {escalation.length === 0 ? (
        <p className="muted">Aucun interlocuteur d’escalade enregistré.</p>
      ) : (
        <table className="data">
          <caption className="convention-caption">Interlocuteurs d’escalade, dans l’ordre</caption>
          <thead>
            <tr>
              <th scope="col">Ordre</th>
              <th scope="col">Côté</th>
              <th scope="col">Nom</th>
              <th scope="col">Fonction</th>
              <th scope="col">Téléphone</th>
              <th scope="col">Adresse mél</th>
            </tr>
          </thead>
          <tbody>
            {escalation.map((c, i) => (
              <tr key={`${i}-${c.name}`}>
                <td>{i + 1}</td>
                <td>{SIDE_LABELS[c.side]}</td>
                <td>{c.name}</td>
                <td>{c.function}</td>
                <td>{formatPhone(c.phone)}</td>
                <td>{c.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog
        title="Modifier le contrat de services"
        isOpen={editing}
        onClose={() => setEditing(false)}
        wide
      >
        <EditedRowScope
          current={contract}
          what="Le contrat de services"
          onClose={() => setEditing(false)}
        >
          {(edit) => (
            <ContractForm
              key={edit.formKey}
              conventionId={conventionId}
              contract={edit.base}
              edit={edit}
              onDone={() => setEditing(false)}
            />
          )}
        </EditedRowScope>
      </Dialog>
    </Card>
  );
}
