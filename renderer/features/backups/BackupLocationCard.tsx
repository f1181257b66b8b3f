import { useEffect, useState, useSyncExternalStore } from 'react';
import { formatCount } from '../../../shared/domain/format';
import type { BackupFileInfo } from '../../../shared/ipc/contract';
import { usePlatform } from '../../shell/services';
import { BackupFolderError } from '../../platform/folder-backup-store';
import type { BackupFolderControl } from '../../platform';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { errorMessages } from '../../shell/register/use-action';

const CARD_TITLE = 'Emplacement des sauvegardes';
export const ROTATION_TEXT =
  'On garde la dernière sauvegarde de chacun des 7 derniers jours, des 4 dernières semaines et des 12 derniers mois, et les 20 dernières prises avant une opération.';
const BROWSER_WARNING =
  'elles disparaissent si le profil du navigateur est supprimé ou ses données effacées (nettoyage du navigateur, changement de poste ou de session).';

function messageOf(error: unknown): string {
  if (error instanceof BackupFolderError) return error.message;
  return errorMessages(error).join(' ');
}

/**
 * Says plainly where automatic backups go. Desktop: the data folder's `Sauvegardes`. Web: a
 * folder the user chose (File System Access) or this browser's database, with the buttons to
 * choose a folder, allow it again after a restart, or go back to the browser database.
 */
export function BackupLocationCard({ busy, onChanged }: { busy: boolean; onChanged: () => void }) {
  const platform = usePlatform();
  return platform.backupFolder ? (
    <WebBackupLocation control={platform.backupFolder} busy={busy} onChanged={onChanged} />
  ) : (
    <DesktopBackupLocation />
  );
}

function DesktopBackupLocation() {
  const platform = usePlatform();
  const [folder, setFolder] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    platform.getAppInfo().then(
      (info) => !cancelled && setFolder(info.backupFolder),
      () => !cancelled && setFolder(''),
    );
    return () => {
      cancelled = true;
    };
  }, [platform]);
  return (
    <Card title={CARD_TITLE} id="backups-location">
      <p>
        Les sauvegardes automatiques sont écrites dans le dossier des données de l’application, sur
        ce poste : {folder ? <code>{folder}</code> : folder === '' ? '« Sauvegardes »' : '…'}
      </p>
      <p className="muted">
        {ROTATION_TEXT} Copiez de temps en temps une sauvegarde hors de ce poste (« Exporter une
        sauvegarde »).
      </p>
    </Card>
  );
}

interface CopyState {
  pending: BackupFileInfo[];
  progress?: { done: number; total: number };
}

