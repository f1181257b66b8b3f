/**
 * Contacts written as sentences (« Pour la Caf de X, l'administrateur est Mme A B (a.b@…,
 * 01 …). Son suppléant est M. C D … »). Each sentence is a record when it names exactly one
 * role and at most one person; the side is the one the last « Pour la Caf / Pour le CCAS »
 * cue named. A sentence naming several roles or several persons is ambiguous: it yields
 * nothing (the section is then reported unread by the caller), never a guess.
 */
import type { ContactRole, Side } from '../../domain/schemas/vocabulary';
import { CIVILITY, NAME_RE, findEmails, findPhones } from '../text-tools';
import { findAnchor, foldLoose, phonesTolerant } from './anchors';
import type { Ctx } from './context';
import { nameBeforeFunction } from './contrat';
import { blocksOfLines, lineOf } from './paragraphs';
import { ROLE_PHRASES, personName } from './records';

export interface ProseContact {
  side: Side;
  role: ContactRole;
  name?: string;
  email?: string;
  phones: string[];
  index: number;
  corrected: boolean;
  /** Named with others in one sentence (« Les administrateurs sont X et Y »). */
  together?: boolean;
}

// a sentence ends at « . » / « ; » before a capital, not after a civility (« M. Loïc »)
const SENTENCE_END = /(?<!\b(?:M|MM|Mme|Mlle|Dr|St|Ste))[.;]\s+(?=[\p{Lu}«"])/gu;
const SIDE_CUE =
  /^(?:pour|c[ôo]t[ée]|chez|au sein de|[àa])\s+((?:la|le|les|l')?\s*[^,:]{1,60})\s*[,:]/i;

/**
 * The side a sentence names for its person without a « Pour … » cue: after the role
 * (« l'administrateur désigné par le CCAS », « le délégué à la protection des données de la
 * Caf »), or as its subject (« Le CCAS ne dispose pas … : cette fonction est exercée par … »).
 */
function sentenceSide(body: string, role: { end: number } | undefined): Side | undefined {
  if (role) {
    const after =
      /^\s*(?:(?:d[ée]sign[ée]e?|nomm[ée]e?|retenue?)\s+par|de|du|pour|chez|au sein de)\s+((?:la|le|les|l['’])?\s*[^,.;:()]{2,40})/i.exec(
        body.slice(role.end),
      );
    const side = after ? cueSide(after[1]!.replace(/^du\s+/i, 'le ')) : undefined;
    if (side) return side;
  }
  const subject =
    /^((?:la|le|l['’])\s*[^,.;:]{2,40}?)\s+(?:ne|n['’]|dispose|a|d[ée]signe|nomme|confie)\b/i.exec(
      body,
    );
  return subject ? cueSide(subject[1]!) : undefined;
}
const CIVILITY_AT =
  /(?:^|(?<=[\s(,]))(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|M\.|M)\s+(?=\p{Lu})/gu;

/** The side a « Pour … » cue names (« la Caf d'Ille-et-Vilaine », « le CCAS de Vitré »). */
function cueSide(words: string): Side | undefined {
  const f = foldLoose(words);
  if (/^(?:la\s+)?caf\b|^(?:la\s+)?caisse d'allocations/.test(f)) return 'caf';
  if (
    /^(?:le|la|l')?\s*(?:partenaire|commune|ville|mairie|ccas|cias|c\.c\.a\.s|centre (?:inter)?communal|communaute|metropole|epci|syndicat|structure|collectivite)\b/.test(
      f,
    )
  )
    return 'partner';
  return undefined;
}

/** Every role phrase in the sentence (the longest at each place), with where it stands. */
function rolesIn(sentence: string): { role: ContactRole; start: number; end: number }[] {
  const hits: { role: ContactRole; start: number; end: number; length: number }[] = [];
  for (const { role, phrases } of ROLE_PHRASES) {
    for (const phrase of phrases) {
      if (phrase.length <= 4) {
        const m = new RegExp(`(?<![\\p{L}@.])${phrase}(?![\\p{L}@.])`, 'iu').exec(sentence);
        if (m)
          hits.push({ role, start: m.index, end: m.index + m[0].length, length: phrase.length });
        continue;
      }
      const hit = findAnchor(sentence, phrase);
      if (!hit) continue;
      // a whole word: not inside another word or an e-mail
      if (/[\p{L}@]/u.test(sentence[hit.start - 1] ?? '') || /[@]/.test(sentence[hit.end] ?? ''))
        continue;
      // nor the local part of an address (« administrateurs.mcp@… »)
      if (/^[\w.+-]*@/.test(sentence.slice(hit.end))) continue;
      hits.push({ role, start: hit.start, end: hit.end, length: phrase.length });
    }
  }
  hits.sort((a, b) => b.length - a.length);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** Persons introduced by a civility (« Mme Gwenaëlle PRIGENT »), with where each starts. */
function personsIn(sentence: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of sentence.matchAll(CIVILITY_AT)) {
    const rest = sentence.slice(m.index + m[0].length);
    const raw = nameBeforeFunction(NAME_RE.exec(rest)?.[1] ?? '');
    const name = personName(`${m[0].trim()} ${raw}`);
    if (name && name.split(/\s+/).length >= 2 && !out.some((o) => o.name === name))
      out.push({ name, start: m.index });
  }
  return out;
}

/** « assure également la fonction de », « est aussi »: the same person holds the role named next. */
const ALSO =
  /(?:assure|exerce|occupe|remplit|cumule|est|sera)\s+(?:[ée]galement|aussi|en outre|par ailleurs)\s+(?:(?:la|les|le|l')\s*)?(?:(?:fonctions?|r[ôo]le|mission)\s+d[e']\s*)?$/i;

/** Every role after the first is held by the same person (« … qui assure également la fonction de DPO », « RSSI et DPO »). */
function sameHolder(body: string, roles: { start: number; end: number }[]): boolean {
  return roles.slice(1).every((r, k) => {
    const between = body.slice(roles[k]!.end, r.start);
    return (
      ALSO.test(body.slice(0, r.start)) ||
      /^\s*(?:et|ainsi que|\/|,)\s*(?:de\s+|du\s+|d')?$/i.test(between)
    );
  });
}

/** « Les administrateurs … sont »: the role word in the plural or a plural verb. */
const pluralRole = (body: string, start: number) =>
  /^\p{L}{4,}[sx](?!\p{L})/u.test(body.slice(start)) || /\bsont\b/.test(body);

interface Details {
  emails: string[];
  phones: string[];
  corrected: boolean;
}
const detailsOf = (text: string): Details => {
  const t = phonesTolerant(text, findPhones);
  return { emails: findEmails(text), phones: t.phones, corrected: t.corrected };
};
const none = (d: Details) => !d.emails.length && !d.phones.length;

/** A line that is a sentence (long, with a verb), not a table row. */
const isSentence = (line: string) =>
  line.length >= 70 &&
  !line.includes('\t') &&
  (/\b(?:est|sont|sera|seront|peut|peuvent|assure|assurent|exerce|occupe|rel[èe]ve|joignables?|jointe?s?|d[ée]sign[ée]e?s?|nomm[ée]e?s?)\b/i.test(
    line,
  ) ||
    (/[.!]$/.test(line) && line.split(/\s+/).length >= 12));

/** Paragraphs of sentences rather than a table: most lines of [from, to) are sentences. */
export function isProseRegion(lines: readonly string[], from: number, to: number): boolean {
  const filled = lines.slice(from, to).filter((l) => /\p{L}{3}/u.test(l));
  const sentences = filled.filter(isSentence).length;
  return sentences > 0 && sentences * 2 >= filled.length;
}

/** The contacts written as sentences in [from, to); `side` is the section's own side, if any. */
export function proseContacts(
  ctx: Ctx,
  from: number,
  to: number,
  side: Side | undefined,
): ProseContact[] {
  const out: ProseContact[] = [];
  let current = side;
  for (const p of blocksOfLines(ctx.lines, from, to)) {
    let at = 0;
    /** The records of the sentence before, which a sentence of details goes on with. */
    let last: ProseContact[] = [];
    const bounds = [...p.text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
    for (const end of [...bounds, p.text.length]) {
      const sentence = p.text.slice(at, end).trim();
      const offset = at + (p.text.slice(at, end).length - p.text.slice(at, end).trimStart().length);
      at = end;
      if (!sentence) continue;
      const cue = SIDE_CUE.exec(sentence);
      const named = cue ? cueSide(cue[1] ?? '') : undefined;
      if (named) current = named;
      const body = cue ? sentence.slice(cue[0].length) : sentence;
      const roles = rolesIn(body);
      const own = named ? undefined : sentenceSide(body, roles[0]);
      if (own) current = own;
      if (!current) continue;
      const distinct = [...new Set(roles.map((r) => r.role))];
      const persons = personsIn(sentence);
      const all = detailsOf(sentence);
      if (!distinct.length) {
        // « Ils sont joignables au … », « Contact : … »: the details of the persons just named
        if (!persons.length && last.length && !none(all)) goOn(last, all);
        else last = [];
        continue;
      }
      last = [];
      if (distinct.length > 1 && (persons.length !== 1 || !sameHolder(body, roles))) continue;
      if (persons.length > 1 && (distinct.length > 1 || !pluralRole(body, roles[0]!.start)))
        continue;
      if (!persons.length && none(all)) continue;
      // each person's details: from its name to the next person's (several persons: details
      // before the first name, or after the last shared by several values, are not attributed)
      const spans = persons.length > 1 ? splitDetails(sentence, persons) : undefined;
      if (persons.length > 1 && !spans) continue;
      if (persons.length <= 1 && all.emails.length > 1) continue;
      const index = lineOf(p, offset);
      for (const role of distinct) {
        const who = persons.length ? persons : [undefined];
        for (const [k, person] of who.entries()) {
          const d = spans ? spans[k]! : all;
          const c: ProseContact = {
            side: current,
            role,
            ...(person ? { name: person.name.replace(CIVILITY, '').trim() } : {}),
            ...(d.emails[0] ? { email: d.emails[0] } : {}),
            phones: [...d.phones],
            index,
            corrected: d.corrected,
            ...(persons.length > 1 ? { together: true } : {}),
          };
          out.push(c);
          last.push(c);
        }
      }
    }
  }
  return out;
}

/**
 * The details of each of several persons named in one sentence: what stands between a name and
 * the next; what follows the last name is everyone's when it is one e-mail and one phone at
 * most and nothing stood between the names. Undefined when it cannot be told.
 */
function splitDetails(sentence: string, persons: { start: number }[]): Details[] | undefined {
  if (!none(detailsOf(sentence.slice(0, persons[0]!.start)))) return undefined;
  const spans = persons.map((p, k) => detailsOf(sentence.slice(p.start, persons[k + 1]?.start)));
  const between = spans.slice(0, -1);
  const tail = spans[spans.length - 1]!;
  if (between.every(none)) {
    if (tail.emails.length > 1 || tail.phones.length > 1) return none(tail) ? spans : undefined;
    return spans.map(() => tail);
  }
  return spans.every((d) => d.emails.length <= 1) ? spans : undefined;
}

/** Details in a sentence of their own, given to the persons of the sentence before. */
function goOn(records: ProseContact[], d: Details): void {
  if (records.length > 1 && (d.emails.length > 1 || d.phones.length > 1)) return;
  if (d.emails.length > 1) return;
  for (const r of records) {
    if (d.emails[0] && !r.email) r.email = d.emails[0];
    for (const p of d.phones) if (!r.phones.includes(p)) r.phones.push(p);
    if (d.corrected) r.corrected = true;
  }
}
