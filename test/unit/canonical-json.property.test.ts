/**
 * `canonicalJson` (one pass that re-keys objects, then the engine's plain JSON.stringify) gives
 * byte for byte what the previous implementation (`canonicalJsonByReplacer`: JSON.stringify
 * with a sorting replacer, itself checked against the reference serialiser) gave: on generated
 * registers with their keys in any order, and on arbitrary values (unicode, lone surrogates,
 * nesting, -0, doubles, index-like keys, `__proto__`, dates, `undefined`); and it refuses the
 * same values (NaN, Infinity, bigint, functions, cycles).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBody, EXPORT_TABLES, sortRows } from '../../shared/backup/export-format';
import { canonicalJson, canonicalJsonByReplacer } from '../../shared/domain/journal-chain';
import { utf8Bytes } from '../../renderer/db/export-import/export';
import { DATASET_SIZES, generateDataset } from '../bench/dataset';

/** What a call gives: its text, or the kind of error it threw. */
function outcome(f: (v: unknown) => string, value: unknown): string {
  try {
    return `ok:${f(value)}`;
  } catch (error) {
    return `throws:${(error as Error).name}`;
  }
}

/** A deep copy with every object's keys inserted in the order `order` gives. */
function reorder(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, order));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const k of order(Object.keys(value)))
    out[k] = reorder((value as Record<string, unknown>)[k], order);
  return out;
}

describe('canonicalJson, fast path', () => {
  it(
    'equals the previous implementation on generated registers, whatever the key order',
    { timeout: 30_000 },
    () => {
      for (const seed of [1, 2, 3]) {
        const { body } = generateDataset(DATASET_SIZES.small, seed);
        const orders = [
          (keys: string[]) => keys,
          (keys: string[]) => [...keys].sort(),
          (keys: string[]) => [...keys].reverse(),
          (keys: string[]) => [...keys].sort().reverse(),
        ];
        for (const order of orders) {
          const value = reorder(body, order);
          const expected = canonicalJsonByReplacer(value);
          expect(canonicalJson(value)).toBe(expected);
          // Every table alone, and every row alone (the journal's payload digests).
          for (const t of EXPORT_TABLES) {
            const rows = (value as { tables: Record<string, unknown[]> }).tables[t]!;
            expect(canonicalJson(rows)).toBe(canonicalJsonByReplacer(rows));
            for (const row of rows.slice(0, 50))
              expect(canonicalJson(row)).toBe(canonicalJsonByReplacer(row));
          }
        }
        // The body text is what it was: sorted, canonical, the same bytes.
        const sorted = Object.fromEntries(
          EXPORT_TABLES.map((t) => [t, sortRows(t, body.tables[t])]),
        );
        expect(canonicalBody(body)).toBe(
          canonicalJsonByReplacer({ journalHead: body.journalHead, tables: sorted }),
        );
      }
    },
  );

  it('leaves its input untouched', () => {
    const value = { b: { d: [{ z: 1, a: -0 }], c: new Date(0) }, a: [undefined, 'é'] };
    const before = canonicalJsonByReplacer(value);
    const keys = JSON.stringify(Object.keys(value.b.d[0]!));
    canonicalJson(value);
    expect(canonicalJsonByReplacer(value)).toBe(before);
    expect(JSON.stringify(Object.keys(value.b.d[0]!))).toBe(keys);
    expect(Object.is(value.b.d[0]!.a, -0)).toBe(true);
  });

  it.each([
    [{ b: 1, a: -0 }],
    [{ 2: 'x', 10: 'y', a: 1 }],
    [{ a: { 0: 1 }, b: [1] }],
    [JSON.parse('{"b":1,"__proto__":{"x":1},"a":2}')],
    [JSON.parse('{"__proto__":{"x":1},"a":2}')],
    [{ d: new Date(Date.UTC(2025, 2, 4)), u: undefined, n: null }],
    [{ t: { toJSON: () => ({ y: 1, x: [2, -0] }) } }],
    [{ t: { toJSON: (key: string) => key } }],
    [[{ toJSON: (key: string) => key }]],
    [{ t: { toJSON: () => ({ toJSON: () => 1, b: 2, a: 1 }) } }],
    [{ e: '\uD800', f: '\u2028\u2029', g: 'ÉÀ « » ’ 🙂', '\u00e9': 1, 'e\u0301': 2 }],
    [[1, undefined, () => 1]],
    [{ f: () => 1 }],
    [{ s: Symbol('x') }],
    [{ n: Number.NaN }],
    [{ a: [1, { b: BigInt(2) }] }],
    [new Map([[1, 2]])],
    [Object.assign(Object.create({ inherited: 1 }), { own: 2 })],
    [undefined],
    [1e21],
    [5e-324],
    ['"\\\u0000'],
  ])('%s', (value) => {
    expect(outcome(canonicalJson, value)).toBe(outcome(canonicalJsonByReplacer, value));
  });

  it('refuses a cycle, as before', () => {
    const cyclic: Record<string, unknown> = { b: 1, a: 2 };
    cyclic.self = { z: cyclic };
    expect(outcome(canonicalJson, cyclic)).toBe('throws:TypeError');
    expect(outcome(canonicalJsonByReplacer, cyclic)).toBe('throws:TypeError');
  });

  it('equals the previous implementation on arbitrary values', () => {
    const key = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('a', 'b', 'B', '_', 'é', 'e\u0301', '0', '1', '10', '01', '-1', '__proto__'),
    );
    const leaf = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.double(),
      fc.integer(),
      fc.constantFrom(-0, 0, 1e21, 1e-7, Number.MAX_VALUE, Number.MIN_VALUE, null, true, false),
      fc.constant(undefined),
      fc.date({ noInvalidDate: true }),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(key, tie('value'), { maxKeys: 6 }),
      ),
    }));
    fc.assert(
      fc.property(value, (v) => {
        expect(outcome(canonicalJson, v)).toBe(outcome(canonicalJsonByReplacer, v));
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});

describe('utf8Bytes', () => {
  it('gives the bytes TextEncoder.encode gives, whatever the share of non-ASCII text', () => {
    const encode = (t: string) => Array.from(new TextEncoder().encode(t));
    for (const t of [
      '',
      'abc',
      'é'.repeat(100),
      'a'.repeat(95) + '🙂'.repeat(5),
      '\uD800x\uDC00',
      '’« »'.repeat(50),
    ])
      expect(Array.from(utf8Bytes(t))).toEqual(encode(t));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        expect(Array.from(utf8Bytes(t))).toEqual(encode(t));
      }),
      { numRuns: 300 },
    );
    const body = canonicalBody(generateDataset(DATASET_SIZES.small, 4).body);
    expect(Array.from(utf8Bytes(body))).toEqual(encode(body));
  });
});
