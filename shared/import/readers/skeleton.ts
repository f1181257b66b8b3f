/**
 * The « skeleton » of a text, on which anchors are matched: accents, case, spaces, dashes,
 * quotes and punctuation dropped, and the characters OCR confuses folded into one class
 * (l/1/I/i/|/!, O/0, S/5/$, B/8, Z/2, G/6). See anchors.ts.
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
