/** Small pure helpers shared by the extractors: folding, names, e-mails, phones, persons. */

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A comparison key: case, accents, punctuation and spacing ignored. */
export const keyOf = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();

/** A person's comparison key: « GIRARD Élodie » and « Élodie Girard » are one person. */
export const personKey = (name: string) => keyOf(name).split(' ').sort().join(' ');

/** Words a form asks the signer to fill in (« SAISIR LE N° … », « ____ »). */
export const PLACEHOLDER =
  /\b(SAISIR|RENSEIGNER|INDIQUER|COMPL[ÉE]TER|PR[ÉE]CISER)\b|_{3,}|…{2,}|\.{4,}|\.\s?\.\s?\/|X{3,}|\[[^\]]*\]|<[^>]*>/;
export const isPlaceholder = (s: string) => PLACEHOLDER.test(s);

export const CIVILITY =
  // (« Madarne », « Mrne »: an OCR's « rn » for « m »)
  /^(?:M\.?|MM\.?|Mme\.?|Mrne\.?|Mmes|Mlle\.?|Monsieur|Madame|Madarne|Mademoiselle|M0nsieur)(?=\s|$)\s*/i;

const NAME_WORD = "[A-ZÀ-ÖØ-Þ][\\p{L}'’-]*";
/** Capitalised words (« Michel BISSON », « Anne-Emilie Ravache », « Le Cousin »). */
export const NAME_RE = new RegExp(
  `^(${NAME_WORD}(?:\\s+(?:de |du |des |d'|le |la |van |von )?${NAME_WORD})*)`,
  'u',
);

/** A plausible person name: letters, 2 to 6 words, no digit, no @. */
export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  if (!t || /[\d@:]/.test(t) || isPlaceholder(t)) return false;
  const words = t.split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}]/u.test(w) || /^(de|du|des|d'|le|la|van|von)$/.test(w))
  );
}

