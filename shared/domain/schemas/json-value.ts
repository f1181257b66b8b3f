/**
 * JSON values only: what a setting, a document snapshot or a journal payload may hold.
 * `z.unknown()` let a non-finite number (`1e400` parses to Infinity) or an absurdly deep
 * structure into the register, after which every backup failed to be written.
 */
import { z } from 'zod';

/** Deeper than any structure the app writes (a journal payload is a row: depth ≤ 4). */
export const MAX_JSON_DEPTH = 64;

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Why `value` is not a plain JSON value (French), or undefined when it is one. Iterative,
 * so a deep value cannot overflow the stack while being checked.
 */
export function jsonValueProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null) continue;
    switch (typeof v) {
      case 'undefined':
        // Inside an object or array it is what JSON drops (or writes as null); alone it is nothing.
        if (depth > 0) continue;
        return 'Valeur absente.';
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(v))
          return 'Nombre non fini (infini ou indéterminé) : ce n’est pas une valeur enregistrable.';
        continue;
      case 'object': {
        if (depth >= maxDepth) return `Structure imbriquée sur plus de ${maxDepth} niveaux.`;
        if (Array.isArray(v)) {
          for (const item of v) stack.push([item, depth + 1]);
          continue;
        }
        const proto = Object.getPrototypeOf(v) as unknown;
        if (proto !== Object.prototype && proto !== null)
          return 'Objet qui n’est pas une simple valeur JSON.';
        for (const key of Object.keys(v))
          stack.push([(v as Record<string, unknown>)[key], depth + 1]);
        continue;
      }
      default:
        return 'Valeur qui n’est pas une valeur JSON (fonction, symbole ou nombre géant).';
    }
  }
  return undefined;
}

/**
 * A JSON value (finite numbers, plain objects and arrays, bounded depth). Typed `unknown`
 * like the `z.unknown()` it replaces: readers still narrow what they read.
 */
export const jsonValue = z.custom<unknown>((v) => jsonValueProblem(v) === undefined, {
  error: (issue) => jsonValueProblem(issue.input) ?? 'Valeur JSON invalide.',
});
