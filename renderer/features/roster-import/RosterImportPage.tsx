import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import {
  guessMapping,
  profileColumns,
  type ColumnMapping,
  type DuplicateChoice,
  type ImportPlan,
} from '../../../shared/backup/roster-import';
import { detectHeaderRow, sheetFromGrid } from '../../../shared/backup/roster-sheet';
import { formatCount } from '../../../shared/domain/format';
import type { BackupFileInfo } from '../../../shared/ipc/contract';
import { useServices } from '../../shell/services';
import { readStoredBackup, restoreParsed } from '../../backup/operations';
import { takeSafetyBackup } from '../../backup/safety-backup';
import { isQuotaError, QUOTA_MESSAGE } from '../../backup/storage-errors';
import {
  importRoster,
  planRosterImport,
  type RosterImportResult,
} from '../../db/export-import/roster-import';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { Working } from '../../ui/Working';
import { Loading, NoConvention } from '../../shell/NoConvention';
import { errorMessages } from '../../shell/register/use-action';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import { ImportMapping } from './ImportMapping';
import { ImportPreview } from './ImportPreview';
import { checkSheetSize, readSheet, type ReadSheet } from '../../platform/read-file';

/**
 * The roster import, in as few actions as possible: choose the file; the header row, the
 * columns, the bulletin and « already in the portal » are guessed and shown, the dry run is
 * computed at once; one button imports (after a safety backup, undoable).
 */
