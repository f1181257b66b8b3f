/**
 * OCR corrections: digits, identifiers and words read through the letters OCR confuses
 * (« O8/0l/2O24 », « 2014-O38-0112 », « stab1e », « MaIville »). Each says whether it
 * corrected anything, so the review can show « texte corrigé ».
 */

import { foldLoose } from './skeleton';

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

/** Short words of the language, read through OCR whatever the document (« 1a », « 1es »). */
const SHORT_WORDS = new Set([
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'il',
  'ils',
  'elle',
  'elles',
  'lui',
  'loi',
  'lieu',
]);

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
 * OCR look-alikes inside a word of free text (« stab1e », « Grenob1e », « c0mmune »,
 * « Ca1cu1 »): a « 1 » or « | » may be an « l » or an « i », a « 0 » an « o ». A word is corrected only when the
 * correction is certain: exactly one reading is a word `known` knows (the words the same
 * document spells elsewhere, or a short word of the language), the word is otherwise
 * lower-case letters (a capital initial allowed). (« rn » for « m » is never read: a text
 * damaged both ways spells « Marne » and « Mame ».) E-mails, web addresses, identifiers, names in
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
    if (!/[10|]/.test(word)) return token;
    if (!/^\p{Lu}?[\p{Ll}10|'’-]+$/u.test(word)) return token; // capitals inside: a name or an identifier
    // letters around each look-alike: two on one side at least (debris « I|l » stays debris);
    // a short word of the language (« 1a », « 1es ») is read as such
    const spots = [...word.matchAll(/[10|]/g)];
    if (spots.length > 4 || (word.match(/\p{L}/gu) ?? []).length < spots.length) return token;
    let readings = [''];
    let from = 0;
    for (const m of spots) {
      const options = m[0] === '0' ? ['o'] : ['l', 'i'];
      const between = word.slice(from, m.index);
      readings = readings.flatMap((r) => options.map((o) => r + between + o));
      from = m.index + m[0].length;
    }
    readings = readings
      .map((r) => r + word.slice(from))
      .filter((w) => w !== word && (known.has(foldLoose(w)) || SHORT_WORDS.has(w.toLowerCase())));
    readings = [...new Set(readings)];
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
      // a capital I after a lower-case letter, then lower case or the word's end (« intercommunaI »);
      // after the initial capital, before lower case (« CIaire », « FIorence »)
      return word
        .replace(/(?<=\p{Ll})I(?=\p{Ll}|$)/gu, 'l')
        .replace(/^(\p{Lu})I(?=\p{Ll}{2})/u, '$1l');
    });
  });
  return { text, corrected: text !== s };
}

/** Small words OCR spells with a « 1 » for their « l » (« de 1a Mairie », « 1es familles »). */
const L_WORDS: Readonly<Record<string, string>> = { '1a': 'la', '1es': 'les', '1ui': 'lui' };

/**
 * The OCR confusions of digits for letters that are certain whatever the document: inside a
 * word that is otherwise lower-case letters (a capital initial allowed) and has three letters
 * at least, a « 1 » or « | » is an « l » and a « 0 » an « o » (« P1ace », « Depai11er »,
 * « sco1aire », « c0mmune »); « 1' » before a word is « l' »; « 1a », « 1es » are « la »,
 * « les »; in an address, a postcode with an « O » for a « 0 » (« 638OO »). Words in
 * capitals (« 1 » may be an I or an L there), ordinals (« 1er », « 2e »), codes (« T13 »,
 * « CS10045 »), e-mails, web addresses and paths are never touched. Run after `ocrWords`,
 * which reads « 1 » as l or i through the document's own words where it can.
 */
