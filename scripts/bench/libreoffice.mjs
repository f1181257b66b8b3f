// LibreOffice, as a whole process (cold: a fresh profile each run; warm: profile reused),
// converting the same documents: the reference the PDF figures are compared with.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flag, QUICK, RUNS, want } from './options.mjs';
import { median } from './stats.mjs';

/** Measures LibreOffice where it is installed (not in `--quick`) and sets the ratios in `fig`. */
export function libreOffice(dataset, fig) {
  const soffice = ['soffice', 'libreoffice'].find(
    (c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0,
  );
  const lo = {
    available: Boolean(soffice) && !QUICK && !flag('--no-libreoffice') && want('documents'),
  };
  if (lo.available) {
    const convert = (file, profile, filter) => {
      const out = mkdtempSync(path.join(tmpdir(), 'bench-lo-out-'));
      const t = performance.now();
      const r = spawnSync(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          ...(filter ? [`--infilter=${filter}`] : []),
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          file,
        ],
        { encoding: 'utf8', timeout: 300_000 },
      );
      const ms = performance.now() - t;
      const ok =
        r.status === 0 &&
        existsSync(path.join(out, path.basename(file).replace(/\.[^.]+$/, '.pdf')));
      rmSync(out, { recursive: true, force: true });
      if (!ok) throw new Error(`LibreOffice a échoué sur ${file} : ${r.stderr || r.stdout}`);
      return ms;
    };
    for (const [key, file, filter] of [
      ['report', dataset.files.reportCsv, 'CSV:59,34,76,1'],
      ['form', dataset.files.formHtml, undefined],
    ]) {
      const cold = [];
      const warm = [];
      for (let i = 0; i < RUNS.lo; i++) {
        const profile = mkdtempSync(path.join(tmpdir(), 'bench-lo-profile-'));
        cold.push(convert(path.resolve(file), profile, filter));
        warm.push(convert(path.resolve(file), profile, filter));
        rmSync(profile, { recursive: true, force: true });
      }
      lo[`${key}ColdMs`] = median(cold);
      lo[`${key}WarmMs`] = median(warm);
    }
    // LibreOffice is a whole process, never throttled: the ratio is judged at 1×.
    fig.reportVsLibreOffice = fig.reportPdfFirstMs / lo.reportColdMs;
    fig.formVsLibreOffice = fig.formPdfFirstMs / lo.formColdMs;
    fig.formAtOnceVsLibreOffice = fig.formPdfAtOnceMs / lo.formColdMs;
    fig.reportAtOnceVsLibreOffice = fig.reportPdfAtOnceMs / lo.reportColdMs;
    // With a second CPU-bound process running (measure-documents.mjs); LibreOffice alone.
    fig.reportBusyVsLibreOffice = fig.reportPdfFirstBusyMs / lo.reportColdMs;
    fig.formBusyVsLibreOffice = fig.formPdfFirstBusyMs / lo.formColdMs;
    fig.formAtOnceBusyVsLibreOffice = fig.formPdfAtOnceBusyMs / lo.formColdMs;
    fig.formAfterStartVsLibreOffice = fig.formPdfAfterStartMs / lo.formColdMs;
    fig.formAfterStartBusyVsLibreOffice = fig.formPdfAfterStartBusyMs / lo.formColdMs;
  }
  return lo;
}
