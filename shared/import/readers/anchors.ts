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

const CLASS: Record<string, string> = {
  i: 'l',
  '1': 'l',
  '|': 'l',
  '!': 'l',
  l: 'l',
  í: 'l',
  ì: 'l',
  î: 'l',
  ï: 'l',
  o: 'o',
  '0': 'o',
  s: 's',
  '5': 's',
  $: 's',
  b: 'b',
  '8': 'b',
  z: 'z',
  '2': 'z',
  g: 'g',
  '6': 'g',
};

/** Accents, case, typographic quotes and dashes folded; runs of spaces collapsed. */
export function foldLoose(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[«»“”„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Skeleton {
  /** Confusion-class letters and digits only. */
  text: string;
  /** Plain folded letters and digits (no confusion classes), same length as `text`. */
  plain: string;
  /** `map[k]` = index in the source string of skeleton character k. */
  map: number[];
}

const cache = new Map<string, Skeleton>();

export function skeleton(s: string): Skeleton {
  const hit = cache.get(s);
  if (hit) return hit;
  let text = '';
  let plain = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    let base = c;
    if (c.charCodeAt(0) > 127) base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    base = base.toLowerCase();
    if (base === 'œ') base = 'oe';
    else if (base === 'æ') base = 'ae';
    for (const b of base) {
      const cls = CLASS[b];
      if (cls) {
        text += cls;
        plain += b;
        map.push(i);
      } else if (/[a-z0-9]/.test(b)) {
        text += b;
        plain += b;
        map.push(i);
      }
    }
  }
  const out = { text, plain, map };
  if (cache.size > 20_000) cache.clear();
  cache.set(s, out);
  return out;
}

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

/** French phone numbers of a text, look-alike letters in the digits read (« 01 64 l3 55 76 »). */
export function phonesTolerant(
  text: string,
  find: (s: string) => string[],
): { phones: string[]; corrected: boolean } {
  const plain = find(text);
  const fixed = ocrDigits(text);
  if (!fixed.corrected) return { phones: plain, corrected: false };
  const again = find(fixed.text);
  return again.length > plain.length
    ? { phones: again, corrected: true }
    : { phones: plain, corrected: false };
}

/**
 * Digits read through OCR confusions (« O8/0l/2O24 », « 2l59 »): letters that stand for
 * digits inside a number-shaped token are turned into digits.
 */
export function ocrDigits(
  s: string,
  opts: { anyDigit?: boolean } = {},
): { text: string; corrected: boolean } {
  const DIGIT: Record<string, string> = {
    O: '0',
    o: '0',
    D: '0',
    l: '1',
    I: '1',
    i: '1',
    '|': '1',
    '!': '1',
    S: '5',
    s: '5',
    B: '8',
    Z: '2',
    z: '2',
    G: '6',
    b: '6',
    g: '9',
    q: '9',
  };
  let corrected = false;
  const text = s.replace(/[0-9OoDlIi|!SsBZzGbgq]+/g, (tok) => {
    if (!/\d/.test(tok) || /^[^\d]+$/.test(tok)) return tok;
    // a token mixing digits and look-alikes, at least half digits
    const digits = tok.replace(/\D/g, '').length;
    if (!opts.anyDigit && digits * 2 < tok.length) return tok;
    const fixed = [...tok].map((c) => (/\d/.test(c) ? c : (DIGIT[c] ?? c))).join('');
    if (fixed !== tok) corrected = true;
    return fixed;
  });
  return { text, corrected };
}

/**
 * OCR look-alikes inside an identifier (« 2014-O38-0112 »): a token of digits holding an « O »
 * or an « l »/« I » reads as digits. Only those two confusions, and only in tokens that are
 * digits otherwise (« EPCI », « B12 » stay as written).
 */
export function ocrIdentifier(s: string): { text: string; corrected: boolean } {
  let corrected = false;
  const text = s.replace(/[0-9OlI]+/g, (tok) => {
    const digits = tok.replace(/\D/g, '').length;
    if (!digits || digits === tok.length || digits * 2 < tok.length) return tok;
    corrected = true;
    return tok.replace(/O/g, '0').replace(/[lI]/g, '1');
  });
  return { text, corrected };
}

/** The words a text spells without digits, folded (a document's own dictionary). */
const vocabularies = new WeakMap<readonly string[], Set<string>>();
export function wordsOf(lines: readonly string[]): Set<string> {
  let v = vocabularies.get(lines);
  if (!v) {
    v = new Set();
    for (const line of lines)
      for (const w of line.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [])
        if (w.length >= 4) v.add(foldLoose(w));
    vocabularies.set(lines, v);
  }
  return v;
}

/**
 * OCR look-alikes inside a word of free text (« stab1e », « Grenob1e », « c0mmune »): a « 1 »
 * or « | » may be an « l » or an « i », a « 0 » an « o ». A word is corrected only when the
 * correction is certain: exactly one reading is a word `known` knows (the words the same
 * document spells elsewhere), the word is otherwise lower-case letters (a capital initial
 * allowed) and holds one such character. E-mails, web addresses, identifiers, names in
 * capitals and numbers are never touched; with no `known`, nothing is.
 */
export function ocrWords(
  s: string,
  known?: ReadonlySet<string>,
): { text: string; corrected: boolean } {
  if (!known) return { text: s, corrected: false };
  const text = s.replace(/\S+/g, (token) => {
    if (/[@/\\:_]|\.\p{L}/u.test(token)) return token; // e-mails, addresses, paths
    const lead = /^[«"'([]*/.exec(token)![0];
    const trail = /[»"'),;.!?\]]*$/.exec(token)![0];
    const word = token.slice(lead.length, token.length - trail.length);
    const at = word.search(/[10|]/);
    if (at < 0 || (word.match(/[10|]/g) ?? []).length !== 1) return token;
    if (!/^\p{Lu}?[\p{Ll}10|'’-]+$/u.test(word)) return token; // capitals inside: a name or an identifier
    // letters around it: two on one side at least (debris « I|l » stays debris)
    const before = word.slice(0, at);
    const after = word.slice(at + 1);
    if (
      !/\p{L}$/u.test(before) ||
      !/^\p{L}/u.test(after) ||
      (before.length < 2 && after.length < 2)
    )
      return token;
    const readings = (word[at] === '0' ? ['o'] : ['l', 'i'])
      .map((c) => before + c + after)
      .filter((w) => known.has(foldLoose(w)));
    return readings.length === 1 ? lead + readings[0] + trail : token;
  });
  return { text, corrected: text !== s };
}

/**
 * The OCR confusions between « I » and « l » that are certain whatever the document: a capital
 * I between lower-case letters inside a word is an l (« MaIville », « intercommunaI »,
 * « aIlocataire »); a lower-case l between capitals inside a word in capitals is an I
 * (« BlHAN », « BRlVET »). E-mails, web addresses, paths and words holding digits
 * (identifiers) are never touched.
 */
export function ocrCase(s: string): { text: string; corrected: boolean } {
  const text = s.replace(/\S+/g, (token) => {
    if (/[@/\\:_\d]|\.\p{L}/u.test(token)) return token;
    return token.replace(/\p{L}+/gu, (word) => {
      // a word in capitals but for its « l »: those are I
      if (word.length >= 3 && /^\p{Lu}[\p{Lu}l]*\p{Lu}$/u.test(word) && word.includes('l'))
        return word.replace(/l/g, 'I');
      // a capital I after a lower-case letter, then lower case or the word's end (« intercommunaI »)
      return word.replace(/(?<=\p{Ll})I(?=\p{Ll}|$)/gu, 'l');
    });
  });
  return { text, corrected: text !== s };
}
