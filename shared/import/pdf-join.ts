/**
 * Joining two pieces of text that a PDF printed on two lines (a soft-wrapped paragraph, a
 * wrapped table cell): a space, nothing (an e-mail address or a hyphenated name cut at the
 * cell edge), or a hyphen removed (a word hyphenated at the end of a line).
 */

/** Words commonly written with a hyphen: « non-respect », « sous-traitant », « c'est-à-dire ». */
const HYPHEN_HEADS = new Set([
  'non',
  'sous',
  'demi',
  'semi',
  'quasi',
  'ex',
  'anti',
  'auto',
  'co',
  'contre',
  'extra',
  'inter',
  'intra',
  'multi',
  'post',
  'pré',
  'pro',
  'vice',
  'e',
  'ci',
  'là',
  'celui',
  'celle',
  'ceux',
  'celles',
  'peut',
  'vis',
  'à',
  'au',
  'dit',
  'dite',
  "c'est",
  'va',
  'tout',
  'toute',
  'grand',
  'grande',
  'arrière',
  'avant',
  'après',
  'porte',
  'mi',
  'néo',
  'franco',
  'euro',
  'socio',
  'médico',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'quatre',
  'dix',
  'deux',
  'trois',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'cent',
  'mille',
  'lui',
  'elle',
  'eux',
  'moi',
  'toi',
  'nous',
  'vous',
  'soi',
  'est',
  'ouest',
  'nord',
  'sud',
]);

/**
 * An e-mail or web address cut at the edge of a cell: « marie-claire.dupont@mairie- » +
 * « exemple.fr », « x@caf.cnafmail. » + « fr », « r.thomas@ville-lieusai » + « nt.fr »,
 * « christophe.le- » + « guehenec@caf.fr ».
 */
function isAddressCut(tail: string, head: string): boolean {
  if (!/^[\w.@/:-]+$/.test(head)) return false;
  if (/@/.test(tail) || /^(www\.|https?:)/i.test(tail)) {
    if (/@/.test(head)) return false;
    // a sentence ending with the address, the next one starting with a capitalised word
    if (/\.$/.test(tail) && /^\p{Lu}\p{Ll}/u.test(head)) return false;
    if (/[-._@/]$/.test(tail)) return true;
    const domain = tail.split('@')[1] ?? tail;
    return !domain.includes('.') || head.includes('.');
  }
  if (head.startsWith('@')) return /^[\w.-]+$/.test(tail);
  return /@[\w-]+\./.test(head) && /^[\w.-]*[._-][\w.-]*$/.test(tail) && !/^[.-]/.test(tail);
}

const lastToken = (s: string) => s.slice(s.search(/\S+$/));
const firstToken = (s: string) => s.match(/^\S+/)?.[0] ?? '';

/**
 * How `next` continues `prev` on the line below. `vocabulary` holds the words of the whole
 * document (lower case): a hyphenated form already seen elsewhere keeps its hyphen.
 */
export function joinWrapped(prev: string, next: string, vocabulary?: ReadonlySet<string>): string {
  const a = prev.replace(/\s+$/, '');
  const b = next.replace(/^\s+/, '');
  if (!a) return b;
  if (!b) return a;
  const tail = lastToken(a);
  const head = firstToken(b);
  if (isAddressCut(tail, head)) return a + b;
  // the last letters of an address alone on the cell's next line (« x@caf62.caf.f » / « r »)
  if (/^[\w.-]+@[\w-]+(\.[\w-]+)*\.[a-z]{1,3}$/i.test(tail) && /^[a-z]{1,3}$/.test(b)) return a + b;
  // a soft hyphen printed at the break
  if (a.endsWith('\u00AD')) return a.slice(0, -1) + b;
  // « 22- » + « 23 avenue », « 2023- » + « 267 »: a range or a number cut at its hyphen
  if (/\d-$/.test(a) && /^\d/.test(b)) return a + b;
  const hyphenated = /(\p{L})-$/u.exec(a);
  if (hyphenated) {
    const word = /([\p{L}'’]+)-$/u.exec(a)?.[1] ?? '';
    const rest = /^[\p{L}]+/u.exec(b)?.[0] ?? '';
    // « Marie-\nClaire », « CAF77-BP-\nPARTENAIRES », « 22-\n23 »: the hyphen belongs to the text
    if (!rest || !/^\p{Ll}/u.test(rest)) return a + b;
    const lower = word.toLowerCase();
    const joined = `${lower}${rest.toLowerCase()}`;
    if (vocabulary?.has(`${lower}-${rest.toLowerCase()}`)) return a + b;
    if (vocabulary?.has(joined)) return a.slice(0, -1) + b;
    if (HYPHEN_HEADS.has(lower.replace(/^.*'/, '')) || /-/.test(tail.slice(0, -1))) return a + b;
    return a.slice(0, -1) + b;
  }
  return `${a} ${b}`;
}

/** The lower-case words (with their inner hyphens) of a text, for `joinWrapped`. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of texts)
    for (const w of t.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) words.add(w);
  return words;
}
