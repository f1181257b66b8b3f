import { useState } from 'react';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { TextInput } from '../../ui/fields';
import { RestorePreview } from './RestorePreview';
import type { RestoreFlow } from './restore-flow';

/** The restore flow's dialogs: passphrase, preview and confirmation, restore without safety backup. */
export function RestoreDialogs({ flow }: { flow: RestoreFlow }) {
  const { step, cancel } = flow;
  return (
    <>
      <Dialog
        title="Restaurer cette sauvegarde ?"
        isOpen={step?.kind === 'preview'}
        onClose={cancel}
        wide
      >
        {step?.kind === 'preview' ? (
          <>
            <p>
              Fichier « {step.source} ». Toutes les données actuelles de ce poste seront remplacées
              par celles-ci. Une sauvegarde de vos données actuelles sera prise juste avant.
            </p>
            <RestorePreview preview={step.parsed.preview} />
            <div className="dialog-actions">
              <Button onPress={cancel}>Annuler</Button>
              <Button variant="danger" onPress={() => void flow.restore(step.parsed)}>
                {step.parsed.preview.warnings.length
                  ? 'Restaurer malgré les incohérences'
                  : 'Restaurer cette sauvegarde'}
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>

      <ConfirmDialog
        title="Restaurer sans sauvegarde de sécurité ?"
        message={
          step?.kind === 'unsafe'
            ? `La sauvegarde de vos données actuelles n’a pas pu être écrite : ${step.reason} Le fichier à restaurer, lui, a été entièrement vérifié. Si vous continuez, vos données actuelles seront remplacées sans copie : exportez-les d’abord ailleurs si vous en avez besoin.`
            : ''
        }
        confirmLabel="Restaurer quand même"
        isOpen={step?.kind === 'unsafe'}
        onCancel={cancel}
        onConfirm={() => {
          if (step?.kind === 'unsafe') void flow.restore(step.parsed, true);
        }}
      />

      <Dialog title="Sauvegarde protégée" isOpen={step?.kind === 'passphrase'} onClose={cancel}>
        {step?.kind === 'passphrase' ? (
          <PassphraseForm key={step.name} name={step.name} flow={flow} />
        ) : null}
      </Dialog>
    </>
  );
}

/** Asks the passphrase of a protected stored backup (empty at each opening). */
function PassphraseForm({ name, flow }: { name: string; flow: RestoreFlow }) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        flow.cancel();
        void flow.openStored(name, passphrase);
      }}
    >
      <TextInput
        label="Phrase de passe"
        type="password"
        required
        autoFocus
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <div className="dialog-actions">
        <Button onPress={flow.cancel}>Annuler</Button>
        <Button type="submit" variant="primary">
          Ouvrir la sauvegarde
        </Button>
      </div>
    </form>
  );
}