export function ocrLetters(
  s: string,
  { address = false } = {},
): { text: string; corrected: boolean } {
  const text = s.replace(/\S+/g, (token) => {
    if (/[@/\\:_]|\.\p{L}/u.test(token)) return token;
    if (address && /^[\dOo]{5}[,;]?$/u.test(token) && (token.match(/\d/g) ?? []).length >= 3)
      return token.replace(/[Oo]/g, '0');
    const lead = /^[«"([]*/.exec(token)![0];
    const trail = /[»"),;.!?\]]*$/.exec(token)![0];
    const word = token.slice(lead.length, token.length - trail.length);
    // (« de l6 à 25 ans », « 4l »: a number with an l for a 1; no word is so written)
    if (/^(?:[lI|]\d|\d[lI|]|\d[lI|]\d|[lI|]\d\d)$/.test(word))
      return lead + word.replace(/[lI|]/g, '1') + trail;
    if (!/[10|]/.test(word)) return token;
    // a word in capitals with a « 0 » among its letters (« V0IRON », « B0RDEAUX »)
    if (/^\p{Lu}[\p{Lu}0]*\p{Lu}$/u.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 3)
      return lead + word.replace(/0/g, 'O') + trail;
    const small = L_WORDS[word];
    if (small) return lead + small + trail;
    // « 1'allocataire », « 1’Eglise »
    const elided = /^1(['’])(\p{L}{2,}.*)$/u.exec(word);
    if (elided) return `${lead}l${elided[1]}${elided[2]}${trail}`;
    if (!/^\p{Lu}?[\p{Ll}10|'’-]+$/u.test(word)) return token;
    if ((word.match(/\p{L}/gu) ?? []).length < 3 || /^\d+\p{Ll}{0,4}$/u.test(word)) return token;
    return (
      lead +
      word.replace(/[10|]/g, (c, at: number) => {
        // a look-alike next to a letter (both « 1 » of « Depai11er »)
        const near = word.slice(Math.max(0, at - 2), at + 3);
        if (!/\p{L}/u.test(near)) return c;
        return c === '0' ? 'o' : 'l';
      }) +
      trail
    );
  });
  return { text, corrected: text !== s };
}

/**
 * Clock times read through OCR (« 8h3O », « l2h00 », « 16 h 3o »): the letters that stand
 * for digits inside a time are digits. Nothing else of the text is touched.
 */
export function ocrTimes(s: string): { text: string; corrected: boolean } {
  const text = s.replace(
    /(?<![\p{L}\d])([\dOolI|]{1,2})(\s?h\s?)([\dOolI]{2})?(?![\p{L}\d])/gu,
    (all, h: string, sep: string, m: string | undefined) => {
      if (!/\d/.test(h + (m ?? ''))) return all;
      const digit = (t: string) => t.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');
      const hours = digit(h);
      const minutes = m === undefined ? undefined : digit(m);
      if (Number(hours) > 23 || (minutes !== undefined && Number(minutes) > 59)) return all;
      return hours + sep + (minutes ?? '');
    },
  );
  return { text, corrected: text !== s };
}

/** Words of e-mail addresses that every CAF document may spell (the branch's own domain). */
const MAIL_WORDS = ['cnafmail', 'caf', 'mairie', 'ville', 'ccas', 'cias', 'agglo'];

/**
 * An e-mail address read through OCR (« partenaires.cafgrenob1e@caf.cnafmai1.fr »,
 * « d.fayo1le@… »): a « 1 » or « 0 » inside a run of letters, or ending one of four letters
 * at least, is an « l » or an « o » when the letters read so hold a word the document spells
 * elsewhere (« Grenoble », « FAYOLLE ») or the branch's domain, across the repaired letter.
 * Digits of a code (« caf38 », « agent1 ») stay.
 */
export function ocrEmail(
  email: string,
  known: ReadonlySet<string>,
): { text: string; corrected: boolean } {
  const text = email.replace(/[a-z0-9]+/gi, (run) => {
    if (!/\p{L}/u.test(run) || !/[01]/.test(run)) return run;
    const chars = [...run];
    let changed = false;
    chars.forEach((c, k) => {
      if (c !== '0' && c !== '1') return;
      const before = /\p{L}/u.test(chars[k - 1] ?? '');
      const after = /\p{L}/u.test(chars[k + 1] ?? '');
      const ending = before && k === chars.length - 1 && /^\p{L}{4}$/u.test(run.slice(k - 4, k));
      if (!(before && after) && !ending) return;
      const letter = c === '0' ? 'o' : 'l';
      const read = [...chars];
      read[k] = letter;
      const word = read.join('').toLowerCase();
      const covers = (w: string) => {
        for (let at = word.indexOf(w); at >= 0; at = word.indexOf(w, at + 1))
          if (at <= k && k < at + w.length) return true;
        return false;
      };
      const hit =
        MAIL_WORDS.some(covers) ||
        [...known].some((w) => w.length >= 4 && /^[a-z]+$/.test(w) && covers(w));
      if (hit) {
        chars[k] = letter;
        changed = true;
      }
    });
    return changed ? chars.join('') : run;
  });
  return { text, corrected: text !== email };
}
