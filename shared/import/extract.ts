/**
 * Reads a « Mon Compte Partenaire » convention (and its contrat de services, annexes,
 * bulletins and council deliberation) from plain text. Written for the general shape of
 * these documents: labelled lines (« Convention n° », « Numéro de SIRET »), the parties
 * block (« La présente convention est signée entre : … »), numbered articles, tables whose
 * columns are separated by tabs. A value the text does not hold is absent: nothing is
 * guessed. When the text holds several copies (the same convention twice, two spellings of a
 * name) the value best supported by the whole document wins and the conflict is reported.
 */
import type { ContactRole, Side } from '../domain/schemas/entities';
import { ROLES_BY_SIDE } from '../domain/schemas/entities';
import { validateSiret, normalizeSiret } from '../domain/siret';
import { findFrenchDate } from './dates';
import { normalizeLines } from './normalize';
import {
  CIVILITY,
  NAME_RE,
  findEmails,
  findPhones,
  fixAcronyms,
  fold,
  isPlaceholder,
  keyOf,
  looksLikePersonName,
  parsePerson,
  stripBullet,
  wordFrequencies,
} from './text-tools';
import type {
  BulletinValue,
  Confidence,
  Conflict,
  ContactValue,
  ConventionExtraction,
  EscalationValue,
  Extracted,
  PartnerKind,
  QuotaValue,
} from './types';

interface Ctx {
  lines: string[];
  freq: Map<string, number>;
  conflicts: Conflict[];
  warnings: string[];
}

const at = <T>(ctx: Ctx, index: number, value: T, confidence: Confidence, note?: string): Extracted<T> => ({
  value,
  sourceLine: index + 1,
  sourceText: ctx.lines[index] ?? '',
  confidence,
  ...(note ? { note } : {}),
});

// ---------------------------------------------------------------------------------------
// Blocks of the document

type BlockKind = 'convention' | 'contrat' | 'bulletin' | 'deliberation';
interface Block {
  kind: BlockKind;
  start: number;
  end: number; // exclusive
}

const CONVENTION_TITLE = /^convention d'acc[èe]s (?:à|a|au)\s*(?:l'espace\s+)?"?\s*mon compte partenaire\s*"?\s*$/i;
const CONTRAT_TITLE = /^contrat de services?\b/i;
const BULLETIN_TITLE = /^(?:annexe\s*(\d+(?:\.\d+)*)\s*[-–:]?\s*)?bulletin d'adh[ée]sion\b(.*)$/i;
const DELIBERATION_TITLE =
  /^(?:d[ée]lib[ée]ration\s+(?:du|de la|n°)|extrait (?:du registre )?des d[ée]lib[ée]rations|extrait du proc[èe]s-verbal|d[ée]lib[ée]ration$)/i;

function findBlocks(lines: string[]): Block[] {
  const starts: { kind: BlockKind; start: number }[] = [];
  lines.forEach((line, i) => {
    if (CONVENTION_TITLE.test(line)) starts.push({ kind: 'convention', start: i });
    else if (CONTRAT_TITLE.test(line) && !/\bsign[ée]\b/i.test(line)) starts.push({ kind: 'contrat', start: i });
    else if (BULLETIN_TITLE.test(line)) starts.push({ kind: 'bulletin', start: i });
    else if (DELIBERATION_TITLE.test(line)) starts.push({ kind: 'deliberation', start: i });
  });
  // Consecutive deliberation titles (a header and « Extrait du registre … ») are one block.
  const merged = starts.filter((s, i) => !(s.kind === 'deliberation' && starts[i - 1]?.kind === 'deliberation'));
  return merged.map((s, i) => {
    const end = merged[i + 1]?.start ?? lines.length;
    // a deliberation's header (« Conseil municipal | Séance du … ») may come before its title
    const prevEnd = i > 0 ? (merged[i - 1]?.start ?? 0) + 1 : 0;
    const start = s.kind === 'deliberation' ? backByNonEmpty(lines, s.start, 6, prevEnd) : s.start;
    return { kind: s.kind, start, end };
  });
}

/** The index `count` non-empty lines before `from` (not before `floor`). */
function backByNonEmpty(lines: string[], from: number, count: number, floor = 0): number {
  let k = from;
  let seen = 0;
  while (k > floor && seen < count) {
    k--;
    if (lines[k]) seen++;
  }
  return k;
}

const isHeading = (line: string) => /^(article|annexe)\s*\d/i.test(line);

// ---------------------------------------------------------------------------------------
// Candidates and their resolution

