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
import { lineOf, type Paragraph } from './paragraphs';
import { ROLE_PHRASES, personName } from './records';

export interface ProseContact {
  side: Side;
  role: ContactRole;
  name?: string;
  email?: string;
  phones: string[];
  index: number;
  corrected: boolean;
}

// a sentence ends at « . » / « ; » before a capital, not after a civility (« M. Loïc »)
const SENTENCE_END = /(?<!\b(?:M|MM|Mme|Mlle|Dr|St|Ste))[.;]\s+(?=[\p{Lu}«"])/gu;
const SIDE_CUE = /^(?:pour|c[ôo]t[ée]|chez|au sein de)\s+((?:la|le|les|l')?\s*[^,:]{1,60})\s*[,:]/i;
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
      hits.push({ role, start: hit.start, end: hit.end, length: phrase.length });
    }
  }
  hits.sort((a, b) => b.length - a.length);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** Persons introduced by a civility (« Mme Gwenaëlle PRIGENT »). */
function personsIn(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(CIVILITY_AT)) {
    const rest = sentence.slice(m.index + m[0].length);
    const raw = nameBeforeFunction(NAME_RE.exec(rest)?.[1] ?? '');
    const name = personName(`${m[0].trim()} ${raw}`);
    if (name && name.split(/\s+/).length >= 2) out.push(name);
  }
  return [...new Set(out)];
}

/** Runs of non-empty lines joined (a sentence goes on up to a blank line, whatever the wrap). */
function blocksOfLines(lines: readonly string[], from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (!line) {
      cur = undefined;
      continue;
    }
    if (!cur) {
      cur = { text: '', lines: [], offsets: [] };
      out.push(cur);
    } else cur.text += ' ';
    cur.offsets.push(cur.text.length);
    cur.lines.push(i);
    cur.text += line;
  }
  return out;
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
    const bounds = [...p.text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
    for (const end of [...bounds, p.text.length]) {
      const sentence = p.text.slice(at, end).trim();
      const offset = at + (p.text.slice(at, end).length - p.text.slice(at, end).trimStart().length);
      at = end;
      if (!sentence) continue;
      const cue = SIDE_CUE.exec(sentence);
      const named = cue ? cueSide(cue[1] ?? '') : undefined;
      if (named) current = named;
      if (!current) continue;
      const roles = rolesIn(cue ? sentence.slice(cue[0].length) : sentence);
      if (new Set(roles.map((r) => r.role)).size !== 1) continue;
      const persons = personsIn(sentence);
      if (persons.length > 1) continue;
      const emails = findEmails(sentence);
      const tolerant = phonesTolerant(sentence, findPhones);
      if (!persons.length && !emails.length && !tolerant.phones.length) continue;
      if (emails.length > 1) continue;
      out.push({
        side: current,
        role: roles[0]!.role,
        ...(persons[0] ? { name: persons[0].replace(CIVILITY, '').trim() } : {}),
        ...(emails[0] ? { email: emails[0] } : {}),
        phones: tolerant.phones,
        index: lineOf(p, offset),
        corrected: tolerant.corrected,
      });
    }
  }
  return out;
}
