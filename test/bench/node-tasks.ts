/**
 * The Node half of the bench, bundled by esbuild and loaded by `scripts/bench/run.mjs`:
 * writes the dataset as a real backup file, the document snapshots (and their CSV / HTML
 * twins for LibreOffice), renders the PDFs in Node for reference, and sizes the bundle.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildAdminChangePdf } from '../../shared/documents/admin-change';
import { fontDictionary } from '../../shared/documents/fonts';
import { renderPdf } from '../../shared/documents/pdf-render';
import { buildDocumentSource, type DocumentKind } from '../../shared/documents/registry';
import {
  buildReviewReportCsv,
  buildReviewReportSnapshot,
} from '../../shared/documents/review-report';
import type {
  Agent,
  Bulletin,
  Habilitation,
  Organisation,
  Quota,
  ReviewCampaign,
  ReviewItem,
} from '../../shared/domain/schemas';
import { formatBulletinLabel } from '../../shared/domain/format';
import { buildExportFromBody } from '../../renderer/db/export-import/export';
import { extractConvention } from '../../shared/import';
import { readPdfText } from '../../renderer/features/import/pdf-reader';
import { lieusaintAdminChange } from '../unit/documents/lieusaint';
import { DATASET_SIZES, generateDataset, totalRows, type DatasetSizeName } from './dataset';
import { portalExportCsv, reconcileBench } from './portal-list';

export { CHROMIUM_ARGS, systemChromium } from '../e2e/browser';

export interface WrittenDataset {
  files: { backup: string; report: string; form: string; reportCsv: string; formHtml: string };
  rows: number;
  backupBytes: number;
  reportRows: number;
}

/** Writes `<dir>/backup-<size>.json` (a real full export), report/form snapshots, CSV and HTML. */
export async function writeDataset(
  sizeName: DatasetSizeName,
  dir: string,
  seed = 42,
): Promise<WrittenDataset> {
  mkdirSync(dir, { recursive: true });
  const dataset = generateDataset(DATASET_SIZES[sizeName], seed);
  const { body } = dataset;
  const built = await buildExportFromBody(body, {
    appVersion: 'bench',
    reason: 'Jeu de données du banc de mesure',
    now: () => new Date('2026-01-05T08:00:00.000Z'),
  });
  const backup = path.join(dir, `backup-${sizeName}.json`);
  writeFileSync(backup, built.bytes);

  const t = body.tables;
  const partner = (t.organisations as Organisation[]).find((o) => o.role === 'partner')!;
  const caf = (t.organisations as Organisation[]).find((o) => o.role === 'caf')!;
  const campaigns = t.reviewCampaigns as ReviewCampaign[];
  const campaign = campaigns.find((c) => c.id === dataset.lastCampaignId)!;
  const previous = campaigns.find((c) => c.year === campaign.year - 1);
  const snapshot = buildReviewReportSnapshot({
    meta: {
      conventionId: dataset.conventionId,
      partnerId: partner.id,
      partnerName: partner.name,
      conventionNumber: '2020-221 000 001',
      generatedAt: '2026-01-05T09:00:00.000Z',
      generatedBy: 'Véronique DJIRE',
    },
    campaign,
    items: (t.reviewItems as ReviewItem[]).filter((i) => i.campaignId === campaign.id),
    ...(previous ? { previous } : {}),
    partner: { name: partner.name, siret: partner.siret, representative: partner.representative },
    caf: { name: caf.name },
    bulletins: (t.bulletins as Bulletin[]).map((b) => ({
      id: b.id,
      label: formatBulletinLabel(b),
    })),
    quotas: t.quotas as Quota[],
  });
  const report = path.join(dir, 'report.json');
  writeFileSync(report, JSON.stringify(snapshot));
  const reportCsv = path.join(dir, 'report.csv');
  writeFileSync(reportCsv, buildReviewReportCsv(snapshot));

  const formSnapshot = lieusaintAdminChange();
  const form = path.join(dir, 'form.json');
  writeFileSync(form, JSON.stringify(formSnapshot));
  const formHtml = path.join(dir, 'form.html');
  writeFileSync(formHtml, definitionToHtml(buildAdminChangePdf(formSnapshot)));

  return {
    files: { backup, report, form, reportCsv, formHtml },
    rows: totalRows(body),
    backupBytes: built.bytes.byteLength,
    reportRows: snapshot.rows.length,
  };
}

interface PdfMakeNode {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(
    def: TDocumentDefinitions,
    options?: { bufferPages?: boolean },
  ): { getStream(): Promise<unknown>; getBuffer(): Promise<Buffer> };
}
let pdfmake: PdfMakeNode | undefined;

