import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  canonicalJson,
  computeEntryHash,
  computePayloadDigest,
  describeVerification,
  GENESIS_HASH,
  purgePayload,
  sha256Hex,
  verifyChain,
} from './journal-chain';
import type { JournalEntry } from './schemas';
import { journalEntrySchema } from './schemas';
import { frenchTypographyIssues } from './text';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [
      { z: { y: 1, x: [3, { d: 1, c: 2 }] }, a: null },
      '{"a":null,"z":{"x":[3,{"c":2,"d":1}],"y":1}}',
    ],
    [{ a: undefined, b: 'é' }, '{"b":"é"}'],
    [[1, undefined, 'x'], '[1,null,"x"]'],
    [-0, '0'],
    [1e21, '1e+21'],
    [0.1 + 0.2, '0.30000000000000004'],
    [100, '100'],
    [new Date(Date.UTC(2024, 0, 8)), '"2024-01-08T00:00:00.000Z"'],
    ['« Accueil »\n', '"« Accueil »\\n"'],
    [{ B: 1, a: 1, _: 1 }, '{"B":1,"_":1,"a":1}'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('is the same whatever the key insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 1, d: 2 } })).toBe(
      canonicalJson({ b: { d: 2, c: 1 }, a: 1 }),
    );
  });

  it.each([[NaN], [Infinity], [BigInt(1)], [() => 1]])('throws on %s', (value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('throws on a cycle but accepts a shared (non-circular) reference', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%j', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });
  it('hashes UTF-8 bytes', () => {
    expect(sha256Hex('é')).toBe(sha256Hex('\u00e9'));
    expect(sha256Hex('é')).not.toBe(sha256Hex('e\u0301'));
  });
});

function makeChain(n: number): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (let i = 0; i < n; i++) {
    entries.push(
      buildEntry(entries[i - 1] ?? null, {
        at: `2025-03-${String(10 + (i % 15)).padStart(2, '0')}T09:00:00.000Z`,
        actor: 'Véronique DJIRE',
        action: i === 0 ? 'create' : 'update',
        entity: 'agents',
        entityId: `a-${i % 3}`,
        summary: i % 2 ? `Agent n° ${i}` : undefined,
        payload: {
          before: i === 0 ? undefined : { lastName: `NOM${i - 1}` },
          after: { lastName: `NOM${i}`, firstName: 'Léa' },
        },
      }),
    );
  }
  return entries;
}

describe('buildEntry', () => {
  it('chains from the genesis hash, numbers from 1 and satisfies the entity schema', () => {
    const [first, second] = makeChain(2);
    expect(first!.seq).toBe(1);
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(second!.seq).toBe(2);
    expect(second!.prevHash).toBe(first!.hash);
    expect(first!.payload).toEqual({ before: null, after: { lastName: 'NOM0', firstName: 'Léa' } });
    expect(first!.payloadDigest).toBe(computePayloadDigest(first!.payload));
    expect(first!.hash).toBe(computeEntryHash(first!));
    expect(journalEntrySchema.safeParse(first).success).toBe(true);
    expect(journalEntrySchema.safeParse(second).success).toBe(true);
  });

  it('does not hash the payload itself, only its digest', () => {
    const [e] = makeChain(1);
    expect(
      computeEntryHash({ ...e!, payload: { before: 'autre', after: null } } as JournalEntry),
    ).toBe(e!.hash);
  });

  it('pins the hash of a known entry (the format must never change silently)', () => {
    const e = buildEntry(null, {
      at: '2025-01-01T00:00:00.000Z',
      actor: 'A',
      action: 'create',
      entity: 'agents',
      entityId: 'x',
      payload: { before: null, after: { a: 1 } },
    });
    expect(e.payloadDigest).toBe(sha256Hex('{"after":{"a":1},"before":null}'));
    expect(e.hash).toBe(
      sha256Hex(
        `{"action":"create","actor":"A","at":"2025-01-01T00:00:00.000Z","entity":"agents","entityId":"x","payloadDigest":"${e.payloadDigest}","prevHash":"${GENESIS_HASH}","seq":1}`,
      ),
    );
  });
});

