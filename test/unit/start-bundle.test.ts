import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticGraph } from '../support/static-graph';

/**
 * What start-up loads: the modules `renderer/main.tsx` reaches through static imports (the
 * bench's « Bundle initial » is their chunks, gzipped; budget 150 Ko, see README
 * « Performances »). The row schemas (zod), the register writer and react-aria are loaded on
 * first use, after the first screen: this says so before a build does.
 */
const root = path.resolve(__dirname, '../..');

const startGraph = () => staticGraph(root, 'renderer/main.tsx');

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
