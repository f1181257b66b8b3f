/**
 * What every reader shares: the normalised lines, the word frequencies used to settle
 * conflicts, the warnings and unread parts collected on the way, and the resolution of
 * several candidates into one value.
 */
import { keyOf, wordFrequencies } from '../text-tools';
import type { Confidence, Conflict, Extracted, UnreadPart } from '../types';
import { skeleton } from './anchors';
import { buildParagraphs, type Paragraphs } from './paragraphs';

export interface Ctx {
  lines: string[];
  freq: Map<string, number>;
  conflicts: Conflict[];
  warnings: string[];
  unread: UnreadPart[];
  paragraphs: Paragraphs;
}

export function makeCtx(lines: string[]): Ctx {
  return {
    lines,
    freq: wordFrequencies(lines),
    conflicts: [],
    warnings: [],
    unread: [],
    paragraphs: buildParagraphs(lines),
  };
}

export type Party = 'caf' | 'partner';

export interface Candidate<T> {
  value: T;
  /** 0-based line index. */
  index: number;
  confidence: Confidence;
  note?: string;
  corrected?: boolean;
  /** A loose pattern: used only when nothing stricter was found, never a conflict alternative. */
  loose?: boolean;
  /** The party the value was read for (parties block side, contacts annex side). */
  party?: Party;
}

export function at<T>(
  ctx: Ctx,
  index: number,
  value: T,
  confidence: Confidence,
  note?: string,
  corrected?: boolean,
): Extracted<T> {
  return {
    value,
    sourceLine: index + 1,
    sourceText: ctx.lines[index] ?? '',
    confidence,
    ...(note ? { note } : {}),
    ...(corrected ? { corrected: true } : {}),
  };
}

export const fromCandidate = <T>(ctx: Ctx, c: Candidate<T>): Extracted<T> =>
  at(ctx, c.index, c.value, c.confidence, c.note, c.corrected);

/** How many characters look like OCR damage: digits or bars inside words. */
export const ocrLooking = (s: string) =>
  (s.match(/(?<=\p{L})[0-9|!]|[0-9|!](?=\p{L})/gu) ?? []).length;

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export function unread(ctx: Ctx, part: string, label: string, index: number) {
  if (ctx.unread.some((u) => u.part === part && u.sourceLine === index + 1)) return;
  ctx.unread.push({ part, label, sourceLine: index + 1, sourceText: ctx.lines[index] ?? '' });
}

export interface ResolveOptions {
  /** Only values read for this party count (a value read on the other side is dropped). */
  party?: Party;
}

/**
 * Picks one value among candidates. Same value (ignoring case, accents and punctuation):
 * the form written most often. Different values: the one whose distinctive words occur most
 * often in the whole document (« BISSON » is written ten times, « Bison » once), then the
 * one given most often, then the most complete; the conflict is reported. Loose candidates
 * only count when there is nothing else, and never make a conflict.
 */
export function resolve<T>(
  ctx: Ctx,
  field: string,
  label: string,
  all: Candidate<T>[],
  display: (v: T) => string = String,
  opts: ResolveOptions = {},
): Extracted<T> | undefined {
  let candidates = opts.party ? all.filter((c) => !c.party || c.party === opts.party) : all;
  const strict = candidates.filter((c) => !c.loose);
  if (strict.length) candidates = strict;
  else candidates = candidates.slice(0, 1);
  if (candidates.length === 0) return undefined;
  const groups = new Map<string, Candidate<T>[]>();
  for (const c of candidates) {
    // forms that differ only by OCR look-alikes (« BlSSON », « BISSON ») are one value
    const k = skeleton(display(c.value)).text || keyOf(display(c.value));
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  const pickForm = (group: Candidate<T>[]): Candidate<T> => {
    const counts = new Map<string, number>();
    for (const c of group)
      counts.set(display(c.value), (counts.get(display(c.value)) ?? 0) + (c.corrected ? 0.5 : 1));
    return [...group].sort(
      (a, b) =>
        (counts.get(display(b.value)) ?? 0) - (counts.get(display(a.value)) ?? 0) ||
        Number(a.corrected ?? false) - Number(b.corrected ?? false) ||
        ocrLooking(display(a.value)) - ocrLooking(display(b.value)) ||
        RANK[b.confidence] - RANK[a.confidence] ||
        a.index - b.index,
    )[0]!;
  };
  const best = (group: Candidate<T>[]) =>
    group.reduce((r, c) => (RANK[c.confidence] > RANK[r] ? c.confidence : r), 'low' as Confidence);
  if (groups.size === 1) {
    const group = [...groups.values()][0]!;
    const chosen = pickForm(group);
    return at(ctx, chosen.index, chosen.value, best(group), chosen.note, chosen.corrected);
  }
  const keys = [...groups.keys()];
  const wordsOf = (k: string) =>
    new Set(
      keyOf(display(groups.get(k)![0]!.value))
        .split(' ')
        .filter(Boolean),
    );
  const scored = keys.map((k) => {
    const own = wordsOf(k);
    const others = keys.filter((o) => o !== k).map(wordsOf);
    let support = 0;
    for (const w of own) {
      if (others.every((o) => o.has(w))) continue;
      support += ctx.freq.get(w) ?? 0;
    }
    const group = groups.get(k)!;
    return {
      k,
      support,
      rank: Math.max(...group.map((c) => RANK[c.confidence])),
      count: group.length,
      length: keyOf(display(group[0]!.value)).length,
    };
  });
  scored.sort(
    (a, b) => b.rank - a.rank || b.support - a.support || b.count - a.count || b.length - a.length,
  );
  const winner = pickForm(groups.get(scored[0]!.k)!);
  ctx.conflicts.push({
    field,
    label,
    chosen: display(winner.value),
    values: scored.map((s) => {
      const form = pickForm(groups.get(s.k)!);
      return {
        value: display(form.value),
        sourceLine: form.index + 1,
        sourceText: ctx.lines[form.index] ?? '',
        count: s.count,
      };
    }),
  });
  return at(
    ctx,
    winner.index,
    winner.value,
    'medium',
    'Le document donne plusieurs valeurs : vérifiez.',
    winner.corrected,
  );
}

/** Sets `o[k]` only when a value was found. */
export function set<O extends object, K extends keyof O>(o: O, k: K, v: O[K] | undefined) {
  if (v !== undefined) o[k] = v;
}

/** Keeps the first of each key. */
export function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
