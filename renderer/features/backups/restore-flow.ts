import { useState } from 'react';
import { ImportRefusedError } from '../../../shared/backup/export-format';
import { readStoredBackup, restoreParsed, SafetyBackupFailedError } from '../../backup/operations';
import { parseExportFile, type ParsedExport } from '../../db/export-import/import';
import { useServices } from '../../shell/services';
import { selectNotify, useUiStore } from '../../store/ui-store';
import type { Work } from './backups-work';

/**
 * Where a restore stands: a protected stored backup asks its passphrase, a read backup is
 * previewed, and a restore whose safety backup could not be written asks again.
 */
export type RestoreStep =
  | { kind: 'passphrase'; name: string }
  | { kind: 'preview'; parsed: ParsedExport; source: string }
  | { kind: 'unsafe'; parsed: ParsedExport; reason: string };

/** The restore flow, from a stored backup or a chosen file to the register replaced. */
export function useRestoreFlow(work: Work) {
  const services = useServices();
  const notify = useUiStore(selectNotify);
  const [step, setStep] = useState<RestoreStep>();
  const cancel = () => setStep(undefined);

  const openStored = (name: string, passphrase?: string) =>
    work('Lecture et vérification de la sauvegarde…', async () => {
      try {
        const parsed = await readStoredBackup(services.platform, name, passphrase);
        setStep({ kind: 'preview', parsed, source: name });
      } catch (error) {
        if (error instanceof ImportRefusedError && error.code === 'passphrase-required') {
          setStep({ kind: 'passphrase', name });
          return;
        }
        throw error;
      }
    });

  const openFile = (file: File | undefined, passphrase: string) =>
    work('Lecture et vérification du fichier…', async () => {
      if (!file)
        throw new ImportRefusedError(
          'not-an-export',
          'Choisissez d’abord le fichier de sauvegarde.',
        );
      const bytes = new Uint8Array(await file.arrayBuffer());
      const parsed = await parseExportFile(bytes, passphrase ? { passphrase } : {});
      setStep({ kind: 'preview', parsed, source: file.name });
    });

  const restore = (parsed: ParsedExport, withoutSafetyBackup = false) =>
    work(
      'Restauration en cours (sauvegarde de vos données actuelles, puis remplacement)…',
      async () => {
        setStep(undefined);
        let outcome;
        try {
          outcome = await restoreParsed(services, parsed, { withoutSafetyBackup });
        } catch (error) {
          if (error instanceof SafetyBackupFailedError) {
            setStep({ kind: 'unsafe', parsed, reason: error.reason });
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
      },
    );

  return { step, cancel, openStored, openFile, restore };
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>;