describe('verifyChain', () => {
  const chain = makeChain(8);
  const head = { seq: 8, hash: chain[7]!.hash };

  it('accepts an intact journal, with and without its head record, in any order', () => {
    expect(verifyChain(chain, head)).toEqual({ ok: true, count: 8, head });
    expect(verifyChain([...chain].reverse())).toMatchObject({ ok: true, count: 8 });
    expect(verifyChain([], null)).toEqual({ ok: true, count: 0, head: null });
    expect(describeVerification(verifyChain(chain, head))).toBe(
      'Journal intègre (8 entrées vérifiées).',
    );
  });

  it('accepts purged payloads (digest kept)', () => {
    const purged = chain.map((e, i) => (i % 2 === 0 ? purgePayload(e) : e));
    expect(purged[0]!.payload).toBeNull();
    expect(verifyChain(purged, head)).toMatchObject({ ok: true, count: 8 });
  });

  const tamper = (i: number, change: (e: JournalEntry) => JournalEntry) =>
    chain.map((e, j) => (j === i ? change(e) : e));

  it.each([
    ['an altered summary', tamper(3, (e) => ({ ...e, summary: 'Autre chose' })), 4, 'hash'],
    ['an altered actor', tamper(0, (e) => ({ ...e, actor: 'Quelqu’un' })), 1, 'hash'],
    [
      'an altered payload still present',
      tamper(4, (e) => ({ ...e, payload: { before: null, after: { lastName: 'X' } } })),
      5,
      'payload',
    ],
    [
      'a payload and digest replaced (hash then fails)',
      tamper(4, (e) => {
        const payload = { before: null, after: { lastName: 'X' } };
        return { ...e, payload, payloadDigest: computePayloadDigest(payload) };
      }),
      5,
      'hash',
    ],
    [
      'an entry rewritten with a recomputed hash (next link breaks)',
      tamper(2, (e) => {
        const changed = { ...e, summary: 'Réécrit' };
        return { ...changed, hash: computeEntryHash(changed) };
      }),
      4,
      'link',
    ],
    ['a removed entry (gap)', chain.filter((e) => e.seq !== 5), 5, 'gap'],
    ['two removed entries', chain.filter((e) => e.seq !== 5 && e.seq !== 6), 5, 'gap'],
    ['a duplicated seq', [...chain.slice(0, 3), chain[2]!, ...chain.slice(3)], 3, 'gap'],
    ['a missing beginning', chain.slice(2), 1, 'start'],
  ] as const)('detects %s', (_label, entries, seq, kind) => {
    const v = verifyChain(entries, head);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.firstBrokenSeq).toBe(seq);
      expect(v.kind).toBe(kind);
      expect(v.reason).toContain(`n° ${seq}`);
      expect(frenchTypographyIssues(v.reason)).toEqual([]);
    }
  });

  it('detects the last entries cut off, only thanks to the head record', () => {
    const cut = chain.slice(0, 5);
    expect(verifyChain(cut).ok).toBe(true);
    const v = verifyChain(cut, head);
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 6, kind: 'truncated' });
    if (!v.ok) expect(v.reason).toContain('n° 8');
    expect(verifyChain([], head)).toMatchObject({
      ok: false,
      firstBrokenSeq: 1,
      kind: 'truncated',
    });
  });

  it('detects a replaced last entry and entries added behind the head', () => {
    const other = makeChain(8);
    const replacedLast = [
      ...chain.slice(0, 7),
      buildEntry(chain[6], {
        at: '2025-04-01T00:00:00.000Z',
        actor: 'X',
        action: 'delete',
        entity: 'agents',
        entityId: 'a-1',
        payload: { before: null, after: null },
      }),
    ];
    expect(verifyChain(replacedLast, head)).toMatchObject({
      ok: false,
      firstBrokenSeq: 8,
      kind: 'head',
    });
    expect(other[7]!.hash).toBe(chain[7]!.hash); // deterministic
    const added = [
      ...chain,
      buildEntry(chain[7], {
        at: '2025-04-01T00:00:00.000Z',
        actor: 'X',
        action: 'update',
        entity: 'agents',
        entityId: 'a-1',
        payload: { before: null, after: null },
      }),
    ];
    expect(verifyChain(added, head)).toMatchObject({ ok: false, firstBrokenSeq: 9, kind: 'head' });
  });
});
