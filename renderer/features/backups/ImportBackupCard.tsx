import { useState, type ChangeEvent } from 'react';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextInput } from '../../ui/fields';

/** « Importer une sauvegarde »: a file (and its passphrase) checked before the restore preview. */
export function ImportBackupCard({
  busy,
  onCheck,
}: {
  busy: boolean;
  onCheck: (file: File | undefined, passphrase: string) => void;
}) {
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  return (
    <Card title="Importer une sauvegarde" id="backups-import">
      <p>
        Restaurez un fichier exporté depuis Convention MCP (sur ce poste ou un autre). Le fichier
        est entièrement vérifié avant que quoi que ce soit ne soit modifié, et vos données actuelles
        sont sauvegardées avant d’être remplacées.
      </p>
      <div className="field-row">
        <TextInput
          label="Fichier de sauvegarde"
          type="file"
          accept=".json,.mcpbak,application/json"
          onChange={(e: ChangeEvent<HTMLInputElement>) => setFile(e.target.files?.[0])}
        />
        <TextInput
          label="Phrase de passe (si le fichier en a une)"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <Button onPress={() => onCheck(file, passphrase)} isDisabled={!file || busy}>
          Vérifier le fichier
        </Button>
      </div>
    </Card>
  );
}
