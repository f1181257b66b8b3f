import { useEffect, useState } from 'react';
import { formatCount } from '../../../shared/domain/format';
import { shortHead } from '../../../shared/domain/journal-integrity';
import { takeManualBackup } from '../../backup/auto-backup';
import { listBackups, type ListedBackup } from '../../backup/operations';
import { useServices } from '../../shell/services';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { formatInstant, formatSize } from '../../ui/format';
import type { Work } from './backups-work';

const KIND_LABELS = {
  auto: 'Automatique',
  safety: 'Avant une opération',
  manual: 'Manuelle',
  other: 'Autre',
} as const;

const counts = (b: ListedBackup) =>
  b.header
    ? `${formatCount(b.header.counts.agents ?? 0, 'agent')}, ${formatCount(b.header.counts.habilitations ?? 0, 'habilitation')}, ${formatCount(b.header.counts.journal ?? 0, 'entrée', 'entrées')} de journal`
    : 'Fichier illisible ou ancien format';

/** The backups the app keeps (automatic, before an operation, manual), each one restorable. */
export function SavedBackupsCard({
  busy,
  work,
  version,
  onProblem,
  onRestore,
}: {
  busy: boolean;
  work: Work;
  /** Changes when the list must be read again. */
  version: number;
  onProblem: (error: unknown) => void;
  onRestore: (name: string) => void;
}) {
  const services = useServices();
  const notify = useUiStore(selectNotify);
  const [backups, setBackups] = useState<ListedBackup[]>();

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let list: ListedBackup[] = [];
      try {
        list = await listBackups(services.platform);
      } catch (error) {
        if (!cancelled) onProblem(error);
      }
      if (!cancelled) setBackups(list);
    })();
    return () => {
      cancelled = true;
    };
  }, [services.platform, onProblem, version]);

  return (
    <Card
      title="Sauvegardes enregistrées"
      id="backups-list"
      actions={
        <Button
          onPress={() =>
            work('Sauvegarde en cours…', async () => {
              const info = await takeManualBackup(services);
              notify('ok', `Sauvegarde enregistrée (${formatSize(info.size)}).`);
            })
          }
          isDisabled={busy}
        >
          Sauvegarder maintenant
        </Button>
      }
    >
      {backups === undefined ? (
        <p className="loading">Chargement…</p>
      ) : backups.length === 0 ? (
        <p>
          Aucune sauvegarde pour l’instant. Cliquez sur « Sauvegarder maintenant » pour en créer
          une.
        </p>
      ) : (
        <table className="data backups-table">
          <caption className="visually-hidden">{formatCount(backups.length, 'sauvegarde')}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Contenu</th>
              <th scope="col">Taille</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>{formatInstant(b.header?.exportedAt ?? b.modifiedAt)}</td>
                <td>
                  {KIND_LABELS[b.kind]}
                  {b.header?.reason ? <span className="backups-sub">{b.header.reason}</span> : null}
                </td>
                <td>
                  {counts(b)}
                  {b.header?.encryption ? (
                    <span className="backups-sub">Protégée par une phrase de passe</span>
                  ) : null}
                  {b.header?.journalHead ? (
                    <span
                      className="backups-sub"
                      title={`Dernière entrée du journal dans cette sauvegarde\u00a0: n°\u00a0${b.header.journalHead.seq}, empreinte ${b.header.journalHead.hash}`}
                    >
                      {shortHead(b.header.journalHead)}
                    </span>
                  ) : null}
                </td>
                <td>{formatSize(b.size)}</td>
                <td>
                  <Button
                    variant="quiet"
                    onPress={() => onRestore(b.name)}
                    isDisabled={busy || !b.header}
                    aria-label={`Restaurer la sauvegarde du ${formatInstant(b.header?.exportedAt ?? b.modifiedAt)}`}
                  >
                    Restaurer
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
