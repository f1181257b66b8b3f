import { useEffect, useState } from 'react';
import { formatCount, formatNumber } from '../../../shared/domain/format';
import { planPurge, purgeWithBackup, type PurgePlan } from '../../backup/operations';
import { todayIso, useActor } from '../../shell/register/use-register';
import { useServices } from '../../shell/services';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Work } from './backups-work';

/** « Purge des données anciennes »: what is due (retired over 6 years ago), and its confirmation. */
export function PurgeCard({ busy, work, version }: { busy: boolean; work: Work; version: number }) {
  const services = useServices();
  const actor = useActor();
  const notify = useUiStore(selectNotify);
  const [plan, setPlan] = useState<PurgePlan>();
  const [asking, setAsking] = useState<PurgePlan>();

  useEffect(() => {
    let cancelled = false;
    void planPurge(services.db, todayIso()).then((next) => {
      if (!cancelled) setPlan(next);
    });
    return () => {
      cancelled = true;
    };
  }, [services.db, version]);

  return (
    <Card title="Purge des données anciennes" id="backups-purge">
      <p>
        Les données d’une habilitation sont conservées 6 ans après son retrait, puis peuvent être
        effacées (contrat art. 5.3.2). La purge garde les dates, le profil et le bulletin (les
        comptes des revues passées restent justes) et efface les noms, justifications et motifs.
      </p>
      {plan && plan.habilitationIds.length > 0 ? (
        <Button variant="danger" onPress={() => setAsking(plan)} isDisabled={busy}>
          {`Purger ${formatCount(plan.habilitationIds.length, 'habilitation')}`}
        </Button>
      ) : (
        <p className="muted">
          Aucune habilitation n’a été retirée depuis plus de 6 ans : rien à purger.
        </p>
      )}
      <ConfirmDialog
        title="Purger les données anciennes ?"
        message={
          asking
            ? `Effacer les données personnelles de ${formatCount(asking.habilitationIds.length, 'habilitation')} retirée${asking.habilitationIds.length > 1 ? 's' : ''} depuis plus de 6 ans${asking.agentIds.length ? ` et de ${formatCount(asking.agentIds.length, 'agent')} qui n’${asking.agentIds.length > 1 ? 'ont' : 'a'} plus rien d’autre` : ''} ? Une sauvegarde sera prise juste avant.`
            : ''
        }
        confirmLabel={asking ? `Purger ${formatNumber(asking.habilitationIds.length)}` : 'Purger'}
        isOpen={asking !== undefined}
        onCancel={() => setAsking(undefined)}
        onConfirm={() => {
          if (!asking) return;
          const chosen = asking;
          setAsking(undefined);
          void work('Sauvegarde puis purge…', async () => {
            const r = await purgeWithBackup(services, actor, chosen);
            notify(
              'ok',
              `Purge faite : ${formatCount(r.habilitations, 'habilitation')}, ${formatCount(r.agents, 'agent')}. Sauvegarde prise juste avant : « ${r.safetyBackup.name} ».`,
            );
          });
        }}
      />
    </Card>
  );
}