interface Candidate<T> {
  value: T;
  index: number;
  confidence: Confidence;
  note?: string;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * Picks one value among candidates. Same value (ignoring case, accents and punctuation):
 * the form written most often. Different values: the one whose distinctive words occur most
 * often in the whole document (« BISSON » is written ten times, « Bison » once), then the
 * one given most often, then the most complete; the conflict is reported.
 */
function resolve<T>(
  ctx: Ctx,
  field: string,
  label: string,
  candidates: Candidate<T>[],
  display: (v: T) => string = String,
): Extracted<T> | undefined {
  if (candidates.length === 0) return undefined;
  const groups = new Map<string, Candidate<T>[]>();
  for (const c of candidates) {
    const k = keyOf(display(c.value));
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  const pickForm = (group: Candidate<T>[]): Candidate<T> => {
    const counts = new Map<string, number>();
    for (const c of group) counts.set(display(c.value), (counts.get(display(c.value)) ?? 0) + 1);
    return [...group].sort(
      (a, b) =>
        (counts.get(display(b.value)) ?? 0) - (counts.get(display(a.value)) ?? 0) ||
        CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
        a.index - b.index,
    )[0]!;
  };
  const best = (group: Candidate<T>[]) =>
    group.reduce((r, c) => (CONFIDENCE_RANK[c.confidence] > CONFIDENCE_RANK[r] ? c.confidence : r), 'low' as Confidence);
  if (groups.size === 1) {
    const group = [...groups.values()][0]!;
    const chosen = pickForm(group);
    return at(ctx, chosen.index, chosen.value, best(group), chosen.note);
  }
  const keys = [...groups.keys()];
  const wordsOf = (k: string) => new Set(k.split(' ').filter(Boolean));
  const scored = keys.map((k) => {
    const own = wordsOf(k);
    const others = keys.filter((o) => o !== k).map(wordsOf);
    let support = 0;
    for (const w of own) {
      if (others.every((o) => o.has(w))) continue;
      support += ctx.freq.get(w) ?? 0;
    }
    return { k, support, count: groups.get(k)!.length, length: k.length };
  });
  scored.sort((a, b) => b.support - a.support || b.count - a.count || b.length - a.length);
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
  return at(ctx, winner.index, winner.value, 'medium', 'Le document donne plusieurs valeurs : vérifiez.');
}

// ---------------------------------------------------------------------------------------
// Parties (« La présente convention est signée entre : … »)

interface PartiesCandidates {
  cafName: Candidate<string>[];
  cafAddress: Candidate<string>[];
  directorName: Candidate<string>[];
  directorTitle: Candidate<string>[];
  partnerName: Candidate<string>[];
  partnerAddress: Candidate<string>[];
  repName: Candidate<string>[];
  repTitle: Candidate<string>[];
  siret: Candidate<string>[];
  partnerEmail: Candidate<string>[];
  partnerPhone: Candidate<string>[];
}

const PARTIES_START = /(?:est|sont)\s+sign[ée]e?s?\s+entre\b|^entre\s*:?\s*$|^entre les soussign[ée]s/i;
const PARTIES_END = /^il est convenu|^pr[ée]ambule\b|^article\s*1\b|^sommaire$/i;
const DENOMMEE = /^ci\s*[-–]?\s*apr[èe]s\s*[,]?\s*d[ée]nomm[ée]/i;
const REPRESENTED = /^repr[ée]sent[ée](?:\(e\)|e)?\s+par\b\s*:?\s*(.*)$/i;
const CAF_NAME = /\b(caisse d'allocations? familiales?\b.*)$/i;
const SEAT = /^dont le si[èe]ge(?: social)? est(?: situ[ée])?(?:\s+(?:à|au|:))?\s*(.*)$/i;
const SIRET_LINE = /\bSIRE[TN]\b[^:\d]*:?\s*([\d][\d\s.]*\d)?/i;

function collectParties(ctx: Ctx, out: PartiesCandidates) {
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    if (!PARTIES_START.test(lines[i] ?? '')) continue;
    let j = i + 1;
    let side: 'caf' | 'between' | 'partner' = 'caf';
    const partnerLines: number[] = [];
    for (; j < lines.length && j < i + 40; j++) {
      const line = lines[j] ?? '';
      if (PARTIES_END.test(line)) break;
      if (!line) continue;
      if (side === 'caf') {
        const caf = CAF_NAME.exec(line);
        if (caf && out.cafName.every((c) => c.index !== j)) {
          out.cafName.push({ value: caf[1]!.replace(/[\s,;.]+$/, ''), index: j, confidence: 'high' });
          continue;
        }
        const seat = SEAT.exec(line);
        if (seat?.[1] && !isPlaceholder(seat[1])) {
          out.cafAddress.push({ value: seat[1].replace(/[\s,;.]+$/, ''), index: j, confidence: 'high' });
          continue;
        }
        const rep = REPRESENTED.exec(line);
        if (rep) {
          const p = parsePerson(rep[1] ?? '');
          if (p.name) out.directorName.push({ value: p.name, index: j, confidence: 'high' });
          if (p.title) out.directorTitle.push({ value: p.title, index: j, confidence: 'high' });
          continue;
        }
        if (DENOMMEE.test(line)) side = 'between';
        continue;
      }
      if (DENOMMEE.test(line)) break;
      if (side === 'between' && /^et\s*:?$/i.test(line)) {
        side = 'partner';
        continue;
      }
      side = 'partner';
      partnerLines.push(j);
    }
    collectPartner(ctx, out, partnerLines);
    i = j;
  }
}

function collectPartner(ctx: Ctx, out: PartiesCandidates, indexes: number[]) {
  const rest: number[] = [];
  for (const j of indexes) {
    const line = ctx.lines[j] ?? '';
    const rep = REPRESENTED.exec(line);
    if (rep) {
      const p = parsePerson(rep[1] ?? '');
      if (p.name) out.repName.push({ value: p.name, index: j, confidence: 'high' });
      if (p.title) out.repTitle.push({ value: p.title, index: j, confidence: 'high' });
      continue;
    }
    const siret = SIRET_LINE.exec(line);
    if (siret) {
      if (siret[1]) addSiret(out, j, siret[1]);
      continue;
    }
    const emails = findEmails(line);
    const phones = findPhones(line);
    if (emails.length || phones.length) {
      if (emails[0]) out.partnerEmail.push({ value: emails[0], index: j, confidence: 'medium' });
      if (phones[0]) out.partnerPhone.push({ value: phones[0], index: j, confidence: 'medium' });
      continue;
    }
    if (/:\s*$/.test(line) || isPlaceholder(line)) continue;
    rest.push(j);
  }
  const [nameIndex, ...addressIndexes] = rest;
  if (nameIndex === undefined) return;
  out.partnerName.push({ value: fixAcronyms(ctx.lines[nameIndex] ?? ''), index: nameIndex, confidence: 'high' });
  if (addressIndexes.length) {
    out.partnerAddress.push({
      value: addressIndexes.map((k) => ctx.lines[k]).join(', '),
      index: addressIndexes[0]!,
      confidence: addressIndexes.length > 3 ? 'low' : 'high',
    });
  }
}

function addSiret(out: PartiesCandidates, index: number, raw: string) {
  const digits = normalizeSiret(raw);
  if (digits.length !== 14) return;
  const check = validateSiret(digits);
  out.siret.push(
    check.ok
      ? { value: digits, index, confidence: 'high' }
      : { value: digits, index, confidence: 'low', note: check.message },
  );
}

// ---------------------------------------------------------------------------------------
// Labelled lines anywhere

const NUMBER_LINE = /^(?:convention\s+n[°o]|n[°o]\s*(?:de\s+(?:la\s+)?)?convention)\s*:?\s*(.*)$/i;
const PARTNER_LINE = /^(?:nom du\s+)?partenaires?\s*:\s*(.+)$/i;

function conventionNumbers(ctx: Ctx): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  ctx.lines.forEach((line, i) => {
    const m = NUMBER_LINE.exec(line);
    const v = m?.[1]?.replace(/[\s,;.]+$/, '').trim();
    if (v && /\d/.test(v) && !isPlaceholder(v) && v.length <= 60) out.push({ value: v, index: i, confidence: 'high' });
  });
  return out;
}

function partnerNameLines(ctx: Ctx): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  ctx.lines.forEach((line, i) => {
    const m = PARTNER_LINE.exec(line);
    const v = m?.[1]?.trim();
    if (v && !isPlaceholder(v) && /\p{L}{2}/u.test(v) && v.length <= 150) {
      out.push({ value: fixAcronyms(v), index: i, confidence: 'high' });
    }
  });
  return out;
}