export function RosterImportPage() {
  const register = useRegister();
  const services = useServices();
  const actor = useActor();
  const notify = useUiStore(selectNotify);
  const [file, setFile] = useState<ReadSheet & { fileName: string }>();
  const [headerRow, setHeaderRow] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [bulletinId, setBulletinId] = useState('');
  const [inPortal, setInPortal] = useState(true);
  const [choices, setChoices] = useState<Record<number, DuplicateChoice>>({});
  const [plan, setPlan] = useState<ImportPlan>();
  const [skipErrors, setSkipErrors] = useState(false);
  const [working, setWorking] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<{ result: RosterImportResult; backup: BackupFileInfo }>();
  const [confirmUndo, setConfirmUndo] = useState(false);

  const sheet = useMemo(
    () => (file ? sheetFromGrid(file, headerRow) : undefined),
    [file, headerRow],
  );
  const onlyBulletin = register?.bulletins.length === 1 ? register.bulletins[0]!.id : '';
  const target = useMemo(
    () =>
      register
        ? {
            conventionId: register.convention.id,
            organisationId: register.partner.id,
            ...(bulletinId || onlyBulletin
              ? { defaultBulletinId: bulletinId || onlyBulletin }
              : {}),
          }
        : undefined,
    [register, bulletinId, onlyBulletin],
  );

  // The dry run follows every change of the file, columns or choices (nothing is written).
  const db = services.db;
  const ready =
    !!sheet &&
    !!target &&
    (mapping.lastName !== undefined || mapping.fullName !== undefined) &&
    !done;
  useEffect(() => {
    if (!ready) return;
    let current = true;
    planRosterImport(db, sheet, mapping, target, todayIso(), { duplicates: choices, inPortal })
      .then((p) => current && setPlan(p))
      .catch((error: unknown) => current && setErrors(errorMessages(error)));
    return () => {
      current = false;
    };
  }, [ready, db, sheet, mapping, target, choices, inPortal, register]);

  if (register === undefined) return <Loading />;
  if (register === null)
    return <NoConvention why="La liste des agents se rattache à une convention." />;

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
    const chosen = e.target.files?.[0];
    setPlan(undefined);
    setDone(undefined);
    setChoices({});
    if (!chosen) return;
    void busy('Lecture du fichier…', async () => {
      checkSheetSize(chosen.size); // before reading a byte of it
      const read = await readSheet(chosen.name, new Uint8Array(await chosen.arrayBuffer()), {
        agentSheets: true,
      });
      const row = detectHeaderRow(read.grid);
      const detected = sheetFromGrid(read, row);
      setFile({ ...read, fileName: chosen.name });
      setHeaderRow(row);
      setMapping(guessMapping(detected.headers, detected.hiddenColumns, detected.groups));
      // At onboarding the listed habilitations already exist in the portal.
      setInPortal(register.habilitations.length === 0);
    });
  };

  const changeHeaderRow = (row: number) => {
    if (!file) return;
    const detected = sheetFromGrid(file, row);
    setHeaderRow(row);
    setMapping(guessMapping(detected.headers, detected.hiddenColumns, detected.groups));
    setChoices({});
  };

  const runImport = () =>
    busy('Sauvegarde puis import…', async () => {
      if (!sheet || !target) return;
      const backup = await takeSafetyBackup(services, 'import de liste');
      const result = await importRoster(db, actor, sheet, mapping, target, todayIso(), {
        duplicates: choices,
        inPortal,
      });
      setDone({ result, backup });
      setPlan(undefined);
      notify(
        'ok',
        `${formatCount(result.agents, 'agent')} et ${formatCount(result.habilitations, 'habilitation')} importés.`,
      );
    });

  const undo = () =>
    busy('Annulation de l’import (restauration de la sauvegarde)…', async () => {
      if (!done) return;
      const parsed = await readStoredBackup(services.platform, done.backup.name);
      await restoreParsed(services, parsed);
      setDone(undefined);
      notify('ok', 'Import annulé : le registre est revenu à son état d’avant l’import.');
    });

  const errorRows = plan?.skipped ?? 0;
  const importable = plan ? plan.agents.length + plan.habilitations.length : 0;
  const importedRows = plan ? plan.rows.length - plan.skipped : 0;

  return (
    <>
      <PageHeader
        title="Importer une liste d’agents"
        description="Depuis un fichier Excel (.xlsx) ou CSV (séparateur « ; » ou « , »), tel que votre service le tient : les titres de colonnes sont reconnus, même sous un titre de tableau."
        actions={
          <Link to="/agents" className="btn btn-quiet">
            Retour aux agents
          </Link>
        }
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
            {formatCount(done.result.agents, 'agent')} et{' '}
            {formatCount(done.result.habilitations, 'habilitation')} importés
            {done.result.updated
              ? `, ${formatCount(done.result.updated, 'agent déjà connu complété', 'agents déjà connus complétés')}`
              : ''}
            {done.result.pending
              ? `, ${formatCount(done.result.pending, 'habilitation à régulariser', 'habilitations à régulariser')}`
              : ''}
            {done.result.skipped
              ? `, ${formatCount(done.result.skipped, 'ligne ignorée', 'lignes ignorées')}`
              : ''}
            . Une sauvegarde a été prise juste avant.
          </p>
          <div className="form-actions">
            <Link to="/agents" className="btn btn-primary">
              Voir les agents
            </Link>
            {done.result.pending ? (
              <Link to="/agents?statut=a-regulariser" className="btn btn-secondary">
                Voir les habilitations à régulariser
              </Link>
            ) : null}
            <Button variant="danger" onPress={() => setConfirmUndo(true)}>
              Annuler l’import
            </Button>
          </div>
        </Card>
      ) : null}

      <Card title="1. Fichier" id="roster-import-file">
        <TextInput
          label="Fichier Excel ou CSV"
          type="file"
          accept=".csv,.xlsx,.txt,text/csv"
          onChange={onFile}
        />
        {file && sheet ? (
          <div className="muted">
            <p>
              « {file.fileName} »{file.sheetName ? `, feuille « ${file.sheetName} »` : ''}
              {file.parts?.length
                ? file.parts
                    .map((p) => ` puis feuille « ${p.name} » (à partir de la ligne ${p.start + 1})`)
                    .join(',')
                : ''}{' '}
              : {formatCount(sheet.rows.length, 'ligne')} de données,{' '}
              {formatCount(sheet.headers.length, 'colonne')}, titres en ligne {sheet.headerRow + 1}
              {file.delimiter
                ? `, séparateur « ${file.delimiter === '\t' ? 'tabulation' : file.delimiter} »`
                : ''}
              {file.encoding
                ? `, encodage ${file.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (ancien Excel)'}`
                : ''}
              .
            </p>
            {sheet.ignored.length ? (
              <ul aria-label="Lignes ignorées">
                {sheet.ignored.map((l) => (
                  <li key={l.line}>{`Ligne ${l.line} ignorée : ${l.reason}`}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </Card>

      {file && sheet && !done ? (
        <ImportMapping
          grid={file}
          sheet={sheet}
          mapping={mapping}
          onMapping={(m) => {
            setMapping(m);
            setChoices({});
          }}
          onHeaderRow={changeHeaderRow}
          inPortal={inPortal}
          onInPortal={setInPortal}
          bulletins={register.bulletins}
          bulletinId={bulletinId || onlyBulletin}
          onBulletin={setBulletinId}
        />
      ) : null}

      {plan && !done ? (
        <>
          <ImportPreview
            plan={plan}
            choices={choices}
            onChoice={(line, choice) => setChoices((c) => ({ ...c, [line]: choice }))}
            skipErrors={skipErrors}
            onSkipErrors={setSkipErrors}
            hasProfile={
              mapping.profileCode !== undefined ||
              (!!sheet && profileColumns(sheet.headers, mapping).length > 0)
            }
          />
          <div className="form-actions roster-import-go">
            <Button
              variant="primary"
              onPress={() => void runImport()}
              isDisabled={importable === 0 || (errorRows > 0 && !skipErrors) || !!working}
            >
              {`Importer ${formatCount(importedRows, 'ligne')}`}
            </Button>
            <span className="muted">
              Une sauvegarde complète est prise juste avant l’import : vous pourrez l’annuler.
            </span>
          </div>
        </>
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
