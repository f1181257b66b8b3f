/**
 * The hash-chained journal. Each entry carries the digest of its payload (before → after)
 * and the hash of the previous entry; its own hash covers every field except the payload
 * itself, so a purge can erase a personal payload (payload = null, digest kept) and the
 * chain still verifies. The head (last seq and hash) is also kept outside the chain, so
 * that cutting off the last entries is detected.
 *
 * Everything is synchronous (SHA-256 in JavaScript, sha256-text.ts): safe inside a Dexie
 * transaction.
 */
import { sha256HexOfText } from './sha256-text';
import type { JournalEntry } from './schemas';
import { formatNumber } from './format';
import { frenchSpacing } from './text';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units) at every level, `undefined`
 * properties dropped (in arrays they become null, as in JSON), numbers in JavaScript's
 * shortest round-trip form (`-0` → `0`), objects with `toJSON` (Date) serialised by it.
 * Throws on NaN/Infinity, bigint, functions and symbols: they have no stable form.
 */
export function canonicalJson(value: unknown): string {
  // Fast path: one pass builds a copy with every object re-keyed in sorted order (objects and
  // arrays already canonical are kept as they are), then the engine's plain JSON.stringify,
  // which without a replacer runs natively over the whole value (a whole register: 4× faster
  // than a replacer callback per value; same bytes, test/unit/canonical-json.property.test.ts).
  // A value the copy cannot reproduce exactly takes the replacer path below.
  try {
    return JSON.stringify(canonicalCopy(value, '')) ?? serialise(value, new Set());
  } catch (error) {
    if (error === USE_REPLACER_PATH) return canonicalJsonByReplacer(value);
    // A cycle overflows the stack: the reference path names it.
    if (error instanceof RangeError) return serialise(value, new Set());
    throw error;
  }
}

const USE_REPLACER_PATH = new Error('canonicalJson: replacer path');

/**
 * `value` as JSON.stringify sees it through `sortedReplacer`: `toJSON` applied, objects
 * re-keyed in sorted order, the same refusals in the same order. Throws `USE_REPLACER_PATH`
 * for an own `__proto__` key (an assignment cannot copy it) or an index-like key (the engine
 * prints those first whatever the order), and for a `toJSON` that returns an object with a
 * `toJSON` of its own (the engine calls it once only).
 */
export function canonicalCopy(value: unknown, key: string | number): unknown {
  if (isLeaf(value)) return value;
  const withToJson = value as { toJSON?: (key: string) => unknown };
  if (typeof withToJson.toJSON === 'function') {
    const converted = withToJson.toJSON(String(key));
    if (
      typeof converted === 'object' &&
      converted !== null &&
      typeof (converted as { toJSON?: unknown }).toJSON === 'function'
    )
      throw USE_REPLACER_PATH;
    // The engine does not call toJSON on the converted value: it has none (checked above).
    return canonicalCopy(converted, key);
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const c = typeof item === 'string' ? item : canonicalCopy(item, i);
      if (c !== item && copy === undefined) copy = value.slice(0, i);
      if (copy !== undefined) copy.push(c);
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const c0 = k.charCodeAt(0);
    // Index-like keys start with a digit; `__proto__` with `_`: checked only then.
    if ((c0 >= 48 && c0 <= 57 && INDEX_KEY.test(k)) || (c0 === 95 && k === '__proto__'))
      throw USE_REPLACER_PATH;
    if (i > 0 && keys[i - 1]! > k) sorted = false;
  }
  if (!sorted) keys.sort();
  // The copy is made only when needed: keys out of order, or a value that changes.
  let out: Record<string, unknown> | undefined = sorted ? undefined : {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const item = record[k];
    const c = typeof item === 'string' ? item : canonicalCopy(item, k);
    if (out === undefined && c !== item) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
    }
    if (out !== undefined) out[k] = c;
  }
  return out ?? value;
}

/** The previous fast path (kept for the rare values `canonicalCopy` hands over, and as the test's reference). */
export function canonicalJsonByReplacer(value: unknown): string {
  try {
    return JSON.stringify(value, sortedReplacer) ?? serialise(value, new Set());
  } catch (error) {
    // A cycle through a re-keyed copy overflows the stack: the reference path names it.
    if (error === USE_REFERENCE_PATH || error instanceof RangeError)
      return serialise(value, new Set());
    throw error;
  }
}

