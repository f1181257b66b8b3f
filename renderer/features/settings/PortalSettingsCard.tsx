import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { unusedMonthsSchema } from '../../../shared/domain/schemas';
import { getUnusedMonths, setUnusedMonths } from '../../db/repositories/portal';
import { useAction } from '../../shell/register/use-action';
import { useDb } from '../../shell/services';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextInput } from '../../ui/fields';

/** « 6 » → 6; empty or not a number → NaN, which the schema refuses in French. */
const monthsOf = (text: string) =>
  /^\s*\d+\s*$/.test(text)
    ? Number(text)
    : text.trim() === ''
      ? Number.NaN
      : Number(text.replace(',', '.'));

/** The reconciliation's « compte inutilisé » threshold, in months without a login. */
export function PortalSettingsCard() {
  const db = useDb();
  const current = useLiveQuery(() => getUnusedMonths(db), [db]);
  const action = useAction();
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const value = text ?? (current === undefined ? '' : String(current));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = unusedMonthsSchema.safeParse(monthsOf(value));
    if (!check.success) {
      setError(check.error.issues[0]?.message);
      return;
    }
    const ok = await action.run(
      () => setUnusedMonths(db, check.data).then(() => true),
      'Le seuil est enregistré ; il s’applique à la prochaine comparaison avec le portail.',
    );
    if (ok) setText(undefined);
  };
  return (
    <Card title="Rapprochement avec le portail" id="settings-portal">
      <form onSubmit={submit} noValidate className="settings-user-form">
        <TextInput
          label="Compte inutilisé après (mois sans connexion)"
          inputMode="numeric"
          required
          value={value}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          error={error ?? (action.errors.length ? action.errors.join(' ') : undefined)}
          help="Un compte actif du portail sans connexion depuis ce nombre de mois est signalé « compte inutilisé » : moindre affectation, retirez-le s’il ne sert plus. 6 mois par défaut."
        />
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            isDisabled={action.busy || text === undefined || monthsOf(text) === current}
          >
            Enregistrer le seuil
          </Button>
        </div>
      </form>
    </Card>
  );
}
