import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatDateFr } from '../../../shared/domain/dates';
import type { Avenant } from '../../../shared/domain/schemas';
import { guillemets } from '../../../shared/domain/text';
import { removeAvenant, saveAvenant } from '../../db/repositories/conventions';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { DateInput, TextArea } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { requiredDate } from './form-values';
import { bindField, FormErrors, useWriter } from './parts';
import { FormActions } from '../../ui/FormActions';

const avenantValuesSchema = z.object({
  date: requiredDate('Indiquez la date de l’avenant.'),
  object: z
    .string()
    .trim()
    .min(1, 'Indiquez l’objet de l’avenant.')
    .max(1000, '1000 caractères au plus.'),
});
type AvenantValues = z.infer<typeof avenantValuesSchema>;

function AvenantForm({
  conventionId,
  avenant,
  onDone,
}: {
  conventionId: string;
  avenant: Avenant | undefined;
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<AvenantValues>({
    resolver: zodResolver(avenantValuesSchema),
    defaultValues: { date: avenant?.date ?? '', object: avenant?.object ?? '' },
  });
  const field = bindField(form);
  const submit = form.handleSubmit(async (values) => {
    const saved = await run(
      () =>
        saveAvenant(db, actor, { ...(avenant ? { id: avenant.id } : {}), conventionId, ...values }),
      'Avenant enregistré.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DateInput
        label="Date de l’avenant"
        required
        help="La date de sa signature par les deux parties."
        {...field('date')}
      />
      <TextArea
        label="Objet"
        required
        help="Exemple : Ajout du service AFAS (bulletin d’adhésion)."
        {...field('object')}
      />
      <FormErrors errors={errors} />
      <FormActions onCancel={onDone} submitLabel="Enregistrer l’avenant" busy={busy} />
    </form>
  );
}

const avenantName = (a: Avenant) => `l’avenant du ${formatDateFr(a.date)} ${guillemets(a.object)}`;

/** Every change of the convention, the contract or a bulletin is an avenant (conv. art. 17.3). */
export function AvenantsCard({
  conventionId,
  avenants,
}: {
  conventionId: string;
  avenants: Avenant[];
}) {
  const [editing, setEditing] = useState<Avenant | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Avenant | null>(null);
  const { db, actor } = useWriter();
  const { run } = useAction();
  return (
    <Card
      id="convention-avenants"
      title="Avenants"
      actions={<Button onPress={() => setEditing('new')}>Ajouter un avenant</Button>}
    >
      {avenants.length === 0 ? (
        <p className="muted">
          Aucun avenant. Toute modification de la convention, du contrat de services ou d’un
          bulletin fait l’objet d’un avenant signé par les deux parties (conv. art. 17.3).
        </p>
      ) : (
        <table className="data">
          <caption className="convention-caption">
            Avenants à la convention, du plus ancien au plus récent
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Objet</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {avenants.map((a) => (
              <tr key={a.id}>
                <td>{formatDateFr(a.date)}</td>
                <td>{a.object}</td>
                <td>
                  <div className="convention-row-actions">
                    <Button
                      variant="quiet"
                      aria-label={`Modifier ${avenantName(a)}`}
                      onPress={() => setEditing(a)}
                    >
                      Modifier
                    </Button>
                    <Button
                      variant="quiet"
                      aria-label={`Supprimer ${avenantName(a)}`}
                      onPress={() => setDeleting(a)}
                    >
                      Supprimer
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog
        title={editing === 'new' ? 'Ajouter un avenant' : 'Modifier l’avenant'}
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
      >
        <AvenantForm
          conventionId={conventionId}
          avenant={editing === 'new' || editing === null ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      </Dialog>
      <ConfirmDialog
        title="Supprimer l’avenant"
        message={
          deleting
            ? `Supprimer ${avenantName(deleting)} ? La suppression est inscrite au journal.`
            : ''
        }
        confirmLabel="Supprimer l’avenant"
        isOpen={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void run(() => removeAvenant(db, actor, target.id), 'Avenant supprimé.');
        }}
      />
    </Card>
  );
}
