import { useState, type FormEvent } from 'react';
import { userNameSchema } from '../../../shared/domain/schemas';
import { setUserName } from '../../db/repositories/settings';
import { useAction } from '../../shell/register/use-action';
import { useDb } from '../../shell/services';
import { useUserName } from '../../shell/use-user-name';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextInput } from '../../ui/fields';

/** « Votre nom »: the name written to the journal for every change made on this computer. */
export function UserNameCard() {
  const db = useDb();
  const current = useUserName();
  const action = useAction();
  const [name, setName] = useState<string>();
  const [error, setError] = useState<string>();
  const value = name ?? current ?? '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = userNameSchema.safeParse(value);
    if (!check.success) {
      setError(check.error.issues[0]?.message);
      return;
    }
    const ok = await action.run(
      () => setUserName(db, value).then(() => true),
      'Votre nom est enregistré.',
    );
    if (ok) setName(undefined);
  };
  return (
    <Card title="Votre nom" id="settings-user">
      <form onSubmit={submit} noValidate className="settings-user-form">
        <TextInput
          label="Votre prénom et votre nom"
          required
          value={value}
          onChange={(e) => {
            setName(e.target.value);
            setError(undefined);
          }}
          error={error ?? (action.errors.length ? action.errors.join(' ') : undefined)}
          help="Il est inscrit au journal à chaque modification que vous faites sur ce poste."
          autoComplete="name"
        />
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            isDisabled={action.busy || name === undefined || name === current}
          >
            Enregistrer le nom
          </Button>
        </div>
      </form>
    </Card>
  );
}
