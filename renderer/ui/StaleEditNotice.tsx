import { Button } from './Button';

/**
 * Said at the top of an edit form when the row changed or went in another window or tab (or
 * through a restore): reload the other window's values, or close. Never a silent switch.
 */
export function StaleEditNotice({
  status,
  what,
  onReload,
  onClose,
}: {
  status: 'same' | 'changed' | 'deleted';
  /** « Cet agent », « Cet interlocuteur »… */
  what: string;
  onReload: () => void;
  onClose: () => void;
}) {
  if (status === 'same') return null;
  return (
    <div className="warning-box" role="alert">
      {status === 'changed' ? (
        <>
          <p>
            <strong>Modifié dans une autre fenêtre — rechargez.</strong> {what} a changé ailleurs
            depuis l’ouverture de ce formulaire{'\u00a0'}: vos changements ne peuvent pas être
            enregistrés par-dessus.
          </p>
          <Button onPress={onReload}>Recharger avec les valeurs de l’autre fenêtre</Button>
        </>
      ) : (
        <>
          <p>
            <strong>{what} n’existe plus.</strong> Il y a eu une suppression dans une autre fenêtre,
            ou une sauvegarde a été restaurée. Rien ne sera enregistré.
          </p>
          <Button onPress={onClose}>Fermer</Button>
        </>
      )}
    </div>
  );
}