function WebBackupLocation({
  control,
  busy,
  onChanged,
}: {
  control: BackupFolderControl;
  busy: boolean;
  onChanged: () => void;
}) {
  const status = useSyncExternalStore(control.subscribe, control.status);
  const notify = useUiStore(selectNotify);
  const [problem, setProblem] = useState<string>();
  const [acting, setActing] = useState(false);
  const [confirmBrowser, setConfirmBrowser] = useState(false);
  const [copy, setCopy] = useState<CopyState>();
  const [leftInBrowser, setLeftInBrowser] = useState<BackupFileInfo[]>([]);
  const [copies, setCopies] = useState(0);
  const disabled = busy || acting || status.kind === 'loading';

  // Backups taken in the browser before the folder was chosen are not listed below: say so.
  useEffect(() => {
    let cancelled = false;
    // Resolves to [] unless a folder is in use.
    control.browserBackupsNotInFolder().then(
      (left) => !cancelled && setLeftInBrowser(left),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [control, status, copies]);

  const act = async (task: () => Promise<void>) => {
    setActing(true);
    setProblem(undefined);
    try {
      await task();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setActing(false);
      onChanged();
    }
  };

  const offerCopy = async () => {
    const pending = await control.browserBackupsNotInFolder();
    if (pending.length) setCopy({ pending });
  };

  const choose = () =>
    act(async () => {
      if (!(await control.chooseFolder())) return;
      const now = control.status();
      if (now.kind === 'folder')
        notify(
          'ok',
          `Les sauvegardes sont désormais écrites dans le dossier « ${now.folderName} ».`,
        );
      await offerCopy();
    });

  const allow = (folderName: string) =>
    act(async () => {
      if (!(await control.allowFolder())) {
        setProblem(
          `Le navigateur n’a pas donné l’accès au dossier « ${folderName} » : les sauvegardes restent dans ce navigateur.`,
        );
        return;
      }
      notify(
        'ok',
        `Accès autorisé : les sauvegardes sont de nouveau écrites dans le dossier « ${folderName} ».`,
      );
      await offerCopy();
    });

  const backToBrowser = () => {
    setConfirmBrowser(false);
    void act(async () => {
      await control.switchToBrowserDatabase();
      notify(
        'attention',
        'Les sauvegardes sont de nouveau gardées dans ce navigateur. Les fichiers déjà dans le dossier y restent.',
      );
    });
  };

  const runCopy = () =>
    act(async () => {
      try {
        const { copied } = await control.copyBrowserBackupsToFolder((done, total) =>
          setCopy((c) => c && { ...c, progress: { done, total } }),
        );
        notify(
          'ok',
          `${formatCount(copied, 'sauvegarde copiée', 'sauvegardes copiées')} dans le dossier.`,
        );
      } finally {
        setCopy(undefined);
        setCopies((n) => n + 1);
      }
    });

  const chooseLabel =
    status.kind === 'folder' || status.kind === 'permission-needed'
      ? 'Choisir un autre dossier'
      : 'Choisir un dossier de sauvegarde';
  const folderName =
    status.kind === 'folder' || status.kind === 'permission-needed' ? status.folderName : '';

  return (
    <Card title={CARD_TITLE} id="backups-location">
      {status.kind === 'loading' ? (
        <p className="loading">Recherche du dossier de sauvegarde…</p>
      ) : status.kind === 'folder' ? (
        <p>
          Les sauvegardes automatiques sont écrites{' '}
          <strong>dans le dossier « {status.folderName} » de votre ordinateur</strong>. Elles y
          restent même si les données de ce navigateur sont effacées. Les autres fichiers de ce
          dossier ne sont jamais modifiés.
        </p>
      ) : status.kind === 'permission-needed' ? (
        <div className="warning-box">
          <p>
            Vous avez choisi le dossier « {status.folderName} », mais le navigateur demande votre
            accord pour y écrire à nouveau. En attendant, les sauvegardes sont gardées dans ce
            navigateur : {BROWSER_WARNING}
          </p>
        </div>
      ) : (
        <div className="warning-box">
          <p>
            Les sauvegardes automatiques sont gardées <strong>dans ce navigateur</strong> :{' '}
            {BROWSER_WARNING}
          </p>
        </div>
      )}

      {status.kind === 'unsupported' ? (
        <p className="muted">
          Ce navigateur ne permet pas d’écrire les sauvegardes dans un dossier de votre ordinateur
          (Chrome et Edge le permettent). Exportez régulièrement une sauvegarde (« Exporter une
          sauvegarde ») et rangez le fichier hors de ce poste.
        </p>
      ) : status.kind === 'browser' ? (
        <p className="muted">
          Choisissez plutôt un dossier de votre ordinateur, de préférence un dossier lui-même
          sauvegardé (serveur de la mairie, dossier synchronisé).
        </p>
      ) : null}
      <p className="muted">{ROTATION_TEXT}</p>

      {status.kind === 'folder' && leftInBrowser.length > 0 && !copy ? (
        <p>
          {`${formatCount(leftInBrowser.length, 'sauvegarde plus ancienne est restée', 'sauvegardes plus anciennes sont restées')} dans ce navigateur et n’${leftInBrowser.length > 1 ? 'apparaissent' : 'apparaît'} pas dans la liste ci-dessous. `}
          <Button
            variant="quiet"
            onPress={() => setCopy({ pending: leftInBrowser })}
            isDisabled={disabled}
          >
            Les copier dans le dossier
          </Button>
        </p>
      ) : null}

      {problem ? (
        <div className="error-box" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}

      {status.kind !== 'unsupported' && status.kind !== 'loading' ? (
        <div className="form-actions">
          {status.kind === 'permission-needed' ? (
            <Button
              variant="primary"
              onPress={() => void allow(status.folderName)}
              isDisabled={disabled}
            >
              {`Autoriser l’accès au dossier « ${status.folderName} »`}
            </Button>
          ) : null}
          <Button
            variant={status.kind === 'browser' ? 'primary' : 'secondary'}
            onPress={() => void choose()}
            isDisabled={disabled}
          >
            {chooseLabel}
          </Button>
          {status.kind === 'folder' || status.kind === 'permission-needed' ? (
            <Button variant="quiet" onPress={() => setConfirmBrowser(true)} isDisabled={disabled}>
              Revenir aux sauvegardes du navigateur
            </Button>
          ) : null}
        </div>
      ) : null}

      <ConfirmDialog
        title="Revenir aux sauvegardes du navigateur ?"
        message={`Les prochaines sauvegardes seront gardées dans ce navigateur : ${BROWSER_WARNING} Les fichiers déjà dans le dossier « ${folderName} » y restent.`}
        confirmLabel="Revenir aux sauvegardes du navigateur"
        isOpen={confirmBrowser}
        onCancel={() => setConfirmBrowser(false)}
        onConfirm={backToBrowser}
      />

      <Dialog
        title="Copier les sauvegardes du navigateur ?"
        isOpen={copy !== undefined}
        onClose={() => !copy?.progress && setCopy(undefined)}
      >
        {copy ? (
          <>
            <p>
              {copy.pending.length > 1
                ? `${copy.pending.length} sauvegardes sont gardées seulement dans ce navigateur. Les copier dans le dossier « ${folderName} » ? Elles resteront aussi dans le navigateur.`
                : `1 sauvegarde est gardée seulement dans ce navigateur. La copier dans le dossier « ${folderName} » ? Elle restera aussi dans le navigateur.`}
            </p>
            {copy.progress ? (
              <div className="backups-working" role="status">
                <progress
                  value={copy.progress.done}
                  max={copy.progress.total || 1}
                  aria-label="Copie des sauvegardes"
                />
                <span>{`Copie : ${copy.progress.done} sur ${copy.progress.total}`}</span>
              </div>
            ) : null}
            <div className="dialog-actions">
              <Button onPress={() => setCopy(undefined)} isDisabled={!!copy.progress}>
                Ne pas copier
              </Button>
              <Button variant="primary" onPress={() => void runCopy()} isDisabled={!!copy.progress}>
                {copy.pending.length > 1
                  ? `Copier les ${copy.pending.length} sauvegardes`
                  : 'Copier la sauvegarde'}
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
    </Card>
  );
}
