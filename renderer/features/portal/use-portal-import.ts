import { useState } from 'react';
import { readPortalAccounts, type PortalList } from '../../../shared/domain/portal/accounts';
import {
  applyRememberedMapping,
  findHeaderRow,
  rememberMapping,
  type PortalMapping,
} from '../../../shared/domain/portal/columns';
import { reconcile, type Reconciliation } from '../../../shared/domain/portal/reconcile';
import { useServices } from '../../shell/services';
import { getRememberedMapping, getUnusedMonths, loadLinks } from '../../db/repositories/portal';
import { saveImportedList } from '../../db/repositories/portal-import';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { errorMessages } from '../../shell/register/use-action';
import { todayIso, useActor } from '../../shell/register/use-register';
import { readSheet } from '../../platform/read-file';

export interface LoadedFile {
  name: string;
  bytes: number;
  sha256: string;
  encoding?: string;
  /** Every line of the sheet (the header line among them). */
  rows: string[][];
  headerRow: number;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The import of a portal list: the file read with the roster import's reader, the header
 * line and columns guessed (the last confirmed mapping first), then — once the user has
 * confirmed the columns — the reconciliation, saved with the list's digest and counts.
 * The accounts stay in memory (not stored) so that a confirmed match can be compared again.
 */
export function usePortalImport(register: RegisterSnapshot | null | undefined) {
  const services = useServices();
  const actor = useActor();
  const [file, setFile] = useState<LoadedFile>();
  const [mapping, setMapping] = useState<PortalMapping>({});
  const [list, setList] = useState<PortalList>();
  const [result, setResult] = useState<Reconciliation>();
  const [importId, setImportId] = useState<string>();
  const [working, setWorking] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);

  const busy = async (label: string, task: () => Promise<void>) => {
    setWorking(label);
    setErrors([]);
    try {
      await task();
    } catch (error) {
      setErrors(errorMessages(error));
    } finally {
      setWorking(undefined);
    }
  };

  const open = (f: File) =>
    busy('Lecture du fichier…', async () => {
      setList(undefined);
      setResult(undefined);
      setImportId(undefined);
      const bytes = new Uint8Array(await f.arrayBuffer());
      // Every line of the file (blank ones too, so that line numbers are the file's).
      const sheet = await readSheet(f.name, bytes);
      const rows = sheet.grid;
      const headerRow = findHeaderRow(rows);
      const loaded: LoadedFile = {
        name: f.name,
        bytes: bytes.byteLength,
        sha256: await sha256Hex(bytes),
        rows,
        headerRow,
        ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
      };
      setFile(loaded);
      setMapping(
        applyRememberedMapping(rows[headerRow] ?? [], await getRememberedMapping(services.db)),
      );
    });

  const setHeaderRow = (headerRow: number) => {
    if (!file) return;
    setFile({ ...file, headerRow });
    setMapping(applyRememberedMapping(file.rows[headerRow] ?? [], undefined));
  };

  /** Reads the accounts with the confirmed columns, reconciles and saves. */
  const compare = (reuseImport = false) =>
    busy('Comparaison avec le registre…', async () => {
      if (!file || !register) return;
      const today = todayIso();
      const profiles = register.profiles;
      const read =
        reuseImport && list
          ? list
          : readPortalAccounts({
              rows: file.rows,
              headerRow: file.headerRow,
              mapping,
              context: {
                profiles,
                serviceCodes: register.bulletins.map((b) => b.serviceCode),
                serviceLabels: Object.fromEntries(
                  register.bulletins
                    .filter((b) => b.serviceLabel)
                    .map((b) => [b.serviceCode, b.serviceLabel!]),
                ),
              },
              today,
            });
      const [unusedMonths, links] = await Promise.all([
        getUnusedMonths(services.db),
        loadLinks(services.db, register.convention.id),
      ]);
      const reconciliation = reconcile({
        list: read,
        agents: register.agents,
        habilitations: register.habilitations,
        bulletins: register.bulletins,
        quotas: register.quotas,
        today,
        unusedMonths,
        links,
      });
      const saved = await saveImportedList(services.db, actor, {
        conventionId: register.convention.id,
        fileName: file.name,
        sha256: file.sha256,
        bytes: file.bytes,
        rows: read.rows,
        problems: new Set(read.problems.map((p) => p.line)).size,
        result: reconciliation,
        mapping: rememberMapping(file.rows[file.headerRow] ?? [], mapping),
        ...(reuseImport && importId ? { importId } : {}),
      });
      setList(read);
      setResult(reconciliation);
      setImportId(saved.id);
    });

  return {
    file,
    mapping,
    setMapping,
    setHeaderRow,
    list,
    result,
    working,
    errors,
    setErrors,
    open,
    compare,
    busy,
  };
}
