import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What start-up loads: the modules `renderer/main.tsx` reaches through static imports (the
 * bench's « Bundle initial » is their chunks, gzipped; budget 150 Ko, see README
 * « Performances »). The row schemas (zod), the register writer and react-aria are loaded on
 * first use, after the first screen: this says so before a build does.
 */
const root = path.resolve(__dirname, '../..');

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

function startGraph() {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(root, 'renderer/main.tsx')];
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

describe('the start-up bundle', () => {
  const { modules, packages } = startGraph();

  it('is the shell, the database and the first screen’s reads (the walk itself)', () => {
    expect(modules).toContain('renderer/shell/Layout.tsx');
    expect(modules).toContain('shared/domain/tables/registry.ts');
    expect(modules).toContain('renderer/db/repositories/roster-preview.ts');
    expect(packages).toEqual(
      expect.arrayContaining(['react', 'react-dom', 'react-router', 'dexie']),
    );
  });

  it('carries no zod, no react-aria and no register writer: they load on first use', () => {
    expect(
      packages.filter((p) =>
        ['zod', 'react-aria-components', 'react-aria', '@noble/hashes'].includes(p),
      ),
    ).toEqual([]);
    expect(
      modules.filter((m) =>
        [
          'shared/domain/schemas/index.ts',
          'shared/domain/tables/row-schemas.ts',
          'renderer/db/register-writer.ts',
          'shared/domain/roster-filter.ts',
          'renderer/ui/Button.tsx',
        ].includes(m),
      ),
    ).toEqual([]);
  });
});
