// The budgets and the printed table: each figure at 1× and at the highest rate, its floor in
// the same run and conditions, the budget and the rate it is judged at.
import { MIN_THROTTLE_RATIO } from './browser.mjs';
import { QUICK, RATES, want } from './options.mjs';

/**
 * Whether the throttled figures are true: the fixed loop took at least MIN_THROTTLE_RATIO
 * times its 1× time on a throttled page and on the app's own page. Returns the refusal, or null.
 */
export function throttleRefusal(results) {
  const HI = results.rates.at(-1);
  if (HI === 1) return null;
  const FH = results.byRate[HI];
  const low = [
    ['page de mesure', FH.throttleRatio],
    ['page de l’application', FH.appThrottleRatio],
  ].filter(([, r]) => r !== undefined && !(r >= MIN_THROTTLE_RATIO));
  if (!low.length) return null;
  return `Ralentissement ${HI}× NON APPLIQUÉ : la boucle de calibrage n’a pris que ${low
    .map(([where, r]) => `× ${Number(r).toFixed(2)} (${where})`)
    .join(', ')} son temps à 1× (minimum × ${MIN_THROTTLE_RATIO}) — chiffres à ${HI}× refusés.`;
}

/** The restore's stages (renderer/db/export-import/import.ts), in order, and the floor's part beside each. */
const RESTORE_STAGES = [
  ['envelope', 'en-tête, longueur, somme de contrôle SHA-256', null],
  ['json', 'décodage UTF-8 + JSON strict', 'backupRestoreFloorParseMs'],
  ['rows', 'validation de chaque ligne (schémas)', null],
  ['register', 'cohérence du registre', null],
  ['journal', 'chaîne du journal (fichier)', null],
  ['safety-backup', 'sauvegarde de sécurité des données actuelles', null],
  ['write', 'écriture (une transaction : vider + bulkAdd)', 'backupRestoreFloorPutMs'],
  ['journal-after', 'chaîne du journal relue après écriture', null],
];

