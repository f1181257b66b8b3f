import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { JOURNALED_TABLE_NAMES, fieldLabel, type TableName } from './registry';
import { TABLE_ROW_SCHEMAS } from './row-schemas';

/** Every field name of a schema, nested objects and lists of objects included (`a.b`). */
function fieldPaths(schema: z.ZodType, prefix: string[] = []): string[][] {
  const def = (schema as unknown as { def: Record<string, unknown> & { type: string } }).def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, inner]) => [
        [...prefix, key],
        ...fieldPaths(inner, [...prefix, key]),
      ]);
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return fieldPaths(def.innerType as z.ZodType, prefix);
    case 'array':
      return fieldPaths(def.element as z.ZodType, prefix);
    case 'pipe':
      return fieldPaths(def.in as z.ZodType, prefix);
    default:
      return [];
  }
}

describe('French field labels', () => {
  it('finds the nested fields (the walker itself)', () => {
    const paths = fieldPaths(TABLE_ROW_SCHEMAS.reviewItems).map((p) => p.join('.'));
    expect(paths).toContain('snapshot.agentName');
    expect(paths).toContain('answers.stillInOrganisation');
    expect(fieldPaths(TABLE_ROW_SCHEMAS.agents).map((p) => p.join('.'))).toContain(
      'pendingHabilitations.requestedOn',
    );
  });

  it('labels every journaled field of every journaled table, nested fields included', () => {
    const missing: string[] = [];
    for (const t of [...JOURNALED_TABLE_NAMES, 'journal'] as TableName[]) {
      for (const path of fieldPaths(TABLE_ROW_SCHEMAS[t])) {
        const field = path[path.length - 1]!;
        const label = fieldLabel(t, field);
        if (!label || label === field || !/^[A-ZÀ-Ý]/.test(label))
          missing.push(`${t}: ${path.join('.')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('prefers a table’s own word over the generic one', () => {
    expect(fieldLabel('journal', 'entity')).toBe('Élément');
    expect(fieldLabel('agents', 'departedOn')).toBe('Date de départ');
    expect(fieldLabel('agents', 'nope')).toBeUndefined();
  });
});

describe('field paths', () => {
  it('names a nested field with the table’s words', async () => {
    const { fieldPathLabelOf } = await import('./registry');
    expect(fieldPathLabelOf('reviewItems', ['snapshot', 'agentName'])).toBe(
      'Données figées › Nom de l’agent',
    );
    expect(fieldPathLabelOf('journal', ['at'])).toBe('Date');
    expect(fieldPathLabelOf('agents', ['pendingHabilitations', 0, 'requestedOn'])).toBe(
      'Habilitations à régulariser › Date de la demande',
    );
  });
});
