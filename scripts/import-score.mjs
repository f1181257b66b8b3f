// `npm run import:score [-- --verbose <doc>] [-- --only pdf]`: the importer's score over the
// generalisation corpus (test/import-corpus/cli.ts, options there).
import { runTsCli } from './run-ts-cli.mjs';

await runTsCli('test/import-corpus/cli.ts');
