/**
 * The modules and packages a source file reaches through static imports (dynamic `import()`
 * and `import type` excluded): what a bundle must load and evaluate before that file runs.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  // `import … from '…'`, `import '…'`, `export … from '…'`; `import type` / `export type` are erased.
  const re = /^\s*(import|export)\s+(?!type\s)([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    if (m[1] === 'export' && !m[2]) continue;
    out.push(m[3]!);
  }
  return out;
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
  return candidates.find((c) => statSync(c, { throwIfNoEntry: false })?.isFile());
}

/** Modules (relative to `root`) and packages (`pdfmake`, `@scope/name`) reached from `entry`. */
export function staticGraph(root: string, entry: string) {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(root, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    if (!/\.(ts|tsx)$/.test(file)) continue;
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (target) queue.push(target);
      } else {
        packages.add(
          spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!,
        );
      }
    }
  }
  return { modules: [...modules].map((m) => path.relative(root, m)), packages: [...packages] };
}