function partnerKind(name: string): PartnerKind | undefined {
  const n = fold(name);
  if (/\b(ccas|cias|centre (inter)?communal d'action sociale)\b/.test(n)) return 'CCAS';
  if (/\b(communaute (de communes|d'agglomeration|urbaine)|metropole|epci|syndicat intercommunal)\b/.test(n)) return 'EPCI';
  if (/^(mairie|commune|ville)\b/.test(n)) return 'commune';
  return undefined;
}

// ---------------------------------------------------------------------------------------
// « Fait à … le … »

const DONE_AT = /^fait\s+(?:à|a)\s+([\p{L}' -]+?)(?=\s*,|\s+le\b|\s+en\b|\s*$)(.*)$/iu;

function signatures(ctx: Ctx, block: Block) {
  const places: Candidate<string>[] = [];
  const dates: Candidate<string>[] = [];
  for (let i = block.start; i < block.end; i++) {
    const m = DONE_AT.exec(ctx.lines[i] ?? '');
    if (!m) continue;
    const place = m[1]!.trim();
    if (place && !isPlaceholder(place)) {
      const pretty = place === place.toUpperCase() ? place.charAt(0) + place.slice(1).toLowerCase() : place;
      places.push({ value: pretty, index: i, confidence: 'high' });
    }
    const date = findFrenchDate(m[2] ?? '');
    if (date) dates.push({ value: date.iso, index: i, confidence: 'high' });
  }
  return { places, dates };
}

// ---------------------------------------------------------------------------------------
// Missions (conv. art. 8)

function missions(ctx: Ctx, blocks: Block[]): Extracted<string>[] {
  const found = new Map<string, Extracted<string>>();
  for (const block of blocks) {
    for (let i = block.start; i < block.end; i++) {
      if (!/^article\s*8\b.*mission/i.test(ctx.lines[i] ?? '')) continue;
      for (let j = i + 1; j < block.end; j++) {
        const line = ctx.lines[j] ?? '';
        if (isHeading(line)) break;
        const text = stripBullet(line);
        if (!text || /:\s*$/.test(text) || /^[¹²³⁴⁵⁶⁷⁸⁹]/.test(text)) continue;
        if (/^(saisir|renseigner|indiquer|compl[ée]ter|pr[ée]ciser)\b/i.test(text) || isPlaceholder(text)) continue;
        if (!/\p{L}{3}/u.test(text)) continue;
        const k = keyOf(text);
        if (!found.has(k)) found.set(k, at(ctx, j, text.replace(/[\s;,.]+$/, ''), 'high'));
      }
      break;
    }
  }
  return [...found.values()];
}

// ---------------------------------------------------------------------------------------
// Management mode

function managementMode(ctx: Ctx): Candidate<'délégué' | 'centralisé'>[] {
  const out: Candidate<'délégué' | 'centralisé'>[] = [];
  const word = (w: string): 'délégué' | 'centralisé' => (/^d/i.test(w) ? 'délégué' : 'centralisé');
  ctx.lines.forEach((line, i) => {
    const chosen =
      /\boptent?\b.{0,160}?\bmode\s+(?:de gestion\s+)?(d[ée]l[ée]gu[ée]|centralis[ée])/i.exec(line) ??
      /\bmode\s+(?:de gestion\s+)?(?:des habilitations\s+)?(?:retenu|choisi)\s*:?\s*(?:le mode\s+)?(d[ée]l[ée]gu[ée]|centralis[ée])/i.exec(line) ??
      /(?:☒|☑|✔|✓|\[x\]|\(x\))\s*(?:mode\s+|gestion\s+)?(d[ée]l[ée]gu[ée]e?|centralis[ée]e?)/i.exec(line);
    if (chosen?.[1]) out.push({ value: word(chosen[1]), index: i, confidence: 'high' });
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Deliberation

function deliberation(ctx: Ctx, blocks: Block[]): ConventionExtraction['deliberation'] {
  const block = blocks.find((b) => b.kind === 'deliberation');
  if (!block) return {};
  const result: ConventionExtraction['deliberation'] = {};
  const region = ctx.lines.slice(block.start, block.end).join(' ');
  for (let i = block.start; i < block.end; i++) {
    const line = ctx.lines[i] ?? '';
    if (!result.body) {
      if (/conseil d'administration/i.test(line)) {
        const of = /\bCIAS\b|intercommunal d'action sociale/i.test(region)
          ? ' du CIAS'
          : /\bCCAS\b|centre communal d'action sociale/i.test(region)
            ? ' du CCAS'
            : '';
        result.body = at(ctx, i, `Conseil d'administration${of}`, 'high');
      } else if (/conseil municipal/i.test(line)) result.body = at(ctx, i, 'Conseil municipal', 'high');
      else if (/conseil communautaire/i.test(line)) result.body = at(ctx, i, 'Conseil communautaire', 'high');
      else if (/bureau communautaire/i.test(line)) result.body = at(ctx, i, 'Bureau communautaire', 'high');
    }
    if (!result.date) {
      const seance = /s[ée]ance (?:du|en date du)\s+(.*)$/i.exec(line) ?? /date de la d[ée]lib[ée]ration\s*:?\s*(.*)$/i.exec(line);
      const date = seance ? findFrenchDate(seance[1] ?? '') : undefined;
      if (date) result.date = at(ctx, i, date.iso, 'high');
    }
    if (!result.number) {
      const labelled = /d[ée]lib[ée]ration\s+n[°o]\s*:?\s*([A-Z0-9][\w./-]*\d[\w./-]*)/i.exec(line);
      const bare = /convention|siret|\bloi\b|r[èe]glement|d[ée]cret|article/i.test(line)
        ? null
        : /^n[°o]\s*:?\s*([A-Z0-9][\w./-]*\d[\w./-]*)/i.exec(line);
      const n = labelled ?? bare;
      if (n?.[1]) result.number = at(ctx, i, n[1].replace(/[.-]+$/, ''), 'high');
    }
    if (!result.prefectureActId) {
      const labelled = /(?:identifiant (?:de t[ée]l[ée]transmission|unique(?: de l'acte)?)|n[°o] de l'acte|\bID)\s*:?\s*([\w.-]{10,})/i.exec(line);
      const pattern = /\b\d{2,3}[AB]?-\d{9}-\d{8}-[\w.]+-(?:DE|AR|AI|CC|BF|AU)(?:-\d+-\d+)?\b/.exec(line);
      const id = pattern?.[0] ?? labelled?.[1];
      if (id) result.prefectureActId = at(ctx, i, id, pattern ? 'high' : 'medium');
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// Contrat de services

function serviceContract(ctx: Ctx, blocks: Block[], contacts: Extracted<ContactValue>[]): ConventionExtraction['serviceContract'] {
  const contrats = blocks.filter((b) => b.kind === 'contrat');
  const dates: Candidate<string>[] = [];
  const emails: Candidate<string>[] = [];
  const hours: Candidate<string>[] = [];
  const handling: Candidate<string>[] = [];
  const escalation: Extracted<EscalationValue>[] = [];
  for (const block of contrats) {
    dates.push(...signatures(ctx, block).dates);
    let afterCentre = false;
    for (let i = block.start; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (/centre de services|guichet unique/i.test(line)) afterCentre = true;
      const open = /(?:centre de services|guichet unique|service)[^.]*?\best ouvert\s+(.+?)\.?$/i.exec(line);
      if (open?.[1]) {
        hours.push({ value: open[1].replace(/\b(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b/g, (d) => d.toLowerCase()), index: i, confidence: 'high' });
      }
      if (afterCentre && /messagerie|courriel|m[ée]l\b|e-mail|adresse [ée]lectronique/i.test(line)) {
        const e = findEmails(line)[0];
        if (e && emails.length === 0) emails.push({ value: e, index: i, confidence: 'high' });
      }
      if (!/escalade|absence de r[ée]ponse/i.test(line)) {
        const h = /(?:trait[ée]e?s?|prises? en charge|r[ée]ponse|r[ée]pond)[^.]{0,80}?(?:dans un d[ée]lai (?:maximum )?de|sous|dans les)\s+(\d+\s*(?:h\b|heures|jours(?: ouvr[ée]s)?))/i.exec(line);
        if (h?.[1]) handling.push({ value: `${h[1].replace(/\s*h\b/, ' h')}`, index: i, confidence: 'medium' });
      }
      if (/proc[ée]dure d'escalade/i.test(line) && isHeading(line)) escalation.push(...escalationList(ctx, i + 1, block.end));
    }
  }
  const guichet = contacts.find((c) => c.value.side === 'caf' && c.value.role === 'guichet-unique' && c.value.email);
  if (emails.length === 0 && guichet?.value.email) {
    emails.push({ value: guichet.value.email, index: guichet.sourceLine - 1, confidence: 'medium' });
  }
  const seen = new Set<string>();
  const r: ConventionExtraction['serviceContract'] = {
    escalation: escalation.filter((e) => {
      const k = `${e.value.side}|${keyOf(e.value.name)}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
  };
  const signedOn = resolve(ctx, 'serviceContract.signedOn', 'Date du contrat de services', dates);
  const email = resolve(ctx, 'serviceContract.serviceCentreEmail', 'E-mail du centre de services', emails);
  const hoursValue = resolve(ctx, 'serviceContract.serviceCentreHours', 'Horaires du centre de services', hours);
  const handlingTime = resolve(ctx, 'serviceContract.handlingTime', 'Délai de traitement', handling);
  if (signedOn) r.signedOn = signedOn;
  if (email) r.serviceCentreEmail = email;
  if (hoursValue) r.serviceCentreHours = hoursValue;
  if (handlingTime) r.handlingTime = handlingTime;
  return r;
}

function escalationList(ctx: Ctx, from: number, to: number): Extracted<EscalationValue>[] {
  const out: Extracted<EscalationValue>[] = [];
  let side: Side | undefined;
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i] ?? '';
    if (isHeading(line)) break;
    if (!line) continue;
    if (/\bpour la caf\b|\bc[ôo]t[ée] caf\b/i.test(line)) side = 'caf';
    if (/\bpour le partenaire\b|\bc[ôo]t[ée] partenaire\b|chez le partenaire/i.test(line)) side = 'partner';
    const text = stripBullet(line);
    const phones = findPhones(text);
    const emails = findEmails(text);
    const hasCivility = CIVILITY.test(text);
    if (!side || (!hasCivility && phones.length === 0 && emails.length === 0)) continue;
    if (/^pour (la|le)\b/i.test(text)) continue;
    let rest = text;
    for (const e of emails) rest = rest.replace(e, '');
    rest = rest.replace(/\(?\s*(?:(?:\+|00)33\s?|0)[1-9](?:[\s.-]?\d{2}){4}\s*\)?/g, '').replace(/\(\s*\)/g, '');
    rest = rest.replace(CIVILITY, '');
    const name = NAME_RE.exec(rest)?.[1]?.trim();
    if (!name || !looksLikePersonName(name)) continue;
    const fn = rest.slice(rest.indexOf(name) + name.length).replace(/^[\s,:–-]+|[\s,;:–-]+$/g, '').trim();
    out.push(
      at(ctx, i, {
        side,
        name,
        ...(fn ? { function: fn } : {}),
        ...(phones[0] ? { phone: phones[0] } : {}),
        ...(emails[0] ? { email: emails[0] } : {}),
      }, 'high'),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Contacts annex (Annexe 1 – Les interlocuteurs)

const ROLE_LABELS: { role: ContactRole; re: RegExp }[] = [
  { role: 'administrateur-suppleant', re: /^(?:gestionnaire\s+)?administrat(?:eur|rice)s?\s+suppl[ée]ant(?:e)?s?(?![\p{L}\d])|^suppl[ée]ant(?:e)?s?(?![\p{L}\d])(?:\s+de l'administrat(?:eur|rice))?/iu },
  { role: 'administrateur', re: /^(?:gestionnaire principal(?: des habilitations)?|administrat(?:eur|rice)s?(?:\s+(?:local|locaux|principal|principale|"?mon compte partenaire"?))?)(?![\p{L}\d])/iu },
  { role: 'responsable-mcp', re: /^responsable\s+"?(?:de\s+)?mon compte partenaire"?|^responsable\s+mcp(?![\p{L}\d])/iu },
  { role: 'responsable-securite', re: /^responsable\s+(?:de la\s+)?s[ée]curit[ée](?:\s+des syst[èe]mes d'information)?(?![\p{L}\d])|^rssi(?![\p{L}\d])/iu },
  { role: 'responsable-informatique', re: /^responsable\s+(?:du service\s+)?informatique(?![\p{L}\d])|^dsi(?![\p{L}\d])/iu },
  {
    role: 'dpo',
    re: /^(?:d[ée]l[ée]gu[ée]e?\s+[àa]\s+la\s+protection\s+des\s+donn[ée]es(?:\s+personnelles)?(?:\s*\(dpo\))?(?:\s*(?:ou|\/)\s*r[ée]f[ée]rent(?:e)?\s+informatique\s+et\s+libert[ée]s)?|r[ée]f[ée]rent(?:e)?\s+informatique\s+et\s+libert[ée]s|dpo|cil|correspondant\s+informatique\s+et\s+libert[ée]s)(?![\p{L}\d])/iu,
  },
  { role: 'guichet-unique', re: /^(?:guichet unique(?:\s+du\s+centre\s+de\s+services(?:\s+caf)?)?|centre de services(?:\s+caf)?)(?![\p{L}\d])/iu },
];

function contactsAnnex(ctx: Ctx): { contacts: Extracted<ContactValue>[]; reassigned: boolean } {
  const all: Extracted<ContactValue>[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i] ?? '';
    if (line.length > 90 || /voir tableau|^[¹²³⁴⁵]/i.test(line)) continue;
    let side: Side | undefined;
    if (/interlocuteurs?\s+(?:[àa]\s+la|de la|du c[ôo]t[ée] de la)\s+caf\b/i.test(line)) side = 'caf';
    else if (/interlocuteurs?\s+(?:chez le|du|c[ôo]t[ée])\s+partenaire\b/i.test(line)) side = 'partner';
    if (!side) continue;
    for (let j = i + 1; j < ctx.lines.length && j < i + 40; j++) {
      const row = ctx.lines[j] ?? '';
      if (isHeading(row) || BULLETIN_TITLE.test(row) || /interlocuteurs?\s+(?:[àa] la caf|chez le partenaire|du partenaire)/i.test(row)) break;
      const contact = contactRow(row, side);
      if (contact) all.push(at(ctx, j, contact, 'high'));
    }
  }
  // the same annex twice: keep one of each
  const seen = new Set<string>();
  const contacts = all.filter((c) => {
    const k = [c.value.side, c.value.role, keyOf(c.value.name ?? ''), (c.value.email ?? '').toLowerCase()].join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // Two « Administrateur » and no suppléant on the partner side: the second is the suppléant.
  const partnerAdmins = contacts.filter((c) => c.value.side === 'partner' && c.value.role === 'administrateur');
  const hasDeputy = contacts.some((c) => c.value.side === 'partner' && c.value.role === 'administrateur-suppleant');
  let reassigned = false;
  const second = partnerAdmins[1];
  if (partnerAdmins.length === 2 && !hasDeputy && second) {
    second.value = { ...second.value, role: 'administrateur-suppleant' };
    second.confidence = 'low';
    second.note =
      'L’annexe désigne deux « Administrateur » et aucun suppléant : le second est pris comme Administrateur suppléant. Confirmez.';
    reassigned = true;
  }
  return { contacts, reassigned };
}

function contactRow(row: string, side: Side): ContactValue | undefined {
  if (!row) return undefined;
  const cells = row.split('\t').map((c) => c.trim());
  const first = stripBullet(cells[0] ?? '');
  const label = ROLE_LABELS.find((r) => r.re.test(first));
  if (!label) return undefined;
  let role = label.role;
  if (side === 'caf' && role === 'administrateur-suppleant') role = 'administrateur';
  if (!ROLES_BY_SIDE[side].includes(role)) return undefined;
  const nameText = first.replace(label.re, '').replace(/^[\s:,–-]+/, '').trim();
  const emails = findEmails(row);
  const phones = cells.slice(1).flatMap(findPhones);
  let name = nameText && looksLikePersonName(nameText.replace(CIVILITY, '')) ? nameText.replace(CIVILITY, '') : undefined;
  if (!name) {
    const other = cells.slice(1).find((c) => c && !findEmails(c).length && !findPhones(c).length && looksLikePersonName(c.replace(CIVILITY, '')));
    if (other) name = other.replace(CIVILITY, '');
  }
  if (!name && emails.length === 0 && phones.length === 0) return undefined;
  return {
    side,
    role,
    ...(name ? { name } : {}),
    ...(emails[0] ? { email: emails[0] } : {}),
    phones: [...new Set(phones)],
  };
}

// ---------------------------------------------------------------------------------------
// Bulletins d'adhésion

const QUOTA_HEADER = /\bprofils?\b.*\b(?:nombre|quota|maximum|utilisateurs|habilitations)\b/i;
const PROFILE_CELL = /^(?:profils?\s+)?(T\s?\d{1,2})\s*[:–-]?\s*$/i;

function bulletins(ctx: Ctx, blocks: Block[]): Extracted<BulletinValue>[] {
  const out: Extracted<BulletinValue>[] = [];
  for (const block of blocks.filter((b) => b.kind === 'bulletin')) {
    const heading = BULLETIN_TITLE.exec(ctx.lines[block.start] ?? '');
    if (!heading) continue;
    let annex = heading[1];
    if (!annex) {
      // « Annexe 2 » on one of the two non-empty lines before the title
      for (let k = block.start - 1, seen = 0; k >= 0 && seen < 2; k--) {
        const line = ctx.lines[k] ?? '';
        if (!line) continue;
        seen++;
        const m = /^annexe\s*(\d+(?:\.\d+)*)\s*(?:[-–:].*)?$/i.exec(line);
        if (m) {
          annex = m[1];
          break;
        }
      }
    }
    const tail = (heading[2] ?? '').replace(/^\s*(?:au|aux)\s+services?\s*/i, '').replace(/^[\s:–-]+/, '').trim();
    const [codePart, ...siteParts] = tail.split(/\s+[–-]\s+|\s*\(|\)/).map((s) => s.trim()).filter(Boolean);
    let code = codePart && /^[\p{L}][\p{L}\d]{1,11}$/u.test(codePart) ? codePart.toUpperCase() : undefined;
    let site = siteParts.join(' ').trim() || undefined;
    let label: string | undefined;
    let date: string | undefined;
    const quotas: Extracted<QuotaValue>[] = [];
    for (let i = block.start + 1; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (!code) {
        const s = /^service\s*:\s*([\p{L}][\p{L}\d]{1,11})\b/iu.exec(line);
        if (s?.[1]) code = s[1].toUpperCase();
      }
      if (!site) {
        const s = /^(?:site|[ée]tablissement|structure|antenne|lieu d'exercice)\s*:\s*(.+)$/i.exec(line);
        if (s?.[1] && !isPlaceholder(s[1])) site = s[1].trim();
      }
      if (!label) {
        const d = /^article\s*1\s*[–-]\s*description du service\s*:?\s*(.+)$/i.exec(line);
        if (d?.[1]) label = d[1].replace(/\s*\([^)]*\)\s*$/, '').replace(/[\s.]+$/, '');
      }
      const done = DONE_AT.exec(line);
      if (done && !date) date = findFrenchDate(done[2] ?? '')?.iso;
      if (QUOTA_HEADER.test(line)) quotas.push(...quotaRows(ctx, i + 1, block.end));
    }
    if (!code) continue;
    const byCode = new Map<string, Extracted<QuotaValue>>();
    for (const q of quotas) if (!byCode.has(q.value.profileCode)) byCode.set(q.value.profileCode, q);
    out.push(
      at(ctx, block.start, {
        serviceCode: code,
        ...(label ? { serviceLabel: label } : {}),
        ...(site ? { siteLabel: site } : {}),
        ...(annex ? { annexNumber: annex } : {}),
        ...(date ? { date } : {}),
        quotas: [...byCode.values()],
      }, 'high'),
    );
  }
  const seen = new Set<string>();
  return out.filter((b) => {
    const v = b.value;
    const k = JSON.stringify([v.serviceCode, v.siteLabel ?? '', v.annexNumber ?? '', v.quotas.map((q) => [q.value.profileCode, q.value.max])]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function quotaRows(ctx: Ctx, from: number, to: number): Extracted<QuotaValue>[] {
  const out: Extracted<QuotaValue>[] = [];
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i] ?? '';
    if (!line) continue;
    const cells = line.split('\t').map((c) => c.trim());
    let head = cells[0] ?? '';
    let rest = cells.slice(1);
    if (cells.length === 1) {
      // no tabs (OCR): « T13 4 », « T13 : 4 »
      const m = /^((?:profils?\s+)?T\s?\d{1,2})\s*[:–-]?\s*(\d[\d ]*)?$/i.exec(head);
      if (!m) break;
      head = m[1] ?? '';
      rest = m[2] ? [m[2]] : [];
    }
    const code = PROFILE_CELL.exec(head)?.[1];
    if (!code) break;
    const last = [...rest].reverse().find((c) => c !== '');
    if (last === undefined) continue;
    const digits = last.replace(/[\s.]/g, '');
    if (!/^\d{1,6}$/.test(digits)) continue;
    out.push(at(ctx, i, { profileCode: code.replace(/\s/g, '').toUpperCase(), max: Number(digits) }, 'high'));
  }
  return out;
}

// ---------------------------------------------------------------------------------------

/** Extracts everything the importer knows how to read from a convention's text. */
export function extractConvention(text: string): ConventionExtraction {
  const lines = normalizeLines(text);
  const ctx: Ctx = { lines, freq: wordFrequencies(lines), conflicts: [], warnings: [] };
  const blocks = findBlocks(lines);

  const parties: PartiesCandidates = {
    cafName: [], cafAddress: [], directorName: [], directorTitle: [],
    partnerName: [], partnerAddress: [], repName: [], repTitle: [], siret: [], partnerEmail: [], partnerPhone: [],
  };
  collectParties(ctx, parties);
  parties.partnerName.push(...partnerNameLines(ctx));

  const caf: ConventionExtraction['caf'] = {};
  const partner: ConventionExtraction['partner'] = {};
  const set = <O extends object, K extends keyof O>(o: O, k: K, v: O[K] | undefined) => {
    if (v !== undefined) o[k] = v;
  };
  set(caf, 'name', resolve(ctx, 'caf.name', 'Nom de la Caf', parties.cafName));
  set(caf, 'address', resolve(ctx, 'caf.address', 'Adresse de la Caf', parties.cafAddress));
  set(caf, 'directorName', resolve(ctx, 'caf.directorName', 'Directeur de la Caf', parties.directorName));
  set(caf, 'directorTitle', resolve(ctx, 'caf.directorTitle', 'Qualité du directeur', parties.directorTitle));
  set(partner, 'name', resolve(ctx, 'partner.name', 'Nom du partenaire', parties.partnerName));
  if (partner.name) {
    const kind = partnerKind(partner.name.value);
    if (kind) partner.kind = { ...partner.name, value: kind };
  }
  set(partner, 'address', resolve(ctx, 'partner.address', 'Adresse du partenaire', parties.partnerAddress));
  set(partner, 'representativeName', resolve(ctx, 'partner.representativeName', 'Représentant du partenaire', parties.repName));
  set(partner, 'representativeTitle', resolve(ctx, 'partner.representativeTitle', 'Qualité du représentant', parties.repTitle));
  set(partner, 'siret', resolve(ctx, 'partner.siret', 'SIRET du partenaire', parties.siret));
  set(partner, 'email', resolve(ctx, 'partner.email', 'E-mail du partenaire', parties.partnerEmail));
  set(partner, 'phone', resolve(ctx, 'partner.phone', 'Téléphone du partenaire', parties.partnerPhone));
  if (partner.siret?.confidence === 'low' && partner.siret.note) ctx.warnings.push(partner.siret.note);

  const conventionBlocks = blocks.filter((b) => b.kind === 'convention');
  const convention: ConventionExtraction['convention'] = { missions: missions(ctx, conventionBlocks) };
  set(convention, 'number', resolve(ctx, 'convention.number', 'Numéro de la convention', conventionNumbers(ctx)));
  const places: Candidate<string>[] = [];
  const dates: Candidate<string>[] = [];
  for (const b of conventionBlocks) {
    const s = signatures(ctx, b);
    places.push(...s.places);
    dates.push(...s.dates);
  }
  set(convention, 'signedAt', resolve(ctx, 'convention.signedAt', 'Lieu de signature', places));
  set(convention, 'signedOn', resolve(ctx, 'convention.signedOn', 'Date de signature', dates));
  set(convention, 'mode', resolve(ctx, 'convention.mode', 'Mode de gestion', managementMode(ctx)));

  const { contacts, reassigned } = contactsAnnex(ctx);
  if (reassigned) {
    ctx.warnings.push(
      'L’annexe des interlocuteurs désigne deux « Administrateur » et aucun suppléant : le second a été pris comme Administrateur suppléant. Confirmez ce choix.',
    );
  }

  const result: ConventionExtraction = {
    lines,
    caf,
    partner,
    convention,
    deliberation: deliberation(ctx, blocks),
    serviceContract: serviceContract(ctx, blocks, contacts),
    contacts,
    bulletins: bulletins(ctx, blocks),
    conflicts: ctx.conflicts,
    flags: {
      looksLikeBlankTemplate: false,
      noConventionFound: false,
      administrateurReassigned: reassigned,
    },
    unread: [],
    warnings: ctx.warnings,
  };
  const structured = blocks.some((b) => b.kind !== 'deliberation') || parties.cafName.length > 0;
  result.flags.noConventionFound = !structured;
  result.flags.looksLikeBlankTemplate =
    structured && !partner.name && !partner.siret && !convention.number && contacts.every((c) => c.value.side !== 'partner');
  if (result.flags.looksLikeBlankTemplate) {
    ctx.warnings.unshift(
      'Ce document ressemble à un modèle vierge : le partenaire, le numéro et le SIRET ne sont pas remplis. Rien n’a été inventé ; complétez les champs vous-même.',
    );
  } else if (result.flags.noConventionFound) {
    ctx.warnings.unshift('Aucune convention « Mon Compte Partenaire » n’a été reconnue dans ce texte.');
  }
  return result;
}
