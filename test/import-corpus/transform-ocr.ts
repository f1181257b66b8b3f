/**
 * Seeded OCR-style damage, as a scanner's text recognition gives it: accents dropped or
 * mistaken, l/1/I/| and O/0, S/5, B/8 confused in words and in digits, words glued to the
 * next small word or split, « n° » misread, punctuation glued, ligatures, stray garbage
 * lines from stamps and signatures.
 *
 * Every damage here is one a human reading the page recovers (a phone « O1 64 l3 55 88 » is
 * still 01 64 13 55 88), so the truth stays the correct value. E-mail addresses and web
 * addresses are left intact: a confused character there cannot be told from a real one.
 */
type Rng = () => number;

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const ACCENT_LOSS: Record<string, string> = {
  é: 'e',
  è: 'e',
  ê: 'e',
  à: 'a',
  â: 'a',
  ç: 'c',
  ô: 'o',
  î: 'i',
  û: 'u',
  ù: 'u',
  É: 'E',
  È: 'E',
};
const ACCENT_MISTAKE: Record<string, string[]> = {
  é: ['è', 'ë', '6'],
  ç: ['g', 'c;'],
  è: ['é'],
  à: ['a', 'á'],
  É: ['E', 'É'],
};
/** Letter → what OCR reads instead, in words. */
const IN_WORDS: Record<string, string[]> = {
  l: ['1', 'I', '|'],
  I: ['l', '1', '|'],
  i: ['l', '1'],
  O: ['0'],
  o: ['0'],
  S: ['5'],
  B: ['8'],
  rn: ['m'],
  m: ['rn'],
};
/** Digit → what OCR reads instead, in numbers. */
const IN_DIGITS: Record<string, string[]> = {
  '0': ['O', 'o'],
  '1': ['l', 'I', '|'],
  '5': ['S'],
  '8': ['B'],
  '6': ['b'],
};
const GARBAGE = [
  "~ . ' ,",
  '| l ! :',
  '.  ,  ; ·',
  "'^ :. -",
  '~~ ., ~',
  'i . ; |',
  ', . ‘ ¨',
  '= - _ .',
  '. I|l .',
];
const N_DEGREE = ['n*', 'no', "n'", 'n 0', 'nº', 'n"', 'N°', 'n0'];

export interface OcrOptions {
  /** Share of words damaged (accents, confusions), e.g. 0.05. */
  rate: number;
}

const isProtected = (token: string) => /@|www\.|https?:/i.test(token);

function damageToken(token: string, r: Rng, rate: number): string {
  if (isProtected(token) || r() >= rate) return token;
  const chars = [...token];
  const digits = /^\d[\d./-]*$/.test(token) || /^T\d+$/.test(token);
  if (digits) {
    const at = chars.map((c, i) => (IN_DIGITS[c] ? i : -1)).filter((i) => i >= 0);
    if (at.length) {
      const i = pick(r, at);
      chars[i] = pick(r, IN_DIGITS[chars[i]!]!);
    }
    return chars.join('');
  }
  const what = r();
  if (what < 0.35) return chars.map((c) => ACCENT_LOSS[c] ?? c).join('');
  if (what < 0.5) {
    const at = chars.map((c, i) => (ACCENT_MISTAKE[c] ? i : -1)).filter((i) => i >= 0);
    if (at.length) {
      const i = pick(r, at);
      chars[i] = pick(r, ACCENT_MISTAKE[chars[i]!]!);
      return chars.join('');
    }
  }
  const keys = Object.keys(IN_WORDS).filter((k) => token.includes(k));
  if (!keys.length) return token;
  const k = pick(r, keys);
  const positions = [...token.matchAll(new RegExp(k, 'g'))].map((m) => m.index);
  const p = pick(r, positions);
  return token.slice(0, p) + pick(r, IN_WORDS[k]!) + token.slice(p + k.length);
}

/** « Fait à » → « Faità »; never glues two capitalised words (a name would be lost). */
function glueAndSplit(line: string, r: Rng, rate: number): string {
  const parts = line.split(/( +)/);
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const [a, b] = [parts[i]!, parts[i + 2]!];
    if (isProtected(a) || isProtected(b)) continue;
    if (/^\p{Ll}/u.test(b) && b.length <= 4 && /\p{L}$/u.test(a) && r() < rate * 2)
      parts[i + 1] = '';
  }
  return parts
    .map((w) => {
      if (!/^\p{Ll}{7,}$/u.test(w) || r() >= rate) return w;
      const k = 3 + Math.floor(r() * (w.length - 5));
      return `${w.slice(0, k)} ${w.slice(k)}`;
    })
    .join('');
}

export function ocrDamage(text: string, r: Rng, { rate }: OcrOptions): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw
      .replace(/n°\s?/gi, (m) =>
        r() < 0.6 ? `${pick(r, N_DEGREE)}${m.endsWith(' ') ? ' ' : ''}` : m,
      )
      .replace(/fi/g, (m) => (r() < 0.3 ? 'ﬁ' : m))
      .replace(/fl/g, (m) => (r() < 0.3 ? 'ﬂ' : m))
      .replace(/ ([:;!?])/g, (m, p: string) => (r() < 0.4 ? p : m))
      .replace(/([,:]) (?=\S)/g, (m, p: string) => (r() < 0.25 ? p : m))
      .replace(/« /g, (m) => (r() < 0.3 ? '«' : m))
      .replace(/ »/g, (m) => (r() < 0.3 ? '»' : m));
    line = line
      .split(/(\s+)/)
      .map((t) => (/\s/.test(t) ? t : damageToken(t, r, rate)))
      .join('');
    line = glueAndSplit(line, r, rate / 2);
    out.push(line);
    if (r() < rate / 4) out.push(pick(r, GARBAGE));
  }
  return out.join('\n');
}
