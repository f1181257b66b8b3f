import { useMemo, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { ROSTER_FIELD_LABELS, ROSTER_FIELDS, guessMapping, type ColumnMapping, type ImportPlan, type ParsedSheet, type RosterField } from '../../../shared/backup/roster-import';
import { formatCount } from '../../../shared/domain/format';
import { useServices } from '../../app/services';
import { readStoredBackup, restoreParsed } from '../../backup/operations';
import { takeSafetyBackup } from '../../backup/safety-backup';
import { importRoster, planRosterImport, type RosterImportResult } from '../../db/export-import/roster-import';
import type { BackupFileInfo } from '../../../shared/ipc/contract';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CheckboxInput, SelectInput, TextInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { Working } from '../backups/BackupsPage';
import { Loading, NoConvention } from '../contacts/NoConvention';
import { errorMessages } from '../register/use-action';
import { isQuotaError, QUOTA_MESSAGE } from '../../backup/storage-errors';
import { todayIso, useActor, useRegister } from '../register/use-register';
import { readSheet } from './read-file';

const NO_COLUMN = '';

/** The roster import: file → column mapping → preview with each row's errors → one transaction. */
export function RosterImportPage() {
  const register = useRegister();
  const services = useServices();
  const actor = useActor();
  const notify = useUiStore(selectNotify);
  const [sheet, setSheet] = useState<ParsedSheet & { encoding?: string; fileName: string }>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [bulletinId, setBulletinId] = useState('');
  const [plan, setPlan] = useState<ImportPlan>();
  const [skipErrors, setSkipErrors] = useState(false);
  const [working, setWorking] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<{ result: RosterImportResult; backup: BackupFileInfo }>();
  const [confirmUndo, setConfirmUndo] = useState(false);

  const columns = useMemo(
    () => (sheet?.headers ?? []).map((h, i) => ({ value: String(i), label: h.trim() || `Colonne ${i + 1}` })),
    [sheet],
  );

  if (register === undefined) return <Loading />;
  if (register === null) return <NoConvention what="La liste des agents" />;
  const target = {
    conventionId: register.convention.id,
    organisationId: register.partner.id,
    ...(bulletinId ? { defaultBulletinId: bulletinId } : {}),
  };

  const busy = async (label: string, task: () => Promise<void>) => {
    setWorking(label);
    setErrors([]);
    try {
      await task();
    } catch (error) {
      setErrors(isQuotaError(error) ? [QUOTA_MESSAGE] : errorMessages(error));
    } finally {
      setWorking(undefined);
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setPlan(undefined);
    setDone(undefined);
    if (!file) return;
    void busy('Lecture du fichier…', async () => {
      const read = await readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
      setSheet({ ...read, fileName: file.name });
      setMapping(guessMapping(read.headers));
      if (register.bulletins.length === 1) setBulletinId(register.bulletins[0]!.id);
    });
  };

  const preview = () =>
    busy('Vérification des lignes…', async () => {
      if (!sheet) return;
      setPlan(await planRosterImport(services.db, sheet, mapping, target, todayIso()));
      setSkipErrors(false);
    });

  const runImport = () =>
    busy('Sauvegarde puis import…', async () => {
      if (!sheet) return;
      const backup = await takeSafetyBackup(services, 'import de liste');
      const result = await importRoster(services.db, actor, sheet, mapping, target, todayIso());
      setDone({ result, backup });
      setPlan(undefined);
      notify('ok', `${formatCount(result.agents, 'agent')} et ${formatCount(result.habilitations, 'habilitation')} importés.`);
    });

  const undo = () =>
    busy('Annulation de l’import (restauration de la sauvegarde)…', async () => {
      if (!done) return;
      const parsed = await readStoredBackup(services.platform, done.backup.name);
      await restoreParsed(services, parsed);
      setDone(undefined);
      notify('ok', 'Import annulé : le registre est revenu à son état d’avant l’import.');
    });

  const rowsWithErrors = plan?.rows.filter((r) => r.outcome.kind === 'skipped') ?? [];
  const importable = plan ? plan.newAgents + plan.habilitations + plan.reusedAgents : 0;
  const hasProfile = mapping.profileCode !== undefined;

  return (
    <>
      <PageHeader
        title="Importer une liste d’agents"
        description="Depuis un fichier Excel (.xlsx) ou CSV (séparateur « ; » ou « , »). La première ligne doit contenir les titres des colonnes."
        actions={<Link to="/agents" className="btn btn-quiet">Retour aux agents</Link>}
      />
      <Working label={working} />
      {errors.length ? (
        <div className="error-box" role="alert">
          {errors.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      ) : null}

      {done ? (
        <Card title="Import terminé">
          <p role="status">
            {formatCount(done.result.agents, 'agent')} et {formatCount(done.result.habilitations, 'habilitation')} importés
            {done.result.skipped ? `, ${formatCount(done.result.skipped, 'ligne ignorée', 'lignes ignorées')}` : ''}. Une sauvegarde a été prise juste avant.
          </p>
          <div className="form-actions">
            <Link to="/agents" className="btn btn-primary">Voir les agents</Link>
            <Button variant="danger" onPress={() => setConfirmUndo(true)}>
              Annuler l’import
            </Button>
          </div>
        </Card>
      ) : null}

      <Card title="1. Fichier" id="roster-import-file">
        <TextInput label="Fichier Excel ou CSV" type="file" accept=".csv,.xlsx,.txt,text/csv" onChange={onFile} />
        {sheet ? (
          <p className="muted">
            « {sheet.fileName} » : {formatCount(sheet.rows.length, 'ligne')} de données, {formatCount(sheet.headers.length, 'colonne')}
            {sheet.delimiter ? `, séparateur « ${sheet.delimiter === '\t' ? 'tabulation' : sheet.delimiter} »` : ''}
            {sheet.encoding ? `, encodage ${sheet.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (ancien Excel)'}` : ''}.
          </p>
        ) : null}
      </Card>

      {sheet ? (
        <Card title="2. Correspondance des colonnes" id="roster-import-mapping">
          <p>Pour chaque information, choisissez la colonne du fichier qui la contient. Les colonnes reconnues d’après leur titre sont déjà choisies.</p>
          <div className="roster-import-grid">
            {ROSTER_FIELDS.map((f: RosterField) => (
              <SelectInput
                key={f}
                label={ROSTER_FIELD_LABELS[f]}
                required={f === 'lastName'}
                options={columns}
                placeholder="— Aucune colonne —"
                value={mapping[f] === undefined ? NO_COLUMN : String(mapping[f])}
                onChange={(e) => {
                  const v = e.target.value;
                  setPlan(undefined);
                  setMapping((m) => {
                    const next = { ...m };
                    if (v === NO_COLUMN) delete next[f];
                    else next[f] = Number(v);
                    return next;
                  });
                }}
              />
            ))}
          </div>
          {hasProfile && mapping.bulletin === undefined ? (
            <SelectInput
              label="Bulletin d’adhésion des habilitations"
              help="Le fichier n’a pas de colonne « Bulletin » : les profils seront accordés sur ce bulletin."
              options={register.bulletins.map((b) => ({ value: b.id, label: `${b.serviceCode}${b.siteLabel ? ` – ${b.siteLabel}` : ''}${b.annexNumber ? ` (annexe ${b.annexNumber})` : ''}` }))}
              placeholder="— Choisir —"
              value={bulletinId}
              onChange={(e) => { setBulletinId(e.target.value); setPlan(undefined); }}
            />
          ) : null}
          <div className="form-actions">
            <Button variant={plan ? 'secondary' : 'primary'} onPress={() => void preview()} isDisabled={mapping.lastName === undefined || !!working}>
              Vérifier les lignes
            </Button>
          </div>
        </Card>
      ) : null}

      {plan ? (
        <Card title="3. Vérification avant import" id="roster-import-preview">
          <p role="status">
            Essai à blanc : {formatCount(plan.newAgents, 'agent')} {plan.newAgents > 1 ? 'seront créés' : 'sera créé'}
            {plan.reusedAgents ? `, ${formatCount(plan.reusedAgents, 'agent déjà connu', 'agents déjà connus')}` : ''}
            {hasProfile ? `, ${formatCount(plan.habilitations, 'habilitation')}` : ''}
            {plan.skipped ? `, ${formatCount(plan.skipped, 'ligne en erreur', 'lignes en erreur')} (ignorées)` : ''}. Rien n’a encore été enregistré.
          </p>
          {rowsWithErrors.length ? (
            <table className="data roster-import-errors">
              <caption>Lignes en erreur</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Nom</th>
                  <th scope="col">Problème</th>
                </tr>
              </thead>
              <tbody>
                {rowsWithErrors.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{[r.agent.lastName, r.agent.firstName].filter(Boolean).join(' ') || '—'}</td>
                    <td>
                      {[...r.errors, ...r.refusals].map((e, i) => (
                        <div key={i}>{e}</div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>Aucune erreur.</p>
          )}
          <details className="roster-import-details">
            <summary>Voir toutes les lignes ({plan.rows.length})</summary>
            <table className="data">
              <caption className="visually-hidden">Toutes les lignes</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Nom</th>
                  <th scope="col">Fonction</th>
                  <th scope="col">Profil</th>
                  <th scope="col">Résultat</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{[r.agent.lastName, r.agent.firstName].filter(Boolean).join(' ')}</td>
                    <td>{r.agent.function ?? ''}</td>
                    <td>{r.grant?.profileCode ?? ''}</td>
                    <td>{r.outcome.kind === 'skipped' ? 'Ignorée' : r.outcome.kind === 'new-agent' ? 'Nouvel agent' : 'Agent déjà connu'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {rowsWithErrors.length ? (
            <CheckboxInput
              label={`Ignorer ${rowsWithErrors.length > 1 ? `les ${rowsWithErrors.length} lignes en erreur` : 'la ligne en erreur'} et importer les autres`}
              checked={skipErrors}
              onChange={(e) => setSkipErrors(e.target.checked)}
            />
          ) : null}
          <div className="form-actions">
            <Button variant="primary" onPress={() => void runImport()} isDisabled={importable === 0 || (rowsWithErrors.length > 0 && !skipErrors) || !!working}>
              {`Importer ${formatCount(plan.rows.length - plan.skipped, 'ligne')}`}
            </Button>
          </div>
          <p className="muted">Une sauvegarde complète est prise juste avant l’import : vous pourrez l’annuler.</p>
        </Card>
      ) : null}

      <ConfirmDialog
        title="Annuler l’import ?"
        message={`Revenir au registre tel qu’il était avant l’import, en restaurant la sauvegarde « ${done?.backup.name ?? ''} » ? Les changements faits depuis l’import seront perdus (une sauvegarde de l’état actuel est prise avant).`}
        confirmLabel="Annuler l’import"
        isOpen={confirmUndo}
        onCancel={() => setConfirmUndo(false)}
        onConfirm={() => {
          setConfirmUndo(false);
          void undo();
        }}
      />
    </>
  );
}
