import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { checkDatabase, type StartupCheck } from '../../db/startup-check';
import { useDb } from '../../shell/services';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { Working } from '../../ui/Working';
import { BackupLocationCard } from './BackupLocationCard';
import { ProblemBox, useBackupsWork } from './backups-work';
import { ExportBackup } from './ExportBackup';
import { ImportBackupCard } from './ImportBackupCard';
import { PurgeCard } from './PurgeCard';
import { RestoreDialogs } from './RestoreDialogs';
import { useRestoreFlow } from './restore-flow';
import { SavedBackupsCard } from './SavedBackupsCard';
import { WipeCard } from './WipeCard';

/**
 * « Sauvegardes »: one card per job (export, the kept backups, import of a file, purge, erase
 * everything), one operation at a time (`useBackupsWork`), restores through one flow.
 */
export function BackupsPage() {
  const { working, busy, problem, report, work, version, refresh } = useBackupsWork();
  const restore = useRestoreFlow(work);
  return (
    <>
      <PageHeader
        title="Sauvegardes"
        description="Copies complètes du registre : automatiques au démarrage, chaque jour et avant chaque opération qui efface ou remplace des données. Restaurez-en une à tout moment."
        actions={<ExportBackup busy={busy} work={work} />}
      />
      <Working label={working} />
      <ProblemBox problem={problem} />
      <StartupCheckCard version={version} />
      <BackupLocationCard busy={busy} onChanged={refresh} />
      <SavedBackupsCard
        busy={busy}
        work={work}
        version={version}
        onProblem={report}
        onRestore={(name) => void restore.openStored(name)}
      />
      <ImportBackupCard
        busy={busy}
        onCheck={(file, passphrase) => void restore.openFile(file, passphrase)}
      />
      <Card title="Importer une liste d’agents" id="backups-roster">
        <p>
          Reprenez votre liste d’agents (et leurs profils) depuis un fichier Excel (.xlsx) ou CSV :
          vous choisissez les colonnes, vous voyez les erreurs de chaque ligne avant d’importer, et
          une sauvegarde est prise juste avant.
        </p>
        <Link className="btn btn-secondary" to="/agents/import">
          Importer une liste (Excel, CSV)
        </Link>
      </Card>
      <PurgeCard busy={busy} work={work} version={version} />
      <WipeCard busy={busy} work={work} />
      <RestoreDialogs flow={restore} />
    </>
  );
}

/** The start-up check's anomalies, when it found some (nothing is corrected automatically). */
function StartupCheckCard({ version }: { version: number }) {
  const db = useDb();
  const [check, setCheck] = useState<StartupCheck>();
  useEffect(() => {
    let cancelled = false;
    void checkDatabase(db).then((next) => {
      if (!cancelled) setCheck(next);
    });
    return () => {
      cancelled = true;
    };
  }, [db, version]);
  if (!check || check.ok) return null;
  return (
    <Card title="Vérification du registre">
      <div className="warning-box" role="alert">
        <p>
          La vérification au démarrage a trouvé des anomalies. Rien n’a été corrigé automatiquement.
        </p>
        <ul>
          {check.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
