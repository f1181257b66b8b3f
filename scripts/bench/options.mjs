// The bench's command-line options and what they decide: dataset size, throttling rates,
// sections measured, number of runs (see the usage at the top of run.mjs).
import path from 'node:path';

const args = process.argv.slice(2);
export const flag = (name) => args.includes(name);
export const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i > -1 ? args[i + 1] : fallback;
};
export const QUICK = flag('--quick');
export const PORT = Number(option('--port', process.env.BENCH_PORT ?? 4350));
export const DIST = path.join('dist', QUICK ? 'renderer-bench-quick' : 'renderer-bench');
export const HARNESS_DIR = path.join(DIST, 'bench-harness');
export const DATA_DIR = path.join(HARNESS_DIR, 'data');
export const SIZE = QUICK ? 'small' : 'large';
/** CPU throttling rates: every browser figure is taken at each (4×: Lighthouse's mid-range device). */
export const RATES = option('--rates', '1,4').split(',').map(Number);
if (RATES[0] !== 1) throw new Error('--rates commence par 1');
export const SECTIONS = ['backup', 'documents', 'roster'];
export const ONLY = option('--only', SECTIONS.join(',')).split(',');
export const want = (section) => ONLY.includes(section);
export const RUNS = QUICK
  ? { loads: 1, keystrokes: 10, scrollMs: 800, exports: 1, restores: 1, pdfWarm: 1, node: 1, lo: 0 }
  : {
      loads: 3,
      keystrokes: 50,
      scrollMs: 4000,
      exports: 3,
      restores: 2,
      pdfWarm: 3,
      node: 3,
      lo: 2,
    };
/** `vite build --manifest` output to reuse instead of building the app again (`npm test`). */
export const APP_DIST = option('--app-dist', null);
