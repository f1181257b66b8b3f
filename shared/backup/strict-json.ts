/**
 * `JSON.parse` for files from outside: JSON values only. A number too large for a double
 * (`1e400`) becomes Infinity in `JSON.parse` and is refused here, as is a nesting deep enough
 * to overflow the stack of whatever walks the value afterwards.
 */
import { MAX_JSON_DEPTH } from '../domain/schemas/json-value';

export type StrictJsonProblem = 'syntax' | 'non-finite' | 'too-deep';

export class StrictJsonError extends Error {
  constructor(readonly problem: StrictJsonProblem) {
    super(`strict JSON: ${problem}`);
    this.name = 'StrictJsonError';
  }
}

/** Deepest `{`/`[` nesting outside strings; stops as soon as `limit` is passed. */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * What a parsed value breaks, with the precedence of the text checks: a nesting deeper than
 * `maxDepth` (containers counted as `jsonNestingDepth` counts brackets, empty ones included)
 * before a non-finite number; null when it is only JSON values.
 */
function valueProblem(value: unknown, maxDepth: number): StrictJsonProblem | null {
  let nonFinite = false;
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) nonFinite = true;
      return true;
    }
    if (typeof v !== 'object' || v === null) return true;
    if (depth + 1 > maxDepth) return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!walk(v[i], depth + 1)) return false;
    } else {
      for (const k in v) if (!walk((v as Record<string, unknown>)[k], depth + 1)) return false;
    }
    return true;
  };
  if (!walk(value, 0)) return 'too-deep';
  return nonFinite ? 'non-finite' : null;
}

/**
 * Parses `text` as JSON values only. `maxDepth` counts the file's own envelope levels too
 * (the body of a backup adds two: `{tables:{name:[row…]}}`). The engine's `JSON.parse`
 * without a reviver (a reviver is several times slower on a whole register; the engine's
 * parser does not recurse), then one walk of the value for the depth and the non-finite
 * numbers; a text the engine refuses is still called too deep when it is.
 */
export function parseStrictJson(text: string, maxDepth = MAX_JSON_DEPTH + 4): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (jsonNestingDepth(text, maxDepth) > maxDepth) throw new StrictJsonError('too-deep');
    throw new StrictJsonError('syntax');
  }
  const problem = valueProblem(value, maxDepth);
  if (problem) throw new StrictJsonError(problem);
  return value;
}
