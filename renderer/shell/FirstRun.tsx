import { useState, type FormEvent } from 'react';
import { frenchErrorMessage } from '../../shared/domain/technical-errors';
import { ValidationError } from '../db/validation';
import { Form } from 'react-aria-components';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { userNameSchema } from '../../shared/domain/schemas';

/** Asked once: the name recorded in the journal for every change made on this workstation. */
export function FirstRun({ onSubmit }: { onSubmit: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = userNameSchema.safeParse(name);
    if (!check.success) {
      setError(check.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name);
    } catch (err) {
      setError(err instanceof ValidationError ? err.messages.join(' ') : frenchErrorMessage(err));
      setBusy(false);
    }
  };

  return (
    <main className="first-run">
      <div className="first-run-card">
        <h1>Bienvenue dans Convention MCP</h1>
        <p>
          Ce registre tient, sur ce poste, votre convention « Mon Compte Partenaire » avec la Caf :
          interlocuteurs, bulletins et quotas, habilitations des agents et revue annuelle.
        </p>
        <Form onSubmit={submit} validationBehavior="aria">
          <TextField
            label="Votre prénom et votre nom"
            description="Il sera inscrit au journal à chaque modification que vous ferez."
            value={name}
            onChange={(v) => {
              setName(v);
              setError(undefined);
            }}
            errorMessage={error}
            isRequired
            autoFocus
            autoComplete="name"
          />
          <Button type="submit" variant="primary" isDisabled={busy}>
            Commencer
          </Button>
        </Form>
      </div>
    </main>
  );
}
