// `npm run roster:score -- --dir <folder> [--verbose <doc>]`: the roster import's score on
// spreadsheets with a truth (test/roster-corpus/cli.ts).
import { runTsCli } from './run-ts-cli.mjs';

await runTsCli('test/roster-corpus/cli.ts');
