// The figures taken in Node: the initial bundle, the portal reconciliation, the import of a
// convention PDF.
import { DIST, QUICK, RUNS, SIZE } from './options.mjs';
import { median } from './stats.mjs';

export async function nodeFigures(tasks, fig) {
  // 7. Initial bundle.
  const bundle = tasks.initialBundle(DIST);
  // Portal reconciliation (Node, pure domain): 10,000 accounts read and reconciled.
  const portal = tasks.portalReconcile(SIZE, QUICK ? 1 : 3);
  fig.portalReconcileMs = median(portal.ms);
  fig.portalAccounts = portal.accounts;
  fig.initialBundleGzipKB = bundle.gzipBytes / 1024;

  // 7b. Import of a 32-page A4 convention PDF (LibreOffice export of the Lieusaint sample, real
  // tables) in Node: text layer + lines (the app's PDF reader), then the extraction.
  const IMPORT_PDF = 'test/fixtures/import-corpus/pdf/lieusaint-2023.a4-tables.pdf';
  const imported = await tasks.importPdfInNode(IMPORT_PDF, 1 + RUNS.node);
  fig.importPdfPages = imported.pages;
  fig.importPdfTextMs = median(imported.textMs.slice(1));
  fig.importPdfExtractMs = median(imported.extractMs.slice(1));
  fig.importPdfMs = fig.importPdfTextMs + fig.importPdfExtractMs;
}
