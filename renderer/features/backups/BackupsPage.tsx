import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { subscribeBackupsChanged } from '../../platform';
import { Link } from 'react-router';
import { ImportRefusedError, type RefusalGroup } from '../../../shared/backup/export-format';
import { formatCount, formatNumber } from '../../../shared/domain/format';
import { useServices } from '../../shell/services';
import { listBackups, planPurge, purgeWithBackup, readStoredBackup, restoreParsed, SafetyBackupFailedError, wipeEverything, type ListedBackup, type PurgePlan } from '../../backup/operations';
import { takeManualBackup } from '../../backup/auto-backup';
import { buildExport, exportFileName } from '../../db/export-import/export';
import { parseExportFile, type ParsedExport } from '../../db/export-import/import';
import { checkDatabase, type StartupCheck } from '../../db/startup-check';
import { shortHead } from '../../../shared/domain/journal-integrity';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { TextInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { errorMessages } from '../../shell/register/use-action';
import { isQuotaError, QUOTA_MESSAGE } from '../../backup/storage-errors';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import { formatInstant, formatSize } from '../../ui/format';
import { IssueGroups, RestorePreview } from './RestorePreview';
import { BackupLocationCard } from './BackupLocationCard';
import { Working } from '../../ui/Working';
import { BackupFolderError } from '../../platform/folder-backup-store';

interface Problem {
  message: string;
  details: string[];
  groups?: RefusalGroup[];
}

function problemOf(error: unknown): Problem {
  if (error instanceof ImportRefusedError) {
    return { message: error.message, details: error.details, ...(error.groups.length ? { groups: error.groups } : {}) };
  }
  if (isQuotaError(error)) return { message: QUOTA_MESSAGE, details: [] };
  if (error instanceof BackupFolderError) return { message: error.message, details: [] };
  return { message: errorMessages(error).join(' '), details: [] };
}

function ProblemBox({ problem }: { problem: Problem | undefined }) {
  if (!problem) return null;
  return (
    <div className="error-box" role="alert">
      <p>{problem.message}</p>
      {problem.groups ? (
        <IssueGroups groups={problem.groups} />
      ) : problem.details.length ? (
        <ul>
          {problem.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const KIND_LABELS = { auto: 'Automatique', safety: 'Avant une opération', manual: 'Manuelle', other: 'Autre' } as const;

type Pending =
  | { kind: 'restore'; parsed: ParsedExport; source: string }
  | { kind: 'restore-unsafe'; parsed: ParsedExport; reason: string }
  | { kind: 'wipe' }
  | { kind: 'purge'; plan: PurgePlan }
  | { kind: 'export' }
  | { kind: 'passphrase'; name: string };

export function BackupsPage() {
  const services = useServices();
  const { db, platform } = services;
  const actor = useActor();
  const notify = useUiStore(selectNotify);
  // « Tout effacer » asks to type the partner's name (or « TOUT EFFACER » with no convention).
  const register = useRegister();
  const partnerName = register?.partner.name ?? 'TOUT EFFACER';
  const [backups, setBackups] = useState<ListedBackup[]>();
  const [check, setCheck] = useState<StartupCheck>();
  const [purgePlan, setPurgePlan] = useState<PurgePlan>();
  const [working, setWorking] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [pending, setPending] = useState<Pending>();
  const [file, setFile] = useState<File>();
  const [filePassphrase, setFilePassphrase] = useState('');
  const [exportPassphrase, setExportPassphrase] = useState('');
  const [exportConfirm, setExportConfirm] = useState('');
  const [exportError, setExportError] = useState<string>();
  const [storedPassphrase, setStoredPassphrase] = useState('');

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => subscribeBackupsChanged(refresh), [refresh]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let list: ListedBackup[] = [];
      try {
        list = await listBackups(platform);
      } catch (error) {
        if (!cancelled) setProblem(problemOf(error));
      }
      const [nextCheck, nextPlan] = await Promise.all([checkDatabase(db), planPurge(db, todayIso())]);
      if (cancelled) return;
      setBackups(list);
      setCheck(nextCheck);
      setPurgePlan(nextPlan);
    })();
    return () => {
      cancelled = true;
    };
  }, [db, platform, version]);

  const work = async (label: string, task: () => Promise<void>) => {
    setWorking(label);
    setProblem(undefined);
    try {
      await task();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setWorking(undefined);
      refresh();
    }
  };

  const openStored = (name: string, passphrase?: string) =>
    work('Lecture et vérification de la sauvegarde…', async () => {
      try {
        const parsed = await readStoredBackup(platform, name, passphrase);
        setPending({ kind: 'restore', parsed, source: name });
      } catch (error) {
        if (error instanceof ImportRefusedError && error.code === 'passphrase-required') {
          setStoredPassphrase('');
          setPending({ kind: 'passphrase', name });
          return;
        }
        throw error;
      }
    });

  const openFile = () =>
    work('Lecture et vérification du fichier…', async () => {
      if (!file) throw new ImportRefusedError('not-an-export', 'Choisissez d’abord le fichier de sauvegarde.');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const parsed = await parseExportFile(bytes, filePassphrase ? { passphrase: filePassphrase } : {});
      setPending({ kind: 'restore', parsed, source: file.name });
    });

  const restore = (parsed: ParsedExport, withoutSafetyBackup = false) =>
    work('Restauration en cours (sauvegarde de vos données actuelles, puis remplacement)…', async () => {
      setPending(undefined);
      let outcome;
      try {
        outcome = await restoreParsed(services, parsed, { withoutSafetyBackup });
      } catch (error) {
        if (error instanceof SafetyBackupFailedError) {
          setPending({ kind: 'restore-unsafe', parsed, reason: error.reason });
          return;
        }
        throw error;
      }
      const before = outcome.safetyBackup
        ? `Vos données d’avant ont été sauvegardées (« ${outcome.safetyBackup.name} »).`
        : 'Vos données d’avant n’ont pas été sauvegardées, à votre demande.';
      notify(
        outcome.journal.ok && !parsed.preview.warnings.length ? 'ok' : 'attention',
        `Sauvegarde restaurée. ${before}${parsed.preview.warnings.length ? ' Des incohérences ont été signalées : vérifiez le tableau de bord.' : ''}${outcome.journal.ok ? '' : ` Attention : ${outcome.journal.reason}`}`,
      );
    });

  const doExport = () => {
    if (exportPassphrase && exportPassphrase !== exportConfirm) {
      setExportError('Les deux phrases de passe ne sont pas identiques.');
      return;
    }
    if (exportPassphrase && exportPassphrase.length < 8) {
      setExportError('Choisissez une phrase de passe d’au moins 8 caractères.');
      return;
    }
    setPending(undefined);
    void work('Préparation de la sauvegarde…', async () => {
      const built = await buildExport(db, {
        appVersion: services.appVersion,
        reason: 'Export manuel',
        ...(exportPassphrase ? { passphrase: exportPassphrase } : {}),
      });
      const result = await platform.saveFile({ suggestedName: exportFileName(), filters: ['json'], bytes: built.bytes });
      if (result.status === 'saved') {
        notify('ok', `Sauvegarde exportée${exportPassphrase ? ', protégée par votre phrase de passe' : ''} (${formatSize(built.bytes.byteLength)}).`, {
          file: result.path,
        });
      }
      setExportPassphrase('');
      setExportConfirm('');
    });
  };

  const counts = (b: ListedBackup) =>
    b.header
      ? `${formatCount(b.header.counts.agents ?? 0, 'agent')}, ${formatCount(b.header.counts.habilitations ?? 0, 'habilitation')}, ${formatCount(b.header.counts.journal ?? 0, 'entrée', 'entrées')} de journal`
      : 'Fichier illisible ou ancien format';

  return (
    <>
      <PageHeader
        title="Sauvegardes"
        description="Copies complètes du registre : automatiques au démarrage, chaque jour et avant chaque opération qui efface ou remplace des données. Restaurez-en une à tout moment."
        actions={
          <Button variant="primary" onPress={() => { setExportError(undefined); setPending({ kind: 'export' }); }} isDisabled={!!working}>
            Exporter une sauvegarde
          </Button>
        }
      />
      <Working label={working} />
      <ProblemBox problem={problem} />

      {check && !check.ok ? (
        <Card title="Vérification du registre">
          <div className="warning-box" role="alert">
            <p>La vérification au démarrage a trouvé des anomalies. Rien n’a été corrigé automatiquement.</p>
            <ul>
              {check.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </div>
        </Card>
      ) : null}

      <BackupLocationCard busy={!!working} onChanged={refresh} />

      <Card
        title="Sauvegardes enregistrées"
        id="backups-list"
        actions={
          <Button
            onPress={() => work('Sauvegarde en cours…', async () => {
              const info = await takeManualBackup(services);
              notify('ok', `Sauvegarde enregistrée (${formatSize(info.size)}).`);
            })}
            isDisabled={!!working}
          >
            Sauvegarder maintenant
          </Button>
        }
      >
        {backups === undefined ? (
          <p className="loading">Chargement…</p>
        ) : backups.length === 0 ? (
          <p>Aucune sauvegarde pour l’instant. Cliquez sur « Sauvegarder maintenant » pour en créer une.</p>
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
                    {b.header?.encryption ? <span className="backups-sub">Protégée par une phrase de passe</span> : null}
                    {b.header?.journalHead ? (
                      <span className="backups-sub" title={`Dernière entrée du journal dans cette sauvegarde\u00a0: n°\u00a0${b.header.journalHead.seq}, empreinte ${b.header.journalHead.hash}`}>
                        {shortHead(b.header.journalHead)}
                      </span>
                    ) : null}
                  </td>
                  <td>{formatSize(b.size)}</td>
                  <td>
                    <Button
                      variant="quiet"
                      onPress={() => void openStored(b.name)}
                      isDisabled={!!working || !b.header}
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

      <Card title="Importer une sauvegarde" id="backups-import">
        <p>Restaurez un fichier exporté depuis Convention MCP (sur ce poste ou un autre). Le fichier est entièrement vérifié avant que quoi que ce soit ne soit modifié, et vos données actuelles sont sauvegardées avant d’être remplacées.</p>
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
            value={filePassphrase}
            onChange={(e) => setFilePassphrase(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button onPress={() => void openFile()} isDisabled={!file || !!working}>
            Vérifier le fichier
          </Button>
        </div>
      </Card>

      <Card title="Importer une liste d’agents" id="backups-roster">
        <p>Reprenez votre liste d’agents (et leurs profils) depuis un fichier Excel (.xlsx) ou CSV : vous choisissez les colonnes, vous voyez les erreurs de chaque ligne avant d’importer, et une sauvegarde est prise juste avant.</p>
        <Link className="btn btn-secondary" to="/agents/import">
          Importer une liste (Excel, CSV)
        </Link>
      </Card>

      <Card title="Purge des données anciennes" id="backups-purge">
        <p>
          Les données d’une habilitation sont conservées 6 ans après son retrait, puis peuvent être effacées (contrat art. 5.3.2). La purge garde les dates, le profil et le bulletin (les comptes des revues passées restent justes) et efface les noms, justifications et motifs.
        </p>
        {purgePlan && purgePlan.habilitationIds.length > 0 ? (
          <Button variant="danger" onPress={() => setPending({ kind: 'purge', plan: purgePlan })} isDisabled={!!working}>
            {`Purger ${formatCount(purgePlan.habilitationIds.length, 'habilitation')}`}
          </Button>
        ) : (
          <p className="muted">Aucune habilitation n’a été retirée depuis plus de 6 ans : rien à purger.</p>
        )}
      </Card>

      <Card title="Tout effacer" id="backups-wipe">
        <p>Efface tout le registre de ce poste (conventions, agents, habilitations, journal). Une sauvegarde complète est prise juste avant : vous pourrez la restaurer ci-dessus.</p>
        <Button variant="danger" onPress={() => setPending({ kind: 'wipe' })} isDisabled={!!working}>
          Tout effacer
        </Button>
      </Card>

      <Dialog title="Restaurer cette sauvegarde ?" isOpen={pending?.kind === 'restore'} onClose={() => setPending(undefined)} wide>
        {pending?.kind === 'restore' ? (
          <>
            <p>
              Fichier « {pending.source} ». Toutes les données actuelles de ce poste seront remplacées par celles-ci. Une sauvegarde de vos données actuelles sera prise juste avant.
            </p>
            <RestorePreview preview={pending.parsed.preview} />
            <div className="dialog-actions">
              <Button onPress={() => setPending(undefined)}>Annuler</Button>
              <Button variant="danger" onPress={() => void restore(pending.parsed)}>
                {pending.parsed.preview.warnings.length ? 'Restaurer malgré les incohérences' : 'Restaurer cette sauvegarde'}
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>

      <ConfirmDialog
        title="Restaurer sans sauvegarde de sécurité ?"
        message={
          pending?.kind === 'restore-unsafe'
            ? `La sauvegarde de vos données actuelles n’a pas pu être écrite : ${pending.reason} Le fichier à restaurer, lui, a été entièrement vérifié. Si vous continuez, vos données actuelles seront remplacées sans copie : exportez-les d’abord ailleurs si vous en avez besoin.`
            : ''
        }
        confirmLabel="Restaurer quand même"
        isOpen={pending?.kind === 'restore-unsafe'}
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          if (pending?.kind === 'restore-unsafe') void restore(pending.parsed, true);
        }}
      />

      <Dialog title="Sauvegarde protégée" isOpen={pending?.kind === 'passphrase'} onClose={() => setPending(undefined)}>
        {pending?.kind === 'passphrase' ? (
          <form noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setPending(undefined);
              void openStored(pending.name, storedPassphrase);
            }}
          >
            <TextInput label="Phrase de passe" type="password" required autoFocus value={storedPassphrase} onChange={(e) => setStoredPassphrase(e.target.value)} />
            <div className="dialog-actions">
              <Button onPress={() => setPending(undefined)}>Annuler</Button>
              <Button type="submit" variant="primary">
                Ouvrir la sauvegarde
              </Button>
            </div>
          </form>
        ) : null}
      </Dialog>

      <Dialog title="Exporter une sauvegarde" isOpen={pending?.kind === 'export'} onClose={() => setPending(undefined)}>
        <form noValidate
          onSubmit={(e) => {
            e.preventDefault();
            doExport();
          }}
        >
          <p>Un seul fichier avec tout le registre, à garder hors de ce poste (clé USB, serveur de la mairie). Une phrase de passe est facultative mais conseillée : sans elle, le fichier ne peut pas être ouvert. Elle n’est conservée nulle part : ne la perdez pas.</p>
          <TextInput label="Phrase de passe (facultative)" type="password" autoComplete="new-password" value={exportPassphrase} onChange={(e) => { setExportPassphrase(e.target.value); setExportError(undefined); }} />
          <TextInput label="Confirmez la phrase de passe" type="password" autoComplete="new-password" value={exportConfirm} error={exportError} onChange={(e) => { setExportConfirm(e.target.value); setExportError(undefined); }} disabled={!exportPassphrase} />
          <div className="dialog-actions">
            <Button onPress={() => setPending(undefined)}>Annuler</Button>
            <Button type="submit" variant="primary">
              Exporter la sauvegarde
            </Button>
          </div>
        </form>
      </Dialog>

      <ConfirmDialog
        title="Tout effacer ?"
        message="Effacer tout le registre de ce poste (conventions, interlocuteurs, agents, habilitations, revues, journal) ? Une sauvegarde complète sera prise juste avant ; vous pourrez la restaurer depuis cet écran."
        confirmLabel="Tout effacer"
        confirmText={partnerName}
        isOpen={pending?.kind === 'wipe'}
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          setPending(undefined);
          void work('Sauvegarde puis effacement…', async () => {
            const safety = await wipeEverything(services, actor);
            notify('ok', `Registre effacé. La sauvegarde prise juste avant (« ${safety.name} ») peut être restaurée depuis cet écran.`);
          });
        }}
      />

      <ConfirmDialog
        title="Purger les données anciennes ?"
        message={
          pending?.kind === 'purge'
            ? `Effacer les données personnelles de ${formatCount(pending.plan.habilitationIds.length, 'habilitation')} retirée${pending.plan.habilitationIds.length > 1 ? 's' : ''} depuis plus de 6 ans${pending.plan.agentIds.length ? ` et de ${formatCount(pending.plan.agentIds.length, 'agent')} qui n’${pending.plan.agentIds.length > 1 ? 'ont' : 'a'} plus rien d’autre` : ''} ? Une sauvegarde sera prise juste avant.`
            : ''
        }
        confirmLabel={pending?.kind === 'purge' ? `Purger ${formatNumber(pending.plan.habilitationIds.length)}` : 'Purger'}
        isOpen={pending?.kind === 'purge'}
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          if (pending?.kind !== 'purge') return;
          const plan = pending.plan;
          setPending(undefined);
          void work('Sauvegarde puis purge…', async () => {
            const r = await purgeWithBackup(services, actor, plan);
            notify('ok', `Purge faite : ${formatCount(r.habilitations, 'habilitation')}, ${formatCount(r.agents, 'agent')}. Sauvegarde prise juste avant : « ${r.safetyBackup.name} ».`);
          });
        }}
      />
    </>
  );
}