/** A word written in capitals (« MARTIN », « LE », « D'ARTAGNAN », « DE »; OCR « BlHAN »), two letters at least. */
const capsWord = (w: string) =>
  /^(?:[DL]['’])?\p{Lu}[\p{Lu}l'’-]*\p{Lu}$/u.test(w) || /^[DL]['’]$/u.test(w);
/** Acronyms of a function written after a name (« Christophe DUCASSE RSSI »). */
const FUNCTION_ACRONYM =
  /^(?:RSSI|DSI|DPO|DPD|CIL|DGS|DGA|DGAS|DGST|DRH|DAF|SG|DG|CCAS|CIAS|RGPD|MCP)$/;

/**
 * The person part of a run of capitalised words: the family name runs to the end of the first
 * run of words in capitals, particles included (« Yann LE GALL », « Anne DE LA TOUR »); after
 * it, only a given name when the family name comes first (« LE GALL Yann »). What follows
 * (« Maire », a function acronym) is not the name. Words with no capitals run: unchanged.
 * Returns how many words the name keeps.
 */
export function nameWordCount(words: readonly string[]): number {
  const first = words.findIndex(capsWord);
  if (first < 0) return words.length;
  let end = first;
  while (end < words.length && capsWord(words[end]!)) end++;
  // a function acronym closing the run is not part of the family name
  while (end - first > 1 && FUNCTION_ACRONYM.test(words[end - 1]!)) end--;
  if (first > 0) return end;
  // « NOM Prénom »: one given name (« Marie-Anne ») after the capitals
  return end < words.length && /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(words[end]!) ? end + 1 : end;
}

/** The words of `name` that `nameWordCount` keeps, as written. */
export function personPart(name: string): string {
  const last = [...name.matchAll(/\S+/g)][nameWordCount(name.trim().split(/\s+/)) - 1];
  return last ? name.slice(0, last.index + last[0].length) : name;
}

const TITLE_HEAD =
  /^(?:(?:premier|première|1er|1ère)\s+)?(?:vice[- ])?(?:directeur|directrice|pr[ée]sident|pr[ée]sidente|maire|adjoint|adjointe|secr[ée]taire|responsable|chef|cheffe|conseiller|conseill[èe]re|d[ée]l[ée]gu[ée]e?|g[ée]rant|g[ée]rante)\b(?:\s+(?:g[ée]n[ée]rale?|adjointe?|d[ée]l[ée]gu[ée]e?|par int[ée]rim|du ccas|du cias|de la caf|au maire))*/i;

export interface Person {
  name?: string;
  title?: string;
}

/**
 * Reads « M Michel Bison le Président », « Monsieur Rudy ELEGEEEST, Maire », « son
 * Directeur Général Pedro RODRIGUES », « son Directeur M HAMONIC Pascal ».
 */
export function parsePerson(raw: string): Person {
  let t = raw.replace(/^[\s:,-]+|[\s,;.]+$/g, '').trim();
  if (!t || isPlaceholder(t)) return {};
  t = t.replace(/^(?:son|sa|le|la|leur)\s+/i, '');
  // « Monsieur le Maire, Paul MARTIN »: the civility and article before a title go
  const afterCivility = t.replace(CIVILITY, '').replace(/^(?:son|sa|le|la|leur)\s+/i, '');
  if (afterCivility !== t && TITLE_HEAD.test(afterCivility)) t = afterCivility;
  const title = TITLE_HEAD.exec(t);
  if (title) {
    // (« son Maire en exercice, Monsieur … »: the term of office is no part of the title)
    const rest = t
      .slice(title[0].length)
      .replace(/^\s+en\s+(?:exercice|fonctions?|poste)\b/i, '')
      .replace(/^[\s,:-]+/, '')
      .replace(CIVILITY, '');
    const read = NAME_RE.exec(rest)?.[1];
    const name = read && personPart(read);
    return {
      title: title[0].trim(),
      ...(name && looksLikePersonName(name) ? { name: name.trim() } : {}),
    };
  }
  const noCivility = t.replace(CIVILITY, '');
  const nameMatch = NAME_RE.exec(noCivility);
  if (!nameMatch) return {};
  let name = nameMatch[1] ?? '';
  // the name ends with its capitals run (« Yann LE GALL Maire de … »)
  name = personPart(name);
  let rest = noCivility.slice(name.length);
  // « Michel Bison Le Président »: a capitalised article starts the title
  const split = /\s+(?:le|la|en qualité de|en sa qualité de)\s*$/i.exec(name);
  if (split) {
    name = name.slice(0, split.index);
    rest = noCivility.slice(name.length);
  }
  const words = name.split(/\s+/);
  // (« LE GALL »: a particle in capitals before a name in capitals belongs to the name)
  const cut = words.findIndex(
    (w, i) => i > 0 && /^(le|la)$/i.test(w) && !(capsWord(w) && capsWord(words[i + 1] ?? '')),
  );
  if (cut > 0) {
    name = words.slice(0, cut).join(' ');
    rest = noCivility.slice(name.length);
  }
  const titleText = rest
    .replace(/^\s*(?:,|–|-|:)?\s*(?:(?:le|la|son|sa|leur|en qualité de|en sa qualité de)\s+)?/i, '')
    .replace(/[\s,;.]+$/, '')
    .trim();
  return {
    ...(looksLikePersonName(name) ? { name: name.trim() } : {}),
    ...(titleText && !/[@\d]/.test(titleText) ? { title: titleText } : {}),
  };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** E-mail addresses of a line; « CAF77-BP-MONCOMPTE- PARTENAIRES@… » (a break after a hyphen) is joined. */
export function findEmails(line: string): string[] {
  const joined = line.replace(/([A-Za-z0-9._%+]-) (?=[A-Za-z0-9._%+-]+@)/g, '$1');
  return [...joined.matchAll(EMAIL)].map((m) => m[0].replace(/\.$/, ''));
}

const PHONE = /(?<!\d)(?:(?:\+|00)33\s?\(?0?\)?\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/g;

/** French phone numbers of a line, written `01 64 13 55 88`. */
export function findPhones(line: string): string[] {
  return [...line.matchAll(PHONE)].map((m) => formatFrenchPhone(m[0]));
}

export function formatFrenchPhone(raw: string): string {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0033')) digits = `0${digits.slice(4).replace(/^0/, '')}`;
  else if (digits.startsWith('33') && digits.length >= 11)
    digits = `0${digits.slice(2).replace(/^0/, '')}`;
  return digits.length === 10 ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : raw.trim();
}

/** Acronyms written in capitals in a name (« Ccas de Lieusaint » → « CCAS de Lieusaint »). */
export function fixAcronyms(name: string): string {
  return name.replace(/\b(ccas|cias|epci|sivu|sivom|udaf|chrs|caf)\b/gi, (m) =>
    m.toLowerCase() === 'caf' ? 'Caf' : m.toUpperCase(),
  );
}

/** Counts, for every folded word of the text, how often it occurs (consistency votes). */
export function wordFrequencies(lines: readonly string[]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const line of lines) {
    for (const w of fold(line).split(/[^\p{L}\p{N}]+/u)) {
      if (w) freq.set(w, (freq.get(w) ?? 0) + 1);
    }
  }
  return freq;
}

/** Strips list bullets: « - », « – », « • », « o », « - o ». */
/**
 * List markers: dashes and bullets, « o », « 1. », « 2) », « 3° », « a) », « (b) », « iv) », and
 * OCR's readings of a bullet (« + _ », « *__ », « +. »).
 */
export const stripBullet = (s: string) =>
  s
    .replace(
      /^(?:[-–•·▪■◦*]|[o+»](?=\s)|\+[._]+(?=\s|\p{Lu})|\d+[.)°](?=\s)|\(?[a-z]\)(?=\s)|[ivx]{1,4}\)(?=\s))(?:\s*(?:[-–•·▪■◦*_]|o(?=\s)))*\s*/u,
      '',
    )
    .trim();

/**
 * A page's running footer or page number copied into the text (« 2/4 », « Page 3 sur 12 »,
 * « - 5 - », « Contrat de service – Commune de X 2/4 »): not a cell of the table it cuts.
 */
export function isPageMark(line: string): boolean {
  const t = line.trim();
  if (/^[-–—]\s*\d{1,3}\s*[-–—]$/.test(t)) return true;
  // « Contrat de service – Caf de la Somme – 2 », « RAA n° 2017-05 – Mai 2017 – page 12 »
  // (never a table row: « T9 ⇥ – ⇥ 1 »; its words before the dash name a document)
  if (
    !t.includes('\t') &&
    /^(?:\S+\s+){2,}[–—-]\s*(?:page\s*)?\d{1,3}$|\bpage\s+\d{1,3}$/i.test(t) &&
    !/^(?:art(?:icle|\.)|annexe|chapitre|titre|section|niveau|profil)\b/i.test(t) &&
    !findPhones(t).length
  )
    return true;
  const m = /(?:^|\s)(?:page\s+)?(\d{1,3})\s*(?:\/|sur)\s*(\d{1,3})$/i.exec(t);
  if (!m) return false;
  const [n, of] = [Number(m[1]), Number(m[2])];
  return n >= 1 && n <= of && !findEmails(t).length && !findPhones(t).length;
}

/**
 * « Label : value », or a table's label cell and value cell (« Label ⇥ value », « : » in either
 * cell): the label and the value (maybe empty); undefined when the line is no such field.
 */
export function labelledField(
  line: string,
  maxLabel = 40,
): { label: string; value: string } | undefined {
  const m = new RegExp(
    `^([^:\\t]{2,${maxLabel}}?)[ ]*(?::[ \\t]*|\\t[ \\t]*(?::[ \\t]*)?)(.*)$`,
  ).exec(line);
  return m ? { label: m[1]!, value: m[2] ?? '' } : undefined;
}

const REPEATED = new WeakMap<readonly string[], Set<string>>();
// (digits aside, spacing aside: « Page 9 / 14 » and « Page 10 / 14 » are one footer)
const runningKey = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * A running header or footer: a line of some length the text repeats, digits aside, three times or more (a
 * page's header, « Caf X – Convention n° … », between two rows of a table or two items of a
 * list). Counted once per text.
 */
export function isRunningLine(
  lines: readonly string[],
  i: number,
  /** Short lines too (« non défini. », a bookmark error's tail a table of contents repeats). */
  anyLength = false,
): boolean {
  let set = REPEATED.get(lines);
  if (!set) {
    const counts = new Map<string, number>();
    for (const l of lines) if (l) counts.set(runningKey(l), (counts.get(runningKey(l)) ?? 0) + 1);
    set = new Set([...counts].filter(([, n]) => n >= 3).map(([k]) => k));
    REPEATED.set(lines, set);
  }
  const line = lines[i] ?? '';
  // (a table's short cells, « 3 », « T1 », « – », repeat without being a page's header)
  if (!anyLength && (line.length < 20 || !/\p{L}{3}/u.test(line))) return false;
  return !!line && set.has(runningKey(line));
}
