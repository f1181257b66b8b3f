/**
 * Anchor matching tolerant by construction. Both the anchor and the text are reduced to a
 * « skeleton »: accents, case, spaces, dashes, quotes and punctuation are dropped, and the
 * characters OCR confuses are folded into one class (l/1/I/i/|/!, O/0, S/5/$, B/8, Z/2,
 * G/6). Dropping spaces makes glued words (« Faità ») and split words (« Bul letin ») equal
 * to the anchor; what is left (a lost, doubled or garbled letter) is absorbed by a small
 * edit-distance budget proportional to the anchor's length. No list of known misreadings.
 *
 * A hit says whether the text needed the confusion classes or edits to match (`corrected`):
 * the review then shows « texte corrigé » beside the excerpt.
 */
import { skeleton, type Skeleton } from './skeleton';

export { foldLoose, skeleton, type Skeleton } from './skeleton';
export {
  ocrCase,
  ocrDigits,
  ocrEmail,
  ocrIdentifier,
  ocrLetters,
  ocrTimes,
  ocrWords,
  phonesTolerant,
  wordsOf,
} from './ocr';

export interface AnchorHit {
  /** Source indexes in the searched string: [start, end). */
  start: number;
  end: number;
  distance: number;
  /** The text only matched through confusion classes or edits. */
  corrected: boolean;
}

export interface AnchorOptions {
  /** The anchor must start the string (after bullets, numbering and punctuation). */
  atStart?: boolean;
  /** Edits allowed; default: one per 7 skeleton characters, at most 4. */
  budget?: number;
  /**
   * Fragments one of which must stand intact in the text for an approximate match to be
   * tried (a cheap filter for the readers that test every line).
   */
  need?: readonly string[];
}

export const defaultBudget = (length: number) => Math.min(4, Math.floor(length / 7));

/** Characters allowed before an anchor said to start the string. */
const LEAD = /^[\s\-–—•·▪■◦*o>"'(\d.):]*/;

/**
 * Where `anchor` occurs in `text`, with the fewest edits within the budget (first such
 * place). Undefined when it does not occur.
 */
export function findAnchor(
  text: string,
  anchor: string,
  opts: AnchorOptions = {},
): AnchorHit | undefined {
  const a = skeleton(anchor);
  const m = a.text.length;
  if (m === 0) return undefined;
  const budget = opts.budget ?? defaultBudget(m);
  const t = skeleton(text);
  const hay = t.text;
  if (hay.length < m - budget) return undefined;
  if (!opts.atStart) {
    // exact skeleton match first (the common case, fast)
    const exact = hay.indexOf(a.text);
    if (exact >= 0) return hitFrom(text, t, a, exact, exact + m, 0);
    if (budget === 0) return undefined;
    if (opts.need && !opts.need.some((f) => hay.includes(skeleton(f).text))) return undefined;
    if (!bigramFilter(hay, a.text, budget)) return undefined;
    return searchMatch(text, t, a, 0, budget);
  }
  // at the start: after bullets, numbering and punctuation (a bullet « o » or a leading digit
  // could be part of the anchor itself: only skip them when the anchor does not start with one)
  // (« IV. CONTRAT DE SERVICES »: a roman section number followed by its punctuation goes too)
  const roman = /^\s*[IVX]{1,5}\s*[.)–-]\s+/.exec(text)?.[0].length ?? 0;
  const sourceFrom =
    roman ||
    (/^[o\d]/.test(a.plain) ? leadWithoutLetters(text) : (LEAD.exec(text)?.[0].length ?? 0));
  let k0 = 0;
  while (k0 < t.map.length && t.map[k0]! < sourceFrom) k0++;
  // a prefix match may not begin with extra text: one of its first two letters must align
  if (hay[k0] !== a.text[0] && hay[k0 + 1] !== a.text[1]) return undefined;
  if (hay.startsWith(a.text, k0)) return hitFrom(text, t, a, k0, k0 + m, 0);
  if (budget === 0 || hay.length - k0 < m - budget) return undefined;
  if (opts.need && !opts.need.some((f) => hay.includes(skeleton(f).text))) return undefined;
  return prefixMatch(text, t, a, k0, budget);
}