/** Request → bytes in Node (pdfmake's Node build, fonts from resources/fonts), `runs` times. */
export async function renderInNode(
  kind: DocumentKind,
  snapshotFile: string,
  runs: number,
): Promise<number[]> {
  const root = process.cwd();
  const fontDir = path.join(root, 'resources', 'fonts');
  if (!pdfmake) {
    pdfmake = createRequire(path.join(root, 'package.json'))('pdfmake') as PdfMakeNode;
    pdfmake.setFonts(fontDictionary((f) => path.join(fontDir, f)));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p) => p.startsWith(fontDir));
  }
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as unknown;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const source = buildDocumentSource(kind, 'pdf', snapshot);
    if (source.format !== 'pdf') throw new Error('pdf expected');
    await renderPdf(pdfmake, source.content);
    ms.push(performance.now() - t0);
  }
  return ms;
}

/**
 * The import of a convention PDF in Node, `runs` times: its text layer read through the app's
 * PDF path (pdfjs legacy build, lines rebuilt), then `extractConvention`. The first run
 * includes loading pdfjs.
 */
export async function importPdfInNode(
  file: string,
  runs: number,
): Promise<{ pages: number; textMs: number[]; extractMs: number[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const bytes = new Uint8Array(readFileSync(file));
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  const textMs: number[] = [];
  const extractMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const text = await readPdfText(pdfjs, bytes);
    const t1 = performance.now();
    extractConvention(text);
    textMs.push(t1 - t0);
    extractMs.push(performance.now() - t1);
  }
  return { pages, textMs, extractMs };
}

/** Initial bundle from the Vite manifest: the entry chunk, its static imports and CSS, gzipped. */
export function initialBundle(distDir: string): {
  gzipBytes: number;
  rawBytes: number;
  files: string[];
} {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('No entry in the Vite manifest.');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entryKey);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(distDir, f));
    rawBytes += bytes.byteLength;
    gzipBytes += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { gzipBytes, rawBytes, files: [...files] };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same form as HTML (what a user would type in Writer), from the pdfmake definition. */
export function definitionToHtml(definition: TDocumentDefinitions): string {
  const inline = (node: unknown): string => {
    if (typeof node === 'string') return escapeHtml(node);
    if (Array.isArray(node)) return node.map(inline).join('');
    if (node && typeof node === 'object' && 'text' in node) {
      const n = node as { text: unknown; bold?: boolean };
      const inner = inline(n.text);
      return n.bold ? `<b>${inner}</b>` : inner;
    }
    return '';
  };
  const block = (node: unknown): string => {
    if (node === null || node === undefined) return '';
    if (typeof node === 'string') return `<p>${escapeHtml(node)}</p>`;
    if (Array.isArray(node)) return node.map(block).join('\n');
    if (typeof node !== 'object') return '';
    const n = node as Record<string, unknown>;
    if ('stack' in n) return `<div>${block(n.stack)}</div>`;
    if ('columns' in n) {
      const cols = n.columns as unknown[];
      return `<table width="100%"><tr>${cols.map((c) => `<td valign="top">${block(c)}</td>`).join('')}</tr></table>`;
    }
    if ('table' in n) {
      const body = (n.table as { body: unknown[][] }).body;
      return `<table border="1" cellspacing="0" cellpadding="3" width="100%">${body
        .map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`)
        .join('\n')}</table>`;
    }
    if ('ul' in n || 'ol' in n) {
      const items = (n.ul ?? n.ol) as unknown[];
      return `<ul>${items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
    }
    if ('canvas' in n) return '<div style="border:1px solid #000;height:60px"></div>';
    if ('text' in n) {
      const style = n.style === 'title' ? 'h1' : n.style === 'heading' ? 'h2' : 'p';
      return `<${style}>${inline(n)}</${style}>`;
    }
    return '';
  };
  const title = escapeHtml(String(definition.info?.title ?? 'Formulaire'));
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} table{border-collapse:collapse}</style></head>
<body>${block(definition.content)}</body></html>\n`;
}

/**
 * The portal reconciliation in Node (pure domain, as the screen runs it): a 10,000-account
 * export (as many as the register's agents in the quick run) read and reconciled against the
 * register, `runs` times; milliseconds of each run, reading included.
 */
export function portalReconcile(
  sizeName: DatasetSizeName,
  runs: number,
): { ms: number[]; accounts: number; differences: number } {
  const size = DATASET_SIZES[sizeName];
  // Only the register is kept: the rest of the dataset (journal, reviews) is let go, as in
  // the app, where the screen holds the register and not the backup.
  const register = (() => {
    const { body } = generateDataset(size);
    return {
      agents: body.tables.agents as Agent[],
      habilitations: body.tables.habilitations as Habilitation[],
      bulletins: body.tables.bulletins as Bulletin[],
      quotas: body.tables.quotas as Quota[],
    };
  })();
  const csv = portalExportCsv(register, Math.max(size.agents, sizeName === 'large' ? 10_000 : 0));
  const ms: number[] = [];
  let last = { accounts: 0, differences: 0 };
  for (let i = 0; i < runs; i++) {
    const r = reconcileBench(register, csv, '2026-01-05');
    ms.push(r.readMs + r.reconcileMs);
    last = { accounts: r.result.stats.accounts, differences: r.result.differences.length };
  }
  return { ms, ...last };
}
