/**
 * `npm run roster:score -- --dir <folder> [--verbose <text>]`: the roster import's score on
 * the spreadsheets of a folder (`<id>.xlsx` or `<id>.csv`, each with `<id>.truth.json`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { guessMapping, mapSheetRows, planImport } from '../../shared/backup/roster-import';
import { detectHeaderRow, sheetFromGrid } from '../../shared/backup/roster-sheet';
import { catalogueRegister } from '../../shared/backup/roster-test-support';
import { readSheet } from '../../renderer/platform/read-file';
import { plannedAgents, scoreRoster, type Outcome, type RosterTruth } from './score';

const args = process.argv.slice(2);
const many = (flag: string) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
const dirs = many('--dir');
const verbose = many('--verbose');
if (dirs.length === 0) throw new Error('--dir <folder> attendu');

const TODAY = '2026-12-03';
// Quotas large enough that no habilitation of a real list is refused for the count.
const register = catalogueRegister(1000);

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `${'document'.padEnd(40)} ${pad('fields', 7)} ${pad('right', 6)} ${pad('wrong', 6)} ${pad('missing', 8)} ${pad('invented', 9)} ${pad('right %', 8)}`,
);
const total: Record<Outcome, number> = { right: 0, wrong: 0, missing: 0, invented: 0 };
let fields = 0;
for (const dir of dirs) {
  const files = readdirSync(dir).filter((f) => /\.(xlsx|csv)$/i.test(f));
  for (const file of files.sort()) {
    const id = file.replace(/\.(xlsx|csv)$/i, '');
    const truth = JSON.parse(
      readFileSync(path.join(dir, `${id}.truth.json`), 'utf8'),
    ) as RosterTruth;
    let results;
    let failure: string | undefined;
    const notes: string[] = [];
    try {
      const read = await readSheet(file, new Uint8Array(readFileSync(path.join(dir, file))), {
        agentSheets: true,
      });
      const sheet = sheetFromGrid(read, detectHeaderRow(read.grid));
      const mapping = guessMapping(sheet.headers, sheet.hiddenColumns, sheet.groups);
      const ctx = { ...register, defaultBulletinId: 'b1' };
      const mapped = mapSheetRows(sheet, mapping, ctx, TODAY);
      let n = 0;
      const plan = planImport(mapped, register, {
        today: TODAY,
        organisationId: 'o1',
        newId: () => `a${++n}`,
        inPortal: true,
      });
      results = scoreRoster(truth, plannedAgents(plan));
      // What the screen shows the user besides the agents: lines left out, remarks, errors.
      for (const l of sheet.ignored) notes.push(`ignorée   ligne ${l.line} : ${l.reason}`);
      for (const r of plan.rows) {
        for (const e of r.errors) notes.push(`erreur    ligne ${r.line} : ${e}`);
        for (const w of r.warnings) notes.push(`remarque  ligne ${r.line} : ${w}`);
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      results = scoreRoster(truth, []);
    }
    const counts: Record<Outcome, number> = { right: 0, wrong: 0, missing: 0, invented: 0 };
    for (const r of results) counts[r.outcome] += 1;
    const expected = counts.right + counts.wrong + counts.missing;
    fields += expected;
    for (const k of Object.keys(total) as Outcome[]) total[k] += counts[k];
    console.log(
      `${id.padEnd(40)} ${pad(expected, 7)} ${pad(counts.right, 6)} ${pad(counts.wrong, 6)} ${pad(counts.missing, 8)} ${pad(counts.invented, 9)} ${pad(((100 * counts.right) / Math.max(1, expected)).toFixed(1), 6)} %${failure ? `  REFUSÉ : ${failure}` : ''}`,
    );
    if (verbose.some((v) => id.includes(v))) for (const n of notes) console.log(`    ${n}`);
    if (verbose.some((v) => id.includes(v)))
      for (const r of results)
        if (r.outcome !== 'right')
          console.log(
            `    ${r.outcome.toUpperCase().padEnd(9)} ${r.agent.padEnd(28)} ${r.field.padEnd(22)} attendu « ${r.expected ?? '—'} » lu « ${r.got ?? '—'} »`,
          );
  }
}
console.log(
  `${'TOTAL'.padEnd(40)} ${pad(fields, 7)} ${pad(total.right, 6)} ${pad(total.wrong, 6)} ${pad(total.missing, 8)} ${pad(total.invented, 9)} ${pad(((100 * total.right) / Math.max(1, fields)).toFixed(1), 6)} %`,
);
