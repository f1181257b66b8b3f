import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXPORT_TABLE_NAMES, TABLE_NAMES } from './registry';
import { schemasOf, TABLE_ROW_SCHEMAS } from './row-schemas';

describe('row schemas and the table registry', () => {
  it('give one row schema to each registry table, no more, in the registry’s order', () => {
    expect(Object.keys(TABLE_ROW_SCHEMAS)).toEqual(TABLE_NAMES);
    for (const t of TABLE_NAMES) expect(typeof TABLE_ROW_SCHEMAS[t].safeParse, t).toBe('function');
  });

  it('picks the schemas of the tables asked for', () => {
    const picked = schemasOf(EXPORT_TABLE_NAMES);
    expect(Object.keys(picked)).toEqual(EXPORT_TABLE_NAMES);
    expect(picked.agents).toBe(TABLE_ROW_SCHEMAS.agents);
    expect(TABLE_ROW_SCHEMAS.meta.safeParse({ key: 'schemaVersion', value: 3 }).success).toBe(true);
    expect(TABLE_ROW_SCHEMAS.meta.safeParse({ key: '', value: 3 }).success).toBe(false);
  });

  it('keeps zod out of the registry, which start-up loads (types only)', () => {
    const source = readFileSync(new URL('./registry.ts', import.meta.url), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.filter((l) => !l.startsWith('import type')).join('\n')).not.toMatch(
      /zod|schemas'|row-schemas/,
    );
  });
});
