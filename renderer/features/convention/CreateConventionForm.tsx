import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { Convention } from '../../../shared/domain/schemas';
import { createConvention } from '../../db/repositories/conventions';
import { Button } from '../../ui/Button';
import { useAction } from '../../shell/register/use-action';
import {
  createFromValues,
  createValuesSchema,
  EMPTY_CREATE_VALUES,
  type CreateValues,
} from './form-values';
import { CafFields, ConventionFields, PartnerFields } from './OrganisationFields';
import { FormErrors, useWriter } from './parts';

/**
 * « Créer la convention »: the partner, the CAF and the convention itself. Saving creates
 * them in one journalised transaction and makes the new convention the current one.
 */
export function CreateConventionForm({
  onCreated,
  onCancel,
}: {
  onCreated?: (convention: Convention) => void;
  onCancel?: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<CreateValues>({
    resolver: zodResolver(createValuesSchema),
    defaultValues: EMPTY_CREATE_VALUES,
  });
  const submit = form.handleSubmit(async (values) => {
    const created = await run(
      () => createConvention(db, actor, createFromValues(values)),
      `Convention ${values.convention.number.trim()} enregistrée.`,
    );
    if (created) onCreated?.(created);
  });
  return (
    <form className="convention-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <fieldset className="convention-fieldset">
        <legend>Le partenaire</legend>
        <PartnerFields form={form} />
      </fieldset>
      <fieldset className="convention-fieldset">
        <legend>La Caf</legend>
        <CafFields form={form} />
      </fieldset>
      <fieldset className="convention-fieldset">
        <legend>La convention</legend>
        <ConventionFields form={form} />
      </fieldset>
      <FormErrors errors={errors} />
      <div className="form-actions">
        {onCancel ? (
          <Button variant="secondary" onPress={onCancel}>
            Annuler
          </Button>
        ) : null}
        <Button type="submit" variant="primary" isDisabled={busy}>
          Enregistrer la convention
        </Button>
      </div>
    </form>
  );
}
