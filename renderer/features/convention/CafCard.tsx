import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Organisation } from '../../../shared/domain/schemas';
import { updateOrganisation } from '../../db/repositories/conventions';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../shell/register/use-action';
import { EditedRowScope } from '../../shell/register/use-edited-row';
import { cafFromValues, cafToValues, cafValuesSchema, type CafValues } from './form-values';
import { CafFields } from './OrganisationFields';
import { Facts, FormErrors, useWriter } from './parts';
import { DialogActions, person, type EditProps } from './party-parts';

const cafFormSchema = z.object({ caf: cafValuesSchema });

function CafForm({
  caf,
  edit,
  onDone,
}: {
  caf: Organisation;
  edit: EditProps;
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<{ caf: CafValues }>({
    resolver: zodResolver(cafFormSchema),
    defaultValues: { caf: cafToValues(caf) },
  });
  const submit = form.handleSubmit(async ({ caf: values }) => {
    const { id, role, email, phone } = caf;
    const saved = await run(
      () =>
        updateOrganisation(
          db,
          actor,
          {
            id,
            role,
            ...(email ? { email } : {}),
            ...(phone ? { phone } : {}),
            ...cafFromValues(values),
          },
          edit.editBase,
        ),
      'Caf enregistrée.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {edit.notice}
      <CafFields form={form} />
      <FormErrors errors={errors} />
      <DialogActions
        busy={busy}
        canSave={edit.canSave}
        label="Enregistrer la Caf"
        onCancel={onDone}
      />
    </form>
  );
}

export function CafCard({ caf }: { caf: Organisation }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      id="convention-caf"
      title="Caf"
      actions={
        <Button aria-label="Modifier la Caf" onPress={() => setEditing(true)}>
          Modifier
        </Button>
      }
    >
      <Facts
        items={[
          ['Nom', caf.name],
          ['Adresse', caf.address],
          ['Directeur', person(caf.representative)],
        ]}
      />
      <Dialog title="Modifier la Caf" isOpen={editing} onClose={() => setEditing(false)} wide>
        <EditedRowScope current={caf} what="La Caf" onClose={() => setEditing(false)}>
          {(edit) => (
            <CafForm
              key={edit.formKey}
              caf={edit.base ?? caf}
              edit={edit}
              onDone={() => setEditing(false)}
            />
          )}
        </EditedRowScope>
      </Dialog>
    </Card>
  );
}
