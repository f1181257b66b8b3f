// Where a CPU profile's time went (a `.cpuprofile` written with BENCH_PROFILE): self time per
// function, then total time per function (self + callees), the top entries of each.
// Usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [--top N]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary.mjs <file.cpuprofile> [--top N]');
const topIndex = process.argv.indexOf('--top');
const TOP = topIndex > -1 ? Number(process.argv[topIndex + 1]) : 30;
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};

// Sample time: each sample lasts until the next one.
const self = new Map();
const total = new Map();
let all = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  all += dt;
  const node = byId.get(profile.samples[i]);
  const name = label(node);
  self.set(name, (self.get(name) ?? 0) + dt);
  const seen = new Set();
  for (let id = node.id; id !== undefined; id = parent.get(id)) {
    const l = label(byId.get(id));
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + dt);
  }
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(
      `${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${name}`,
    );
};
console.log(`${file}: ${all.toFixed(0)} ms sampled`);
print('Self time', self);
print('Total time (self + callees)', total);
