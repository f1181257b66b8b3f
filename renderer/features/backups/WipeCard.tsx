import { useState } from 'react';
import { wipeEverything } from '../../backup/operations';
import { useActor, useRegister } from '../../shell/register/use-register';
import { useServices } from '../../shell/services';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Work } from './backups-work';

/** « Tout effacer », after a full backup; the confirmation asks to type the partner's name. */
export function WipeCard({ busy, work }: { busy: boolean; work: Work }) {
  const services = useServices();
  const actor = useActor();
  const notify = useUiStore(selectNotify);
  // « TOUT EFFACER » when there is no convention (so no partner's name to type).
  const register = useRegister();
  const partnerName = register?.partner.name ?? 'TOUT EFFACER';
  const [asking, setAsking] = useState(false);
  return (
    <Card title="Tout effacer" id="backups-wipe">
      <p>
        Efface tout le registre de ce poste (conventions, agents, habilitations, journal). Une
        sauvegarde complète est prise juste avant : vous pourrez la restaurer ci-dessus.
      </p>
      <Button variant="danger" onPress={() => setAsking(true)} isDisabled={busy}>
        Tout effacer
      </Button>
      <ConfirmDialog
        title="Tout effacer ?"
        message="Effacer tout le registre de ce poste (conventions, interlocuteurs, agents, habilitations, revues, journal) ? Une sauvegarde complète sera prise juste avant ; vous pourrez la restaurer depuis cet écran."
        confirmLabel="Tout effacer"
        confirmText={partnerName}
        isOpen={asking}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void work('Sauvegarde puis effacement…', async () => {
            const safety = await wipeEverything(services, actor);
            notify(
              'ok',
              `Registre effacé. La sauvegarde prise juste avant (« ${safety.name} ») peut être restaurée depuis cet écran.`,
            );
          });
        }}
      />
    </Card>
  );
}