function leadWithoutLetters(text: string): number {
  return /^[\s\-–—•·▪■◦*>"'(:]*/.exec(text)?.[0].length ?? 0;
}

function hitFrom(
  text: string,
  t: Skeleton,
  a: Skeleton,
  ks: number,
  ke: number,
  distance: number,
): AnchorHit {
  const start = t.map[ks] ?? text.length;
  const end = ke > ks ? (t.map[ke - 1] ?? text.length - 1) + 1 : start;
  const corrected = distance > 0 || t.plain.slice(ks, ke) !== a.plain;
  return { start, end, distance, corrected };
}

/** At least (bigrams − 2·budget) of the anchor's bigrams must occur in the text. */
function bigramFilter(hay: string, needle: string, budget: number): boolean {
  const need = needle.length - 1 - 2 * budget;
  if (need <= 0) return true;
  let found = 0;
  for (let i = 0; i + 1 < needle.length; i++) {
    if (hay.includes(needle.slice(i, i + 2))) found++;
    if (found >= need) return true;
  }
  return false;
}

/** Anchor against a prefix of the text from k0 (the end of the prefix is free). */
function prefixMatch(
  text: string,
  t: Skeleton,
  a: Skeleton,
  k0: number,
  budget: number,
): AnchorHit | undefined {
  const p = a.text;
  const m = p.length;
  const n = Math.min(t.text.length - k0, m + budget);
  // dp over anchor (rows) and text prefix (columns)
  let prev = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = p[i - 1] === t.text[k0 + j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > budget) return undefined;
    prev = cur;
  }
  let best = -1;
  for (let j = 0; j <= n; j++)
    if (prev[j]! <= budget && (best < 0 || prev[j]! < prev[best]!)) best = j;
  if (best < 0) return undefined;
  return hitFrom(text, t, a, k0, k0 + best, prev[best]!);
}

/** Approximate search anywhere (Sellers): the first end position within the budget. */
function searchMatch(
  text: string,
  t: Skeleton,
  a: Skeleton,
  k0: number,
  budget: number,
): AnchorHit | undefined {
  const p = a.text;
  const m = p.length;
  const hay = t.text;
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let bestEnd = -1;
  let bestDist = budget + 1;
  for (let j = k0; j < hay.length; j++) {
    let diag = col[0]!;
    col[0] = 0;
    const c = hay[j];
    for (let i = 1; i <= m; i++) {
      const up = col[i]!;
      const v = Math.min(up + 1, col[i - 1]! + 1, diag + (p[i - 1] === c ? 0 : 1));
      diag = up;
      col[i] = v;
    }
    if (col[m]! < bestDist) {
      bestDist = col[m]!;
      bestEnd = j + 1;
      if (bestDist === 0) break;
    } else if (bestEnd >= 0 && col[m]! > bestDist) break; // past the best local end
  }
  if (bestEnd < 0) return undefined;
  // the start: align the anchor backwards from the end
  const start = alignStart(hay, p, bestEnd, bestDist);
  return hitFrom(text, t, a, start, bestEnd, bestDist);
}

function alignStart(hay: string, p: string, end: number, dist: number): number {
  const m = p.length;
  let best = Math.max(0, end - m);
  let bestCost = Infinity;
  for (let s = Math.max(0, end - m - dist); s <= Math.min(end, end - m + dist); s++) {
    const cost = editDistance(hay.slice(s, end), p);
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The first of several anchors found (in the order given). */
export function findAny(
  text: string,
  anchors: readonly string[],
  opts: AnchorOptions = {},
): (AnchorHit & { anchor: string }) | undefined {
  // an exact (skeleton) match of any anchor beats an approximate match of an earlier one
  const exactOpts = { ...opts, budget: 0 };
  for (const anchor of anchors) {
    const hit = findAnchor(text, anchor, exactOpts);
    if (hit) return { ...hit, anchor };
  }
  if (opts.budget === 0) return undefined;
  for (const anchor of anchors) {
    const hit = findAnchor(text, anchor, opts);
    if (hit) return { ...hit, anchor };
  }
  return undefined;
}

/** Whether the (skeletons of the) two strings are the same within the default budget. */
export function sameWords(a: string, b: string): boolean {
  const sa = skeleton(a).text;
  const sb = skeleton(b).text;
  if (sa === sb) return true;
  return (
    Math.abs(sa.length - sb.length) <= defaultBudget(sb.length) &&
    editDistance(sa, sb) <= defaultBudget(sb.length)
  );
}