/** Prints the table and returns the budgets. */
export function printTable(results, lo, dataset) {
  const fig = results.figures;
  const HI = RATES.at(-1);
  const F1 = results.byRate[1];
  const FH = results.byRate[HI];
  const B = {
    firstScreenMs: 1000, // at 4×, large register (issue 18)
    keystrokeMedianMs: 16, // at 4×
    scrollFramesOver16Pct: 0, // at 1×
    reportVsLibreOffice: 0.25,
    formVsLibreOffice: 0.1,
    backupRatio: 1.3, // to the floor, at every rate
    initialBundleGzipKB: 150,
    importPdfMs: 2000,
    portalReconcileMs: 2000,
  };
  const ms = (v) =>
    Number.isFinite(v)
      ? `${v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(2)} ms`
      : '—';
  const x = (v) => (Number.isFinite(v) ? `× ${v.toFixed(2)}` : '—');
  const refusal = throttleRefusal(results);
  const pair = (key, format = ms) => [
    format(F1[key]),
    HI === 1 ? '' : refusal && !key.startsWith('calibration') ? 'refusé' : format(FH[key]),
  ];
  // Budgets are judged on the large register only: the quick run's small one says nothing of them.
  const verdict = (value, budget) =>
    QUICK || !Number.isFinite(value) ? '' : value <= budget ? 'tenu' : 'DÉPASSÉ';
  /** A row of the administrator-change form: its time, its ratio to LibreOffice, the budget. */
  const formRow = (label, key, ratio) => [
    label,
    ...pair(key),
    lo.available ? x(fig[ratio]) : loText,
    '≤ × 0,1 LO (1×)',
    lo.available ? verdict(fig[ratio], B.formVsLibreOffice) : '',
  ];
  const hiMs = (v) => (refusal ? 'refusé' : ms(v));
  /** A budget judged at the throttled rate: not judged when the throttling was not applied. */
  const verdictHi = (value, budget) => (refusal ? 'non jugé' : verdict(value, budget));
  const loText = lo.available
    ? ''
    : QUICK
      ? 'LibreOffice non mesuré (--quick)'
      : !want('documents')
        ? 'non mesuré (--only)'
        : 'LibreOffice absent';
  const H = `${HI}×`;
  const rows = [
    [
      `Calibrage : boucle fixe (doit prendre ~${HI}× plus à ${H} ; × ${MIN_THROTTLE_RATIO} au moins)`,
      ...pair('calibrationMs'),
      HI === 1
        ? ''
        : `× ${FH.throttleRatio?.toFixed(2)} ; page de l’app. × ${FH.appThrottleRatio?.toFixed(2) ?? '—'}`,
      '',
      '',
    ],
    [
      `Premier écran « Agents » (${QUICK ? 'petit' : 'grand'} jeu), premières lignes (médiane des lancements)`,
      ...pair('firstScreenMs'),
      `${ms(F1.firstScreenFloorMs)} / ${hiMs(FH.firstScreenFloorMs)}`,
      `≤ 1 000 ms à ${H}`,
      verdictHi(FH.firstScreenMs, B.firstScreenMs),
    ],
    [
      '  plancher : page statique du même écran (1re peinture) + lecture IndexedDB brute de ses lignes',
      `${ms(F1.staticPaintFloorMs)} + ${ms(F1.firstRowsReadFloorMs)}`,
      `${hiMs(FH.staticPaintFloorMs)} + ${hiMs(FH.firstRowsReadFloorMs)}`,
      '',
      '',
      '',
    ],
    ['  rapport au plancher', ...pair('firstScreenRatio', x), '', '', ''],
    [
      '  1er lancement sur un registre restauré hors de l’application (sans première page gardée)',
      ...pair('firstScreenFirstRunMs'),
      '',
      '',
      '',
    ],
    ['  tout le registre lu, recherche prête', ...pair('rosterCompleteMs'), '', '', ''],
    [
      'Filtre, par frappe (médiane)',
      ...pair('keystrokeMedianMs'),
      `${ms(F1.keystrokeFloorMs)} / ${hiMs(FH.keystrokeFloorMs)}`,
      `≤ 16 ms à ${H}`,
      verdictHi(FH.keystrokeMedianMs, B.keystrokeMedianMs),
    ],
    ['  p95 ; plancher = filtre brut du même index', ...pair('keystrokeP95Ms'), '', '', ''],
    [
      'Défilement : images > 16,7 ms',
      ...pair('scrollFramesOver16Pct', (v) => (Number.isFinite(v) ? `${v.toFixed(1)} %` : '—')),
      '',
      '0 % à 1×',
      verdict(F1.scrollFramesOver16Pct, B.scrollFramesOver16Pct),
    ],
    [
      '  image médiane / p95',
      `${ms(F1.scrollFrameMedianMs)} / ${ms(F1.scrollFrameP95Ms)}`,
      `${hiMs(FH.scrollFrameMedianMs)} / ${hiMs(FH.scrollFrameP95Ms)}`,
      '',
      '',
      '',
    ],
    [
      `Rapport de revue PDF, ${fig.reportRows} lignes : 1er, écran ouvert`,
      ...pair('reportPdfFirstMs'),
      lo.available ? `LO ${ms(lo.reportColdMs)}` : loText,
      '≤ × 0,25 LO (1×)',
      lo.available ? verdict(fig.reportVsLibreOffice, B.reportVsLibreOffice) : '',
    ],
    [
      '  « Exporter » cliqué à l’ouverture / worker froid / suivants',
      `${ms(F1.reportPdfAtOnceMs)} / ${ms(F1.reportPdfColdMs)} / ${ms(F1.reportPdfWarmMs)}`,
      `${hiMs(FH.reportPdfAtOnceMs)} / ${hiMs(FH.reportPdfColdMs)} / ${hiMs(FH.reportPdfWarmMs)}`,
      `Node ${ms(fig.reportPdfNodeMs)}`,
      '',
      '',
    ],
    [
      '  rapport à LibreOffice (froid)',
      lo.available ? x(fig.reportVsLibreOffice) : loText,
      '',
      '',
      '',
      '',
    ],
    [
      '  avec un 2e processus qui occupe un cœur : 1er, écran ouvert / « Exporter » à l’ouverture',
      `${ms(F1.reportPdfFirstBusyMs)} / ${ms(F1.reportPdfAtOnceBusyMs)}`,
      HI === 1 ? '' : `${hiMs(FH.reportPdfFirstBusyMs)} / ${hiMs(FH.reportPdfAtOnceBusyMs)}`,
      lo.available ? x(fig.reportBusyVsLibreOffice) : loText,
      '',
      '',
    ],
    [
      'Formulaire changement d’administrateur PDF : 1er, écran ouvert',
      ...pair('formPdfFirstMs'),
      lo.available ? `LO ${ms(lo.formColdMs)}` : loText,
      '≤ × 0,1 LO (1×)',
      lo.available ? verdict(fig.formVsLibreOffice, B.formVsLibreOffice) : '',
    ],
    formRow(
      '  « Exporter » cliqué à l’ouverture, application démarrée 1 s avant (worker préparé au repos)',
      'formPdfAfterStartMs',
      'formAfterStartVsLibreOffice',
    ),
    formRow(
      '  « Exporter » cliqué à l’ouverture, worker démarré par l’écran (pendant la préparation)',
      'formPdfAtOnceMs',
      'formAtOnceVsLibreOffice',
    ),
    formRow(
      '  avec un 2e processus qui occupe un cœur : 1er, écran ouvert',
      'formPdfFirstBusyMs',
      'formBusyVsLibreOffice',
    ),
    formRow(
      '  avec un 2e processus qui occupe un cœur : « Exporter » à l’ouverture, application démarrée 1 s avant',
      'formPdfAfterStartBusyMs',
      'formAfterStartBusyVsLibreOffice',
    ),
    formRow(
      '  avec un 2e processus qui occupe un cœur : « Exporter » à l’ouverture, worker démarré par l’écran',
      'formPdfAtOnceBusyMs',
      'formAtOnceBusyVsLibreOffice',
    ),
    [
      '  worker froid / suivants',
      `${ms(F1.formPdfColdMs)} / ${ms(F1.formPdfWarmMs)}`,
      `${hiMs(FH.formPdfColdMs)} / ${hiMs(FH.formPdfWarmMs)}`,
      `Node ${ms(fig.formPdfNodeMs)}`,
      '',
      '',
    ],
    [
      '  rapport à LibreOffice (froid)',
      lo.available ? x(fig.formVsLibreOffice) : loText,
      '',
      '',
      '',
      '',
    ],
    [
      `Sauvegarde complète (${(fig.backupBytes / 1e6).toFixed(1)} Mo)`,
      ...pair('backupExportMs'),
      `${ms(F1.backupExportFloorMs)} / ${hiMs(FH.backupExportFloorMs)}`,
      '≤ × 1,3 plancher',
      refusal
        ? verdict(F1.backupExportRatio, B.backupRatio) + ' (1× seul)'
        : verdict(Math.max(F1.backupExportRatio, FH.backupExportRatio), B.backupRatio),
    ],
    [
      '  rapport au plancher (toArray + JSON.stringify bruts)',
      ...pair('backupExportRatio', x),
      '',
      '',
      '',
    ],
    [
      '  étape : lecture de chaque table (une transaction) ; corps canonique, octets, SHA-256',
      `${ms(F1.backupExportReadMs)} ; ${ms(F1.backupExportMs - F1.backupExportReadMs)}`,
      HI === 1
        ? ''
        : `${hiMs(FH.backupExportReadMs)} ; ${hiMs(FH.backupExportMs - FH.backupExportReadMs)}`,
      `${ms(F1.backupExportFloorReadMs)} ; ${ms(F1.backupExportFloorMs - F1.backupExportFloorReadMs)}`,
      '',
      '',
    ],
    [
      'Restauration complète',
      ...pair('backupRestoreMs'),
      `${ms(F1.backupRestoreFloorMs)} / ${hiMs(FH.backupRestoreFloorMs)}`,
      '≤ × 1,3 plancher',
      refusal
        ? verdict(F1.backupRestoreRatio, B.backupRatio) + ' (1× seul)'
        : verdict(Math.max(F1.backupRestoreRatio, FH.backupRestoreRatio), B.backupRatio),
    ],
    [
      '  rapport au plancher (JSON.parse + bulkPut bruts)',
      ...pair('backupRestoreRatio', x),
      '',
      '',
      '',
    ],
    ...RESTORE_STAGES.map(([stage, label, floorKey]) => [
      `  étape : ${label}`,
      ms(F1.restoreStagesMs?.[stage]),
      HI === 1 ? '' : hiMs(FH.restoreStagesMs?.[stage]),
      floorKey ? `${ms(F1[floorKey])} / ${hiMs(FH[floorKey])}` : 'aucun (0 ms)',
      '',
      '',
    ]),
    [
      'Bundle initial (gzip)',
      `${fig.initialBundleGzipKB.toFixed(0)} Ko`,
      '',
      '',
      '≤ 150 Ko',
      verdict(fig.initialBundleGzipKB, B.initialBundleGzipKB),
    ],
    [
      `Import d’une convention PDF de ${fig.importPdfPages} pages (Node) : texte + extraction`,
      `${ms(fig.importPdfMs)} (${ms(fig.importPdfTextMs)} + ${ms(fig.importPdfExtractMs)})`,
      '',
      '',
      '≤ 2 000 ms',
      verdict(fig.importPdfMs, B.importPdfMs),
    ],
    [
      `Rapprochement portail : ${fig.portalAccounts} comptes lus et rapprochés (Node)`,
      ms(fig.portalReconcileMs),
      '',
      '',
      '≤ 2 000 ms',
      verdict(fig.portalReconcileMs, B.portalReconcileMs),
    ],
  ];
  const HEAD = ['Mesure', '1×', H, 'Plancher 1× / ' + H, 'Budget', ''];
  const widths = HEAD.map((h, c) => Math.max(...rows.map((r) => r[c].length), h.length));
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log(
    `\nConvention MCP — mesures ${QUICK ? 'rapides (petit jeu : ' : '(grand jeu : '}${dataset.rows} lignes), processeur ralenti 1× et ${H}\n`,
  );
  if (refusal) console.log(`${refusal}\n`);
  else if (HI !== 1 && Math.max(FH.throttleRatio, FH.appThrottleRatio ?? 0) > HI * 1.5)
    console.log(
      `Ralentissement effectif au-delà de ${HI}× (× ${Math.max(FH.throttleRatio, FH.appThrottleRatio ?? 0).toFixed(2)}) : chiffres à ${H} pessimistes.\n`,
    );
  console.log(line(HEAD));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log('');
  return B;
}