const USE_REFERENCE_PATH = new Error('canonicalJson: reference path');
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * A value JSON writes as it is (a string, boolean, finite number, null or undefined): true;
 * an object or array to walk: false. Throws on what has no stable JSON form (NaN, Infinity,
 * bigint, function, symbol), for both serialisation paths alike.
 */
function isLeaf(value: unknown): value is string | boolean | number | null | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`);
      return true;
    case 'object':
      return value === null;
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
}

function sortedReplacer(_key: string, value: unknown): unknown {
  if (isLeaf(value) || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    if (INDEX_KEY.test(keys[i]!)) throw USE_REFERENCE_PATH;
    if (i > 0 && keys[i - 1]! > keys[i]!) sorted = false;
  }
  if (sorted) return value;
  keys.sort();
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = record[k];
  return out;
}

function serialise(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`);
      return Object.is(value, -0) ? '0' : JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
  const obj = value as { toJSON?: () => unknown };
  if (typeof obj.toJSON === 'function') return serialise(obj.toJSON(), seen);
  if (seen.has(value)) throw new TypeError('canonicalJson: circular structure');
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = `[${value.map((v) => (v === undefined ? 'null' : serialise(v, seen))).join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out = `{${keys.map((k) => `${JSON.stringify(k)}:${serialise(record[k], seen)}`).join(',')}}`;
  }
  seen.delete(value);
  return out;
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits (sha256-text.ts). */
export function sha256Hex(text: string): string {
  return sha256HexOfText(text);
}

/** The digest of a payload: `sha256Hex(canonicalJson(payload))`. */
export function computePayloadDigest(payload: unknown): string {
  return sha256Hex(canonicalJson(payload));
}

/** The fields an entry's hash covers (everything but the payload and the hash itself). */
export type HashedFields = Pick<
  JournalEntry,
  | 'seq'
  | 'at'
  | 'actor'
  | 'action'
  | 'entity'
  | 'entityId'
  | 'summary'
  | 'payloadDigest'
  | 'prevHash'
>;

export function computeEntryHash(fields: HashedFields): string {
  const { seq, at, actor, action, entity, entityId, summary, payloadDigest, prevHash } = fields;
  // Keys already in canonical (sorted) order: canonicalJson keeps the object as it is.
  return sha256Hex(
    canonicalJson({ action, actor, at, entity, entityId, payloadDigest, prevHash, seq, summary }),
  );
}

/** What is recorded outside the chain after every append. */
export interface JournalHeadRecord {
  seq: number;
  hash: string;
}

export type NewEntryFields = Pick<
  JournalEntry,
  'at' | 'actor' | 'action' | 'entity' | 'entityId'
> & {
  summary?: string;
  payload: { before: unknown; after: unknown };
};

/** Builds the entry that follows `prev` (null for the first entry of the journal). */
export function buildEntry(
  prev: Pick<JournalEntry, 'seq' | 'hash'> | null | undefined,
  fields: NewEntryFields,
): JournalEntry {
  const payload = { before: fields.payload.before ?? null, after: fields.payload.after ?? null };
  const hashed: HashedFields = {
    seq: (prev?.seq ?? 0) + 1,
    at: fields.at,
    actor: fields.actor,
    action: fields.action,
    entity: fields.entity,
    entityId: fields.entityId,
    ...(fields.summary ? { summary: fields.summary } : {}),
    payloadDigest: computePayloadDigest(payload),
    prevHash: prev?.hash ?? GENESIS_HASH,
  };
  return { ...hashed, payload, hash: computeEntryHash(hashed) };
}

/** The entry after a purge: payload erased, digest and hash unchanged. */
export function purgePayload(entry: JournalEntry): JournalEntry {
  return { ...entry, payload: null };
}

export type ChainBreak = 'hash' | 'payload' | 'link' | 'gap' | 'start' | 'truncated' | 'head';

export type ChainVerification =
  | { ok: true; count: number; head: JournalHeadRecord | null }
  | { ok: false; firstBrokenSeq: number; kind: ChainBreak; reason: string };

function broken(firstBrokenSeq: number, kind: ChainBreak, reason: string): ChainVerification {
  return { ok: false, firstBrokenSeq, kind, reason: frenchSpacing(reason) };
}

/**
 * Verifies the journal (entries in any order; they are sorted by seq) and, when given, the
 * head record kept outside it. Detects an altered entry (hash), a payload altered while
 * still present (digest), a broken link (prevHash), a gap or a duplicate in seq, a missing
 * beginning, and cut-off or added last entries (head record). Purged payloads (null)
 * verify. `firstBrokenSeq` is the seq of the first entry that does not verify (for a
 * truncation, the first missing seq).
 */
export function verifyChain(
  entries: readonly JournalEntry[],
  headRecord?: JournalHeadRecord | null,
): ChainVerification {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let prev: JournalEntry | undefined;
  for (const e of sorted) {
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (e.seq !== expectedSeq) {
      if (!prev) {
        return broken(
          1,
          'start',
          `Le début du journal manque : la première entrée est le n° ${e.seq} au lieu du n° 1.`,
        );
      }
      if (e.seq === prev.seq) {
        return broken(e.seq, 'gap', `L’entrée n° ${e.seq} apparaît deux fois dans le journal.`);
      }
      return broken(
        expectedSeq,
        'gap',
        `Il manque ${e.seq - expectedSeq > 1 ? `les entrées n° ${expectedSeq} à ${e.seq - 1}` : `l’entrée n° ${expectedSeq}`} du journal.`,
      );
    }
    if (computeEntryHash(e) !== e.hash) {
      return broken(
        e.seq,
        'hash',
        `L’entrée n° ${e.seq} a été modifiée : son empreinte ne correspond plus à son contenu.`,
      );
    }
    if (e.payload !== null && computePayloadDigest(e.payload) !== e.payloadDigest) {
      return broken(
        e.seq,
        'payload',
        `Le détail (avant → après) de l’entrée n° ${e.seq} a été modifié : il ne correspond plus à son empreinte.`,
      );
    }
    const expectedPrev = prev ? prev.hash : GENESIS_HASH;
    if (e.prevHash !== expectedPrev) {
      return broken(
        e.seq,
        'link',
        prev
          ? `L’entrée n° ${e.seq} n’est plus reliée à l’entrée n° ${prev.seq} : une entrée a été modifiée, remplacée ou insérée.`
          : `L’entrée n° 1 ne commence pas la chaîne du journal : le début du journal a été remplacé.`,
      );
    }
    prev = e;
  }
  if (headRecord) {
    const lastSeq = prev?.seq ?? 0;
    if (headRecord.seq > lastSeq) {
      return broken(
        lastSeq + 1,
        'truncated',
        `Les dernières entrées du journal ont été supprimées : il devrait aller jusqu’au n° ${headRecord.seq}, il s’arrête au n° ${lastSeq}.`,
      );
    }
    if (headRecord.seq < lastSeq) {
      return broken(
        headRecord.seq + 1,
        'head',
        `Le journal contient des entrées ajoutées après la dernière entrée enregistrée (n° ${headRecord.seq}) : elles n’ont pas été écrites par l’application.`,
      );
    }
    if (prev && headRecord.hash !== prev.hash) {
      return broken(
        prev.seq,
        'head',
        `La dernière entrée (n° ${prev.seq}) ne correspond pas à celle enregistrée : la fin du journal a été remplacée.`,
      );
    }
  }
  return { ok: true, count: sorted.length, head: prev ? { seq: prev.seq, hash: prev.hash } : null };
}

/** The phrase for the journal screen: « Journal intègre (1 234 entrées). » or the break. */
export function describeVerification(v: ChainVerification): string {
  if (!v.ok) return v.reason;
  return v.count === 0
    ? 'Journal vide.'
    : `Journal intègre (${formatNumber(v.count)} entrée${v.count > 1 ? 's' : ''} vérifiée${v.count > 1 ? 's' : ''}).`;
}
