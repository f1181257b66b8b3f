import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonNestingDepth, parseStrictJson, StrictJsonError } from './strict-json';

/** The former implementation (depth on the text, then a reviver): the outcomes must not move. */
function reference(text: string, maxDepth: number): unknown {
  if (jsonNestingDepth(text, maxDepth) > maxDepth) throw new StrictJsonError('too-deep');
  try {
    return JSON.parse(text, (_k, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new StrictJsonError('non-finite');
      return v;
    });
  } catch (error) {
    if (error instanceof StrictJsonError) throw error;
    throw new StrictJsonError('syntax');
  }
}

function outcome(parse: (text: string, max: number) => unknown, text: string, max: number) {
  try {
    return { value: parse(text, max) };
  } catch (error) {
    return { problem: (error as StrictJsonError).problem };
  }
}

const nest = (n: number, inner: string) => '['.repeat(n) + inner + ']'.repeat(n);

describe('parseStrictJson', () => {
  const cases: [string, string, number][] = [
    ['plain values', '{"a":[1,"x",null,true,{"b":-0}]}', 4],
    ['infinity', '{"a":[1e400]}', 4],
    ['minus infinity in an object', '{"a":{"b":-1e400}}', 4],
    ['exactly the depth', nest(4, '1'), 4],
    ['one too deep', nest(5, '1'), 4],
    ['one too deep, empty', nest(5, ''), 4],
    ['empty object too deep', `${nest(4, '{}')}`, 4],
    ['deep and infinite', nest(6, '1e400'), 4],
    ['infinite at the depth', nest(4, '1e400'), 4],
    ['syntax error', '{"a":', 4],
    ['syntax error too deep', nest(9, '1') + ']', 4],
    ['brackets in strings', '[["[[[[[[[[["]]', 3],
    ['nothing', '', 4],
  ];
  for (const [name, text, max] of cases)
    it(`same outcome as the reviver: ${name}`, () => {
      expect(outcome(parseStrictJson, text, max)).toEqual(outcome(reference, text, max));
    });

  it('refuses as before on generated JSON texts, cut or with infinities', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.nat(5),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        (value, edit, max, at) => {
          let text = JSON.stringify(value);
          if (edit === 1) text = text.replace(/\d+(\.\d+)?/, '1e999');
          if (edit === 2) text = text.slice(0, at % (text.length + 1));
          if (edit === 3) text = nest(max, text);
          expect(outcome(parseStrictJson, text, max)).toEqual(outcome(reference, text, max));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does not overflow on a very deep text', () => {
    expect(outcome(parseStrictJson, nest(200_000, '1'), 68)).toEqual({ problem: 'too-deep' });
  });
});
