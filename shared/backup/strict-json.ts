/**
 * `JSON.parse` for files from outside: JSON values only. A number too large for a double
 * (`1e400`) becomes Infinity in `JSON.parse` and is refused here, as is a nesting deep enough
 * to overflow the stack of whatever walks the value afterwards (checked on the text first,
 * because the reviver itself recurses).
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

function refuseNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new StrictJsonError('non-finite');
  return value;
}

/**
 * Parses `text` as JSON values only. `maxDepth` counts the file's own envelope levels too
 * (the body of a backup adds two: `{tables:{name:[row…]}}`).
 */
export function parseStrictJson(text: string, maxDepth = MAX_JSON_DEPTH + 4): unknown {
  if (jsonNestingDepth(text, maxDepth) > maxDepth) throw new StrictJsonError('too-deep');
  try {
    return JSON.parse(text, refuseNonFinite);
  } catch (error) {
    if (error instanceof StrictJsonError) throw error;
    throw new StrictJsonError('syntax');
  }
}
