import { useState } from 'react';
import { buildExport, exportFileName } from '../../db/export-import/export';
import { useServices } from '../../shell/services';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextInput } from '../../ui/fields';
import { formatSize } from '../../ui/format';
import type { Work } from './backups-work';

/** « Exporter une sauvegarde »: the button and its dialog (optional passphrase, typed twice). */
export function ExportBackup({ busy, work }: { busy: boolean; work: Work }) {
  const services = useServices();
  const notify = useUiStore(selectNotify);
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();

  const doExport = () => {
    if (passphrase && passphrase !== confirm) {
      setError('Les deux phrases de passe ne sont pas identiques.');
      return;
    }
    if (passphrase && passphrase.length < 8) {
      setError('Choisissez une phrase de passe d’au moins 8 caractères.');
      return;
    }
    setOpen(false);
    void work('Préparation de la sauvegarde…', async () => {
      const built = await buildExport(services.db, {
        appVersion: services.appVersion,
        reason: 'Export manuel',
        ...(passphrase ? { passphrase } : {}),
      });
      const result = await services.platform.saveFile({
        suggestedName: exportFileName(),
        filters: ['json'],
        bytes: built.bytes,
      });
      if (result.status === 'saved') {
        notify(
          'ok',
          `Sauvegarde exportée${passphrase ? ', protégée par votre phrase de passe' : ''} (${formatSize(built.bytes.byteLength)}).`,
          {
            file: result.path,
          },
        );
      }
      setPassphrase('');
      setConfirm('');
    });
  };

  return (
    <>
      <Button
        variant="primary"
        onPress={() => {
          setError(undefined);
          setOpen(true);
        }}
        isDisabled={busy}
      >
        Exporter une sauvegarde
      </Button>
      <Dialog title="Exporter une sauvegarde" isOpen={open} onClose={() => setOpen(false)}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            doExport();
          }}
        >
          <p>
            Un seul fichier avec tout le registre, à garder hors de ce poste (clé USB, serveur de la
            mairie). Une phrase de passe est facultative mais conseillée : sans elle, le fichier ne
            peut pas être ouvert. Elle n’est conservée nulle part : ne la perdez pas.
          </p>
          <TextInput
            label="Phrase de passe (facultative)"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => {
              setPassphrase(e.target.value);
              setError(undefined);
            }}
          />
          <TextInput
            label="Confirmez la phrase de passe"
            type="password"
            autoComplete="new-password"
            value={confirm}
            error={error}
            onChange={(e) => {
              setConfirm(e.target.value);
              setError(undefined);
            }}
            disabled={!passphrase}
          />
          <div className="dialog-actions">
            <Button onPress={() => setOpen(false)}>Annuler</Button>
            <Button type="submit" variant="primary">
              Exporter la sauvegarde
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
