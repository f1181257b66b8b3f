/**
 * `npm run import:score [-- options]`: the importer's score over the generalisation corpus.
 *
 *   --only <group|text>[,…]  samples, pdf, office, variants, written, held-out, or part of a document id / family
 *   --verbose <text>          per-field diff (expected vs got) of the documents whose id holds it
 *                             (repeatable; « all » for every document)
 *   --all-fields              with --verbose, list the right fields too
 *   --docs                    one line per document even for variants (default: per family)
 *   --json <file>             write every document's fields and counts as JSON
 *   --replay <sample>:<family>:<seed>:<k>
 *                             score one variant as a property test built it (its failure message
 *                             gives the seed; k is the family setting), e.g. with --verbose all
 *   --dir <folder>            score the documents of a folder instead (<id>.txt, .pdf, .docx or .odt
 *                             with <id>.truth.json), e.g. real conventions kept out of the repository
 *   --write <dir>             write the text the importer read for each document (variants, PDFs)
 *                             into <dir>, to look at what a variant or a PDF page gives
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { extractConvention } from '../../shared/import';
import {
  documentText,
  folderDocs,
  GROUPS,
  loadCorpus,
  sampleDocs,
  type CorpusDoc,
  type Group,
} from './corpus';
import { makeVariant, SAMPLE_SECTIONS } from './variants';
import {
  addCounts,
  emptyCounts,
  scoreExtraction,
  type Counts,
  type DocScore,
  type FieldResult,
} from './score';

const args = process.argv.slice(2);
const many = (name: string) => args.flatMap((a, i) => (args[i - 1] === name ? a.split(',') : []));
const flag = (name: string) => args.includes(name);

const only = many('--only');
const verbose = many('--verbose');
const groups = only.filter((o): o is Group => (GROUPS as readonly string[]).includes(o));
const filters = only.filter((o) => !(GROUPS as readonly string[]).includes(o));

const pct = (c: Counts) => (c.expected ? `${((100 * c.right) / c.expected).toFixed(1)} %` : '—');
const pad = (s: string | number, n: number) => String(s).padStart(n);
const HEAD = `${'document'.padEnd(58)}${pad('fields', 7)}${pad('right', 7)}${pad('wrong', 7)}${pad('missing', 9)}${pad('flagged', 9)}${pad('invented', 10)}${pad('right %', 10)}${pad('false flags', 13)}`;
const row = (name: string, c: Counts) =>
  `${name.padEnd(58).slice(0, 58)}${pad(c.expected, 7)}${pad(c.right, 7)}${pad(c.wrong, 7)}${pad(c.missing, 9)}${pad(c.flagged, 9)}${pad(c.invented, 10)}${pad(pct(c), 10)}${pad(c.falseFlags, 13)}`;

const MARK: Record<FieldResult['outcome'], string> = {
  right: 'ok      ',
  wrong: 'WRONG   ',
  missing: 'MISSING ',
  flagged: 'flagged ',
  invented: 'INVENTED',
};
const q = (s: string | undefined) => (s === undefined ? '—' : `« ${s} »`);

function printDiff(doc: CorpusDoc, score: DocScore) {
  console.log(`\n── ${doc.group}/${doc.id}${doc.family ? ` (${doc.family})` : ''}`);
  for (const f of score.fields) {
    if (f.outcome === 'right' && !flag('--all-fields')) continue;
    const detail =
      f.outcome === 'invented'
        ? `got ${q(f.got)}`
        : f.outcome === 'right'
          ? q(f.got)
          : `expected ${q(f.expected)}  got ${q(f.got)}`;
    console.log(`  ${MARK[f.outcome]} ${f.field.padEnd(52)} ${detail}`);
  }
  for (const u of score.falseFlags)
    console.log(
      `  FALSE FLAG unread « ${u.part} » (${u.label}) at line ${u.sourceLine}, but the document holds none: « ${u.sourceText.slice(0, 80)} »`,
    );
}

const wanted = (d: CorpusDoc) =>
  !filters.length || filters.some((f) => d.id.includes(f) || d.family === f);
const replays = many('--replay').map((spec): CorpusDoc => {
  const [id, family, seed, k] = spec.split(':');
  const sample = sampleDocs().find((d) => d.id === id);
  if (!sample || !family)
    throw new Error(`--replay ${spec}: expected <sample>:<family>:<seed>:<k>`);
  const v = makeVariant(
    {
      id: sample.id,
      text: sample.text!,
      truth: sample.truth,
      sections: SAMPLE_SECTIONS[sample.id]!,
    },
    family,
    Number(seed),
    Number(k ?? 0),
  );
  if (!v) throw new Error(`--replay ${spec}: the family does not apply to this sample`);
  return {
    id: `${v.id}@${seed}`,
    group: 'variants',
    family: v.family,
    text: v.text,
    truth: v.truth,
  };
});
const folders = many('--dir').flatMap(folderDocs);
const docs = replays.length
  ? replays
  : folders.length
    ? folders
    : loadCorpus(groups.length ? groups : GROUPS).filter(wanted);
const writeDir = many('--write')[0];
if (writeDir) mkdirSync(writeDir, { recursive: true });
const results: { doc: CorpusDoc; score: DocScore; ms: number }[] = [];
for (const doc of docs) {
  let score: DocScore;
  const t0 = performance.now();
  try {
    const text = await documentText(doc);
    if (writeDir) writeFileSync(`${writeDir}/${doc.id}.txt`, text);
    score = scoreExtraction(doc.truth, extractConvention(text));
  } catch (e) {
    // A throw scores every expected field as missing: visible, never hidden.
    console.error(`!! ${doc.id}: ${(e as Error).stack ?? String(e)}`);
    score = scoreExtraction(doc.truth, extractConvention(''));
  }
  results.push({ doc, score, ms: performance.now() - t0 });
}

console.log(
  `Import score over ${results.length} documents (${new Date().toISOString().slice(0, 16)})`,
);
let grand = emptyCounts();
for (const group of GROUPS) {
  const inGroup = results.filter((r) => r.doc.group === group);
  if (!inGroup.length) continue;
  console.log(`\n${group.toUpperCase()}\n${HEAD}`);
  let total = emptyCounts();
  if (group === 'variants' && !flag('--docs')) {
    const families = [
      ...new Set(inGroup.map((r) => `${r.doc.id.split('~')[0]} ~ ${r.doc.family}`)),
    ];
    for (const fam of families) {
      const rs = inGroup.filter((r) => `${r.doc.id.split('~')[0]} ~ ${r.doc.family}` === fam);
      const c = rs.reduce((a, r) => addCounts(a, r.score.counts), emptyCounts());
      console.log(row(`${fam} (${rs.length})`, c));
    }
  }
  for (const r of inGroup) {
    if (group !== 'variants' || flag('--docs')) console.log(row(r.doc.id, r.score.counts));
    total = addCounts(total, r.score.counts);
  }
  if (group === 'variants') {
    const byFamily = new Map<string, Counts>();
    for (const r of inGroup)
      byFamily.set(
        r.doc.family!,
        addCounts(byFamily.get(r.doc.family!) ?? emptyCounts(), r.score.counts),
      );
    console.log(`${'-'.repeat(HEAD.length)}`);
    for (const [fam, c] of byFamily) console.log(row(`all samples ~ ${fam}`, c));
  }
  console.log(`${'-'.repeat(HEAD.length)}\n${row(`TOTAL ${group}`, total)}`);
  grand = addCounts(grand, total);
}
console.log(`\n${row('TOTAL', grand)}`);
console.log(
  'flagged = missing but reported as unread (« signalé »); right % = right / fields the truth holds;',
);
console.log(
  'false flags = « could not read » said of a part the document does not hold (noise, counted apart).',
);

for (const r of results) {
  if (verbose.some((v) => v === 'all' || r.doc.id.includes(v))) printDiff(r.doc, r.score);
}

const jsonOut = many('--json')[0];
if (jsonOut) {
  writeFileSync(
    jsonOut,
    JSON.stringify(
      results.map((r) => ({
        id: r.doc.id,
        group: r.doc.group,
        family: r.doc.family,
        counts: r.score.counts,
        fields: r.score.fields,
      })),
      null,
      1,
    ),
  );
  console.log(`JSON: ${jsonOut}`);
}
