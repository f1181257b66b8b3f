import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatPhone } from '../../../shared/domain/format';
import type { Organisation } from '../../../shared/domain/schemas';
import { formatSiret } from '../../../shared/domain/siret';
import { updateOrganisation } from '../../db/repositories/conventions';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../shell/register/use-action';
import { EditedRowScope } from '../../shell/register/use-edited-row';
import {
  PARTNER_KIND_LABELS,
  partnerFromValues,
  partnerToValues,
  partnerValuesSchema,
  type PartnerValues,
} from './form-values';
import { PartnerFields } from './OrganisationFields';
import { Facts, FormErrors, useWriter } from './parts';
import { DialogActions, person, type EditProps } from './party-parts';

const partnerFormSchema = z.object({ partner: partnerValuesSchema });

function PartnerForm({
  partner,
  edit,
  onDone,
}: {
  partner: Organisation;
  edit: EditProps;
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<{ partner: PartnerValues }>({
    resolver: zodResolver(partnerFormSchema),
    defaultValues: { partner: partnerToValues(partner) },
  });
  const submit = form.handleSubmit(async ({ partner: values }) => {
    const { id, role } = partner;
    const saved = await run(
      () =>
        updateOrganisation(db, actor, { id, role, ...partnerFromValues(values) }, edit.editBase),
      'Partenaire enregistré.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {edit.notice}
      <PartnerFields form={form} />
      <FormErrors errors={errors} />
      <DialogActions
        busy={busy}
        canSave={edit.canSave}
        label="Enregistrer le partenaire"
        onCancel={onDone}
      />
    </form>
  );
}

export function PartnerCard({ partner }: { partner: Organisation }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      id="convention-partenaire"
      title="Partenaire"
      actions={
        <Button aria-label="Modifier le partenaire" onPress={() => setEditing(true)}>
          Modifier
        </Button>
      }
    >
      <Facts
        items={[
          ['Nom', partner.name],
          ['Type', partner.partnerKind ? PARTNER_KIND_LABELS[partner.partnerKind] : ''],
          ['SIRET', partner.siret ? formatSiret(partner.siret) : ''],
          ['Adresse', partner.address],
          ['Représentant', person(partner.representative)],
          ['Adresse mél', partner.email],
          ['Téléphone', formatPhone(partner.phone)],
        ]}
      />
      <Dialog
        title="Modifier le partenaire"
        isOpen={editing}
        onClose={() => setEditing(false)}
        wide
      >
        <EditedRowScope current={partner} what="Ce partenaire" onClose={() => setEditing(false)}>
          {(edit) => (
            <PartnerForm
              key={edit.formKey}
              partner={edit.base ?? partner}
              edit={edit}
              onDone={() => setEditing(false)}
            />
          )}
        </EditedRowScope>
      </Dialog>
    </Card>
  );
}
